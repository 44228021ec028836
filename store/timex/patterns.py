"""Compiled regular expressions of the finder, built from the lexicon.

Each rule is one regex with named groups; the resolver (resolve.py) turns a match
of rule NAME into a (type, value). Month and weekday names must be capitalised
(or all caps) so that the modal "may" and the verb "march" never match; the
rest of each pattern is case-insensitive.
"""

from __future__ import annotations

import re

from .. import recache
from .lexicon import DECADE_WORDS, MONTHS, ONES, ORDINALS, TENS, WEEKDAYS


def _cap(words, extra=()) -> str:
    # longest first; equal lengths (which cannot both match at one place) by text, so
    # the pattern is the same in every run (recache keys its compiled code by it)
    alts = []
    for w in list(words) + list(extra):
        alts += [w, w.upper()]
    return "(?-i:" + "|".join(sorted(set(alts), key=lambda w: (-len(w), w))) + ")"


_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH_FULL = _cap(MONTHS)
MONTH_ABBR = _cap(_ABBR) + r"(?:\.|\b)"
MONTH = rf"(?:{MONTH_FULL}\b|{MONTH_ABBR})"
WEEKDAY = _cap(WEEKDAYS) + r"\b"
WEEKDAY_ABBR = _cap(["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"])
WEEKDAY_ANY = rf"(?:{WEEKDAY}|{WEEKDAY_ABBR}\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
ORD_WORD = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
NUM_WORD = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_ONES})"
NUM = (rf"(?:\d+\s+1/2|\d+(?:,\d{{3}})*(?:\.\d+)?|{NUM_WORD}(?:\s+(?:hundred|thousand))?"
       rf"|(?:a|one)\s+(?:hundred|thousand)|an?|a\s+couple\s+of|a\s+dozen)"
       rf"(?:\s+(?:and\s+a\s+half|and\s+(?:a\s+)?half))?")
VAGUE_NUM = r"(?:a\s+few|few|several|many|some|a\s+number\s+of|numerous|dozens\s+of)"
UNIT = r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))"
APPROX = (r"(?:(?:more|less|fewer)\s+than|nearly|almost|around|approximately|roughly|"
          r"at\s+least|at\s+most|up\s+to|no\s+(?:more|less)\s+than|"
          r"(?:well|a\s+little|slightly)\s+(?:over|under|more\s+than|less\s+than)|"
          r"little\s+(?:more|less)\s+than|upwards\s+of|as\s+(?:long|little|many|much)\s+as|"
          r"close\s+to|some|about|barely|scarcely|over|under)")
POS = (r"(?:early|late|mid|middle|(?:the\s+)?(?:beginning|start|end|middle|close|turn)\s+of"
       r"|(?:the\s+)?(?:first|second|last|latter|early|later)\s+(?:half|part)\s+of"
       r"|early\s+in|late\s+in|mid-|early-|late-)")
PARTDAY = r"(?:morning|afternoon|evening|night|overnight)"
REL = r"(?:last|this|next|this\s+past|this\s+coming|past|coming)"
ORD_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|ET|local\s+time)"
CLOCK = (r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
         r"|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?:\s*(?:GMT|UTC|hrs|h)\b)?|noon|midnight)")
PLURAL_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
DECADE_WORD = "(?:" + "|".join(DECADE_WORDS) + ")"
SPELLED_YEAR = (rf"(?:nineteen|eighteen|twenty)[\s-]+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|"
                rf"hundred(?:\s+and\s+(?:{_ONES}))?|(?:oh[\s-])?(?:{_ONES}))|two\s+thousand"
                rf"(?:\s+and\s+(?:{_ONES})|[\s-](?:{_ONES}))?")


def _c(p: str) -> re.Pattern:
    return recache.compile(p, re.I)


