"""The key-dates view (K), the salience bars, the reason in the details pane, and where
the app opens: on the fixture store with its salience counted as an ingest would."""

from __future__ import annotations

import pytest
from test_app import plain, screen_text, settle, source_texts, type_text
from test_app_seeds import seeded_app
from test_tui_fixture import TODAY, build_store

from store import salience
from store.browse import Browser, SourceRow
from tui.app import DatelineApp
from tui.keyview import KEY_MAX, KEY_MIN, Marks, key_count
from tui.screens.reader import ReaderScreen
from tui.widgets.density import Density
from tui.widgets.details import Details
from tui.widgets.sources import source_text

FILLERS = 300  # days in 2014 beside the fixture's story: 309 events, 18 of them key


def salient_store(extra: int = FILLERS):
    """The fixture with salience and day counts as ingest keeps them; the fillers score
    below the story's own events, but one in 29 above most of them."""
    store = build_store(extra)
    with store.write() as conn:
        salience.rebuild(conn)
        conn.execute("UPDATE events SET salience = CASE WHEN id % 29 = 0 THEN 3 ELSE 0.5 END "
                     "WHERE title LIKE 'Filler event%'")
    return store


def make(extra: int = FILLERS) -> DatelineApp:
    return DatelineApp(salient_store(extra), today=TODAY)


def shown(app) -> list:
    """Every row of the search the timeline shows (the key view is one small window)."""
    assert app.timeline.at_start and app.timeline.at_end
    return list(app.timeline.rows)


def status(app) -> str:
    return plain(app.query_one("#status"))


async def key_view(pilot) -> None:
    await pilot.press("K")
    await settle(pilot)


def test_key_count_is_the_square_root_between_ten_and_sixty():
    assert key_count(309) == 18 and key_count(1_000) == 32
    assert key_count(50) == KEY_MIN and key_count(1_000_000) == KEY_MAX
    assert key_count(4) == 4 and key_count(0) == 1  # never more than there are (key:N needs 1)


async def test_K_lists_only_the_most_salient_events_in_date_order_and_K_again_all():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = app.timeline.row
        await key_view(pilot)
        rows = shown(app)
        assert len(rows) == key_count(309) == 18
        assert [(r.start, r.id) for r in rows] == sorted((r.start, r.id) for r in rows)
        ids = {r.id for r in rows}
        everything = app.browser.conn.execute("SELECT id, salience FROM events").fetchall()
        lowest_key = min(s for i, s in everything if i in ids)
        assert all(s <= lowest_key for i, s in everything if i not in ids)
        assert "KEY DATES" in status(app) and "18 key events (of 309)" in status(app)
        assert "key dates" in app.timeline.border_title
        later = [r for r in rows if r.start >= before.start[:10]]
        assert app.timeline.row == (later[0] if later else rows[-1])  # near the cursor's date
        await pilot.press("K")
        await settle(pilot)
        assert "KEY DATES" not in status(app) and "of 309 events" in status(app)
        assert "timeline" in app.timeline.border_title
        assert app.timeline.row.id in ids  # the key event the cursor was on, among all


async def test_the_timelines_keys_work_inside_the_key_view():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await key_view(pilot)
        rows = shown(app)
        await pilot.press("g")
        assert app.timeline.row == rows[0]
        await pilot.press("j", "j")
        assert app.timeline.row == rows[2]
        await pilot.press("k")
        assert app.timeline.row == rows[1]
        await settle(pilot)
        assert status(app).startswith("KEY DATES 2 of 18")
        await pilot.press("G")
        assert app.timeline.row == rows[-1]
        await pilot.press("g", "pagedown")
        assert app.timeline.row in rows and app.timeline.row != rows[0]
        await pilot.press("t", *"2014-03-01", "enter")
        await settle(pilot)
        assert app.timeline.row == next(r for r in rows if r.start >= "2014-03-01")
        await pilot.press("G", "enter")  # the story's own key event: it has sources
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash")
        await type_text(pilot, "palmyra")
        await pilot.pause(0.3)
        await settle(pilot)
        palmyra = Browser(app.store, "palmyra", today=TODAY)
        matches = {r.id for r in palmyra.first(100)}
        found = shown(app)
        assert found and len(found) == key_count(len(matches))
        assert {r.id for r in found} <= matches
        assert "KEY DATES" in status(app) and "search: palmyra" in status(app)
        assert plain(app.query_one("#search-message")) == (
            f"{len(found)} key events of {len(matches)} matches")
        await pilot.press("enter")  # keep the search, back to the timeline
        await pilot.press("g", "n")
        assert app.timeline.row == found[1]
        await pilot.press("N")
        assert app.timeline.row == found[0]
        await pilot.press("escape")  # clearing the search keeps the key view
        await settle(pilot)
        assert len(shown(app)) == 18 and "KEY DATES" in status(app)


