"""Datasette metadata for a store: what each table and column holds, in DESIGN.md's words,
and the facets a timeline's reader filters by.

    python -m store.datasette_meta dateline.db > metadata.json
    datasette dateline.db -m metadata.json

Datasette keys metadata by database name (the file name without its extension), so the
file is written for one store's name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TABLES: dict[str, dict] = {
    "articles": {
        "description": "Articles: one source document each, as it was read in.",
        "columns": {
            "source": "Where it came from: path, URL or stdin:<hash>.",
            "hash": "sha256 of the clean text and metadata.",
            "outlet": "The outlet that published it.",
            "author": "The byline: the page's, else its feed item's.",
            "published": "Publication date (ISO), the anchor of its relative dates.",
            "published_from": "Where that date came from: flag, manifest, metadata, json or "
                              "inferred.",
            "published_note": "Why, in words, for an inferred date.",
            "text": "The clean text, zlib-compressed when that is smaller (read it with "
                    "dateline_text(text)); mention offsets point into it.",
        },
        "facets": ["outlet", "published_from"],
    },
    "mentions": {
        "description": "Mentions: one dated phrase in one sentence of one article, resolved to "
                       "a value; the links from an event back to its sources.",
        "columns": {
            "event_id": "The event this mention reports.",
            "article_id": "The article it is in.",
            "start": "Character offset of the phrase in the article's text.",
            "end": "... and where it ends.",
            "phrase": "The dated phrase as written (\"last May\", \"on Tuesday\").",
            "type": "TIMEX3 type: DATE, DURATION, SET or TIME.",
            "value": "The resolved time in TIMEX3 form (2016-03-26, 2016-W12, 2015-05, "
                     "2015-SU, 2015-Q3, 2015, 201X).",
            "start_date": "First day of the value (ISO, inclusive).",
            "end_date": "Last day of the value (ISO, inclusive).",
            "granularity": "day, week, month, season, quarter, year or decade.",
            "sentence": "The sentence the phrase is in.",
            "anchor": "What the phrase was resolved against, in words; the two usual "
                      "sentences are stored as a mark (~p, ~a), read with "
                      "dateline_anchor(anchor, phrase, anchor_date).",
            "lead": "1 when it is the article's own news on its publication date.",
        },
        "facets": ["granularity", "type"],
    },
    "events": {
        "description": "Events: what happened on a date, told by one or more mentions from "
                       "one or more articles. An event is a row of the timeline.",
        "columns": {
            "value": "The time in TIMEX3 form, at the precision the text gave.",
            "start": "First day of the span (ISO, inclusive).",
            "end": "Last day of the span (ISO, inclusive).",
            "granularity": "day, week, month, season, quarter, year or decade.",
            "title": "The most informative telling of what happened.",
            "body": "The distinct sentences that tell it, one a line (what search reads).",
            "n_sources": "Distinct articles that report it.",
            "n_mentions": "Mentions of it.",
            "n_outlets": "Distinct outlets that report it.",
            "n_later": "Sources published after its day (the story kept referring back).",
            "n_early": "Sources that tell it in their lead.",
            "salience": "How much the coverage made of it (counted from the above).",
        },
        "facets": ["granularity"],
        "sort_desc": "salience",
        "label_column": "title",
    },
    "timeline": {
        "description": "The timeline: every event in date order with its first source "
                       "(the earliest published article that reports it).",
        "facets": ["granularity", "first_outlet"],
    },
    "event_keys": {"description": "Merge blocking keys: a date bucket and a term of each "
                                  "event, so a new mention is compared with few events."},
    "period_counts": {"description": "Events per day, month and year (the density strip)."},
    "day_refs": {"description": "Per day: articles dating news to it, those published after "
                                "it, and those published on it (for salience)."},
    "searches": {"description": "The app's search history."},
}


def metadata(database: str) -> dict:
    """Metadata for a store that Datasette names `database`."""
    return {
        "title": "dateline",
        "description": "News articles, their dated phrases, and the events they report.",
        "databases": {database: {"tables": TABLES}},
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m store.datasette_meta STORE.db > metadata.json", file=sys.stderr)
        return 2
    json.dump(metadata(Path(args[0]).stem), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
