"""Driving the app by keys on the fixture store: moving, paging, periods, zoom, panes."""

from __future__ import annotations

import pytest
from test_tui_fixture import EVENTS, TODAY, build_store
from textual import events

from tui.app import DatelineApp
from tui.status import StatusLine
from tui.widgets.density import Density
from tui.widgets.details import Details
from tui.widgets.sources import Sources
from tui.widgets.timeline import Timeline

TITLES = [e[4] for e in EVENTS]


async def settle(pilot) -> None:
    """Until the app is idle: its workers done and the panes filled for the cursor's row
    (they fill in the frame after the cursor moves, which a busy machine may not have
    drawn when the first pause returns)."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not getattr(app, "_fill_pending", False):
            return


KEY_NAMES = {" ": "space", "-": "minus", "/": "slash", ":": "colon", '"': "quotation_mark",
             "[": "left_square_bracket", "]": "right_square_bracket"}


async def type_text(pilot, text: str) -> None:
    """Type `text` as one burst, the way a line arrives over SSH (and faster than press)."""
    from textual import events

    for ch in text:
        pilot.app.post_message(events.Key(KEY_NAMES.get(ch, ch), ch))
    await pilot.pause()


def screen_text(app) -> str:
    """Everything on the screen, as the terminal would show it, one line a row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def plain(widget) -> str:
    """What a Static-like pane currently shows, as plain text."""
    return str(widget.render())


def source_texts(app) -> list[str]:
    pane = app.query_one(Sources)
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)
            if not pane.get_option_at_index(i).disabled]


def make(extra: int = 0, **kw) -> DatelineApp:
    return DatelineApp(build_store(extra), today=TODAY, **kw)


async def test_opens_on_the_first_event_with_its_details_and_sources():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.timeline.row.title == TITLES[0]
        details = plain(app.query_one(Details))
        assert "May 2015" in details and "3 sources" in details
        assert "'last May' in an article published Friday 18 March 2016" in details
        outlets = [t.split(" · ")[0] for t in source_texts(app)]
        assert outlets == ["The Daily Herald", "AP", "RFE/RL"]
        assert app.focused is app.timeline
        assert app.animation_level == "none"
        assert "1 of 9 events" in plain(app.query_one("#status"))


@pytest.mark.parametrize("down,up", [("j", "k"), ("down", "up")])
async def test_j_k_and_arrows_move_the_cursor_and_the_panes_follow(down, up):
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(down, down)
        assert app.timeline.row.title == TITLES[2]
        assert "The drive enters its fourth week" in plain(app.query_one(Details))
        assert source_texts(app)[0].startswith("RFE/RL")
        await pilot.press(up)
        assert app.timeline.row.title == TITLES[1]
        await pilot.press(up, up, up)  # stops at the first event
        assert app.timeline.row.title == TITLES[0]


async def test_g_and_G_go_to_the_ends_of_a_long_timeline():
    app = make(extra=1000)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.timeline.row.title == "Filler event number 0"
        await pilot.press("G")
        assert app.timeline.row.title == TITLES[-1]
        assert "1,009 of 1,009 events" in plain(app.query_one("#status"))
        await pilot.press("g")
        assert app.timeline.row.title == "Filler event number 0"


