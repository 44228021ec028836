"""Key dates keep seats for the quieter parts of a story: a busy stretch, where every day
scores high, does not take every date asked for."""

from __future__ import annotations

import datetime as dt
import json

from store.keydates import STRETCH_DAYS, STRETCH_MAX, Stretch
from tests.test_cli import run

START = dt.date(2022, 3, 1)
BUSY = STRETCH_MAX + 2            # more busy days than one stretch may hold ...
QUIET = START + dt.timedelta(days=40)


def _long_day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _hearing_story(tmp_path) -> str:
    """A public inquiry of my own: a witness a day for a fortnight, each day filed by three
    reporters, and a month later the inquiry's report, filed by two."""
    arts = []
    for i in range(BUSY):
        day = START + dt.timedelta(days=i)
        for who in ("a harbour pilot", "the port's engineer", "a ferry captain"):
            arts.append({"published": day.isoformat(), "outlet": "Coast News",
                         "text": f"On {_long_day(day)} the ferry inquiry heard witness {i + 1}, "
                                 f"questioned by {who}. The hearing resumes tomorrow morning."})
    for paper in ("Coast News", "Harbour Times"):
        arts.append({"published": QUIET.isoformat(), "outlet": paper,
                     "text": f"The ferry inquiry published its findings on {_long_day(QUIET)}, "
                             f"blaming the operator for the collision. Families welcomed it."})
    src = tmp_path / "inquiry.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in arts))
    db = str(tmp_path / "inquiry.db")
    r = run("ingest", str(src), "--db", db)
    assert r.returncode == 0, r.stderr
    return db


def _dates(db: str, n: int) -> list[str]:
    r = run("timeline", "--db", db, "--dates", str(n), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    return [json.loads(x)["date"] for x in r.stdout.splitlines()]


def test_a_busy_stretch_leaves_a_seat_for_the_quiet_turning_point(tmp_path):
    db = _hearing_story(tmp_path)
    busy = {(START + dt.timedelta(days=i)).isoformat() for i in range(BUSY)}
    # every hearing day outscores the findings (three reports and a burst against two),
    # yet asking for one date more than a stretch may hold brings the findings in
    got = _dates(db, STRETCH_MAX + 1)
    assert len(got) == STRETCH_MAX + 1 and got == sorted(got)
    assert QUIET.isoformat() in got
    assert len(busy & set(got)) == STRETCH_MAX
    # asked for every day there is, the stretch gives way: no date is lost to it
    assert set(_dates(db, BUSY + 1)) == busy | {QUIET.isoformat()}


def test_stretch_counts_every_window_that_holds_the_day():
    # picks on every other day: no window of STRETCH_DAYS holds STRETCH_MAX of them
    spread = Stretch()
    for i in range(STRETCH_MAX):
        spread.add((START + dt.timedelta(days=2 * i)).isoformat())
    assert all(spread.room((START + dt.timedelta(days=2 * i + 1)).isoformat())
               for i in range(STRETCH_MAX))
    # picks on STRETCH_MAX days in a row: the rest of their window is full, before and after
    full = Stretch()
    for i in range(STRETCH_MAX):
        full.add((START + dt.timedelta(days=i)).isoformat())
    last_in = START + dt.timedelta(days=STRETCH_DAYS - 1)
    first_in = START + dt.timedelta(days=STRETCH_MAX - STRETCH_DAYS)
    assert not full.room(last_in.isoformat())
    assert not full.room(first_in.isoformat())
    # ... and free again once a window can leave all of them out
    assert full.room((START + dt.timedelta(days=STRETCH_MAX + STRETCH_DAYS - 1)).isoformat())
    assert full.room((START - dt.timedelta(days=STRETCH_DAYS)).isoformat())
