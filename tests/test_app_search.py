"""The search bar: results as you type, counts, errors under the bar, history, n/N."""

from __future__ import annotations

from test_app import make, settle, source_texts, type_text
from test_tui_fixture import TODAY

from store.history import remember_search
from tui.status import StatusLine
from tui.widgets.search_bar import SearchBar


async def type_query(pilot, text: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, text)
    await pilot.pause(0.3)  # past the debounce
    await settle(pilot)


def bar_message(app) -> str:
    return str(app.query_one("#search-message").render())


async def test_search_hill_900_lands_on_the_event_with_the_herald_in_sources():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "Hill 900")
        assert bar_message(app) == "1 match"
        assert app.focused is app.query_one(SearchBar).input
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.timeline
        assert app.timeline.row.title == "Government forces captured Hill 900"
        assert source_texts(app)[0].startswith("The Daily Herald")
        assert app.timeline.terms  # the words are highlighted in the panes


async def test_results_update_as_you_type_and_count_matches():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "palmyra")
        assert bar_message(app) == "3 matches"
        assert len(app.timeline.rows) == 3
        await type_text(pilot, " -temples")
        await pilot.pause(0.3)
        await settle(pilot)
        assert bar_message(app) == "1 match"


async def test_a_bad_query_shows_its_error_under_the_bar_and_keeps_the_timeline():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "soruce:bbc")
        message = bar_message(app)
        assert "soruce:" in message and "source:" in message
        assert "Traceback" not in message
        assert app.query_one(SearchBar).has_class("-error")
        assert len(app.timeline.rows) == 9
        await pilot.press("enter")  # Enter does not leave a broken query behind
        assert app.focused is app.query_one(SearchBar).input


async def test_escape_clears_the_search_and_keeps_the_event():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "Hill 900")
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.timeline
        await pilot.press("escape")  # from the timeline too
        await settle(pilot)
        assert app.browser.query == ""
        assert not app.query_one(SearchBar).display
        assert len(app.timeline.rows) == 9
        assert app.timeline.row.title == "Government forces captured Hill 900"


async def test_up_and_down_walk_the_remembered_searches():
    app = make()
    remember_search(app.store, "older")
    remember_search(app.store, "newer")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "Hill 900")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        await pilot.press("ctrl+u")  # empty the bar, as a user would
        await pilot.press("up")
        assert bar.value == "Hill 900"  # Enter remembered it
        await pilot.press("up", "up")
        assert bar.value == "older"
        await pilot.press("down")
        assert bar.value == "newer"


async def test_n_and_N_walk_the_matches():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert any("No search" in n.message for n in app._notifications)
        await type_query(pilot, "palmyra")
        await pilot.press("enter")
        await settle(pilot)
        first = app.timeline.row
        await pilot.press("n", "n")
        assert app.timeline.row.id == app.browser.first(3)[2].id
        await pilot.press("N", "N")
        assert app.timeline.row == first


async def test_app_started_with_a_query_is_filtered_and_a_bad_one_says_why():
    from test_tui_fixture import build_store

    from tui.app import DatelineApp

    app = DatelineApp(build_store(), "hill", today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert [r.title for r in app.timeline.rows] == ["Government forces captured Hill 900"]
    app = DatelineApp(build_store(), "after:blorp", today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.query_one(SearchBar).display
        assert "blorp" in bar_message(app)
        assert len(app.timeline.rows) == 9


async def test_keys_typed_in_one_burst_after_slash_or_t_reach_the_box():
    """Over SSH a whole line can arrive at once; none of it may go to the timeline."""
    from textual import events

    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for ch in "/Hill 9/0":
            app.post_message(events.Key({"/": "slash", " ": "space"}.get(ch, ch), ch))
        await pilot.pause(0.3)
        assert app.query_one(SearchBar).value == "Hill 9/0"
        await pilot.press("escape")
        for ch in "t2015-08":
            app.post_message(events.Key("minus" if ch == "-" else ch, ch))
        await pilot.pause(0.3)
        assert app.query_one(StatusLine).prompt.text == "2015-08"


async def test_a_search_answered_after_escape_does_not_come_back():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_text(pilot, "/hill")
        await pilot.press("escape")  # before the debounce fires
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.browser.query == "" and len(app.timeline.rows) == 9


async def test_enter_right_after_fixing_a_bad_query_runs_the_fixed_one():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "soruce:x")
        assert app.query_one(SearchBar).has_class("-error")
        await pilot.press(*["backspace"] * 8)
        await type_text(pilot, "hill")
        await pilot.press("enter")  # at once: the debounce has not fired yet
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.browser.query == "hill"
        assert app.timeline.row.title == "Government forces captured Hill 900"


async def test_a_store_failure_during_search_is_one_line_under_the_bar(monkeypatch):
    import tui.keyview

    class Broken:
        def __init__(self, *args, **kwargs):
            raise RuntimeError("disk I/O error\nmore detail")

    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(tui.keyview, "SearchBrowser", Broken)  # what a search opens
        await type_query(pilot, "hill")
        assert bar_message(app) == "search failed: disk I/O error"
        assert app.is_running and len(app.timeline.rows) == 9
