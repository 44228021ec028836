"""The store's file changing under the open app: deleted, replaced by another store, made
read-only. One line says so, what is shown stays, nothing crashes, r reopens."""

from __future__ import annotations

import os
import shutil

from test_app import screen_text, settle
from test_app_seeds import TODAY

from seeds import SEEDS_DIR
from store.db import open_store
from store.ingest import ingest
from tui.app import DatelineApp


def seeded(path):
    store = open_store(path)
    assert ingest(store, [str(SEEDS_DIR)]).ok
    return store


def no_room(store) -> None:
    """SQLite's own "database or disk is full" from here on: the file may not grow."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_deleted_then_replaced_store_is_said_and_reopened(tmp_path):
    path = tmp_path / "live.db"
    app = DatelineApp(seeded(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = app.timeline.row
        for f in tmp_path.glob("live.db*"):
            os.remove(f)
        app._poll_store()
        await settle(pilot)
        assert any("was deleted" in n for n in notices(app))
        await pilot.press("j", "k")              # browsing goes on over what was open
        await settle(pilot)
        assert app.timeline.row.id == shown.id
        # another store appears at the path: r opens it
        other = tmp_path / "other.db"
        small = open_store(other)
        doc = tmp_path / "one.txt"
        doc.write_text("Rebels shelled the town of Qaryatain on Monday, officials said.")
        assert ingest(small, [str(doc)], published="2016-03-29").ok
        small.close()
        shutil.copy(other, path)
        app._poll_store()
        await settle(pilot)
        assert any("was replaced" in n for n in notices(app))
        await pilot.press("r")
        await settle(pilot)
        assert any(n.startswith("reopened") for n in notices(app))
        assert "Qaryatain" in screen_text(app) or "Rebels" in screen_text(app)
        assert app.total is not None and app.total < 10


async def test_a_store_made_read_only_is_said_once(tmp_path):
    path = tmp_path / "ro.db"
    app = DatelineApp(seeded(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        os.chmod(path, 0o444)
        try:
            app._poll_store()
            app._poll_store()
            await settle(pilot)
            said = [n for n in notices(app) if "read-only" in n]
            assert len(said) == 1
        finally:
            os.chmod(path, 0o644)


async def test_a_full_disk_while_searching_is_a_notice_and_the_search_runs(tmp_path):
    from tui.widgets.search_bar import SearchBar

    path = tmp_path / "full.db"
    store = seeded(path)
    app = DatelineApp(store, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        no_room(store)
        query = "Palmyra " + "ruins " * 2000   # a search too long for the room left
        app.post_message(SearchBar.Submitted(query))
        await settle(pilot)
        assert any("the disk is full" in n for n in notices(app))
        assert app.is_running and app.browser.searched == query


async def test_a_full_disk_during_an_edit_is_a_notice_and_nothing_half_kept(tmp_path):
    from store import annotations

    path = tmp_path / "edit.db"
    store = seeded(path)
    app = DatelineApp(store, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        no_room(store)
        app._change(row, "Noted", note="x" * 50_000)   # what the note dialog hands over
        await settle(pilot)
        assert any("the disk is full" in n for n in notices(app))
        assert app.is_running
        assert not annotations.layers(store.conn, [row.id]).get(row.id,
                                                                 annotations.NO_LAYER).note
