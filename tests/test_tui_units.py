"""The app's pure helpers: dates in words, literal text, link targets, the density strip."""

from __future__ import annotations

import pytest
from rich.text import Text

from tui.format import (
    next_period_start,
    period_header,
    period_key,
    period_label,
    span_words,
    value_label,
)
from tui.links import has_local_display, target
from tui.text import clean, clean_same_length, highlight_terms, literal
from tui.widgets.density import buckets, fill_gaps


@pytest.mark.parametrize("value,start,gran,label", [
    ("2016-03-15", "2016-03-15", "day", "2016-03-15 Tue"),
    ("2016-W12", "2016-03-21", "week", "2016-W12"),
    ("2015-05", "2015-05-01", "month", "2015-05"),
    ("2015-SU", "2015-06-01", "season", "2015-SU"),
    ("199X", "1990-01-01", "decade", "1990s"),
    ("01", "0100-01-01", "century", "2nd century"),
    ("20", "2000-01-01", "century", "21st century"),
])
def test_values_keep_their_own_precision(value, start, gran, label):
    assert value_label(value, start, gran) == label


@pytest.mark.parametrize("value,start,end,gran,words", [
    ("2016-03-15", "2016-03-15", "2016-03-15", "day", "Tuesday 15 March 2016"),
    ("2015-05", "2015-05-01", "2015-05-31", "month", "May 2015"),
    ("2016", "2016-01-01", "2016-12-31", "year", "2016"),
    ("201X", "2010-01-01", "2019-12-31", "decade", "the 2010s"),
    ("2015-SU", "2015-06-01", "2015-08-31", "season", "summer 2015"),
    ("2015-Q3", "2015-07-01", "2015-09-30", "quarter", "quarter 3 of 2015"),
    ("2016-W12", "2016-03-21", "2016-03-27", "week",
     "week 12 of 2016 (Mon 21 March – Sun 27 March)"),
])
def test_spans_in_words(value, start, end, gran, words):
    assert span_words(value, start, end, gran) == words


def test_rows_coarser_than_the_zoom_get_their_own_group():
    assert period_key("2016-03-15", "2016-03-15", "day", "month") == "2016-03"
    assert period_key("2016-01-01", "2016", "year", "month") == "2016"
    assert period_label("2016-03") == "March 2016"
    assert period_header("0100-01-01", "0199-12-31", "01", "century", "month") == (
        "01", "the 2nd century")
    assert period_header("2016-03-21", "2016-03-27", "2016-W12", "week", "month") == (
        "2016-03", "March 2016")
    assert period_label("2016-03-15") == "Tuesday 15 March 2016"
    assert next_period_start("2016-12-15", "month") == "2017-01-01"
    assert next_period_start("2016-12-31", "day") == "2017-01-01"


def test_control_characters_become_visible_and_markup_stays_text():
    assert clean("a\x1b[31mb\x07") == "a^[[31mb^G"
    assert clean("two\nlines") == "two lines"
    assert clean_same_length("a\x1bb\tc") == "a␛b c"
    assert len(clean_same_length("x\x00\x1b\x9by")) == 5
    t = literal("[bold red]x[/]")
    assert t.plain == "[bold red]x[/]" and not t.spans


def test_search_words_are_highlighted_case_insensitively_as_prefixes():
    t = Text("Troops captured the hill; capture confirmed")
    highlight_terms(t, ["captur", "HILL"], "reverse")
    marked = sorted(t.plain[s.start:s.end] for s in t.spans)
    assert marked == ["captur", "captur", "hill"]
    highlight_terms(t, ["(", "*"], "bold")  # regex characters in a search are literal


def test_link_target_and_local_display():
    assert target("https://x.org/a", "/p") == "https://x.org/a"
    assert target(None, "/tmp/a.txt") == "/tmp/a.txt"
    assert target(None, None) is None
    assert has_local_display({"DISPLAY": ":0"}, "linux")
    assert has_local_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not has_local_display({}, "linux")
    assert not has_local_display({"SSH_CONNECTION": "1 2 3 4"}, "darwin")
    assert has_local_display({}, "darwin")


