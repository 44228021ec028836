"""When Python's cycle collector runs: while the user waits, not inside key presses.

Textual's strips keep themselves in their own caches (`divide` and
`adjust_cell_length` store `self`), so every line drawn ends as cyclic garbage
that only the collector's full pass frees: about 530 objects a key press. With
Python's own thresholds that pass ran every 30 or so presses, inside one, for
32-62 ms on a 1,000,000-event store: a go-to-date jump measured 75-80 ms at p95
against 15-17 ms at p50. So, in a real terminal, what the app built to start is
frozen once the first screen is up (kept for good, never scanned again), the
cheap young passes stay, and the full pass waits for the keys to rest for a
second, or, under keys that never rest, for three times as many young passes
as Python would wait (memory stays bounded; one press in ~90 pays for it).
"""

from __future__ import annotations

import gc

CHECK_SECONDS = 0.5   # how often the app asks
IDLE_SECONDS = 1.0    # keys resting this long: collect
BACKSTOP = 30         # middle passes since the last full one that force it (Python: 10)
NEVER = 1_000_000_000  # the third threshold: no full pass of the collector's own accord


def settle() -> None:
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER)


def collect_if_idle(idle_seconds: float) -> bool:
    """A full pass when there may be garbage and the keys rest (or it has waited too
    long); True if it ran."""
    pending = gc.get_count()[2]
    if pending == 0 or (idle_seconds < IDLE_SECONDS and pending < BACKSTOP):
        return False
    gc.collect()
    return True
