"""How each screen looks, at 80x24 (the SSH minimum) and 120x40, on the fixture store.

Deterministic: the fixture is fixed, "today" is fixed, nothing shows a clock.
Update with `pytest tests/test_snapshots.py --snapshot-update` after a
deliberate change, and look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest
from test_app import settle, type_text
from test_keyview import salient_store
from test_tui_fixture import TODAY, build_store

from store import salience
from tui.app import DatelineApp

SIZES = [(80, 24), (120, 40)]


def app() -> DatelineApp:
    """The fixture with salience and day counts as an ingest keeps them (the bars, where the
    app opens)."""
    store = build_store()
    with store.write() as conn:
        salience.rebuild(conn)
    return DatelineApp(store, today=TODAY)


async def searched(pilot) -> None:
    """Past the search bar's debounce, then settled (queries are typed as one burst, as a
    line arrives over SSH: keys pressed one by one on a loaded machine let the debounce
    run a half-typed query, 'soruce', whose results then stayed under the error)."""
    await pilot.pause(0.3)
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
class TestScreens:
    def test_main(self, snap_compare, size):
        """The app opens on the newest article's day, salience bars beside the rows."""
        assert snap_compare(app(), terminal_size=size, run_before=settle)

    def test_main_further_down(self, snap_compare, size):
        """g, then j moves the cursor; the strip's caret and the panes follow."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("g", "j", "j", "j", "j", "j")
            await settle(pilot)
        assert snap_compare(app(), terminal_size=size, run_before=keys)

    def test_search_results(self, snap_compare, size):
        """/ palmyra: the filtered timeline, the match count, highlighted words."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("slash")
            await type_text(pilot, "palmyra")
            await searched(pilot)
        assert snap_compare(app(), terminal_size=size, run_before=keys)

    def test_search_error(self, snap_compare, size):
        """A misspelt filter: the message under the bar, the timeline unchanged."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("slash")
            await type_text(pilot, "soruce:bbc")
            await searched(pilot)
        assert snap_compare(app(), terminal_size=size, run_before=keys)

    def test_reader(self, snap_compare, size):
        """Enter on Hill 900: the Herald's article with "on Tuesday" highlighted."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("t", *"2016-03-15", "enter")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
        assert snap_compare(app(), terminal_size=size, run_before=keys)

    def test_help(self, snap_compare, size, monkeypatch):
        """? lists the keys, then the search filters.

        The filter lines are fixed here: their wording belongs to the query
        language (test_app checks the real ones are shown); this is the layout.
        """
        import tui.screens.help

        monkeypatch.setattr(tui.screens.help, "filter_lines", lambda: [
            ("word", "events whose title or sentences contain the word"),
            ("after:DATE", "events that end on or after DATE"),
            ("source:TEXT", "reported by an outlet, title or path containing TEXT"),
        ])
        assert snap_compare(app(), terminal_size=size, press=["question_mark"],
                            run_before=settle)

    def test_goto(self, snap_compare, size):
        """t opens the go-to-date prompt in the status line, the date typed in place."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("t", *"last May")
            await settle(pilot)
        assert snap_compare(app(), terminal_size=size, run_before=keys)

    def test_key_view(self, snap_compare, size):
        """K: only the key dates of 69 events (10), ranked by their bars; the status and
        the pane's title say so."""
        async def keys(pilot):
            await settle(pilot)
            await pilot.press("K")
            await settle(pilot)
        assert snap_compare(DatelineApp(salient_store(60), today=TODAY), terminal_size=size,
                            run_before=keys)
