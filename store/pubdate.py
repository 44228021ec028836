"""An estimate of an article's publication date from its own text.

Used only when neither the user, a manifest, nor the page's metadata gave one.
It trusts what the page says about itself ("Published: 26 March 2016", a wire
dateline "WASHINGTON (AP) — March 26, 2016", a date standing alone near the
top) and never the latest date mentioned: articles talk about future dates.
"""

from __future__ import annotations

import re
from datetime import date

from . import recache

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)"

_DATE_FORMS = [
    rf"(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",        # 26 March 2016
    rf"(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}",                 # March 26, 2016
    r"(?P<y>(?:1[89]|2[01])\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b",  # 2016-03-26
]

def _named(form: str, n: int) -> str:
    """Give each alternative's groups unique names so one big pattern compiles."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{n}>", form)


_ANY_DATE = "(?:" + "|".join(f"(?:{_named(f, i)})" for i, f in enumerate(_DATE_FORMS)) + ")"

# Strongest first: what the page says of its own publication.
_CUES = [
    ("published", recache.compile(
        rf"(?:^[ \t]*[\W_]{{0,3}}|\|\s*)(?:first\s+|originally\s+)?"
        rf"(?:published|posted|date\s+published|publication\s+date)"
        rf"(?:\s+on)?\s*[:\-–—]?\s*[^\n]{{0,40}}?{_ANY_DATE}", re.I | re.M)),
    ("dateline", recache.compile(
        rf"^[ \t]*[A-Z][A-Z.'\- ]{{1,40}}(?:,\s*[A-Za-z.' ]{{2,30}})?\s*(?:\([A-Za-z.&' ]{{1,30}}\))?"
        rf"\s*[—–\-_,]+\s*(?i:{_ANY_DATE})", re.M)),
    ("alone", recache.compile(
        rf"^[ \t]*(?:(?:on|date|dated)\s*:?\s*)?{_ANY_DATE}"
        r"(?:[,\s|·•-]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[ \t.]*$",
        re.M | re.I)),
    ("updated", recache.compile(
        rf"(?:^[ \t]*[\W_]{{0,3}}|\|\s*)(?:last\s+)?updated(?:\s+on)?\s*[:\-–—]?\s*"
        rf"[^\n]{{0,40}}?{_ANY_DATE}", re.I | re.M)),
]
_TOP = 1500          # datelines and lone dates count only near the top


def infer_published(text: str, title: str | None) -> tuple[str, str] | None:
    """(ISO date, why in words) from the article's own words, or None."""
    for kind, pattern in _CUES:
        scope = text if kind in ("published", "updated") else text[:_TOP]
        found = [(iso, m) for m in pattern.finditer(scope) if (iso := _to_iso(m))]
        if not found:
            continue
        if kind == "alone" and len({iso for iso, _ in found}) > 1:
            continue       # several lone dates: a chronology or a live page, not a stamp
        iso, m = found[0]
        quoted = " ".join(m.group(0).split()).lstrip("|·•-–— ")
        where = "near the top of the text" if kind == "alone" else "in the text"
        return iso, f"from '{quoted}' {where}"
    if title:
        for m in re.finditer(_ANY_DATE, title, re.I):
            iso = _to_iso(m)
            if iso:
                return iso, f"from '{' '.join(m.group(0).split())}' in the title"
    return None


def _to_iso(m: re.Match) -> str | None:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    by_role = {re.sub(r"\d+$", "", k): v for k, v in groups.items()}
    try:
        if "y" in by_role:
            y, mo, d = int(by_role["y"]), int(by_role["m"]), int(by_role["d"])
        else:
            y = int(by_role["year"])
            mo = _MONTHS[by_role["mon"].lower().rstrip(".")]
            d = int(by_role["day"])
        return date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None
