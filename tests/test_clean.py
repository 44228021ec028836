"""Cleaning hostile text, and finding page furniture without touching the article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.clean import clean_text, furniture_spans

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WIRE = Path(__file__).parent / "fixtures" / "inputs" / "wire_copy.txt"


# ------------------------------------------------------------------ clean_text

@pytest.mark.parametrize("dirty,clean", [
    ("\x1b[31mred\x1b[0m text", "red text"),                              # SGR colour
    ("\x1b[2J\x1b[Hcleared", "cleared"),                                  # clear screen
    ("\x1b]0;pwned title\x07after", "after"),                             # OSC title, BEL
    ("\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\", "click"),     # OSC 8 link, ST
    ("\x1b]52;c;ZXZpbA==\x07paste", "paste"),                             # OSC 52 clipboard
    ("\x1bPqDCS data\x1b\\ok", "ok"),                                     # DCS string
    ("bell\x07 nul\x00 del\x7f bs\x08 c1\x9b31m", "bell nul del bs c131m"),
    ("a\x1b", "a"),                                                        # lone ESC
])
def test_terminal_controls_are_stripped(dirty, clean):
    assert clean_text(dirty) == clean


def test_unterminated_osc_does_not_swallow_the_rest_of_the_article():
    assert clean_text("\x1b]0;no end\nSecond line stays.") == "\nSecond line stays."


def test_newlines_normalised_tabs_kept_and_nfc():
    assert clean_text("a\r\nb\rc\td\x0ce") == "a\nb\nc\td\ne"
    assert clean_text("Cafe\u0301") == "Café"


@pytest.mark.parametrize("markup", ["[bold red]alarm[/bold red]", "[link=file:///etc/passwd]x[/]",
                                    "[@click=app.quit]quit[/]", "<b>not html</b> & co"])
def test_markup_is_ordinary_text(markup):
    assert clean_text(markup) == markup


@given(st.text())
def test_clean_text_leaves_no_controls_and_is_idempotent(s):
    out = clean_text(s)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    assert clean_text(out) == out


# ------------------------------------------------------------- furniture_spans

def marked(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


def seed(name: str) -> str:
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name,phrase", [
    ("000_d03e7950b2fb6dc4.txt", "fb-pixel Skip to main content"),
    ("001_ad09855632536225.txt", "Accessibility links"),
    ("001_ad09855632536225.txt", "16x9 Image"),
    ("002_1c881dd84ae26616.txt", "ADVERTISEMENT"),
    ("002_1c881dd84ae26616.txt", "0 seconds of 0 secondsVolume 0%"),
    ("002_1c881dd84ae26616.txt", "Press shift question mark to access a list of keyboard shortcuts"),
    # other stories' teasers and captions, with their own dates
    ("002_1c881dd84ae26616.txt", "on Saturday, Sep. 10, 2022"),
    ("002_1c881dd84ae26616.txt", "will shut its doors July 19 due to state funding challenges."),
    ("002_1c881dd84ae26616.txt", "Applications close June 25."),
    ("002_1c881dd84ae26616.txt", "His last day will be July 3."),
    ("003_d151baf1df9ad54a.txt", "Photo Getty Images"),
    ("003_d151baf1df9ad54a.txt", "Privacy & Cookies Policy"),
    ("004_0da33f54052b2a66.txt", "READ MORE:"),
])
def test_seed_furniture_is_found(name, phrase):
    assert covered(seed(name), phrase)


@pytest.mark.parametrize("name,phrase", [
    ("000_d03e7950b2fb6dc4.txt", "fell to the Islamic State group last May"),
    ("002_1c881dd84ae26616.txt", "Kerry is expected in Moscow next week."),
    ("002_1c881dd84ae26616.txt", "Earlier Friday, the opposition said"),
    ("002_1c881dd84ae26616.txt", "captured it in May last year"),
    ("003_d151baf1df9ad54a.txt", "Images released by the Syrian military on March 26"),
    ("003_d151baf1df9ad54a.txt", "On May 20, the Syrian Observatory"),
    ("004_0da33f54052b2a66.txt", "ceasefire that began on February 27"),
    ("001_ad09855632536225.txt", "Earlier this month, Russian President Vladimir Putin"),
])
def test_seed_article_sentences_are_not_furniture(name, phrase):
    assert not covered(seed(name), phrase)


def test_most_of_each_seed_stays_article():
    for path in sorted(SEEDS.glob("*.txt")):
        text = seed(path.name)
        share = sum(e - s for s, e in furniture_spans(text)) / len(text)
        assert share < 0.45, (path.name, share)


def test_wire_copy_has_no_furniture_even_where_sentences_start_like_chrome():
    """Sentences that begin with 'More', 'Related', 'Photos', 'Share', 'Print',
    'Copyright', 'Watch', 'Read', 'Follow', 'Sources:' are still news."""
    assert marked(WIRE.read_text(encoding="utf-8")) == []


def test_generic_page_chrome_and_a_most_read_block():
    page = "\n".join([
        "Menu", "Search", "Sign in",
        "We use cookies to give you the best experience. By continuing you agree.",
        "Accept all",
        "",
        "The city council approved the new budget on Tuesday after a six-hour debate.",
        "Share this article",
        "Image: Reuters",
        "The vote was 7-2, with the mayor expected to sign it on Friday.",
        "Advertisement",
        "Most Read",
        "Storm knocks out power to 40,000 homes",
        "Crews expect to restore service by Sunday evening.",
        "Police: man arrested after chase on Route 9",
        "The chase began at 2 a.m. on Saturday.",
        "© 2024 Example Media Group",
    ])
    got = marked(page)
    joined = "\n".join(got)
    for chrome in ("Menu", "Sign in", "We use cookies", "Accept all", "Share this article",
                   "Image: Reuters", "Advertisement", "Crews expect to restore service by Sunday",
                   "The chase began at 2 a.m. on Saturday.", "© 2024"):
        assert chrome in joined, chrome
    assert not any("approved the new budget" in g or "The vote was 7-2" in g for g in got)


def test_caption_with_a_photo_credit_is_furniture_but_the_next_paragraph_is_not():
    text = ("Protesters gather outside parliament on Monday, March 21, 2016, in Athens. "
            "(AP Photo/Petros Giannakouris, File)\n"
            "Lawmakers will vote on the measure on Thursday, officials said.\n"
            "Copyright 2016 The Associated Press. All rights reserved.")
    assert covered(text, "Monday, March 21, 2016")
    assert covered(text, "Copyright 2016 The Associated Press")
    assert not covered(text, "Lawmakers will vote")


def test_a_related_block_ends_where_the_article_resumes():
    text = ("The talks collapsed on Friday.\n\nRelated stories\n\n"
            "Rebels seize border town\nUN envoy quits after two years\n\n"
            "Diplomats said on Saturday that a new round could start within weeks, "
            "though neither side has agreed to a date and the envoy's post remains empty.\n")
    assert covered(text, "Rebels seize border town")
    assert not covered(text, "Diplomats said on Saturday")
    assert not covered(text, "The talks collapsed on Friday.")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_spans_are_sorted_disjoint_and_inside_the_text(text):
    spans = furniture_spans(text)
    last = -1
    for s, e in spans:
        assert 0 <= s < e <= len(text) and s > last
        last = e


TIMEBANK = Path("/work/shared/data/tbaq")


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TimeBank/AQUAINT corpus not on this machine")
def test_no_annotated_time_expression_in_timebank_falls_in_furniture():
    """256 wire stories with gold TIMEX3 tags: none of their dates may be dropped as furniture."""
    import html

    checked = 0
    for path in sorted(TIMEBANK.glob("*/*.tml")):
        body = path.read_text(encoding="utf-8").split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
        plain, timexes, pos = [], [], 0
        for piece in re.split(r"(<TIMEX3[^>]*>.*?</TIMEX3>|<[^>]+>)", body, flags=re.S):
            if piece.startswith("<TIMEX3"):
                inner = html.unescape(re.sub(r"<[^>]+>", "", piece))
                timexes.append((pos, pos + len(inner)))
                plain.append(inner)
                pos += len(inner)
            elif not piece.startswith("<"):
                piece = html.unescape(piece)
                plain.append(piece)
                pos += len(piece)
        spans = furniture_spans("".join(plain))
        for ts, te in timexes:
            assert not any(s < te and ts < e for s, e in spans), (path.name, ts, te)
            checked += 1
    assert checked > 1000


def test_news_site_copies_of_other_shapes():
    """Chrome of other common layouts: image captions with credits, sharing bars,
    page stamps, topic lists; the story's own sentences stay."""
    bbc = "\n".join([
        "Syria war: Army retakes Palmyra from IS",
        "27 March 2016",
        "Share this with Facebook",
        "Image copyright AFP",
        "Image caption Government forces entered the city on Sunday morning",
        "Media playback is unsupported on your device",
        "Media caption Footage from Saturday shows tanks entering the town",
        "Syrian government forces have recaptured the ancient city of Palmyra, state media say.",
    ])
    guardian = "\n".join([
        "Syrian troops in Palmyra on Sunday. Photograph: Reuters",
        "Last modified on Sun 27 Mar 2016 12.00 BST",
        "Share on Facebook", "Share via Email", "View more sharing options",
        "The Syrian army has retaken Palmyra, ten months after it fell to Isis.",
        "Topics", "Syria", "Middle East and North Africa", "Reuse this content",
    ])
    for page, chrome, story in [
        (bbc, ["27 March 2016", "Image copyright AFP", "entered the city on Sunday morning",
               "Media playback", "Footage from Saturday"],
         "have recaptured the ancient city"),
        (guardian, ["Palmyra on Sunday. Photograph", "Last modified on Sun 27 Mar 2016",
                    "View more sharing options", "Middle East and North Africa"],
         "ten months after it fell"),
    ]:
        for phrase in chrome:
            assert covered(page, phrase), phrase
        assert not covered(page, story)


