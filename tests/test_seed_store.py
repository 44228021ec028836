"""The demo story in the default store follows the installed rules: a store holding the
seeds alone is analysed again when the rules change; a store with the user's own
articles or marks is never touched."""

import io
import json
import shutil

import pytest

from seeds import SEEDS_DIR
from store import seed_store
from store.annotations import edit
from store.browse import Browser
from store.db import open_store
from store.export import write_events
from store.ingest import ingest
from tui import cli


def exported(store) -> list[dict]:
    out = io.StringIO()
    write_events(Browser(store, ""), out, "jsonl")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    for row in rows:  # ids depend on the order rows were written, not on the analysis
        row.pop("id")
        for s in row["sources"]:
            s.pop("article")
    return sorted(rows, key=json.dumps)


@pytest.fixture
def fresh(tmp_path):
    store = open_store(str(tmp_path / "fresh.db"))
    assert seed_store.load(store, SEEDS_DIR) == "empty"
    return store


def make_stale(store) -> None:
    """What an older dateline leaves: other titles, a missing event, another fingerprint."""
    with store.write() as conn:
        conn.execute("UPDATE events SET title = 'made by older rules'")
        last = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        conn.execute("DELETE FROM mentions WHERE event_id = ?", (last,))
        conn.execute("DELETE FROM events WHERE id = ?", (last,))
        conn.execute("UPDATE meta SET value = 'older' WHERE key = ?", (seed_store.META_KEY,))


def test_first_load_records_the_rules_and_the_next_start_keeps_the_store(fresh):
    before = exported(fresh)
    assert len(before) > 40
    assert seed_store.state(fresh, SEEDS_DIR) == "current"
    assert seed_store.load(fresh, SEEDS_DIR) == "current"
    assert exported(fresh) == before
    assert fresh.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_seeds_made_by_other_rules_are_analysed_again(fresh, tmp_path):
    want = exported(fresh)
    make_stale(fresh)
    said = []
    assert seed_store.load(fresh, SEEDS_DIR, say=said.append) == "stale"
    assert exported(fresh) == want
    assert "analysing them again" in said[0]
    assert seed_store.state(fresh, SEEDS_DIR) == "current"


def test_a_store_from_before_the_fingerprint_is_refreshed_once(fresh):
    with fresh.write() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (seed_store.META_KEY,))
    assert seed_store.state(fresh, SEEDS_DIR) == "stale"
    seed_store.load(fresh, SEEDS_DIR)
    assert seed_store.state(fresh, SEEDS_DIR) == "current"


def test_the_users_own_articles_are_never_reanalysed(fresh, tmp_path):
    own = tmp_path / "own.txt"
    own.write_text("The council voted on Tuesday to close the old bridge.\n")
    ingest(fresh, [str(own)], published="2024-05-10")
    make_stale(fresh)
    before = exported(fresh)
    assert seed_store.load(fresh, SEEDS_DIR) == "user"
    assert exported(fresh) == before


def test_the_analysts_marks_keep_the_old_analysis(fresh):
    make_stale(fresh)
    with fresh.write() as conn:
        first = conn.execute("SELECT min(id) FROM events").fetchone()[0]
        edit(conn, first, marked=True)
    before = exported(fresh)
    assert seed_store.load(fresh, SEEDS_DIR) == "user"
    assert exported(fresh) == before


def test_seeds_from_another_install_folder_are_still_the_seeds(tmp_path):
    """An upgrade may move the package: the seeds are known by their file names."""
    old_dir = tmp_path / "old-install" / "seeds"
    shutil.copytree(SEEDS_DIR, old_dir)
    store = open_store(str(tmp_path / "moved.db"))
    seed_store.load(store, old_dir)
    make_stale(store)
    assert seed_store.load(store, SEEDS_DIR) == "stale"
    sources = [s for (s,) in store.conn.execute("SELECT source FROM articles")]
    assert len(sources) == 5 and all(s.startswith(str(SEEDS_DIR)) for s in sources)


def test_the_command_line_says_why_the_start_takes_longer(fresh, capsys):
    make_stale(fresh)
    cli._load_seeds(fresh)
    assert "dateline: the bundled seed articles were analysed by another version" in \
        capsys.readouterr().err
