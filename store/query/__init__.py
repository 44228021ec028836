"""The query language: one parser for the app's search bar and `dateline events`.

    q = parse('temple after:2015-08 before:2015-10 source:bbc')
    c = compile_query(q, today)   # SQL over alias e, parameters, FTS5 MATCH strings

The filter words, their SQL and their help live in one table, filters.FILTERS.
"""

from .compile import Compiled, compile_query, terms_to_highlight
from .errors import QueryError
from .filters import FILTERS, help_lines
from .parse import Filter, Query, parse

__all__ = ["Compiled", "FILTERS", "Filter", "Query", "QueryError", "compile_query",
           "help_lines", "parse", "terms_to_highlight"]