async def test_page_down_walks_every_event_in_order_across_pages():
    app = make(extra=600)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        seen = [app.timeline.row.id]
        step = app.timeline.page_rows
        for _ in range(700 // step + 2):
            await pilot.press("pagedown")
            seen.append(app.timeline.row.id)
        assert seen[-1] == seen[-2]  # the end: the cursor stays on the last event
        assert app.timeline.row.title == TITLES[-1]
        order = app.browser.first(2000)
        index = {r.id: i for i, r in enumerate(order)}
        positions = [index[i] for i in seen]
        assert positions == sorted(positions)
        last = len(order) - 1
        steps = [b - a for a, b in zip(positions, positions[1:], strict=False)]
        assert all(d == step for d, p in zip(steps, positions[1:], strict=True) if p < last)
        assert positions[-1] == last
        assert len(app.timeline.rows) <= 500  # a window, not the whole store
        for _ in range(3):
            await pilot.press("pageup")
        assert index[app.timeline.row.id] == positions[-1] - 3 * step


async def test_position_and_panes_follow_every_step_across_pages():
    """After each key the status says where the cursor is in the whole timeline, and the
    panes (filled a frame after a step) show the event under it."""
    app = make(extra=1000)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        order = [r.id for r in app.browser.first(2000)]
        keys = ["pagedown"] * 14 + ["j"] * 3 + ["k"] + ["pageup"] * 16 + ["G", "k", "j", "g"]
        for key in keys:
            await pilot.press(key)
            where = order.index(app.timeline.row.id) + 1
            assert f"{where:,} of 1,009 events" in plain(app.query_one("#status")), key
            await pilot.pause()
            assert app.timeline.row.title.split()[0] in plain(app.query_one(Details)), key
        assert app.timeline.gauge == (0, 1009)


async def test_brackets_jump_between_periods_at_the_zoom():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        assert app.timeline.row.value == "2015-08"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.timeline.row.value == "2016-02-02"  # the year 2016 row sorts as January
        await pilot.press("left_square_bracket")
        assert app.timeline.row.value == "2016"
        await pilot.press("Z")  # by year
        await pilot.press("left_square_bracket")
        assert app.timeline.row.value == "2015-05"
        await pilot.press("right_square_bracket")
        assert app.timeline.row.value == "2016"
        await pilot.press("right_square_bracket")  # no later year: stays, says so
        assert app.timeline.row.value == "2016"
        assert any("No later year" in n.message for n in app._notifications)


async def test_z_and_Z_change_the_grouping_and_the_strip():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        headers = [ln.header for ln in app.timeline.lines if ln.header]
        assert headers[:2] == ["May 2015", "August 2015"]
        await pilot.press("Z")
        await settle(pilot)
        assert app.zoom == "year" and app.query_one(Density).zoom == "year"
        assert [ln.header for ln in app.timeline.lines if ln.header] == ["2015", "2016"]
        await pilot.press("z", "z")
        await settle(pilot)
        assert app.zoom == "day"
        assert "Tuesday 15 March 2016" in [ln.header for ln in app.timeline.lines]
        assert "by day" in plain(app.query_one("#status"))
        await pilot.press("z")  # already the finest
        assert app.zoom == "day"


async def test_density_strip_marks_the_cursors_period():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        strip = app.query_one(Density)
        assert strip.current == "2016-03"
        text = strip.render().plain
        assert "March 2016: 5" in text and "▲" in text  # in the timeline header's words
        assert len(strip.periods) == 11  # 2015-05 .. 2016-03, empty months included


@pytest.mark.parametrize("typed,value", [("March 2016", "2016-03"), ("2015-08", "2015-08"),
                                         ("last May", "2015-05"), ("2016-03-16", "2016-03-18")])
async def test_t_goes_to_a_typed_date(typed, value):
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("t")
        assert status_line(app).startswith("go to date:")  # typed in the status's place
        await type_text(pilot, typed)
        assert status_line(app).split("  ")[0] == f"go to date: {typed}"
        assert status_line(app).endswith("Enter goes · Esc leaves")  # the keys, while typing
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.row.value == value
        assert app.focused is app.timeline
        assert status.prompt is None and "events" in status_line(app)
        assert len(app.screen_stack) == 1  # typed in place: nothing over the screen


def status_line(app) -> str:
    return app.query_one(StatusLine).render_line(0).text.strip()


async def test_escape_leaves_the_date_prompt_where_the_cursor_was():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        row = app.timeline.row
        await type_text(pilot, "t2015-08")
        await pilot.press("escape")
        await pilot.pause()
        assert app.timeline.row is row
        assert app.query_one(StatusLine).prompt is None and "events" in status_line(app)
        assert app.browser.searched == ""  # Esc here is not the search's clear
        await pilot.press("j")  # the keys are the timeline's again
        assert app.timeline.cursor == app.timeline.rows.index(row) + 1
        await pilot.press("t")  # the prompt opens empty again
        assert app.query_one(StatusLine).prompt.text == ""


async def test_t_with_something_that_is_not_a_date_says_so_in_one_line_and_stays():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        row = app.timeline.row
        await type_text(pilot, "tblorp")
        await pilot.press("enter")
        await pilot.pause()
        assert status_line(app) == "go to date: blorp   not a date I can read"
        assert app.timeline.row is row
        await pilot.press("backspace")  # mending the text takes the message away
        assert status_line(app).split("  ")[0] == "go to date: blor"
        await pilot.press(*["backspace"] * 4)
        await type_text(pilot, "2015-08")
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.row.value == "2015-08"


async def test_a_date_typed_as_markup_is_shown_as_typed():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_text(pilot, "t[bold]x[/]")
        await pilot.press("enter")
        await pilot.pause()
        assert status_line(app).startswith("go to date: [bold]x[/] ")
        assert "not a date I can read" in status_line(app)


async def test_a_pasted_date_goes_into_the_prompt_and_keys_edit_it():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        app.post_message(events.Paste("2015-0\x1b[8\nmore"))  # its first line, no controls
        await pilot.pause()
        prompt = app.query_one(StatusLine).prompt
        assert prompt.text == "2015-0[8"
        await pilot.press("left", "backspace", "end", "enter")
        await pilot.pause()
        assert app.timeline.row.value == "2015-08"


async def test_a_pause_in_typing_a_date_reads_ahead_and_enter_still_lands_on_it(monkeypatch):
    import asyncio

    import tui.goto_flow

    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        asked = []
        window = tui.goto_flow.date_window
        monkeypatch.setattr(tui.goto_flow, "date_window", lambda browser, iso, *rows: (
            asked.append(iso) or window(browser, iso, *rows)))
        await type_text(pilot, "tMarch 2016")
        await asyncio.sleep(tui.goto_flow.AHEAD_SECONDS + 0.2)
        await app.workers.wait_for_complete()
        assert asked == ["2016-03-01"]  # read while the user looks at what they typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.row.value == "2016-03"
        await type_text(pilot, "t2015-08")
        await pilot.press("enter")  # at once: the pending read-ahead is dropped
        await asyncio.sleep(tui.goto_flow.AHEAD_SECONDS + 0.2)
        await settle(pilot)
        assert app.timeline.row.value == "2015-08" and len(asked) == 1


async def test_enter_or_backspace_on_an_empty_date_prompt_leaves_it():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        for key in ("enter", "backspace"):
            await pilot.press("t", key)
            await pilot.pause()
            assert app.query_one(StatusLine).prompt is None and app.timeline.row is row


async def test_a_click_picks_a_row():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        line = next(i for i, ln in enumerate(app.timeline.lines)
                    if ln.index >= 0 and app.timeline.rows[ln.index].value == "2016-03-15")
        await pilot.click(Timeline, offset=(5, line + 1))  # +1: the border above the lines
        assert app.timeline.row.value == "2016-03-15"


async def test_the_mouse_wheel_walks_past_the_window():
    app = make(extra=110)  # more than one page: the wheel must fetch the next
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for _ in range(45):
            await pilot._post_mouse_events([events.MouseScrollDown], Timeline)
        await pilot.pause()
        assert app.timeline.row.title == "Russian jets carried out 40 air sorties"
        await pilot.press("k")
        assert app.timeline.row.title == "Troops pushed into the outskirts"


async def test_tab_moves_between_panes():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert app.focused is app.query_one(Details)
        await pilot.press("tab")
        assert app.focused is app.query_one(Sources)
        await pilot.press("j")  # in the sources pane, j moves between sources
        assert app.query_one(Sources).current.outlet == "AP"
        assert app.timeline.row.title == TITLES[0]
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is app.timeline


async def test_help_lists_every_key_and_the_search_filters():
    from tui.actions import ACTIONS

    app = make()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        for _ in range(6):  # the help is longer than the screen: scroll through it
            await pilot.press("pagedown")
            text += " ".join(screen_text(app).split())
        for a in ACTIONS:
            assert a.help in text
        assert "source:" in text and "after:" in text
        await pilot.press("escape")
        assert not app.screen.query("#help-body")


async def test_q_quits():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        assert not app._exit
        await pilot.press("q")
        await pilot.pause()
        assert app._exit and app.return_code == 0


def test_every_action_in_the_table_has_its_method():
    from tui.actions import ACTIONS, READER_ACTIONS
    from tui.screens.reader import ReaderScreen

    for a in ACTIONS:
        assert callable(getattr(DatelineApp, f"action_{a.name}", None)), a.name
    for a in READER_ACTIONS:
        assert callable(getattr(ReaderScreen, f"action_{a.name}", None)), a.name
    keys = [k for a in ACTIONS for k in a.keys.split(",")]
    assert len(keys) == len(set(keys)), "a key bound twice"


async def test_palette_lists_every_action():
    from tui.actions import ACTIONS

    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for a in ACTIONS:
            assert any(t.startswith(a.description.capitalize()) for t in titles), a.name
        assert any("theme" in t.lower() for t in titles)
        await pilot.press("enter")  # in the reader, the palette offers the reader's actions
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert any(t.startswith("Next date") for t in titles)
        assert not any(t.startswith("Zoom in") for t in titles)


async def test_an_action_runs_from_the_palette():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "zoom out")
        await pilot.pause(0.5)  # the palette searches in the background
        await pilot.press("enter")
        await settle(pilot)
        assert app.zoom == "year"


