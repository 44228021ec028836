"""What the app tells the user without colour: the focused pane, dates in words in the
reader, zoom at its limits, short-lived toasts, header lines cut with an ellipsis."""

from __future__ import annotations

import re

import pytest
from test_app import make, screen_text, settle, type_text
from test_app_reader import reader_host
from test_app_seeds import seeded_app
from test_tui_fixture import TODAY, add_event, build_store

from store.browse import ArticleView
from tui.app import DatelineApp
from tui.format import duration_words, value_words
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.details import Details
from tui.widgets.pane import FOCUS_MARK
from tui.widgets.sources import Sources

# what a TIMEX3 value looks like when it leaks to the screen
RAW_VALUE = re.compile(r"\d{4}-(?:\d\d|W\d\d|Q\d|H\d|[A-Z]{2})|\d{2,3}X|_REF|\bP[\dX]|T(?:MO|AF|EV|NI)"
                       r"|XXXX")


def titles(app) -> dict[str, str]:
    return {name: str(app.query_one(f"#{name}").border_title)
            for name in ("timeline", "details", "sources")}


# ---------------------------------------------------------------- focus marker

async def test_the_focused_panes_title_is_marked_and_follows_tab(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        mark = f"{FOCUS_MARK} "
        assert titles(app) == {"timeline": mark + "timeline", "details": "event",
                               "sources": "sources"}
        before = screen_text(app)
        await pilot.press("tab")
        assert app.focused is app.query_one(Details)
        assert titles(app) == {"timeline": "timeline", "details": mark + "event",
                               "sources": "sources"}
        after = screen_text(app)
        assert after != before  # the plain text shows the move, not only the border's shade
        assert f"{FOCUS_MARK} event" in after and f"{FOCUS_MARK} timeline" not in after
        await pilot.press("tab")
        assert app.focused is app.query_one(Sources)
        assert titles(app)["sources"] == mark + "sources"
        assert f"{FOCUS_MARK} sources" in screen_text(app)
        await pilot.press("tab")
        assert app.focused is app.timeline
        assert titles(app)["timeline"] == mark + "timeline"
        assert sum(t.startswith(mark) for t in titles(app).values()) == 1


async def test_the_mark_stays_with_the_focus_across_the_reader_and_shift_tab():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")  # the reader, from the sources pane
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one(Sources)
        assert titles(app) == {"timeline": "timeline", "details": "event",
                               "sources": f"{FOCUS_MARK} sources"}
        await pilot.press("shift+tab")
        assert titles(app)["details"] == f"{FOCUS_MARK} event"
        assert titles(app)["sources"] == "sources"


# ---------------------------------------------------------------- reader in words

@pytest.mark.parametrize("value,words", [
    ("2016-03-27TMO", "Sunday 27 March 2016, morning"),
    ("2016-03-18T14:30", "Friday 18 March 2016, 14:30"),
    ("2016-03-15", "Tuesday 15 March 2016"),
    ("2016-W12", "week 12 of 2016 (Mon 21 March – Sun 27 March)"),
    ("2016-W11-WE", "the weekend of Sat 19 March – Sun 20 March 2016"),
    ("2015-05", "May 2015"),
    ("2015-SU", "summer 2015"),
    ("2015-Q3", "quarter 3 of 2015"),
    ("2016-H1", "the first half of 2016"),
    ("2015", "2015"),
    ("199X", "the 1990s"),
    ("01", "the 2nd century"),
    ("PAST_REF", "some time in the past"),
    ("PRESENT_REF", "the present"),
    ("FUTURE_REF", "some time in the future"),
    ("P3D", "3 days"),
    ("PXY", "some years"),
    ("PT24H", "24 hours"),
    ("P1Y6M", "1 year 6 months"),
    ("XXXX-WXX-2", "a Tuesday"),
    ("XXXX-05-20", "20 May, year unknown"),
    ("XXXX-XX-XXTNI", "a night, day unknown"),
    ("nonsense", "a date left open"),
])
def test_values_in_words(value, words):
    assert value_words(value) == words
    assert not RAW_VALUE.search(words)


def test_durations_in_words():
    assert duration_words("PT30M") == "30 minutes"
    assert duration_words("P1D") == "1 day"
    assert duration_words("P2CE") == "2 centuries"


def reader_status(app) -> str:
    return str(app.screen.query_one("#reader-status").render())


async def test_the_readers_status_says_the_value_in_words():
    text = "Gunfire was heard on Sunday morning. Fighting had raged recently, for three days."
    mentions = [(1, text.index("Sunday morning"), text.index("Sunday morning") + 14,
                 "Sunday morning", "2016-03-27TMO"),
                (2, text.index("recently"), text.index("recently") + 8, "recently", "PAST_REF"),
                (3, text.index("three days"), text.index("three days") + 10, "three days",
                 "P3D")]
    article = ArticleView(1, "Outlet", "Title", None, "/tmp/a.txt", "2016-03-27", "flag",
                          text, mentions)

    app = reader_host(article, 1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        status = reader_status(app)
        assert "“Sunday morning” → Sunday 27 March 2016, morning" in status
        assert "date 1 of 3" in status and "TMO" not in status
        await pilot.press("n")
        assert "“recently” → some time in the past" in reader_status(app)
        await pilot.press("n")
        assert "“three days” → 3 days" in reader_status(app)
        assert "P3D" not in screen_text(app)


async def test_every_reader_label_on_the_seeds_reads_in_words():
    """G then Enter on the seeds (the reviewer's walk), then every dated phrase with n."""
    app = seeded_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        status = reader_status(app)
        assert "“Sunday morning” → Sunday 27 March 2016, morning" in status
        assert "TMO" not in status
        for _ in range(len(screen.mentions)):
            status = reader_status(app)
            assert " → " in status
            assert not RAW_VALUE.search(status.split(" → ", 1)[1]), status
            assert status.split("\n")[-1] in screen_text(app)  # the whole line shows at 80
            await pilot.press("n")


# ---------------------------------------------------------------- zoom limits, toasts

async def test_z_at_the_finest_and_Z_at_the_coarsest_say_so():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("z")
        assert app.zoom == "day" and not app._notifications
        await pilot.press("z")
        assert app.zoom == "day"
        assert [n.message for n in app._notifications] == [
            "Already grouped by day (the finest)."]
        app.clear_notifications()
        await pilot.press("Z", "Z")
        assert app.zoom == "year" and not app._notifications
        await pilot.press("Z")
        assert app.zoom == "year"
        assert [n.message for n in app._notifications] == [
            "Already grouped by year (the coarsest)."]


async def test_toasts_are_short_lived_and_leave_the_help_screen_readable():
    app = make()
    assert app.NOTIFICATION_TIMEOUT <= 3
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("y", "y", "y")  # three "Copied …" toasts
        await pilot.pause(0.1)
        notes = list(app._notifications)
        assert len(notes) == 3 and all(n.timeout <= 3 for n in notes)
        assert "Copied" in screen_text(app)
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)
        assert not app._notifications
        text = screen_text(app)
        assert "Copied" not in text and "Next event" in text


# ---------------------------------------------------------------- header lines

async def test_a_week_header_shows_whole_at_100_columns_and_a_longer_one_ends_in_an_ellipsis():
    store = build_store()
    add_event(store, ("2015-W43", "2015-10-19", "2015-10-25", "week", "ISIS posted images",
                      [("herald", "on Friday", None)]))
    app = DatelineApp(store, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:  # the timeline is three fifths wide
        await settle(pilot)
        await pilot.press("z")
        await type_text(pilot, "t2015-10-19")
        await pilot.press("enter")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        week = next(ln for ln in lines if "── week 43 of 2015" in ln).split("│")[1]
        assert re.fullmatch(r"── week 43 of 2015 \(Mon 19 October – Sun 25 October\) ─+[█ ]?",
                            week), week
        fits = next(ln for ln in lines if "── August 2015" in ln).split("│")[1]
        assert re.fullmatch(r"── August 2015 ─+[█ ]?", fits), fits
        cut = app.timeline._header_text("week 43 of 2015 (Mon 19 October – Sun 25 October)",
                                        40).plain
        assert len(cut) == 40 and cut.endswith("…") and cut.startswith("── week 43 of 2015")


async def test_header_text_keeps_its_rule_when_it_fits_and_cuts_with_an_ellipsis():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        timeline = app.timeline
        words = "week 43 of 2015 (Mon 19 October – Sun 25 October)"
        cut = timeline._header_text(words, 30).plain
        assert len(cut) == 30 and cut.endswith("…") and cut.startswith("── week 43")
        whole = timeline._header_text(words, 60).plain
        assert whole.startswith(f"── {words} ─") and len(whole) == 60
        exact = timeline._header_text("March 2016", len("── March 2016")).plain
        assert exact.startswith("── March 2016") and "…" not in exact
