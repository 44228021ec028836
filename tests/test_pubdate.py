"""Publication date estimated from the article's own words, with the reason."""

from __future__ import annotations

import pytest

from store.pubdate import infer_published


@pytest.mark.parametrize("text,iso,quoted", [
    ("WASHINGTON (AP) — March 26, 2016 — Lawmakers met on Friday.", "2016-03-26",
     "WASHINGTON (AP) — March 26, 2016"),
    ("Palmyra retaken\nPublished: 26 March 2016\n\nTroops entered the city.", "2016-03-26",
     "Published: 26 March 2016"),
    ("Updated 10:02 AM ET, Sat March 26, 2016\nTroops entered the city.", "2016-03-26",
     "Updated 10:02 AM ET, Sat March 26, 2016"),
    ("Posted on 2016-03-26 by the desk\nTroops entered the city.", "2016-03-26",
     "Posted on 2016-03-26"),
    ("BEIRUT, Syria (AP) _ Feb. 29, 2016 _ The talks resumed.", "2016-02-29",
     "BEIRUT, Syria (AP) _ Feb. 29, 2016"),
    ("Palmyra retaken\nSunday 27 March 2016 09.14 BST\n\nTroops entered the city.",
     "2016-03-27", "Sunday 27 March 2016 09.14 BST"),
])
def test_stated_dates_are_found_with_their_words(text, iso, quoted):
    got = infer_published(text, None)
    assert got is not None
    assert got[0] == iso
    assert f"'{quoted}'" in got[1]


def test_published_beats_updated_wherever_they_are():
    text = "Last updated: 2 April 2016\nStory text here.\nFirst published: 26 March 2016"
    assert infer_published(text, None)[0] == "2016-03-26"


def test_dates_inside_the_story_are_not_the_publication_date():
    text = ("Troops entered the city on Sunday.\n"
            "Elections are set for April 13, 2016, and a study published on March 3, 2015 "
            "warned of delays.\nThe next summit is on 1 June 2017.")
    assert infer_published(text, None) is None


def test_impossible_dates_are_not_estimates():
    assert infer_published("Published: 30 February 2016\nText.", None) is None
    assert infer_published("NEW YORK (AP) — Feb. 30, 2016 — Text.", None) is None


def test_a_dateline_far_down_the_page_is_not_used():
    text = "Body sentence.\n" * 200 + "PARIS (AFP) — March 1, 2016 — Another story."
    assert infer_published(text, None) is None


def test_title_is_the_last_resort():
    got = infer_published("Troops entered the city on Sunday.", "Live: Palmyra, 27 March 2016")
    assert got == ("2016-03-27", "from '27 March 2016' in the title")


def test_seeds_carry_no_date_line_of_their_own():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        assert infer_published(path.read_text(encoding="utf-8"), None) is None


def test_a_chronology_is_not_dated_by_its_first_entry():
    text = ("Timeline of the siege\n\nMarch 15, 2011\nProtests erupt in Daraa.\n\n"
            "May 20, 2015\nIslamic State seizes Palmyra.\n\nMarch 27, 2016\nThe army retakes it.\n")
    assert infer_published(text, None) is None
