"""Word lists: months, weekdays, number words, units, seasons, parts of day."""

from __future__ import annotations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_NUM = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_NUM = {w.lower(): i for i, w in enumerate(WEEKDAYS)}  # Monday = 0
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                "fri": 4, "sat": 5, "sun": 6}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI"}

UNITS = {  # unit word -> (TIMEX3 letter, needs "T" prefix)
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30}
# ("a couple of" is two and "a dozen" twelve, as the TimeBank gold has them)
VAGUE_COUNTS = {"a few", "few", "several", "many", "some", "a number of", "numerous",
                "dozens of", "hundreds of", "thousands of"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def words_to_int(s: str) -> int | None:
    """'twenty four' / 'twenty-four' / 'a' / '12' / '2,000' / 'a hundred' -> int; None if vague."""
    s = s.lower().strip().replace("-", " ")
    if not s:
        return None
    t = s.replace(",", "")
    if t.isdigit():
        return int(t)
    if s in ("a", "an", "one", "a single", "single"):
        return 1
    if s in ("a couple of", "a couple", "couple of"):
        return 2
    if s == "a dozen":
        return 12
    total = 0
    cur = 0
    for w in s.split():
        if w in ("a", "an", "and"):
            if w != "and":
                cur = max(cur, 1)
            continue
        if w in ONES:
            cur += ONES[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "thousand":
            total += max(cur, 1) * 1000
            cur = 0
        elif w.isdigit():
            cur += int(w)
        else:
            return None
    return total + cur
