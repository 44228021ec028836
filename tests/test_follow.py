"""The app follows its store: events another process adds show up without a restart or r,
the cursor keeps its event, what arrived is marked '+' until visited, the status counts it."""

from __future__ import annotations

from test_app import screen_text, settle
from test_app_file import seeded
from test_app_seeds import TODAY

from store.db import open_store
from store.ingest import ingest
from tui.app import DatelineApp

NEWS = ("Rebels shelled the town of Qaryatain on Monday, officials said. The army said it "
        "would answer within days.")


def add_article(path, tmp_path) -> None:
    """Another writer (its own connection, as a `dateline ingest` beside the app)."""
    doc = tmp_path / "new.txt"
    doc.write_text(NEWS)
    other = open_store(path)
    assert ingest(other, [str(doc)], published="2016-03-29").ok
    other.close()


async def test_new_events_appear_marked_and_counted_with_the_cursor_kept(tmp_path):
    path = tmp_path / "follow.db"
    app = DatelineApp(seeded(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = app.timeline.row
        assert before is not None
        add_article(path, tmp_path)
        app._poll_store()  # what the 2-second timer does
        await settle(pilot)
        assert app.timeline.row.id == before.id           # the cursor kept its event
        text = screen_text(app)
        assert "+2 new events" in text or "+1 new event" in text
        assert app.arrived >= 1
        new_rows = [r for r in app.timeline.rows if app.timeline.is_new(r)]
        assert new_rows and any("Qaryatain" in r.title for r in new_rows)
        assert any("+ 2016-03-28" in line for line in text.splitlines()
                   if "Qaryatain" in line or "Rebels" in line)
        # visiting a new row takes its mark away
        app.timeline.move_to_id(new_rows[0].id)
        await settle(pilot)
        app.timeline.move(-1)
        await settle(pilot)
        assert not app.timeline.is_new(new_rows[0])


async def test_behind_a_dialog_it_waits_and_says_so(tmp_path):
    path = tmp_path / "wait.db"
    app = DatelineApp(seeded(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        add_article(path, tmp_path)
        app._poll_store()
        assert app.stale
        await pilot.press("escape")
        await settle(pilot)
        app._poll_store()  # the next tick, with the dialog closed: it follows
        await settle(pilot)
        assert not app.stale and app.arrived >= 1


async def test_it_opens_on_the_last_event_when_the_newest_article_dates_only_earlier_days(
        tmp_path):
    path = tmp_path / "late.db"
    seeded(path).close()
    add_article(path, tmp_path)  # published 2016-03-29, telling only of Monday the 28th
    app = DatelineApp(open_store(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.timeline.row.start >= "2016-03-27"
        assert app.timeline.at_end


async def test_an_event_the_analysts_own_undo_recreates_is_not_news(tmp_path):
    """Undoing a merge re-creates the merged-away event under a new id: that is the
    analyst's own doing, so it gets no '+' and no place in the count of what arrived."""
    path = tmp_path / "undo.db"
    app = DatelineApp(seeded(path), today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        opened_with = app.timeline.new_after
        gone = app.timeline.row
        for key in ("M", "j", "M"):                  # merge this event into the next one
            await pilot.press(key)
            await settle(pilot)
        assert app.browser.event(gone.id) is None
        await pilot.press("u")
        await settle(pilot)
        again = [r for r in app.browser.first(200) if r.id > opened_with]
        assert again and any(r.value == gone.value for r in again)  # back, under a new id
        shown = [r for r in app.timeline.rows if r.id > opened_with]
        assert shown and not any(app.timeline.is_new(r) for r in shown)
        assert not any(f"+ {r.value}" in screen_text(app) for r in shown)
        top = app.browser.newest_event_id()
        add_article(path, tmp_path)                  # then real news arrives
        app._poll_store()
        await settle(pilot)
        assert app.arrived == app.browser.arrived_since(top) >= 1
        new_rows = [r for r in app.timeline.rows if app.timeline.is_new(r)]
        assert new_rows and all(r.id > top for r in new_rows)
        n = app.arrived
        assert f"+{n} new {'event' if n == 1 else 'events'}" in screen_text(app)
