"""HTML pages: main text without the menus, and the metadata the page carries."""

from __future__ import annotations

from pathlib import Path

from store.model import RawArticle, ReadProblem
from store.read import read_inputs

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read_one(path):
    items = list(read_inputs([str(path)]))
    return items


def test_html_gives_main_text_title_canonical_url_outlet_and_date():
    (art,) = read_one(INPUTS / "article.html")
    assert isinstance(art, RawArticle)
    assert art.title == "Syrian troops enter Palmyra"
    assert art.url == "https://news.example.com/world/palmyra-troops"
    assert art.outlet == "Example News"
    assert (art.published, art.published_from) == ("2016-03-26", "metadata")
    assert "fell to the Islamic State group last May" in art.text
    # paragraphs stay lines, navigation and cookie banner stay out
    assert "\nSyrian troops and allied militiamen" in art.text
    assert "Sign in" not in art.text and "cookies" not in art.text
    assert "<p>" not in art.text


def test_html_date_comes_from_metadata_not_from_dates_in_the_text(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Vote</title></head><body><article>"
                    + "<p>The election is set for June 3, 2019, officials said on Friday.</p>" * 4
                    + "</article></body></html>")
    (art,) = read_one(page)
    assert art.published is None and art.published_from is None


def test_malformed_html_still_yields_its_text():
    (art,) = read_one(INPUTS / "malformed.html")
    assert isinstance(art, RawArticle)
    assert "close the old bridge for repairs" in art.text
    assert "adds twenty minutes" in art.text


def test_html_without_article_text_is_a_problem():
    (prob,) = read_one(INPUTS / "no_text.html")
    assert isinstance(prob, ReadProblem)
    assert prob.where.endswith("no_text.html") and prob.reason == "no article text found"


def test_html_in_a_declared_legacy_charset_is_decoded_by_its_meta_tag(tmp_path):
    body = ("<html><head><meta charset='windows-1251'><title>t</title></head><body><article>"
            + "<p>Войска вошли в Пальмиру в субботу, сообщили власти города.</p>" * 4
            + "</article></body></html>")
    page = tmp_path / "ru.html"
    page.write_bytes(body.encode("cp1251"))
    (art,) = read_one(page)
    assert "Войска вошли в Пальмиру" in art.text
    assert art.encoding == "windows-1251"


def test_pdf_named_html_is_refused_as_binary(tmp_path):
    page = tmp_path / "report.html"
    page.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (prob,) = read_one(page)
    assert isinstance(prob, ReadProblem)
    assert prob.reason == "looks binary (PDF), not text"


def test_text_saved_under_an_html_name_is_read_as_text(tmp_path):
    page = tmp_path / "copy.html"
    page.write_text("Troops entered the city on Sunday.\nOfficials confirmed it.\n")
    (art,) = read_one(page)
    assert art.text == "Troops entered the city on Sunday.\nOfficials confirmed it.\n"


def test_huge_pages_keep_head_metadata_and_all_visible_text(tmp_path, monkeypatch):
    import store.read.html as html_reader

    monkeypatch.setattr(html_reader, "MAX_TAGS", 200)   # what a 50,000-tag page would do
    head = (INPUTS / "article.html").read_text().split("<body>")[0]
    rows = "".join(f"<div><p>Row {i} of the results table.</p></div>" for i in range(300))
    page = tmp_path / "huge.html"
    page.write_text(head + "<body>" + rows + "</body></html>")
    (art,) = read_one(page)
    assert art.title == "Syrian troops enter Palmyra" and art.published == "2016-03-26"
    assert "Row 0 of the results table." in art.text and "Row 299 of" in art.text


# --- short, broken, table-layout and legacy-encoded pages -----------------------------

def write(tmp_path, name, html, encoding="utf-8"):
    page = tmp_path / name
    page.write_bytes(html.encode(encoding))
    return page


def ingested(path):
    """What `dateline ingest path` stores: (phrase, sentence) of each date mention."""
    from store.db import open_memory
    from store.ingest import ingest

    store = open_memory()
    report = ingest(store, [str(path)], published="2016-03-26")   # anchors 'Tuesday'...
    assert report.ok, report.problems
    return [tuple(r) for r in store.conn.execute(
        "SELECT phrase, sentence FROM mentions ORDER BY start")]


