"""What a saying said, kept on a title's line.

A title that ends on its saying ("X told AFP news agency", "the panel examined ... and
concluded that…") tells a reader that someone spoke and not what: the clause cut stopped at
the colon before the quotation, or the length cut fell before the reported clause's verb.
These steps give the line to what was said: the quotation after a saying's colon joins the
clause, and in a title too long for its line a first predicate before "and said" or a
phrase that opens the reported clause ("that despite a jump in revenue, ...") gives way.
"""

from __future__ import annotations

from . import recache
from .title_words import MARK, TITLE_MAX

# a clause that ends on a saying and whom it was said to: "X told AFP news agency", "he added"
_ENDS_ON_SAYING = recache.compile(r"(?:\b(?:told|tells)(?:\s+[\w’'.-]+){1,4}|\b(?:said|says|added|adds|"
                                  r"wrote|writes|declared|announced|stated|insisted|warned))\s*$")
# what follows it in the sentence: the date's place, a colon, and an opening quotation mark
_COLON_QUOTE = recache.compile(r"\s*(?:" + MARK + r"\s*)?:\s*(?P<quote>[\"“][^\"“”]{8,}[\"”]?)")


def colon_said(clause: str, whole: str) -> str:
    """`clause` with the quotation its saying announced after a colon, when the clause ended on
    the saying ("BP spokesman David Nicholas told AFP news agency" + ': "We expect ..."')."""
    words = clause.replace(MARK, " ").rstrip()
    if (":" not in whole or len(words) > TITLE_MAX - 35  # (room for some of the words said)
            or not _ENDS_ON_SAYING.search(words[-60:])):
        return clause
    at = whole.find(clause)
    if at < 0:
        return clause
    m = _COLON_QUOTE.match(whole, at + len(clause))
    if m is None:
        return clause
    return words + ": " + m["quote"]
