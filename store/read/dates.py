"""Publication dates given by the input (JSON field, manifest), checked and made ISO.

A date that cannot exist ("2016-02-30", year 99999) must not become an anchor
for every relative phrase in the article, so it is refused here with a reason
and the article is stored without it.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")


def _shown(value: object) -> str:
    """The value as the user wrote it, quoted, short, and with controls escaped (repr)."""
    text = repr(value)
    return text if len(text) <= 42 else text[:40] + "…" + text[-1]


class BadDate(ValueError):
    """str(e) says what is wrong with the date, for the user."""


def normalise_date(value: object) -> str:
    """An ISO calendar date (YYYY-MM-DD) from the forms feeds and scrapers use.

    Accepts "2016-03-26", "2016-03-26T10:00:00Z" (the day as written, no
    timezone shift: the outlet's own calendar day is what relative phrases
    refer to), and RFC 2822 ("Sat, 26 Mar 2016 10:00:00 GMT").
    """
    if not isinstance(value, str):
        raise BadDate(f"published {_shown(value)} is not a date string")
    text = value.strip()
    if not text:
        raise BadDate("published is empty")
    m = _ISO_DAY.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            raise BadDate(f"published {_shown(value)} is not a date") from None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if isinstance(parsed, datetime):
        return parsed.date().isoformat()
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    raise BadDate(f"published {_shown(value)} is not a date (use YYYY-MM-DD)")