async def test_every_row_shows_its_salience_as_a_bar_full_for_the_key_events():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        key_ids = {r.id for r in shown(app)}
        await pilot.press("K")
        await settle(pilot)
        timeline = app.timeline
        height = timeline.scrollable_content_region.height
        lines = {timeline.lines[int(timeline.scroll_y) + y].index: timeline.render_line(y).text
                 for y in range(height) if int(timeline.scroll_y) + y < len(timeline.lines)}
        seen = 0
        for i, row in enumerate(timeline.rows):
            if i not in lines:
                continue  # off screen
            line = lines[i]
            bar = line[2 + 14:][:2]  # after the cursor mark and the value label
            assert bar[0] == " " and bar[1] in " ▁▂▃▄█", line
            assert (bar[1] == "█") == (row.id in key_ids), line
            seen += 1
        assert seen >= 5


def test_a_bar_needs_no_colour_and_ranks_against_the_key_events():
    marks = Marks(frozenset({1}), low=4.0, top=9.0, key_view=False)
    assert marks.glyph(1, 4.0) == "█"
    assert marks.glyph(2, 4.0) == "▄" and marks.glyph(3, 1.0) == "▁"  # at most half a bar
    assert marks.glyph(4, 0.0) == " "
    ranked = Marks(frozenset(), low=4.0, top=8.0, key_view=True)
    assert ranked.glyph(5, 8.0) == "█" and ranked.glyph(6, 4.0) == "▄"


async def test_the_details_pane_says_why_the_event_ranks_where_it_does():
    app = make(0)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        details = " ".join(plain(app.query_one(Details)).split())
        assert app.timeline.row.title == "Palmyra fell to the Islamic State group"
        assert "rank 1: reported by 3 articles from 3 outlets" in details
        assert app.browser.why_salient(app.timeline.row.id) in details


async def test_the_app_opens_on_the_newest_articles_day():
    app = make(0)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.timeline.row.start == "2016-03-26"  # the RFE/RL and AP articles' day
        assert app.timeline.row.title == "Russian jets carried out 40 air sorties"
        assert app.timeline.rows[0].start == "2015-05-01"  # the story before it, above


async def test_the_seeds_open_on_the_latest_news_with_a_named_untitled_article():
    app = seeded_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.timeline.row.start[:10] == "2016-03-27"
        assert "century" not in screen_text(app).splitlines()[1]
        untitled = [t for t in source_texts(app) if "003_d151baf1df9ad54a.txt" in t]
        assert untitled, source_texts(app)
        first = untitled[0].split("\n")[0]
        path, rest = first.split(" · ", 1)
        # whole when the checkout's path is short, else '…/seeds/<file>': never a long path
        assert path.endswith("seeds/003_d151baf1df9ad54a.txt") and len(path) <= 40, path
        assert rest.startswith("2016-03-27 · ")
        assert "Syrian army has re-captured the ancient city of Palmyra" in untitled[0]
        assert "unknown outlet" not in first and "site-packages" not in first


async def test_the_strip_names_the_period_as_the_timeline_does():
    app = seeded_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        caption = app.query_one(Density).render().plain.splitlines()[1]
        assert "the 2nd century" in caption and "0100" not in caption
        assert "── the 2nd century" in screen_text(app)
        await pilot.press("G")
        await settle(pilot)
        assert "March 2016: " in app.query_one(Density).render().plain


@pytest.mark.parametrize("outlet,title,path,want", [
    (None, None, "/usr/lib/python3/site-packages/seeds/003_d151baf1df9ad54a.txt",
     "…/seeds/003_d151baf1df9ad54a.txt · 2016-03-27 · Troops entered the town at dawn on "
     "Sunday."),
    ("AP", None, "a.txt", "AP · 2016-03-27 · Troops entered the town at dawn on Sunday."),
    ("AP", "Own title", "a.txt", "AP · 2016-03-27 · Own title"),
])
def test_a_source_without_outlet_or_title_is_named_from_its_path_and_text(
        outlet, title, path, want):
    opening = "Home News Sport\nTroops entered the town at dawn on Sunday. They met no one."
    src = SourceRow(1, 1, outlet, title, "2016-03-27", None, path, "s", "on Sunday", (0, 0),
                    0, 9, None, False, opening if title is None else None)
    assert source_text(src, []).plain.split("\n")[0] == want