async def test_go_to_date_from_the_palette_opens_the_prompt_for_the_keys_after_it():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "go to date")  # typed into the palette, not the prompt
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(StatusLine).prompt.text == ""
        await type_text(pilot, "2015-08")
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.row.value == "2015-08"


async def test_narrow_terminal_stacks_the_panes():
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.has_class("narrow")
        assert app.query_one(Timeline).region.bottom <= app.query_one(Sources).region.y
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not app.has_class("narrow")
        assert app.query_one(Timeline).region.right <= app.query_one(Sources).region.x


async def test_theme_is_used_when_known_and_an_unknown_one_is_named():
    from tui.app import theme_names

    assert "gruvbox" in theme_names()
    assert DatelineApp(build_store(), theme="gruvbox").theme == "gruvbox"
    app = DatelineApp(build_store(), theme="no-such-theme", today=TODAY)
    assert app.theme == DatelineApp(build_store()).theme
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert any("Unknown theme 'no-such-theme'" in n.message for n in app._notifications)


async def test_every_key_on_an_empty_store_is_harmless():
    from store.db import open_memory

    app = DatelineApp(open_memory(), today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "No events yet" in screen_text(app)
        for key in ["j", "k", "pagedown", "pageup", "g", "G", "left_square_bracket",
                    "right_square_bracket", "z", "Z", "n", "N", "enter", "y", "o", "r"]:
            await pilot.press(key)
        await settle(pilot)
        assert app.timeline.row is None and app.screen is app.screen_stack[0]
        assert "no events" in screen_text(app)


async def test_sources_link_their_urls_as_osc8_hyperlinks():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.query_one(Sources)
        prompt = pane.get_option_at_index(0).prompt
        links = {span.style.link for span in prompt.spans if hasattr(span.style, "link")}
        assert "https://example.com/herald/palmyra" in links



async def test_paging_a_long_timeline_never_lays_the_screen_out_again_and_ends_flush():
    """The window's line count changes as pages come and go; the layout must not (a new
    virtual size re-laid all panes on every jump). G still puts the last event on the
    last line, with nothing blank beneath it."""
    app = make(900)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        timeline = app.timeline
        assert not (timeline.at_start and timeline.at_end)
        size = timeline.virtual_size
        for key in ["pagedown"] * 12 + ["G", "g", "t", *"2014-06", "enter"]:
            await pilot.press(key)
        await settle(pilot)
        assert timeline.virtual_size == size
        await pilot.press("G")
        await settle(pilot)
        height = timeline.scrollable_content_region.height
        assert timeline.row is timeline.rows[-1]
        assert int(timeline.scroll_y) == len(timeline.lines) - height
        last = timeline.render_line(height - 1).text
        assert timeline.rows[-1].title[:10] in last


async def test_a_jump_reads_its_screen_and_the_pages_around_it_after_without_moving_it():
    """Go to date reads the rows its screen shows; the pages on either side are read after
    the frame, and the screen stays as it was drawn while they arrive."""
    app = make(900)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        timeline = app.timeline
        height = timeline.scrollable_content_region.height
        timeline.goto_date("2014-06-01")
        assert len(timeline.rows) <= height + 3  # a screen's rows, not pages
        # the last column is the gauge, which moves once the jump's position is known
        drawn = [timeline.render_line(y).text[:-1] for y in range(height)]
        assert any("2014-06-01" in line for line in drawn)
        await settle(pilot)
        assert timeline.cursor > 2 * height  # read ahead above ...
        assert len(timeline.rows) - timeline.cursor > 2 * height  # ... and below
        assert timeline.row.start[:10] == "2014-06-01"
        assert [timeline.render_line(y).text[:-1] for y in range(height)] == drawn