def test_density_fills_empty_periods_and_folds_to_the_width():
    periods = [("2015-11", 2), ("2016-02", 5)]
    assert fill_gaps(periods, "month") == [("2015-11", 2), ("2015-12", 0), ("2016-01", 0),
                                           ("2016-02", 5)]
    assert fill_gaps([("2016-02-28", 1), ("2016-03-01", 1)], "day")[1] == ("2016-02-29", 0)
    far = fill_gaps([("0100-01", 1), ("2016-02", 5), ("2016-03", 2)], "month")
    assert far == [("0100-01", 1), ("", -1), ("2016-02", 5), ("2016-03", 2)]
    assert [c[2] for c in buckets(far, 10)] == [1, -1, 5, 2]
    days = [(f"2016-01-{d:02d}", d) for d in range(1, 31)]
    cols = buckets(days, 10)
    assert len(cols) == 10 and cols[0] == ("2016-01-01", "2016-01-03", 6)
    assert sum(n for _, _, n in cols) == sum(n for _, n in days)


async def test_timeline_rows_drawn_from_segments_match_the_rich_text_path():
    """The fast row drawing (PgDn, G) gives the same cells and styles as the Text path."""
    import random
    from types import SimpleNamespace

    from test_tui_fixture import build_store

    from tui.app import DatelineApp
    from tui.widgets.timeline import Timeline

    def cells(strip):
        return [(ch, seg.style) for seg in strip for ch in seg.text]

    rng = random.Random(5)
    words = ["Hill", "900", "captured", "Palmyra", "東京", "ｆｕｌｌ", "\x1b[31mred", "[bold]x[/]",
             "tab\there", "é", "—", "“quoted”"]
    rows = [SimpleNamespace(id=i, value=v, start=s, end=s, granularity=g, n_sources=n,
                            marked=i % 3 == 0, title=" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))))
            for i, (v, s, g, n) in enumerate([
                ("2016-03-15", "2016-03-15", "day", 1), ("2015-05", "2015-05-01", "month", 3),
                ("2016-W11-WE", "2016-03-19", "week", 12), ("01", "0100-01-01", "century", 1),
                ("2016-03-27TMO", "2016-03-27", "day", 2)] * 8)]
    app = DatelineApp(build_store(), "")
    async with app.run_test(size=(100, 30)):
        timeline = app.query_one(Timeline)
        base = timeline._style("")
        for row in rows:
            for width in (16, 21, 22, 23, 30, 47, 48, 99):
                for is_cursor in (False, True):
                    fast = timeline._row_strip(row, width, is_cursor, base)
                    text = timeline._row_text(row, width) if not is_cursor else None
                    if is_cursor:  # _row_text marks the row under the cursor itself
                        timeline.rows.insert(timeline.cursor, row)
                        text = timeline._row_text(row, width)
                        text.stylize(timeline._style("timeline--cursor"))
                        del timeline.rows[timeline.cursor]
                    slow = timeline._strip(text, width, base)
                    if fast is None:
                        assert width <= 22
                        continue
                    assert fast.cell_length == slow.cell_length == width
                    assert cells(fast) == cells(slow), (row.title, width, is_cursor)


def test_full_collections_wait_for_idle_keys():
    """In a terminal the collector's full pass runs only when keys rest (never mid-press)."""
    import gc

    from tui import garbage

    before = gc.get_threshold()
    try:
        garbage.settle()
        assert gc.get_threshold()[2] == garbage.NEVER and gc.get_freeze_count() > 0
        for _ in range(3):  # young passes since the last full one
            gc.collect(1)
        assert gc.get_count()[2] > 0
        assert not garbage.collect_if_idle(0.2)          # keys still coming: wait
        assert gc.get_count()[2] > 0
        assert garbage.collect_if_idle(garbage.IDLE_SECONDS + 0.1)
        assert gc.get_count()[2] == 0
        assert not garbage.collect_if_idle(5.0)           # nothing new: no pass
        for _ in range(garbage.BACKSTOP):                 # keys that never rest
            gc.collect(1)
        assert garbage.collect_if_idle(0.0)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


async def test_headless_app_leaves_the_collector_alone():
    import gc

    from test_tui_fixture import build_store

    from tui.app import DatelineApp

    before = gc.get_threshold()
    async with DatelineApp(build_store(), "").run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert gc.get_threshold() == before


async def test_density_strip_says_counting_until_the_counts_arrive():
    from textual.app import App

    from tui.widgets.density import Density

    class One(App):
        def compose(self):
            yield Density()

    async with One().run_test(size=(60, 4)) as pilot:
        strip = pilot.app.query_one(Density)
        assert strip.render().plain == "counting events per month…"
        strip.set_periods([], "month")
        assert strip.render().plain == "no events per month"
        strip.set_periods([("2016-03", 5)], "month")
        assert "events per month" in strip.render().plain and "no events" not in strip.render().plain