RULES: list[tuple[str, re.Pattern]] = [
    # Friday, March 26, 2016 / March 26 / Sept. 30, 1998 / the 26th of March 2016
    ("mdy", _c(rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?(?P<pos>{POS}\s+)?"
               rf"(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})(?:,?\s*(?P<year>{YEAR}|'\d\d(?!\d)))?")),
    ("dmy", _c(rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?"
               rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?")),
    ("spelled_md", _c(rf"(?P<mon>{MONTH_FULL})\s+(?P<dayw>{ORD_WORD}|twenty[\s-]{ORD_WORD}"
                      rf"|thirty[\s-]first)\b")),
    # March 2016 / early May 2015 / January this year / the winter of 1994
    ("month_year", _c(rf"(?P<pos>{POS}\s+)?(?P<mon>{MONTH})\s*,?\s+(?:of\s+)?"
                      rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year\b|"
                      rf"(?P<sy>{SPELLED_YEAR})\b)")),
    ("month", _c(rf"(?:(?P<pos>{POS})\s*)?(?:(?P<rel>{REL})\s+)?(?P<mon>{MONTH_FULL}\b|"
                 rf"{_cap(['Sept', 'Sep', 'Jan', 'Feb', 'Aug', 'Oct', 'Nov', 'Dec'])}\.(?!\s*\d))")),
    # 2016-03-26, 03/26/2016, 26.03.2016, 2016-W12, 2015-Q3
    ("iso", _c(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d)"
               r"(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-])")),
    ("isoweek", _c(r"(?<![\w/.-])(?P<y>\d{4})-?W(?P<w>\d\d)(?![\w/-])")),
    ("numeric", _c(r"(?<![\w/.,$-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                   r"(?P<y>\d{4}|\d\d)(?![\w/]|\.\d)")),
    ("ymd_slash", _c(r"(?<![\w/.-])(?P<y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d)(?![\w/])")),
    ("qyear", _c(rf"(?<![\w-])(?:(?P<y1>{YEAR})[\s-]?Q(?P<q1>[1-4])|Q(?P<q2>[1-4])"
                 rf"(?:\s+|-|\s*')(?P<y2>{YEAR}|\d\d))(?![\w-])")),
    # April 24 and 25: the second day of a pair
    ("dayand", _c(rf"(?P<mon>{MONTH})\s*{DAYNUM}\s+(?:and|or|&)\s+(?P<day>{DAYNUM})"
                  rf"(?:,?\s*(?P<year>{YEAR})|(?=\s*(?:[,.;:)\n]|$)|\s+(?:in|at|to|and|or|when|"
                  rf"with|for|from|on|by|during|as|after|before|but|the)\b))")),
    # the week of March 6
    ("week_of", _c(rf"the\s+week\s+of\s+(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})"
                   rf"(?:,?\s*(?P<year>{YEAR}))?")),
    # decades, centuries, years
    ("decade", _c(rf"(?:the\s+)?(?:(?P<pos>early|mid|late|middle)[\s-]+)?(?:(?P<dec>1\d\d0|20\d0)"
                  rf"'?s|'(?P<short>\d0)'?s|(?P<word>{DECADE_WORD}))\b")),
    # the first decade of the 21st century, the last decade of this century
    ("decade_of", _c(rf"the\s+(?P<ord>{ORD_WORD}|last|final)\s+decade\s+of\s+(?:the\s+)?"
                     rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{ORD_WORD}|twenty[\s-]first)|"
                     rf"(?P<rel>this|last|next|past|previous|current))[\s-]+century\b")),
    ("century", _c(rf"(?:the\s+)?(?:(?P<pos>early|mid|late|middle)[\s-]+)?(?:(?P<n>\d{{1,2}})"
                   rf"(?:st|nd|rd|th)|(?P<w>{ORD_WORD}|twenty[\s-]first))[\s-]+centur(?:y|ies)\b")),
    ("year", _c(rf"(?:(?P<pos>{POS})\s*)?(?:(?P<fiscal>fiscal(?:\s+year)?|financial\s+year|FY|"
                rf"calendar|the\s+year|model\s+year)\s*)?(?:(?P<pp>post-|pre-)|(?<=mid-)|(?<=FY)|"
                rf"(?<![\w$£€.,/-]))(?P<year>{YEAR})(?![\w%/]|,\d|\.\d|-\d|"
                rf"\s*(?:-|\s)year|\s+(?:percent|per\s+cent|people|men|troops|soldiers|votes|tons|"
                rf"miles|km|feet|meters|metres|dollars|shares|acres|barrels|points|pounds)\b)")),
    # year ranges: 1961-62, 2009-10, 1939-1945, the 2014/15 season, FY2014-15, FY15: each
    # year is its own phrase (TimeML tags each), none an invented date
    ("year_range", _c(rf"(?:(?P<fy>(?-i:FY)|fiscal(?:\s+year)?|financial\s+year)\s*)?"
                      rf"(?:(?<=FY)|(?<![\w$£€.,/#'-]))(?P<y1>{YEAR})(?:\s?[-\u2013]\s?|/)"
                      rf"(?P<y2>\d{{4}}|\d\d)(?![\w%/]|[-\u2013]\d|[.,]\d)")),
    ("fy_short", _c(r"(?-i:FY)\s?'?(?P<y1>\d\d)(?:(?:\s?[-\u2013]\s?|/)(?P<y2>\d\d))?"
                    r"(?![\w%/]|[-\u2013]\d|[.,]\d)")),
    ("short_year", _c(r"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|"
                       r"(?<=\bfrom ))'(?P<yy>\d\d)(?![\d'])")),
    ("spelled_year", _c(rf"(?:the\s+year\s+)?(?P<sy>{SPELLED_YEAR})\b")),
    # quarters and halves
    ("quarter", _c(rf"(?:the\s+)?(?:(?P<mods>(?:(?:latest|last|current|this|next|same|comparable|"
                   rf"year-earlier|year-ago|year\s+earlier|fiscal|previous|prior|preceding|"
                   rf"recent|flat|final|calendar|(?:{YEAR}|this\s+year's|last\s+year's|"
                   rf"next\s+year's))[\s-]+)*))?(?:(?P<ord>{ORD_Q})[\s-]+(?:fiscal[\s-]+)?)?"
                   rf"(?P<unit>quarter|half)(?!\s+(?:of\s+(?:an?\s+|the\s+)?(?:hour|century|"
                   rf"mile|point|percent|cent|inch|dozen))|ly\b|s\b|-(?:point|percent|mile)\b)"
                   rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}|this\s+year|last\s+year|next\s+year"
                   rf"|the\s+year)|,?\s+(?P<year2>{YEAR}))?")),
    # seasons
    ("season", _c(rf"(?:(?P<pos>early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?"
                  rf"(?:(?P<det>{REL}|the|this\s+year's|last\s+year's|next\s+year's)\s+)?"
                  rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<sy>"
                  rf"{SPELLED_YEAR}))?\b")),
    # weekdays (+ part of day), plural weekdays are sets
    ("weekday", _c(rf"(?:(?P<pos>early|late)\s+(?:on\s+)?)?(?:(?P<rel>{REL})\s+)?"
                   rf"(?P<wd>{WEEKDAY}|{_cap(WEEKDAYS)}s\b)(?:\s+(?P<pod>{PARTDAY})(?P<pl>s)?\b)?")),
    ("relday", _c(rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?:(?P<pod0>{PARTDAY})\s+of\s+)?"
                  rf"(?P<word>yesterday|today|tomorrow|tonight)(?!(?<=today)'s)"
                  rf"(?:\s+(?P<pod>{PARTDAY}))?\b")),
    ("relpod", _c(rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rel>last|this|tomorrow|yesterday)"
                  rf"\s+(?P<pod>{PARTDAY})\b")),
    ("dayafter", _c(r"the\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b")),
    # this week / last month / earlier this year / the end of the month / the past day
    ("relunit", _c(rf"(?:(?P<pos>{POS}|earlier|later|early|late|mid)\s+(?:in\s+)?)?"
                   rf"(?P<det>this|last|next|the\s+past|the\s+last|the\s+coming|the\s+current|"
                   rf"the\s+previous|the\s+following|the\s+next|past|coming|current|previous|"
                   rf"following|the\s+same|the|that)\s+(?P<unit>week|weekend|month|year|decade|"
                   rf"century|day)\b(?!-|\s+(?:old|earlier|ago|and\s+a\s+half)\b)")),
    # anaphoric: that year, later that day, the following month, the next morning
    ("anaphor", _c(r"(?:(?P<pos>earlier|later|early|late)\s+)?(?P<det>that\s+same|that|the\s+same|"
                   r"the\s+following|the\s+previous|the\s+preceding|the\s+next)\s+(?P<unit>day|"
                   r"morning|afternoon|evening|night|week|weekend|month|year|quarter|decade|"
                   r"century)\b"
                   r"(?!\s+(?:of|before|after|when|that)\b|-)")),
    # N days ago / a year earlier / two weeks from now
    ("ago", _c(rf"(?:(?P<approx>{APPROX}|about)\s+)?(?P<num>{NUM}|{VAGUE_NUM})[\s-]+(?P<unit>{UNIT})s?"
               rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b"
               rf"(?!(?<=r)\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|I)\b)")),
    ("ago_bare", _c(rf"(?:(?P<approx>{APPROX})\s+)?(?P<unit>years|months|weeks|days|decades)"
                    rf"\s+(?P<dir>ago|earlier|later)\b")),
    # durations: five days, the past three months, a two-year, 24 hours
    ("duration", _c(rf"(?:(?P<the>the|these|those)\s+)?(?:(?P<adj>past|last|next|first|coming|"
                    rf"previous|following|final|latest|remaining|initial|ensuing|same|better\s+"
                    rf"part\s+of\s+the|entire|whole|full|preceding|year-earlier|year-ago|comparable)\s+)?(?:(?P<approx>{APPROX})"
                    rf"\s+)?(?:{NUM}\s+(?:to|or)\s+)?(?P<num>{NUM}|{VAGUE_NUM})[\s-]+(?:(?:more|"
                    rf"additional|full|straight|consecutive|long|trading|business|working)\s+)?"
                    rf"(?P<unit>{UNIT})s?\b(?P<half>\s+and\s+a\s+half\b)?"
                    rf"(?:\s+or\s+so\b|\s+or\s+(?:two|three|more)\b)?(?P<old>-old|\s+old)?")),
    ("duration_vague", _c(r"(?:(?P<the>the)\s+)?(?P<adj>past|last|next|coming|recent|previous|"
                          r"following|ensuing|first|early)\s+(?:(?P<vn>few|several|couple\s+of)"
                          r"\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|"
                          r"quarters|centuries)\b(?:\s+(?:and|or)\s+(?:seconds|minutes|hours|days|"
                          r"weeks|months|years|decades|quarters)\b)?")),
    # vague durations from a bare plural unit: for weeks, within hours, days of talks,
    # weeks or months, the weeks ahead, over the years, in the days before the vote
    ("plural_unit", _c(rf"(?P<unit>{PLURAL_UNIT})\b(?!-|'s?\b)"
                       rf"(?:\s+(?:or|and|to)\s+(?P<unit2>{PLURAL_UNIT})\b(?!-))?"
                       rf"(?P<tail>\s+(?:ahead|to\s+come)\b)?")),
    # day-long, decades-long, a two-week-long strike
    ("long_adj", _c(rf"(?<![\w-])(?:(?P<num>{NUM_WORD}|\d+)[\s-]+)?(?P<unit>{UNIT})(?P<pl>s)?"
                    rf"-?long\b")),
    # sets
    ("set", _c(rf"(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM_WORD}|\d+|"
               rf"(?P<few>few|several|couple\s+of))\s+)?"
               rf"(?P<what>{UNIT}s?|{WEEKDAY}|{MONTH_FULL}|{SEASON}|morning|night|evening|"
               rf"afternoon)\b|(?P<adv>daily|weekly|"
               rf"monthly|yearly|hourly|nightly|biweekly)\b(?!\s+(?:mail|news|telegraph|star|beast|show|express|"
               rf"record|herald|sabah|nation|times|post|journal|monitor)\b)|"
               rf"(?P<per>once|twice|\w+\s+times)\s+(?:a|per|every)\s+(?P<punit>{UNIT})\b)")),
    ("freq", _c(r"\b(?P<adv>annually|quarterly|semi-?annually|biannually|fortnightly)\b")),
    # vague references
    ("vague", _c(r"\b(?P<w>right\s+now|now|nowadays|currently|at\s+present|presently|"
                 r"these\s+days|recently|lately|the\s+(?:near\s+|distant\s+|foreseeable\s+)?"
                 r"future|the\s+past(?!\s+(?:few|several)\b)|as\s+soon\s+as\s+possible)\b"
                 r"(?!-|\s+of\b)")),
    # back then, at the time, in those days, the near term, a later date, for a while
    ("vague_phrase", _c(r"\b(?P<w>back\s+then|(?<=\bat\s)(?:the|that)\s+time|(?<=\bin\s)those"
                        r"\s+days|the\s+(?:near|short|long|longer)\s+term|a\s+later\s+date|"
                        r"(?<=\bfor\s)(?:some\s+time|a\s+while))\b(?!-|\s+of\b)")),
    # financial periods: the year-earlier period, the 1988 period, year-ago, year-end
    ("period", _c(rf"(?:(?:the|a)\s+)?(?P<mod>(?:comparable\s+|same\s+|corresponding\s+)?"
                  rf"(?:year-earlier|year-ago|year\s+earlier|{YEAR}|latest|comparable|same|"
                  rf"corresponding))\s+period(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|"
                  rf"last\s+year|of\s+{YEAR}))?\b")),
    ("fiscal_year", _c(r"(?:the\s+|(?P<rel>this|last|next)\s+(?=(?:fiscal|financial)\s))"
                       r"(?P<mod>(?:(?:current|full|latest|last|previous|past|next|same|entire|"
                       r"whole)\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?)year\b(?![-'])")),
    ("yearadj", _c(r"(?<![\w-])(?P<w>year-earlier|year-ago|year-end|year\s+end|year's\s+end)"
                   r"(?![\w-])")),
    # clock times: 10 p.m. Wednesday, around 7:15 p.m., noon Saturday, 5 p.m. EST Nov. 9
    ("time", _c(rf"(?:(?P<pre>around|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(?P<clock>{CLOCK})(?:\s+(?P<tz>{TZ})\b)?(?:\s+(?P<pod>in\s+the\s+"
                rf"(?:morning|afternoon|evening)|at\s+night))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|"
                rf"(?P<rd>yesterday|today|tomorrow|tonight)\b|(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})"
                rf"(?:,?\s+(?P<year>{YEAR}))?))?")),
    # mid-morning, midday, mid afternoon Friday; 4 in the morning, 10 at night
    ("midday", _c(rf"(?:mid-?\s?(?P<pod>morning|afternoon|evening|day)|(?<=\s)(?P<hr>1[0-2]|0?[1-9])"
                  rf"\s+(?P<pod2>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b"
                  rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rd>yesterday|today|tomorrow)\b))?")),
    # race and match times: 4:12:09, 2:05:30.5, 2:05.3 (minutes, seconds and tenths)
    ("clockdur", _c(r"(?<![\w:.,/])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)|(?P<m>\d{1,2}):"
                    r"(?P<ms>[0-5]\d)(?=\.\d))(?:\.(?P<frac>\d{1,3}))?(?![\d:]|\.\d)"
                    rf"(?P<ampm>\s*(?:[ap]\.m\.|[ap]\.?m\b)|\s+{TZ}\b)?")),
    ("time_after", _c(rf"(?:(?P<wd>{WEEKDAY})|(?P<rd>yesterday|today|tomorrow)\b)(?:\s+(?:at|"
                      rf"around|about))?\s+(?P<clock>{CLOCK})(?:\s+(?P<tz>{TZ})\b)?")),
    # holidays with fixed or computable dates
    ("holiday", _c(r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|"
                   r"Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|"
                   r"Boxing\s+Day|Bastille\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|"
                   r"Easter(?:\s+Sunday)?)(?P<wk>\s+(?i:week))?)"
                   rf"(?:\s+(?P<year>{YEAR}))?")),
]


