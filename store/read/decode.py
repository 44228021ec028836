"""Bytes to text, or a plain reason why these bytes are not text.

Scraped files arrive in any encoding; a wrong guess silently corrupts every
offset downstream, so the order is strict: a BOM decides, then UTF-8, then the
Windows and ISO single-byte codepages. Binary content under a text name is
refused with what it looks like, instead of being stored as mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Magic numbers of binary formats people most often save under a text name.
_MAGIC = [
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3"),
]

# C0 controls that text never contains (tab, newlines, form feed and ESC can occur).
_BINARY_CONTROLS = [*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F]
_CONTROL_BYTES = bytes(_BINARY_CONTROLS)  # deleted in one C pass to count them (27 counts cost
                                          # ~0.1 ms an article)

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]

# Bytes 0x80-0x9f that cp1252 leaves undefined; their presence rules it out.
_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class NotText(ValueError):
    """The bytes are not usable text; str(e) is the reason shown to the user."""


@dataclass
class Decoded:
    text: str
    encoding: str | None   # None for plain UTF-8; else the codec name a user recognises


def sniff_binary(data: bytes) -> str | None:
    """The name of the binary format these bytes look like, or None if they may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if any(head.startswith(bom) for bom, _, _ in _BOMS) or _bomless_utf16(data):
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if len(head) >= 16 and controls > len(head) * 0.05:
        return "mostly control bytes"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode file content; raises NotText with a one-line reason."""
    if not data:
        raise NotText("empty file")
    kind = sniff_binary(data)
    if kind:
        raise NotText(f"looks binary ({kind}), not text")
    text, encoding = _decode(data)
    if not text.strip():
        raise NotText("empty file")
    return Decoded(text, encoding)


def _decode(data: bytes) -> tuple[str, str | None]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), label
            except UnicodeDecodeError as e:
                raise NotText(f"starts with a {label or 'UTF-8'} byte order mark "
                              f"but is not valid {label or 'UTF-8'} (byte {e.start})") from None
    codec = _bomless_utf16(data)
    if codec:
        return data.decode(codec), f"{codec} (no BOM)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if not any(b in _CP1252_HOLES for b in data) and any(0x80 <= b <= 0x9F for b in data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few damaged bytes (a truncated copy, one stray byte) stays UTF-8.

    Decoding such a file as latin-1 would turn every accented letter into
    mojibake to save one byte; replacing the damaged bytes keeps the rest right.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    if good >= 3 * bad:
        return text, f"utf-8 ({bad} invalid byte{'s' if bad != 1 else ''} replaced)"
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for mostly-Latin UTF-16 saved without a BOM, else None.

    Such text has a NUL in every other byte and never in the other half; binary
    data does not keep to one side so neatly.
    """
    head = data[:8192]
    # (no NUL at all is no UTF-16: one C scan rules out nearly every file, which sniffing
    # and decoding each ask, before the two halves are sliced and counted)
    if len(head) < 8 or len(data) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if others == 0 and zeros >= pairs * 0.6:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f")
            return codec if controls <= len(text[:4096]) * 0.01 else None
    return None
