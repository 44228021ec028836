"""re.compile for store's regexes, with the compiled code kept on disk across runs.

Importing the finder compiles ~250 regular expressions and the title, furniture and
quote modules ~460 more, and Python's re module parses and compiles each one in Python
code: ~1 G instructions for each group at every start of `dateline ingest` (the finder's
also at `dateline timex` or a date typed in words), together a seventh of the CPU time
of ingesting 400 articles. Modules that `dateline events` or the timeline load at start
(terminal_safe, similarity) keep plain re.compile: their few patterns cost less than
reading this file. The engine itself (_sre.compile) only needs the code list
that compilation produces, so that list is kept, as Python keeps a module's bytecode:
in the user's cache folder, in a file named for the interpreter and the engine's
version, keyed by the pattern and its flags. A pattern found there is built from its
code in C; any other is compiled as before, and its code is stored only when the
pattern built from it equals what re.compile returns (patterns compare equal when
their source, flags and code are the same). A file that is missing, unreadable,
corrupt or not writable costs nothing but the time it would have saved.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys

try:  # the engine's private parts; without them every pattern is compiled as usual
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover
    _TAG = None

# a file holding more entries than this (ingest imports ~800 patterns and the finder
# narrows ~770 more over the dev stories; the tests compile many more) is written again with only the ones its last run used: loading costs by size
MAX_ENTRIES = 1000

_stored: dict | None = None  # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup)
_used: set = set()
_dirty = False


def cache_path() -> str | None:
    """Where the code is kept: the user's cache folder (None: nowhere)."""
    if _TAG is None:
        return None
    name = f"regexes.{_TAG}.marshal"
    if sys.platform.startswith("linux"):  # platformdirs' answer there, without its import
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        if not os.path.isabs(base):  # (the XDG rule: a relative path is ignored)
            base = os.path.expanduser("~/.cache")
        # no home to expand "~" in: no cache, rather than a "~" folder in the cwd
        return os.path.join(base, "dateline", name) if os.path.isabs(base) else None
    from platformdirs import user_cache_dir

    return os.path.join(user_cache_dir("dateline", appauthor=False), name)


def _load() -> dict:
    path = cache_path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # (load(f) reads the file a few bytes at a time)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re's name)
    """re.compile(pattern, flags), the same Pattern, built from stored code when it can."""
    global _stored, _dirty
    flags = int(flags)
    if _TAG is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    if _stored is None:
        _stored = _load()
        atexit.register(save)
    key = (pattern, flags)
    entry = _stored.get(key)
    if entry is not None:
        try:
            rx = _sre.compile(pattern, *entry)
        except Exception:  # a damaged entry: compile it again below  # noqa: BLE001
            pass
        else:
            _used.add(key)
            return rx
    rx = re.compile(pattern, flags)
    entry = _entry(pattern, flags)
    if entry is not None:
        try:
            same = _sre.compile(pattern, *entry) == rx
        except Exception:  # noqa: BLE001
            same = False
        if same:
            _stored[key] = entry
            _used.add(key)
            _dirty = True
    return rx


def _entry(pattern: str, flags: int):
    """What re._compiler.compile hands _sre.compile, after the pattern (None: not
    computable here)."""
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # noqa: BLE001
        return None


def save() -> None:
    """Write the stored code if this run compiled anything new or the file has grown
    past MAX_ENTRIES (at exit; atomic)."""
    global _dirty
    path = cache_path()
    if _stored is None or path is None or not (_dirty or len(_stored) > MAX_ENTRIES):
        return
    data = (_stored if len(_stored) <= MAX_ENTRIES
            else {k: v for k, v in _stored.items() if k in _used})
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)
        _dirty = False
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
