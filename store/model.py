"""The plain records that flow between the stages of the pipeline.

read -> RawArticle -> (clean, date, extract) -> MentionDraft -> merge -> SQLite.
They are dataclasses of primitives so they can cross process boundaries for
parallel ingest.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One document as a reader found it, before cleaning and dating."""

    source: str                    # identity for replacement: path, URL, or "stdin"
    text: str                      # main text (HTML already reduced to text)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None   # ISO date when the input carried one
    published_from: str | None = None  # manifest | metadata | json
    lang: str | None = None
    encoding: str | None = None    # how the bytes were decoded, when not plain UTF-8
    line: int | None = None        # line number within a JSON lines file
    author: str | None = None      # the byline, from the page or its feed item


@dataclass
class ReadProblem:
    """An input that could not be read: reported in one line, the batch goes on."""

    where: str                     # file (and line) or URL
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class MentionDraft:
    """One dated phrase in its sentence, ready to be merged into an event."""

    start: int                     # phrase offsets in the clean article text
    end: int
    phrase: str
    type: str                      # DATE | TIME
    value: str
    start_date: str
    end_date: str
    granularity: str
    sentence: str
    sentence_start: int
    sentence_end: int
    title: str                     # the happening, short, for the event title
    anchor: str | None = None
    anchor_date: str | None = None
    lead: bool = False
    terms: list[str] = field(default_factory=list)  # salient words for merging


@dataclass
class Analysed:
    """An article ready to store: the clean text, its date, and its mentions."""

    raw: RawArticle
    text: str
    hash: str
    published: str | None
    published_from: str | None
    published_note: str | None
    mentions: list[MentionDraft]
    notes: list[str] = field(default_factory=list)  # warnings for the user (e.g. no date)
    packed: str | bytes | None = None  # `text` as stored (store/article_text.py), made where
    # the analysis ran so the one writer does not spend its time compressing
