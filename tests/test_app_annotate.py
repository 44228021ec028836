"""The analyst's keys in the app: m marks, x hides, a notes (several lines), e edits the
title, D re-dates against the article's date, M merges, S splits a source out, u undoes
several levels (and not what another window changed since); each says so."""

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


def timeline_line(app, title: str) -> str:
    return next(ln for ln in screen_text(app).splitlines() if title[:30] in ln)


async def test_a_marked_event_shows_its_star_in_the_timeline_at_a_glance():
    """At 80x24 the details pane is too short for its mark line: the row itself says it,
    on the cursor's row and after the cursor moves on; u takes it off again."""
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        assert "*" not in timeline_line(app, row.title)[:3]
        await pilot.press("m")
        await settle(pilot)
        assert timeline_line(app, row.title).startswith("▸*")
        await pilot.press("j")
        await settle(pilot)
        assert timeline_line(app, row.title).startswith(" *")
        await pilot.press("u")  # the cursor goes back to the event
        await settle(pilot)
        assert timeline_line(app, row.title).startswith("▸ ")
        await pilot.press("m", "r")  # a page read again from the store agrees
        await settle(pilot)
        assert timeline_line(app, row.title).startswith("▸*")


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
    assert {"mark", "hide", "note", "edit_title", "redate", "merge", "split", "undo"} <= names
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for word in ("Mark (m)", "Hide (x)", "Note (a)", "Edit title (e)", "Re-date (D)",
                     "Merge (M)", "Split (S)", "Undo (u)"):
            assert word in titles


def events_by_value(app) -> dict[str, int]:
    return {r.value: r.id for r in app.browser.first(50)}


async def test_M_merges_the_marked_events_into_the_selected_one_and_u_undoes_it():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        total, first = app.total, app.timeline.row   # May 2015: herald, AP, RFE
        for _ in range(2):                           # mark August 2015 and 2016
            await pilot.press("j")
            await settle(pilot)
            await pilot.press("m")
            await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert app.timeline.row.id == first.id
        await pilot.press("M")
        await settle(pilot)
        assert "Merged 2 events" in said(app)
        assert app.total == total - 2
        assert set(events_by_value(app)) & {"2015-08", "2016"} == set()
        merged = app.browser.event(first.id)
        assert (merged.n_mentions, merged.n_sources) == (5, 3)
        assert app.timeline.row.id == first.id
        assert "5 mentions in 3 sources" in plain(app.query_one(Details))
        await pilot.press("u")
        await settle(pilot)
        assert "Undone" in said(app)
        assert app.total == total and {"2015-08", "2016"} <= set(events_by_value(app))
        assert app.browser.event(first.id).n_mentions == 3


async def test_M_then_M_on_another_event_merges_without_marks():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        total, first = app.total, app.timeline.row
        await pilot.press("M")
        await settle(pilot)
        assert "press M again" in said(app) and app.total == total
        await pilot.press("j")
        await settle(pilot)
        into = app.timeline.row
        await pilot.press("M")
        await settle(pilot)
        assert "Merged 1 event" in said(app) and app.total == total - 1
        assert app.browser.event(first.id) is None and app.browser.event(into.id).n_mentions == 4


async def test_S_splits_the_source_under_the_cursor_out_and_u_puts_it_back():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        total, first = app.total, app.timeline.row
        pane = app.sources_pane
        pane.focus()
        ap = next(i for i, s in enumerate(pane.sources) if s.outlet == "AP")
        pane.highlighted = ap
        await pilot.press("S")
        await settle(pilot)
        assert "Split out: AP is now an event of its own" in said(app)
        assert app.total == total + 1
        assert app.browser.event(first.id).n_sources == 2
        new = app.timeline.row                      # the cursor is on the new event
        assert new.id != first.id and new.n_sources == 1
        assert [s.outlet for s in app.browser.sources(new.id)] == ["AP"]
        await pilot.press("u")
        await settle(pilot)
        assert app.total == total and app.browser.event(first.id).n_sources == 3
        assert app.browser.event(new.id) is None


async def test_S_on_an_event_with_one_source_says_why_not():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        total = app.total
        await pilot.press("S")
        await settle(pilot)
        assert "one source: nothing to split it from" in said(app)
        assert app.total == total


async def test_undo_in_one_window_keeps_what_another_window_changed_since(tmp_path):
    """Two app windows on one store (the other one a second store on the same file): u
    reverts only a field still holding this window's write; otherwise one line, no change."""
    from test_tui_fixture import TODAY, build_store

    from store.db import open_store
    from tui.app import DatelineApp

    path = tmp_path / "shared.db"
    app = DatelineApp(build_store(path=path), today=TODAY, follow=False)
    other = open_store(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.timeline.row
        await pilot.press("m")
        await settle(pilot)
        with other.write() as conn:              # the other window takes the mark off
            annotations.edit(conn, row.id, marked=False)
        await pilot.press("u")
        await settle(pilot)
        assert "Not undone: the mark was changed since" in said(app)
        assert not layer(app, row.id).marked
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#ask-input").value = "Palmyra fell to IS"
        await pilot.press("enter")
        await settle(pilot)
        with other.write() as conn:              # ... and writes a note meanwhile
            annotations.edit(conn, row.id, note="seen from the other window")
        await pilot.press("u")
        await settle(pilot)
        lay = layer(app, row.id)
        assert lay.edited is None and lay.note == "seen from the other window"
        assert app.browser.event(row.id).title == TITLES[0]
    other.close()


async def test_the_footer_shows_the_analysts_keys_that_fit_the_width():
    from textual.widgets._footer import FooterKey

    for size, want, not_shown in (((80, 24), {"mark", "undo", "help", "quit"}, {"split"}),
                                  ((100, 30), {"mark", "undo", "hide", "copy_link"}, {"split"}),
                                  ((170, 40), {"mark", "hide", "note", "edit_title", "redate",
                                               "merge", "split", "undo"}, set())):
        app = make()
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            shown = {k.action for k in app.screen.query(FooterKey)}
            assert want <= shown and not (not_shown & shown), size
            line = screen_text(app).splitlines()[-1]
            assert line.rstrip().endswith("^p palette") and "q quit" in line, size


async def test_the_details_say_in_one_line_when_the_analyst_merged_or_split_an_event():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first = app.timeline.row                     # May 2015: herald, AP, RFE
        assert "by the analyst" not in plain(app.query_one(Details))
        await pilot.press("j")
        await settle(pilot)
        moved = app.timeline.row.n_mentions
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert app.timeline.row.id == first.id
        lines = plain(app.query_one(Details)).splitlines()
        words = "mention" if moved == 1 else "mentions"
        assert f"{moved} {words} merged in by the analyst" in lines
        await pilot.press("u")
        await settle(pilot)
        assert "by the analyst" not in plain(app.query_one(Details))
        pane = app.sources_pane
        pane.focus()
        pane.highlighted = next(i for i, s in enumerate(pane.sources) if s.outlet == "AP")
        await pilot.press("S")
        await settle(pilot)
        assert app.timeline.row.id != first.id
        assert ("Split out of another event by the analyst"
                in plain(app.query_one(Details)).splitlines())
        app.timeline.move_to_id(first.id)            # the event it left says nothing
        await settle(pilot)
        assert "by the analyst" not in plain(app.query_one(Details))
