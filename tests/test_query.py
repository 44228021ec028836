"""The query language: what a typed search means, and what a bad one says."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.db import open_memory
from store.query import (
    FILTERS,
    Filter,
    Query,
    QueryError,
    compile_query,
    help_lines,
    parse,
    terms_to_highlight,
)
from store.query.compile import fts_string
from store.query.dates import iso_span

TODAY = date(2016, 6, 1)


def F(name, value):
    return Filter(name, value)


@pytest.mark.parametrize("text, expected", [
    ("", Query()),
    ("   ", Query()),
    ("palmyra", Query(words=("palmyra",))),
    ("temple  of bel", Query(words=("temple", "of", "bel"))),
    ('"temple of bel"', Query(phrases=("temple of bel",))),
    ('"temple   of\tbel"', Query(phrases=("temple of bel",))),
    ("temple -bel", Query(words=("temple",), excluded=("bel",))),
    ('palmyra -"ancient city"', Query(words=("palmyra",), excluded=("ancient city",))),
    ("after:2016-03-01", Query(filters=(F("after", "2016-03-01"),))),
    ("AFTER:2016", Query(filters=(F("after", "2016"),))),
    ('after:"last May"', Query(filters=(F("after", "last May"),))),
    ('on:"March 2016" palmyra', Query(words=("palmyra",), filters=(F("on", "March 2016"),))),
    ("source:aljazeera precision:day sources:2 article:3",
     Query(filters=(F("source", "aljazeera"), F("precision", "day"), F("sources", "2"),
                    F("article", "3")))),
    ("temple after:2015-08 before:2015-10 source:bbc",
     Query(words=("temple",), filters=(F("after", "2015-08"), F("before", "2015-10"),
                                       F("source", "bbc")))),
    ("- * ^ ( ) :", Query()),                       # punctuation alone is no word
    ("-", Query()),
    ("NEAR AND OR NOT", Query(words=("NEAR", "AND", "OR", "NOT"))),
    ("hill-900 10:30", Query(words=("hill-900", "10:30"))),
    ("-source:bbc", Query(excluded=("source:bbc",))),  # exclusions are words, never filters
    ('""', Query()),
])
def test_parsed_form(text, expected):
    assert parse(text, TODAY) == expected


def test_query_prints_as_a_search_that_parses_back():
    text = 'temple "of bel" -ruins -"ancient city" after:2015-08 on:"March 2016" source:bbc'
    q = parse(text, TODAY)
    assert parse(str(q), TODAY) == q


@pytest.mark.parametrize("text, message, position", [
    ("temple soruce:bbc", "unknown filter 'soruce:'; did you mean 'source:'?", 7),
    ("aftr:2016", "unknown filter 'aftr:'; did you mean 'after:'?", 0),
    ("sources2 sourcs:2", "unknown filter 'sourcs:'; did you mean 'sources:'?", 9),
    ("zzz:1", "unknown filter 'zzz:'; filters are after:, before:, on:, source:, "
              "precision:, sources:, key:, article:, is:, has:, note:", 0),
    ("after:2016-13", "after: '2016-13' is not a date", 6),
    ("before:yesterdayish", "before: 'yesterdayish' is not a date", 7),
    ('on:"2016-02-30"', "on: '2016-02-30' is not a date", 3),
    ("after:", "after: wants a date", 6),
    ('temple "of bel', "unbalanced quote at column 8", 7),
    ('source:"bbc', "unbalanced quote at column 8", 7),
    ("sources:two", "sources: wants a number", 8),
    ("sources:-1", "sources: wants a number", 8),
    ("sources:", "sources: wants a number", 8),
    ("article:x", "article: wants an article id (a number)", 8),
    ("precision:hour", "precision: wants one of day, week, month, season, quarter, half, "
                       "year, decade, century", 10),
    ("source:", "source: wants some text", 7),
    ("precision:", "precision: wants one of day, week, month, season, quarter, half, year, "
                   "decade, century", 10),
    ('source:"  "', "source: wants some text", 7),
])
def test_error_messages(text, message, position):
    with pytest.raises(QueryError) as e:
        parse(text, TODAY)
    assert e.value.message == message
    assert str(e.value) == message
    assert e.value.position == position


@pytest.mark.parametrize("text, span", [
    ("2016", ("2016-01-01", "2016-12-31")),
    ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2016-03-15", ("2016-03-15", "2016-03-15")),
    ("2016-W09", ("2016-02-29", "2016-03-06")),
    ("March 2016", ("2016-03-01", "2016-03-31")),
    ("sept. 2015", None),
    ("2016-13", None),
    ("2016-W54", None),
])
def test_iso_date_forms(text, span):
    assert iso_span(text) == span


def test_relative_dates_read_against_today():
    """after:"last May" means the May before today, whoever resolves it."""
    c = compile_query(parse('after:"last May"', TODAY), TODAY)
    assert c.start_lo == "2015-05-01" or c.start_lo == "2016-05-01"
    assert c.params == [c.start_lo]


def test_date_rule_in_sql_parameters():
    c = compile_query(parse("after:2016-03 before:2016-W20 on:2016", TODAY), TODAY)
    # after: start >= first day; before: start < first day; on: overlap (+ index bound)
    assert c.params == ["2016-03-01", "2016-05-16", "2016-12-31", "2016-01-01", "2005-11-14"]
    assert (c.start_lo, c.start_hi) == ("2016-03-01", "2016-05-16")


def test_match_string_quotes_every_term():
    c = compile_query(parse('say "he  said" -x*y NEAR -"a:b"', TODAY), TODAY)
    assert c.match == '"say" AND "NEAR" AND "he said"'
    assert c.exclude == '"x*y" OR "a:b"'
    assert fts_string('a"b') == '"a""b"'
    assert fts_string("a\x00b") == '"a b"'


def test_unbalanced_inner_quote_is_an_error():
    with pytest.raises(QueryError) as e:
        parse('say "he said ""no"""" x', TODAY)
    assert e.value.message.startswith("unbalanced quote at column")


def test_highlight_terms_are_the_positive_words_and_phrases():
    q = parse('Palmyra "temple of bel" -ruins palmyra source:bbc', TODAY)
    assert terms_to_highlight(q) == ["Palmyra", "temple of bel"]


def test_help_is_generated_from_the_filter_table():
    lines = help_lines()
    syntax = [s for s, _ in lines]
    for name in FILTERS:
        assert any(s.startswith(name + ":") for s in syntax), name
    assert all(isinstance(s, str) and isinstance(h, str) and h for s, h in lines)


# -- never anything but QueryError -----------------------------------------------

_STORE = open_memory()
_STORE.conn.execute("INSERT INTO events_fts (rowid, title, body) VALUES (1, 'a b', 'c d')")

ALPHABET = st.sampled_from(list('abc -"*^:()NEAR AND OR NOT\\\'%_;0123456789é\t\u0301\u00a0')
                           + ["after:", "before:", "on:", "source:", "sources:", "precision:",
                              "article:", "2016", "-03", "-W12", "day", "NEAR(", '""'])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(ALPHABET, max_size=12).map("".join)))
def test_random_text_parses_or_raises_query_error(text):
    from store.browse import Browser
    try:
        b = Browser(_STORE, text, today=TODAY)
    except QueryError as e:
        assert e.message and "\n" not in e.message
        assert 0 <= e.position <= len(text)
        return
    try:
        b.first(5)
        b.count()
    except sqlite3.Error as e:  # pragma: no cover - the failure this test exists to catch
        pytest.fail(f"{text!r} broke SQL: {e}")
