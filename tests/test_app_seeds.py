"""The acceptance walk of the app on the bundled story, through the real ingest."""

from __future__ import annotations

from test_app import settle, source_texts
from test_app_reader import highlighted
from test_app_search import type_query
from test_tui_fixture import TODAY

from seeds import SEEDS_DIR
from store.db import open_memory
from store.ingest import ingest
from tui.app import DatelineApp
from tui.screens.reader import ReaderScreen
from tui.search_flow import landing


def seeded_app() -> DatelineApp:
    """The app on the bundled story, ingested the way a user's first run does."""
    store = open_memory()
    assert ingest(store, [str(SEEDS_DIR)]).ok
    return DatelineApp(store, today=TODAY)


def test_landing_prefers_the_event_whose_title_names_the_words():
    class Row:
        def __init__(self, title):
            self.title = title

    rows = [Row("Troops have been on the offensive"), Row("Troops captured Hill 900")]
    assert landing(rows, ["Hill 900"]) == 1
    assert landing(rows, ["troops"]) == 0
    assert landing(rows, ["nowhere"]) == 0 and landing([], ["x"]) == 0


async def test_hill_900_on_the_seeds_lands_on_tuesday_and_opens_the_herald():
    app = seeded_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, "Hill 900")
        await pilot.press("enter")
        await settle(pilot)
        assert app.timeline.row.value == "2016-03-15"
        assert source_texts(app)[0].startswith("The Daily Herald")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Tuesday" in "".join(highlighted(app.screen))
