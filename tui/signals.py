"""The app under a shutdown, `kill` or a dropped SSH connection.

Python's default for SIGTERM and SIGHUP ends the process at once, which leaves
the terminal in the app's alternate screen with mouse reporting on: the next
thing typed there is garbage. Handled in the event loop instead, the app exits
the normal way (Textual restores the terminal); store writes are transactions,
so an edit in flight is committed whole or not at all.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def on_stop_signals(stop: Callable[[int], None]) -> None:
    """Call `stop(signum)` from the running loop when SIGTERM or SIGHUP arrives."""
    loop = asyncio.get_running_loop()
    for sig in STOPPING:
        try:
            loop.add_signal_handler(sig, stop, int(sig))
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, Windows
            pass
