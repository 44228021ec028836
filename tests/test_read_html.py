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
