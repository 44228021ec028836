"""The reader, links (OSC 52 copy, browser only with a display), refresh, literal text."""

from __future__ import annotations

import base64

from test_app import make, screen_text, settle, source_texts, type_text
from test_tui_fixture import TODAY, add_event, build_store
from textual.app import App

from store.browse import ArticleView
from store.db import open_store
from tui.app import DatelineApp
from tui.screens.reader import ReaderScreen
from tui.widgets.reader_view import ReaderView


def reader_host(article: ArticleView, mention_id: int) -> App:
    """A bare app that opens the reader on one article at one mention."""
    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(ReaderScreen(article, mention_id))

    return Host()


async def goto(pilot, date_text: str) -> None:
    await type_text(pilot, "t" + date_text)
    await pilot.press("enter")
    await pilot.pause()


def highlighted(screen: ReaderScreen) -> list[str]:
    """The text drawn in the current mention's style (bold reverse) on the visible lines."""
    view = screen.query_one(ReaderView)
    out = []
    for y in range(view.scrollable_content_region.height):
        for seg in view.render_line(y):
            if seg.style and seg.style.reverse and seg.style.bold:
                out.append(seg.text)
    return out


async def test_enter_opens_the_article_with_the_mention_highlighted_and_n_walks_phrases():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await goto(pilot, "2016-03-15")
        assert app.timeline.row.title == "Government forces captured Hill 900"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert "".join(highlighted(screen)) == "on Tuesday"
        assert "Syrian troops push toward ISIS stronghold" in screen_text(app)
        await pilot.press("n")
        assert "".join(highlighted(screen)) == "last May"
        await pilot.press("N", "N")
        assert "".join(highlighted(screen)) == "on Friday"
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)
        assert app.timeline.row.title == "Government forces captured Hill 900"


async def test_enter_on_a_source_in_the_sources_pane_opens_that_source():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "j", "enter")  # the second source of 2015-05: AP
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.outlet == "AP"
        assert "".join(highlighted(app.screen)) == "last May"


async def test_reader_scrolls_a_mention_far_down_a_long_article_into_view():
    text = "\n".join(f"Paragraph {i} of filler text." for i in range(300)) + \
        "\nAt the end, on 3 March 2016, it happened."
    start = text.index("on 3 March 2016")
    article = ArticleView(1, "Outlet", "Long", None, "/tmp/long.txt", "2016-03-04", "flag",
                          text, [(7, start, start + 15, "on 3 March 2016", "2016-03-03")])

    app = reader_host(article, 7)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "".join(highlighted(app.screen)) == "on 3 March 2016"
        assert "Paragraph 299" in screen_text(app)


async def test_y_copies_the_url_with_osc_52():
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        written: list[str] = []
        app._driver.write = written.append
        await pilot.press("y")  # first source of 2015-05: The Daily Herald, with a URL
        url = "https://example.com/herald/palmyra"
        assert f"\x1b]52;c;{base64.b64encode(url.encode()).decode()}\a" in written
        await pilot.press("tab", "tab", "j", "y")  # AP has only a file path
        assert app.clipboard.endswith("seeds/000_d03e7950b2fb6dc4.txt")
        await pilot.press("enter", "y")  # and from the reader
        assert app.clipboard.endswith("seeds/000_d03e7950b2fb6dc4.txt")
        assert sum(w.startswith("\x1b]52;") for w in written) == 3


async def test_o_without_a_display_says_so_and_suggests_y(monkeypatch):
    import tui.links

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(tui.links.sys, "platform", "linux")
    opened = []
    monkeypatch.setattr(tui.links.webbrowser, "open", opened.append)
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert opened == []
        assert any("No local display" in n.message and "press y" in n.message
                   for n in app._notifications)
        app.clear_notifications()
        await pilot.press("enter", "o")  # the reader's o says the same
        assert isinstance(app.screen, ReaderScreen) and opened == []
        assert any("No local display" in n.message for n in app._notifications)


async def test_o_with_a_display_opens_the_url(monkeypatch):
    import tui.links

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    opened = []
    monkeypatch.setattr(tui.links.webbrowser, "open", lambda u: opened.append(u) or True)
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert opened == ["https://example.com/herald/palmyra"]


async def test_new_events_from_another_process_offer_a_refresh(tmp_path):
    path = tmp_path / "d.db"
    build_store(path=path).close()
    app = DatelineApp(open_store(path), today=TODAY, follow=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        other = open_store(path)
        add_event(other, ("2015-06", "2015-06-01", "2015-06-30", "month", "A new thing",
                          [("ap", "last May", None)]))
        other.close()
        app._poll_store()
        assert "new events: press r to refresh" in screen_text(app)
        assert len(app.timeline.rows) == 9
        await pilot.press("r")
        await settle(pilot)
        assert len(app.timeline.rows) == 10
        assert app.timeline.row.title == "Militants destroyed the temples"  # still here
        assert "new events" not in screen_text(app)
        # counts come from the app's second, read-only connection, and see the new event
        assert app.tally.own is not None and app.tally.own.read_only
        assert "3 of 10 events" in screen_text(app)


async def test_markup_and_escapes_in_an_article_show_literally():
    app = make()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, "2016-02-02")
        shown = screen_text(app)
        assert "A page [bold red]x[/] written" in shown            # timeline and details
        assert "Odd [b]Outlet[/b] · 2016-02-05 · Markup [bold red]x[/]" in shown
        assert "[bold red]x[/] and ␛[31mred␛[0m text" in source_texts(app)[0]
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "[bold red]x[/] and ␛[31mred␛[0m text" in shown
        for y in range(app.screen.size.height):
            for seg in app.screen._compositor.render_strips()[y]:
                assert "\x1b" not in seg.text
                assert not (seg.style and seg.style.color and seg.style.color.name == "red")