def test_a_single_related_link_does_not_swallow_the_next_paragraph():
    text = ("The talks collapsed on Friday.\nRelated\nRebels seize border town\n"
            "Diplomats said on Saturday that a new round could start within weeks.\n"
            "Video by a bystander on Monday showed the convoy leaving the town at dawn, "
            "hours before the strike that officials later confirmed had killed 12 people.\n"
            "Photo by Jane Doe/Reuters\n")
    assert covered(text, "Rebels seize border town")
    assert covered(text, "Photo by Jane Doe/Reuters")
    assert not covered(text, "Diplomats said on Saturday")
    assert not covered(text, "Video by a bystander on Monday")


def test_page_stamps_are_furniture_but_a_chronologys_dates_are_not():
    page = ("Army retakes Palmyra\nUpdated 10:02 AM ET, Sat March 26, 2016\n"
            "27 March 2016\nTroops entered the city.\n2 hours ago\n")
    for stamp in ("Updated 10:02 AM ET", "27 March 2016", "2 hours ago"):
        assert covered(page, stamp), stamp
    chronology = ("Timeline of the siege\n\nMarch 15, 2011\nProtests erupt in Daraa.\n\n"
                  "May 20, 2015\nIslamic State seizes Palmyra.\n")
    assert marked(chronology) == []


def test_markdown_lines_of_only_links_or_images_are_furniture():
    text = ("![Tanks near Palmyra on Sunday](https://img.example/t.jpg)\n"
            "The army said on Sunday it had retaken the city, a [UNESCO site](https://unesco.org).\n"
            "- [Rebels seize border town on Friday](https://x.example/a)\n"
            "[Home](/) | [World](/world)\n")
    assert covered(text, "Tanks near Palmyra on Sunday")
    assert covered(text, "Rebels seize border town on Friday")
    assert covered(text, "[Home](/) | [World](/world)")
    assert not covered(text, "The army said on Sunday")
