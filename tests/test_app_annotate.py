"""The analyst's keys in the app: m marks, x hides, a notes (several lines), e edits the
title, D re-dates against the article's date, u undoes several levels; each says so."""

from __future__ import annotations

from test_app import TITLES, make, plain, screen_text, settle, type_text

from store import annotations
from tui.screens.ask import AskScreen
from tui.widgets.details import Details


def layer(app, row_id):
    return annotations.layers(app.store.conn, [row_id]).get(row_id, annotations.NO_LAYER)


def said(app) -> str:
    return " ".join(str(n.message) for n in app._notifications)


async def test_m_marks_and_unmarks_with_feedback_and_undo():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        await pilot.press("m")
        await settle(pilot)
        assert layer(app, row.id).marked
        assert "Marked" in said(app)
        assert "★ marked" in plain(app.query_one(Details))
        await pilot.press("m")
        await settle(pilot)
        assert not layer(app, row.id).marked
        await pilot.press("u")
        await settle(pilot)
        assert layer(app, row.id).marked
        assert "Undone" in said(app)


async def test_x_hides_the_event_from_the_timeline_and_u_brings_it_back():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        total = app.total
        await pilot.press("j")
        row = app.timeline.row
        await pilot.press("x")
        await settle(pilot)
        assert layer(app, row.id).hidden
        assert app.total == total - 1
        assert row.title not in screen_text(app)
        assert "Hidden" in said(app)
        await pilot.press("u")
        await settle(pilot)
        assert not layer(app, row.id).hidden and app.total == total
        assert app.timeline.row.id == row.id


async def test_a_adds_a_note_of_several_lines_shown_as_literal_text():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await type_text(pilot, "[bold]first[/bold]")
        await pilot.press("enter")
        await type_text(pilot, "second")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, AskScreen)
        assert layer(app, row.id).note == "[bold]first[/bold]\nsecond"
        details = plain(app.query_one(Details))
        assert "[bold]first[/bold]" in details and "second" in details
        assert "Note saved" in said(app)


async def test_e_edits_the_title_and_an_empty_one_is_refused():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#ask-input")
        field.value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)  # stays open, says why
        assert "wants some text" in screen_text(app)
        field.value = "Palmyra fell to IS"
        await pilot.press("enter")
        await settle(pilot)
        assert app.timeline.row.title == "Palmyra fell to IS"
        assert layer(app, row.id).edited["title"] == {"from": TITLES[0],
                                                      "to": "Palmyra fell to IS"}


async def test_D_redates_against_the_articles_date_and_u_undoes_two_levels():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row   # "last May" in an article of Friday 18 March 2016
        await pilot.press("D")
        await pilot.pause()
        await type_text(pilot, "flurbsday")
        await pilot.press("enter")
        await pilot.pause()
        assert "is not a date" in screen_text(app)
        app.screen.query_one("#ask-input").value = "last Tuesday"
        await pilot.press("enter")
        await settle(pilot)
        now = app.browser.event(row.id)
        assert (now.value, now.granularity) == ("2016-03-15", "day")
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("u", "u")
        await settle(pilot)
        back = app.browser.event(row.id)
        assert (back.value, back.title) == (row.value, row.title)
        assert not layer(app, row.id).marked and layer(app, row.id).edited is None
        await pilot.press("u")
        await settle(pilot)
        assert "Nothing to undo" in said(app)


async def test_the_keys_are_in_the_palette_and_help():
    from tui.actions import ACTIONS

    names = {a.name for a in ACTIONS}
    assert {"mark", "hide", "note", "edit_title", "redate", "undo"} <= names
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for word in ("Mark (m)", "Hide (x)", "Note (a)", "Edit title (e)", "Re-date (D)",
                     "Undo (u)"):
            assert word in titles