# Every match of a rule contains one of its head words; the finder runs a rule
# only in windows around its heads (this is what makes the finder fast).
_H = {
    "month": r"(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|"
             r"JUN|JUL|AUG|SEP|OCT|NOV|DEC))",
    "weekday": r"(?-i:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN))",
    "digit": r"\d{1,4}[/.-]\d|\d{4}-?W\d|\bQ[1-4]\b|\d{4}[-\s]?Q[1-4]",
    "year4": r"\d\d\d\d|'\d\d|(?-i:FY)\s?'?\d\d",
    "unit": r"\b(?:second|minute|hour|day|week|month|quarter|year|decade|centur|morning|"
            r"afternoon|evening|night)",
    "quarter": r"\b(?:quarter|half)",
    "century": r"centur",
    "decade": r"\d0'?s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties"
              r"|nineties)",
    "spelled": r"\b(?:nineteen|eighteen|twenty|thousand)",
    "season": r"\b(?:spring|summer|fall|autumn|winter)",
    "relday": r"\b(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|midday|"
              r"midmorning|midafternoon)",
    "set": r"\b(?:every|each|daily|weekly|monthly|yearly|hourly|nightly|biweekly|once|twice|"
           r"times)\b",
    "freq": r"\b(?:annually|quarterly|semiannually|semi-annually|biannually|fortnightly)\b",
    "vague": r"\b(?:now|nowadays|currently|present|presently|these|recently|lately|future|past"
             r"|as\s+soon)\b",
    # literal phrases (one space): the head is skipped unless one is in the text
    "vague_phrase": r"\b(?:back then|at the time|at that time|those days|near term|short term"
                    r"|long term|longer term|later date|some time|a while)\b",
    "clock": r"\d\s*[ap]\.?m|\d[:.]\d\d\s*[ap]|\d:\d\d|\b(?:noon|midnight)\b",
    "period": r"\bperiod\b|\byear[-\s']",
    "holiday": r"\b(?:Christmas|New\s+Year|Thanksgiving|Independence|Halloween|Valentine|Boxing"
               r"|Bastille|Labor|Memorial|Easter|Election)",
}
HEADS = {k: recache.compile(v, re.I) for k, v in _H.items()}
RULE_HEADS = {
    "mdy": "month", "dmy": "month", "spelled_md": "month", "month_year": "month",
    "month": "month", "iso": "digit", "isoweek": "digit", "numeric": "digit",
    "ymd_slash": "digit", "qyear": "digit", "decade": "decade", "century": "century", "decade_of": "century",
    "year": "year4", "short_year": "year4", "year_range": "year4", "fy_short": "year4", "spelled_year": "spelled", "quarter": "quarter",
    "season": "season", "weekday": "weekday", "relday": "relday", "relpod": "relday",
    "dayafter": "relday", "anaphor": "unit", "relunit": "unit", "ago": "unit", "ago_bare": "unit",
    "duration": "unit", "duration_vague": "unit", "plural_unit": "unit", "set": "set", "freq": "freq",
    "vague": "vague", "vague_phrase": "vague_phrase", "time": "clock", "time_after": "clock", "clockdur": "clock", "midday": "relday", "period": "period",
    "yearadj": "period", "holiday": "holiday", "fiscal_year": "unit", "dayand": "month",
    "week_of": "month", "long_adj": "unit",
}
BEFORE, AFTER = 64, 64