def test_a_one_line_html_fragment_is_read_like_the_same_text_file(tmp_path):
    page = write(tmp_path, "a.html", "<p>On Tuesday the army entered Palmyra, officials said.\n")
    (art,) = read_one(page)
    assert isinstance(art, RawArticle)
    assert art.text == "On Tuesday the army entered Palmyra, officials said.\n"
    assert ingested(page) == [("Tuesday", "On Tuesday the army entered Palmyra, officials said.")]


def test_short_page_falls_back_to_visible_text_without_scripts_menus_or_head(tmp_path):
    page = write(tmp_path, "short.html",
                 "<html><head><title>Headline 1999</title><style>p{color:red}</style></head>"
                 "<body><nav>Home | World</nav><div>On Tuesday the army entered Palmyra."
                 "<br>The city fell last <b>May</b>.</div>"
                 "<script>var published = 'January 2001';</script><noscript>Enable JS</noscript>"
                 "<template><p>Template 2002</p></template><aside>More: June 2003</aside>"
                 "<footer>Copyright 2016</footer></body></html>")
    (art,) = read_one(page)
    assert art.text == "On Tuesday the army entered Palmyra.\nThe city fell last May.\n"
    assert [p for p, _ in ingested(page)] == ["Tuesday", "last May"]


def test_block_elements_of_the_fallback_text_are_lines(tmp_path, monkeypatch):
    import store.read.html as html_reader

    monkeypatch.setattr(html_reader, "_extract", lambda html, url: None)   # trafilatura gave up
    page = write(tmp_path, "blocks.html",
                 "<h2>Palmyra</h2><div>Troops entered it on Sunday.</div><ul><li>It fell in May 2015."
                 "<li>It was retaken in March 2016.</ul><pre>10 March\n12 March</pre>")
    (art,) = read_one(page)
    assert art.text.splitlines() == ["Palmyra", "Troops entered it on Sunday.",
                                     "It fell in May 2015.", "It was retaken in March 2016.",
                                     "10 March", "12 March"]


def test_page_with_only_scripts_and_menus_has_no_article_text(tmp_path, monkeypatch):
    import store.read.html as html_reader

    monkeypatch.setattr(html_reader, "_extract", lambda html, url: None)   # trafilatura gave up
    page = write(tmp_path, "empty.html",
                 "<html><head><title>Menu 2016</title></head><body><nav>Home</nav>"
                 "<script>var d = 'May 2016';</script><noscript>Enable JavaScript</noscript>"
                 "<template><p>June 2016</p></template><aside>Related: floods of 2001</aside>"
                 "<div hidden>July 2016</div><footer>About us</footer></body></html>")
    (prob,) = read_one(page)
    assert isinstance(prob, ReadProblem) and prob.reason == "no article text found"


def test_small_page_where_trafilatura_keeps_very_little_gives_its_visible_text(tmp_path,
                                                                                monkeypatch):
    import store.read.html as html_reader

    class Doc:
        text, title, sitename, url, date, language = "Palmyra", None, None, None, None, None

    monkeypatch.setattr(html_reader, "_extract", lambda html, url: Doc())
    page = write(tmp_path, "little.html",
                 "<h1>Palmyra</h1><div>Troops entered the city on Sunday, officials said.</div>"
                 "<div>It had fallen to the Islamic State group last May.</div>")
    (art,) = read_one(page)
    assert art.text == ("Palmyra\nTroops entered the city on Sunday, officials said.\n"
                        "It had fallen to the Islamic State group last May.\n")


def test_big_page_keeps_trafilatura_text_however_short(tmp_path, monkeypatch):
    """On a page of furniture, a short article stays short: no other stories' dates come in."""
    import store.read.html as html_reader

    class Doc:
        text = "Troops entered Palmyra on Sunday."
        title = sitename = url = date = language = None

    monkeypatch.setattr(html_reader, "_extract", lambda html, url: Doc())
    related = "".join(f"<div>Other story {i}: the floods of March {2000 + i}.</div>"
                      for i in range(80))
    page = write(tmp_path, "video.html", f"<div>{Doc.text}</div>{related}")
    (art,) = read_one(page)
    assert art.text == "Troops entered Palmyra on Sunday.\n"


TABLE_PAGE = ("<html><head><title>Palmyra</title></head><body><table>"
              + "".join(f"<tr><td width=20></td><td>Paragraph {i}: the army entered the city on "
                        f"Tuesday {i + 1} March, officials said in a statement.</td></tr>"
                        for i in range(6))
              + "<tr><td>Results:</td><td>Sport | World</td></tr></table></body></html>")


