"""Building Rich `Text` from article strings without ever interpreting them.

Articles come from anywhere: a title may contain "[bold]" or an escape
sequence. Everything shown on screen goes through `literal`, which builds
`Text` from a plain string (never markup) after replacing control characters
with visible stand-ins, so an article can neither style nor control the
terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.style import Style
from rich.text import Text

# C0 and C1 controls and DEL; \n and \t are handled by the caller's choice.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS_AND_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    """Show a control character the way a careful pager would: ^[ for ESC."""
    code = ord(match.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7F:
        return "^?"
    return f"<{code:02x}>"


def clean(text: str | None, *, keep_newlines: bool = False) -> str:
    """Replace control characters with printable stand-ins.

    With keep_newlines (the reader), line breaks and tabs survive; elsewhere
    a line break becomes a space so one entry stays on its own lines.
    The replacement keeps the string's length for single-byte controls only
    when it can not: callers that map offsets use `clean_same_length`.
    """
    if not text:
        return ""
    if keep_newlines:
        return _CONTROLS.sub(_visible, text)
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROLS_AND_BREAKS.sub(_visible, text)


def clean_same_length(text: str) -> str:
    """Like `clean` for the reader, but one character for one, so offsets still point right.

    Controls become U+FFFD-like visible marks of width one; ESC becomes '␛'.
    """
    def one(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code == 0x1B:
            return "␛"
        if code < 0x20:
            return chr(0x2400 + code)  # the Control Pictures block
        return "�"

    return _CONTROLS.sub(one, text.replace("\t", " "))


def literal(text: str | None, style: str | Style = "") -> Text:
    """A Text of exactly these characters (controls made visible), never parsed as markup."""
    return Text(clean(text), style=style, no_wrap=False)


def highlight_terms(text: Text, terms: Iterable[str], style: str | Style = "reverse") -> Text:
    """Mark each search word where it occurs (case-insensitive, word prefix: stems match)."""
    words = [t for t in terms if t and t.strip()]
    if not words:
        return text
    pattern = r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
    text.highlight_regex(re.compile(pattern, re.IGNORECASE), style)
    return text


def shorten(text: str, width: int) -> str:
    """Cut to width with an ellipsis, for one-line entries."""
    if width <= 0:
        return ""
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)] + "…"


def one_line(text: str | None) -> str:
    """`clean_same_length` on one line: offsets into the string stay valid."""
    return clean_same_length(text or "").replace("\r", " ").replace("\n", " ")


TITLE_WORDS = 6     # a line with fewer words is page furniture (a menu, a byline), not a title
TITLE_CHARS = 90
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[A-Z0-9])")


def title_from_text(text: str | None) -> str:
    """A title for an untitled article: the first sentence of its first line of at least
    TITLE_WORDS words, cut at a word near TITLE_CHARS. '' when the text has no such line."""
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if len(line.split()) >= TITLE_WORDS:
            sentence = _SENTENCE_END.split(line, maxsplit=1)[0]
            if len(sentence) <= TITLE_CHARS:
                return clean(sentence)
            cut = sentence[:TITLE_CHARS - 1].rsplit(" ", 1)[0]
            return clean(cut.rstrip(",;:—- ")) + "…"
    return ""


SHORT_PATH = 40


def short_path(path: str | None) -> str:
    """A path as a reader needs it: short ones whole, long ones as '…/folder/file'.

    An article loaded from the installed package sits under a long site directory
    that tells the reader nothing; its folder and file name do.
    """
    path = clean(path)
    if len(path) <= SHORT_PATH:
        return path
    parts = [p for p in re.split(r"[/\\]", path) if p]
    return "…/" + "/".join(parts[-2:]) if len(parts) > 2 else path
