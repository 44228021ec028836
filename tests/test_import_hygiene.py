"""store/ never imports Textual or Rich; tui/ never writes SQL.

Each store module is imported in a fresh interpreter, as harlequin does, so a
stray import anywhere in its dependencies is caught.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE_MODULES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for p in (ROOT / "store").rglob("*.py"))


def test_store_modules_exist():
    assert "store.db" in STORE_MODULES and "store" in STORE_MODULES


@pytest.mark.parametrize("module", STORE_MODULES)
def test_store_module_does_not_import_textual_or_rich(module):
    code = (f"import sys, importlib; importlib.import_module({module!r}); "
            "bad = sorted(m for m in ('textual', 'rich') if m in sys.modules); "
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "", f"{module} imports {out.stdout.strip()}"


SQL = re.compile(r"\.execute(many|script)?\(|\b(SELECT|INSERT|UPDATE|DELETE)\s+(\*|\w+\s+FROM|"
                 r"INTO|FROM)\b|import sqlite3|sqlite3\.connect")


@pytest.mark.parametrize("path", sorted((ROOT / "tui").rglob("*.py")), ids=lambda p: p.name)
def test_tui_writes_no_sql(path):
    hits = [n for n, line in enumerate(path.read_text().splitlines(), 1) if SQL.search(line)]
    assert not hits, f"{path.relative_to(ROOT)} has SQL on lines {hits}"