def test_table_layout_page_has_no_table_markup_in_its_text(tmp_path):
    page = write(tmp_path, "layout.html", TABLE_PAGE)
    (art,) = read_one(page)
    lines = art.text.splitlines()
    assert lines[0] == ("Paragraph 0: the army entered the city on Tuesday 1 March, "
                        "officials said in a statement.")
    assert lines[-1] == "Results: Sport | World"           # cells of a row: one line
    assert not any(ln.startswith("|") or ln.endswith("|") for ln in lines)
    sentences = [s for _, s in ingested(page)]
    assert sentences and not any(s.startswith("|") or s.endswith("|") for s in sentences)
    assert sentences[0].startswith("Paragraph 0: the army entered")


def test_paragraphs_in_a_layout_cell_stay_lines_and_data_tables_lose_their_rules(tmp_path):
    story = ("<h1>Palmyra retaken</h1><p>Syrian troops entered Palmyra on Sunday, officials "
             "said, ending a siege that lasted ten months.</p><p>The city fell to the Islamic "
             "State group last May, when its defenders withdrew. | Not a cell.</p>")
    results = ("<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Red</td><td>40</td></tr>"
               "<tr><td>Blue</td><td>35</td></tr></table>")
    page = write(tmp_path, "cells.html",
                 f"<html><body><table><tr><td><a href='/'>Home</a></td><td>{story}</td></tr>"
                 f"</table><p>The vote was held on 3 June 2019, the commission said, and turnout "
                 f"was the lowest in twenty years.</p>{results}<p>A recount is due on Friday, "
                 f"the commission said in a statement on its website.</p></body></html>")
    (art,) = read_one(page)
    lines = art.text.splitlines()
    assert "Palmyra retaken" in lines
    assert ("Syrian troops entered Palmyra on Sunday, officials said, ending a siege that "
            "lasted ten months.") in lines
    assert lines[lines.index("Party Seats") + 1:][:2] == ["Red 40", "Blue 35"]
    assert "State group last May, when its defenders withdrew. | Not a cell." in art.text
    assert "|---" not in art.text and "\\|" not in art.text


def test_windows_1252_declared_by_meta_charset_is_decoded(tmp_path):
    body = ("<html><head><meta charset=windows-1252><title>Caf\u00e9</title></head><body>"
            "<article>" + "<p>\u201cWe entered Palmyra on Sunday,\u201d the caf\u00e9 owner "
                          "said; bread cost \u20ac5 last May.</p>" * 3 + "</article></body></html>")
    page = write(tmp_path, "cp.html", body, "cp1252")
    (art,) = read_one(page)
    assert art.encoding == "windows-1252"
    assert art.text.startswith("\u201cWe entered Palmyra on Sunday,\u201d the caf\u00e9 owner "
                               "said; bread cost \u20ac5 last May.")
    assert {"Sunday", "last May"} <= {p for p, _ in ingested(page)}


def test_iso_8859_1_declared_is_read_as_windows_1252_like_browsers_do(tmp_path):
    body = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
            "</head><body><p>\u201cOn Sunday,\u201d he said \u2014 not on Monday.</p></body></html>")
    page = write(tmp_path, "latin.html", body, "cp1252")
    (art,) = read_one(page)
    assert art.text == "\u201cOn Sunday,\u201d he said \u2014 not on Monday.\n"
    assert art.encoding == "windows-1252"


def test_unclosed_tags_and_stray_closing_divs_still_read(tmp_path):
    page = write(tmp_path, "broken.html",
                 "<html><head><title>Bridge</title><body></div></div>"
                 "<div><p>The council voted on Tuesday to close the old bridge."
                 "<p>Residents <b>said <i>the detour</b> adds twenty minutes.</i></div></div></span>"
                 "<div><p>Repairs will start on 4 May 2016.</td></tr></div></div></div>"
                 "<p>They should end by next spring")
    (art,) = read_one(page)
    assert art.text.splitlines() == ["The council voted on Tuesday to close the old bridge.",
                                     "Residents said the detour adds twenty minutes.",
                                     "Repairs will start on 4 May 2016.",
                                     "They should end by next spring"]
    assert {"Tuesday", "4 May 2016", "next spring"} <= {p for p, _ in ingested(page)}
