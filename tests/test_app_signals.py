"""The real app in a real pseudo-terminal, stopped by SIGTERM (a shutdown, `kill`) or SIGHUP
(a dropped SSH connection, forwarded by the login shell): it exits at once with 128 + the
signal, no traceback, and hands the terminal back (leaves the alternate screen)."""

from __future__ import annotations

import os
import select
import signal
import sys
import time

import pytest

from seeds import SEEDS_DIR
from store.db import open_store
from store.ingest import ingest

APP = "import sys; from tui.cli import main; sys.exit(main())"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sig") / "seeds.db"
    store = open_store(path)
    assert ingest(store, [str(SEEDS_DIR)]).ok
    store.close()
    return str(path)


def _read(fd: int, until: float) -> bytes:
    out = b""
    while time.monotonic() < until:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_the_app_leaves_cleanly_on_a_stop_signal(db, sig):
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, as `dateline --db F` in a terminal
        os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
        os.execv(sys.executable, [sys.executable, "-c", APP, "--db", db])
    try:
        shown = b""
        end = time.monotonic() + 60
        while b"events" not in shown and time.monotonic() < end:
            shown += _read(fd, time.monotonic() + 0.5)
        assert b"events" in shown, "the app never painted"
        os.kill(pid, sig)
        rest = _read(fd, time.monotonic() + 20)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert os.WIFEXITED(status), "killed by the signal instead of handling it"
    assert os.WEXITSTATUS(status) == 128 + sig
    assert b"Traceback" not in rest
    assert b"\x1b[?1049l" in rest  # out of the alternate screen: the shell is usable again
