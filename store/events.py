"""From dated phrases to mention drafts: the sentence, the happening, the anchor.

Each dated phrase becomes a mention draft with its sentence and title
(store/mention_titles.py); the article's own news (its headline, or first real
sentence) is an event on the publication date even when no date phrase dates it.
Page furniture makes no mentions.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from typing import Any

from . import recache
from .lead_sentence import lead_span, with_holder
from .mention_titles import own_conjunct, shorten, tidy, title_and_terms
from .model import MentionDraft
from .sentences import sentence_spans
from .similarity import new_article


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso[:10])
    return f"{d:%A} {d.day} {d:%B %Y}"


_HAS_YEAR = recache.compile(r"\b(?:1[5-9]|20)\d\d\b|'\d\d\b")


def anchor_text(phrase: str, anchor: str | None, anchor_date: str | None,
                published: str | None) -> str:
    """What a phrase was resolved against, in words a reader can check.

    The date finder labels its anchors in words ("published Saturday 26 March
    2016", "passage dated Saturday 31 October 2015"); a phrase that carries
    its own year needs none.
    """
    if _HAS_YEAR.search(phrase) or (not anchor and not anchor_date):
        return f"'{phrase}' (absolute)"
    words = anchor or ""
    if words.startswith("published "):
        return f"'{phrase}' in an article {words}"
    if words.startswith("passage "):
        return f"'{phrase}' in a {words}"
    try:
        if anchor_date and anchor_date[:10] != (published or "")[:10]:
            return f"'{phrase}' relative to {_day(anchor_date)}"
        if published:
            return f"'{phrase}' in an article published {_day(published)}"
    except ValueError:
        pass
    return f"'{phrase}' relative to {words}" if words else f"'{phrase}'"


def _overlap_test(spans: list[tuple[int, int]], starts: list[int]):
    """Whether [s, e) overlaps the span starting at or before s or the one after it (the
    sorted `spans` with their `starts`): asked for every sentence near the top and every
    phrase, so a closure with no generator, and no bisect at all when there is none."""
    if not spans:
        return lambda s, e: False
    last = len(spans) - 1
    find = bisect.bisect_right

    def inside(s: int, e: int) -> bool:
        i = find(starts, s) - 1
        if i >= 0:
            a, b = spans[i]
            if a < e and s < b:
                return True
        if i < last:
            a, b = spans[i + 1]
            return a < e and s < b
        return False
    return inside


_NON_WORDS = recache.compile(r"\W+")
_WORDS = recache.compile(r"\w+")


def _past_furniture(text: str, spans: list[tuple[int, int]], furn: list[tuple[int, int]],
                    furn_starts: list[int]) -> list[tuple[int, int]]:
    """Sentences that open with furniture (a live entry's "1132", a byline's stamp) start
    after it: the stamp is the passage's, not part of what happened."""
    if not furn:
        return spans
    out = []
    for s, e in spans:
        i = bisect.bisect_right(furn_starts, s) - 1
        if i >= 0 and furn[i][0] <= s < furn[i][1] < e:
            s = furn[i][1]
            while s < e and (text[s].isspace() or text[s] in ":-–—|,;"):
                s += 1
        out.append((s, e))
    return out


def extract_mentions(text: str, title: str | None, published: str | None, timexes: list[Any],
                     furniture: list[tuple[int, int]]) -> list[MentionDraft]:
    """One draft per dated phrase with a calendar span, plus the article's lead."""
    new_article()
    furn = sorted(furniture)
    furn_starts = [s for s, _ in furn]
    spans = _past_furniture(text, sentence_spans(text), furn, furn_starts)
    sent_starts = [s for s, _ in spans]

    in_furniture = _overlap_test(furn, furn_starts)

    drafts: list[MentionDraft] = []
    if published:
        day = published[:10]
        lead = lead_span(text, spans, title, in_furniture)
        dated = lead and any(lead[0] <= t.start < lead[1] and _dates_news(t, day) for t in timexes)
        # no news at the page's top: its headline is the lead, unless it is a label of a
        # word or two ("Syria crisis") or a question (its verb in the present is no sign:
        # "Troops enter Palmyra")
        if not dated and (lead or (title and len(title.split()) >= 3
                                   and not title.rstrip().endswith("?"))):
            ss, se = lead if lead else (0, 0)
            sentence = text[ss:se] if lead else (title or "")
            head, words = title_and_terms(sentence, 0, 0, lead=True, headline=title)
            if lead and not (title or "").strip():
                head = with_holder(sentence, head)
            drafts.append(MentionDraft(
                start=ss, end=ss, phrase="", type="DATE", value=published[:10],
                start_date=published[:10], end_date=published[:10], granularity="day",
                sentence=sentence, sentence_start=ss, sentence_end=se, title=head,
                anchor=f"published {published[:10]}", anchor_date=published[:10], lead=True,
                terms=words))
    starts = _starts_if_sorted(timexes)
    for t in timexes:
        if published and _PAST_DAY.fullmatch(t.text):
            t = _on_publication_day(t, published[:10])
        if t.type not in ("DATE", "TIME") or not t.start_date:
            continue
        if in_furniture(t.start, t.end):
            continue
        i = bisect.bisect_right(sent_starts, t.start) - 1
        if i < 0 or spans[i][1] < t.end:
            ss, se = _widen(text, t.start, t.end)
        else:
            ss, se = spans[i]
            se = max(se, t.end)
        sentence = text[ss:se]
        others = [(o.start - ss, o.end - ss) for o in _within(timexes, starts, ss, se)
                  if o is not t and ss <= o.start and o.end <= se]
        head, words = title_and_terms(*own_conjunct(sentence, t.start - ss, t.end - ss, others))
        drafts.append(MentionDraft(
            start=t.start, end=t.end, phrase=text[t.start:t.end], type=t.type, value=t.value,
            start_date=t.start_date, end_date=t.end_date or t.start_date,
            granularity=t.granularity or "day", sentence=sentence, sentence_start=ss,
            sentence_end=se, title=head or shorten(tidy(sentence)),
            anchor=anchor_text(text[t.start:t.end], t.anchor, t.anchor_date, published),
            anchor_date=t.anchor_date, lead=False, terms=words))
    return drafts


def _starts_if_sorted(timexes: list[Any]) -> list[int] | None:
    """The phrases' starts when they come in order, none ending before it starts: then
    the phrases inside a sentence are found by bisection, not by a pass over all of them
    for each phrase."""
    starts = [t.start for t in timexes]
    if starts == sorted(starts) and all(t.start <= t.end for t in timexes):
        return starts
    return None


def _within(timexes: list[Any], starts: list[int] | None, ss: int, se: int) -> list[Any]:
    """The phrases that may lie inside [ss, se]: those starting there (all of them when
    `starts` is None), in their order."""
    if starts is None:
        return timexes
    return timexes[bisect.bisect_left(starts, ss):bisect.bisect_right(starts, se)]


def _dates_news(t: Any, day: str) -> bool:
    """Whether a phrase in the lead dates its news away from the paper's `day`: "Last May the
    town fell." is May's news; "... may grow 9 percent this year" (a span around the day)
    dates nothing, and the lead stays the day's event."""
    start, end = (t.start_date or "")[:10], (t.end_date or t.start_date or "")[:10]
    return t.type in ("DATE", "TIME") and bool(start) and not start <= day <= end != start


# "in the past day", "over the last 24 hours": a duration to TimeML, but in a news
# report the happening is dated to the day of the report, so it can meet the
# other outlets' "on March 26" accounts of it
_PAST_DAY = recache.compile(r"(?i)(?:the\s+)?(?:past|last|previous)\s+"
                            r"(?:day|24\s+hours|twenty[-\s]four\s+hours)")


def _on_publication_day(t: Any, day: str) -> Any:
    return dataclasses.replace(t, type="DATE", value=day, start_date=day, end_date=day,
                               granularity="day", anchor_date=day,
                               anchor=t.anchor or f"published {day}")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around a phrase that no sentence span holds whole."""
    ss = text.rfind("\n", 0, start) + 1
    se = text.find("\n", end)
    return ss, len(text) if se < 0 else se
