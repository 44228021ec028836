"""Text that cannot drive a terminal: escape sequences and control characters removed.

Its own small module because every export and the app's panes need it, and the
furniture patterns of clean.py (a few dozen compiled expressions) would cost
each `dateline events` tens of milliseconds of start-up that it never uses.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI, OSC/DCS/SOS/PM/APC strings (ended by BEL or ST,
# or by the end of the line when unterminated), then any other escape or a lone
# ESC. 8-bit C1 introducers are removed as single characters below instead: in
# text decoded as latin-1 they are far more often stray bytes than sequences,
# and eating what follows them would lose article text.
_ESCAPES = re.compile(
    r"""
      \x1b\[ [0-?]* [ -/]* [@-~]?                 # CSI ... final byte
    | \x1b[\]PX^_] [^\x07\x1b\x9c\n]*            # OSC DCS SOS PM APC ...
      (?:\x07|\x1b\\|\x9c)?                       # ... to BEL, ST or line end
    | \x1b [ -/]* [0-~]?                          # other escapes, or a lone ESC
    """,
    re.X,
)
# C0 controls except tab and newline, DEL, and the C1 block.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_VERTICAL = re.compile(r"[\x0b\x0c]")


def clean_text(s: str) -> str:
    """Text without terminal controls; newlines normalised; otherwise verbatim (NFC)."""
    s = _ESCAPES.sub("", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _VERTICAL.sub("\n", s)
    s = _CONTROLS.sub("", s)
    return unicodedata.normalize("NFC", s)
