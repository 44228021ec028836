"""The few words every part of a title's cutting shares: its length, the mark where the date
phrase stood while it is trimmed, and how a sentence splits into segments and words."""

from __future__ import annotations

import re

TITLE_MAX = 100
MARK = "\x00"  # where the date phrase stood, while the title is trimmed
_SEGMENT = re.compile(r"\s*(?:[,;:]|\s[—–-]{1,2})\s+")
_WORDS = re.compile(r"\w+")
_APPOSITIVE = re.compile(r"(?:a|an|the|home to|one of|known as|once|now|which|who)\b")
