"""Sentences, titles and mention drafts: what a timeline row says and where it points."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.events import anchor_text, extract_mentions
from store.mention_titles import title_and_terms
from store.sentences import sentence_spans
from store.timex import Timex


def T(*fields, anchor: str | None = "dct", anchor_date: str | None = None) -> Timex:
    """The date finder's own Timex, with the anchor most tests need not spell out."""
    return Timex(*fields, anchor=anchor, anchor_date=anchor_date)


def tx(text: str, phrase: str, value: str, start: str | None, end: str | None = None,
       gran: str = "day", type_: str = "DATE", anchor_date: str | None = None) -> T:
    i = text.index(phrase)
    return T(i, i + len(phrase), phrase, type_, value, start, end or start, gran,
             anchor_date=anchor_date or start)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = ("Four servicemen died since Sept. 30, when Moscow began. Lt. Gen. Sergei Rudskoi "
            "spoke. U.S. Air Force Col. Pat Ryder agreed with John F. Kennedy Jr. on it. "
            "Mr. Smith left at 5 p.m. Friday. The end!")
    assert sentences(text) == [
        "Four servicemen died since Sept. 30, when Moscow began.",
        "Lt. Gen. Sergei Rudskoi spoke.",
        "U.S. Air Force Col. Pat Ryder agreed with John F. Kennedy Jr. on it.",
        "Mr. Smith left at 5 p.m. Friday.",
        "The end!",
    ]


def test_newlines_end_sentences_and_quotes_stay_with_their_sentence():
    text = 'Headline without a stop\n\nHe said: "We won." Then he left.\r\nCaption line'
    assert sentences(text) == ["Headline without a stop", 'He said: "We won."',
                               "Then he left.", "Caption line"]


@given(st.lists(st.sampled_from(list("ab AB.?!\n\"'”\t") + ["Sept. ", " J. ", "U.S. ", "Mr. "]),
                max_size=40).map("".join))
def test_spans_cover_every_non_space_character_once_in_order(text):
    spans = sentence_spans(text)
    pos = 0
    for s, e in spans:
        assert pos <= s < e
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert not text[pos:s].strip()
        pos = e
    assert not text[pos:].strip()


def test_every_character_lies_in_one_span():
    text = "One. Two?  Three!\n\n  Four.\tFive\n"
    spans = sentence_spans(text)
    covered = set()
    for s, e in spans:
        assert not covered & set(range(s, e))
        covered |= set(range(s, e))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered
    assert spans == sorted(spans)


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_title_drops_trailing_attribution_and_the_date_phrase():
    s = ("Russian jets hit 158 targets near Palmyra on Friday, killing more than 100 "
         "militants, Russia's defense ministry said.")
    assert title(s, "Friday") == "Russian jets hit 158 targets near Palmyra, killing more than 100 militants"


def test_title_drops_leading_attribution_and_according_to():
    s = "Russia's defense ministry said on March 26 that jets carried out 40 sorties near Palmyra."
    assert title(s, "March 26") == "Jets carried out 40 sorties near Palmyra"
    s = ("Troops took up positions in three neighborhoods on Saturday, according to the "
         "Syrian Observatory for Human Rights, a Britain-based monitoring group.")
    assert title(s, "Saturday") == "Troops took up positions in three neighborhoods"


def test_title_keeps_claimed_responsibility_and_drops_dateline_and_connectives():
    s = "BEIRUT — The group claimed responsibility for a bombing Friday at a stadium."
    assert title(s, "Friday") == "The group claimed responsibility for a bombing at a stadium"
    s = "However, on Tuesday the army captured a hill overlooking the town."
    assert title(s, "Tuesday") == "The army captured a hill overlooking the town"


def test_long_sentence_is_cut_to_the_clause_of_the_date():
    s = ("BEIRUT — Syrian government forces have seized three neighborhoods inside Palmyra, "
         "a town with famed Roman-era ruins that fell to the Islamic State group last May, "
         "state media reported Saturday.")
    assert title(s, "last May") == "Palmyra fell to the Islamic State group"
    assert title(s, "Saturday") == ("Syrian government forces have seized three neighborhoods "
                                    "inside Palmyra")
    assert len(title(s + " " + s, "Saturday")) <= 100


def test_title_takes_the_dated_clause_of_relative_and_subordinate_clauses():
    s = ("The group, which captured the UNESCO World Heritage site from government forces in "
         "May, has previously destroyed two Islamic shrines near Palmyra, which they described "
         "as manifestations of polytheism.")
    assert title(s, "in May") == ("The group captured the UNESCO World Heritage site from "
                                  "government forces")
    s = ("However, they are thought to be the first to have been killed in that way since the "
         "jihadist group seized the ancient ruins in May.")
    assert title(s, "in May") == "The jihadist group seized the ancient ruins"
    s = ("IS has built strong defenses in the town, including trenches around it, taking "
         "advantage of sandstorm earlier this week to launch counter attacks, said al-Khatib, "
         "speaking over the phone.")
    assert "al-Khatib" not in title(s, "earlier this week")
    assert "speaking" not in title(s, "earlier this week")


def test_terms_fold_aliases_and_drop_stopwords_and_dates():
    _, a = title_and_terms("In May, ISIL took Palmyra in a matter of days.", 0, 6)
    _, b = title_and_terms("Palmyra fell to the Islamic State group in May.", 41, 47)
    assert {"palmyra", "isis", "capture"} <= set(a) & set(b)
    assert not {"may", "the", "in", "of"} & (set(a) | set(b))


def test_anchor_in_words():
    assert anchor_text("on Tuesday", "published Friday 18 March 2016", "2016-03-18",
                       "2016-03-18") == "'on Tuesday' in an article published Friday 18 March 2016"
    # the year of "March 26" came from the publication date: say so
    assert anchor_text("March 26", "dct", "2016-03-26", "2016-03-26") == (
        "'March 26' in an article published Saturday 26 March 2016")
    assert anchor_text("May 2015", None, None, "2016-03-26") == "'May 2015' (absolute)"
    assert anchor_text("this week", "passage dated Saturday 31 October 2015", "2015-10-31",
                       "2016-03-27") == "'this week' in a passage dated Saturday 31 October 2015"
    assert anchor_text("the next day", "dct", "2016-03-15", "2016-03-18") == (
        "'the next day' relative to Tuesday 15 March 2016")


ARTICLE = ("Skip to main content\n"
           "Troops enter Palmyra\n"
           "Syrian troops entered the ancient town of Palmyra on Sunday after weeks of fighting.\n"
           "The town fell to the militants in May 2015, the Observatory said.\n"
           "The offensive lasted three weeks.\n"
           "Related: floods hit the coast on Monday\n")


def test_extract_mentions_dates_phrases_skips_furniture_and_non_calendar_spans():
    furniture_start = ARTICLE.index("Related:")
    furniture = [(0, ARTICLE.index("\n")), (furniture_start, len(ARTICLE))]
    timexes = [
        tx(ARTICLE, "on Sunday", "2016-03-27", "2016-03-27"),
        tx(ARTICLE, "May 2015", "2015-05", "2015-05-01", "2015-05-31", "month"),
        tx(ARTICLE, "three weeks", "P3W", None, type_="DURATION"),
        tx(ARTICLE, "on Monday", "2016-03-28", "2016-03-28"),
    ]
    drafts = extract_mentions(ARTICLE, "Troops enter Palmyra", "2016-03-27", timexes, furniture)
    lead, sunday, may = drafts
    assert lead.lead and lead.value == "2016-03-27" and lead.title == "Troops enter Palmyra"
    assert lead.sentence == "Troops enter Palmyra"
    assert ARTICLE[lead.sentence_start:lead.sentence_end] == lead.sentence
    assert sunday.phrase == "on Sunday" and ARTICLE[sunday.start:sunday.end] == "on Sunday"
    assert sunday.sentence.startswith("Syrian troops entered")
    assert ARTICLE[sunday.sentence_start:sunday.sentence_end] == sunday.sentence
    assert sunday.anchor == "'on Sunday' in an article published Sunday 27 March 2016"
    assert sunday.title == "Syrian troops entered the ancient town of Palmyra after weeks of fighting"
    assert may.title == "The town fell to the militants"
    assert may.anchor == "'May 2015' (absolute)" and may.granularity == "month"
    assert may.end_date == "2015-05-31"


def test_lead_without_headline_is_the_first_real_sentence_and_needs_a_date():
    text = "Menu Home News\nSoldiers stormed the town hall at dawn, witnesses told reporters."
    drafts = extract_mentions(text, None, "2020-01-02", [], [])
    assert len(drafts) == 1 and drafts[0].lead
    assert drafts[0].title == "Soldiers stormed the town hall at dawn"
    assert drafts[0].anchor == "published 2020-01-02"
    assert extract_mentions(text, None, None, [], []) == []


def test_lead_dated_by_its_own_phrase_is_not_also_put_on_the_publication_day():
    """'Last May the town fell.' happened last May: no second event on the paper's date."""
    text = "Last May the town fell to the militants after a week of fighting."
    may = tx(text, "Last May", "2015-05", "2015-05-01", "2015-05-31", "month")
    drafts = extract_mentions(text, None, "2016-03-26", [may], [])
    assert [(d.lead, d.value) for d in drafts] == [(False, "2015-05")]
    # a lead whose only phrase is a duration still carries the news of the day
    text = "Fighting raged for three days around the town, a monitoring group said."
    days = tx(text, "three days", "P3D", None, type_="DURATION")
    assert [(d.lead, d.value) for d in extract_mentions(text, None, "2016-03-26", [days], [])] \
        == [(True, "2016-03-26")]


def test_pages_without_stops_stay_fast():
    """Hostile input: a megabyte of text with no sentence end, or nothing but initials
    (both took minutes while the splitter and the title trimmer were quadratic)."""
    text = "word, " * 150_000 + "on Friday" + " and more" * 1000
    i = text.index("on Friday")
    drafts = extract_mentions(text, None, "2020-01-03",
                              [T(i, i + 9, "on Friday", "DATE", "2020-01-03", "2020-01-03",
                                 "2020-01-03", "day")], [])
    assert len(sentence_spans("A. " * 20_000)) == 1
    assert drafts[-1].phrase == "on Friday" and len(drafts[-1].title) <= 101


def test_the_past_day_in_a_report_is_the_day_of_the_report():
    text = "Russian jets carried out 40 air sorties near Palmyra in the past day, officials said."
    timexes = [tx(text, "the past day", "P1D", None, type_="DURATION")]
    drafts = extract_mentions(text, None, "2016-03-26", timexes, [])
    day = [d for d in drafts if not d.lead]
    assert len(day) == 1
    assert (day[0].value, day[0].start_date, day[0].granularity) == ("2016-03-26", "2016-03-26",
                                                                     "day")
    assert day[0].phrase == "the past day"
    # other durations stay durations: no calendar span, no event
    text = "The siege lasted three weeks, officials said."
    assert [d for d in extract_mentions(text, None, "2016-03-26",
                                        [tx(text, "three weeks", "P3W", None, type_="DURATION")],
                                        []) if not d.lead] == []


def test_title_drops_attribution_with_a_second_date_left_in_it():
    s = ("Russia's defense ministry said on March 26 that Russian jets carried out 40 air sorties "
         "near Palmyra in the past day, killing over 100 militants.")
    assert title(s, "the past day").startswith("Russian jets carried out 40 air sorties")


def test_two_dates_in_one_sentence_title_their_own_conjuncts():
    text = ("Syrian troops have been on the offensive since last week and on Tuesday captured "
            "Hill 900, the Observatory said.")
    timexes = [tx(text, "last week", "2016-W10", "2016-03-07", "2016-03-13", "week"),
               tx(text, "Tuesday", "2016-03-15", "2016-03-15")]
    week, tuesday = [d for d in extract_mentions(text, None, "2016-03-18", timexes, [])
                     if not d.lead]
    assert week.title == "Syrian troops have been on the offensive"
    assert tuesday.title.startswith("Syrian troops captured Hill 900")
    # an "and" between nouns is not a clause boundary
    text = "Troops fought the militants and other insurgents since September, backed by jets."
    timexes = [tx(text, "September", "2015-09", "2015-09-01", "2015-09-30", "month")]
    (sept,) = [d for d in extract_mentions(text, None, "2016-03-18", timexes, []) if not d.lead]
    assert "militants and other insurgents" in sept.title


@pytest.mark.parametrize("sentence,phrase,title", [
    ("The site, most of which dates back to the 1st and 2nd Century when the region was "
     "under Roman rule, is dominated by a colonnaded street.", "2nd Century",
     "Most of the site dates back to when the region was under Roman rule"),
    ("Talks were held between March 3 and March 9 in Geneva.", "March 9", "Talks were held in Geneva"),
    ("Prices rose between 1990 and 1995 in the north.", "1995", "Prices rose in the north"),
    ("He arrived on Tuesday and left.", "Tuesday", "He arrived and left"),
])
def test_title_drops_the_first_half_of_a_coordinated_date(sentence, phrase, title):
    i = sentence.index(phrase)
    assert title_and_terms(sentence, i, i + len(phrase))[0] == title
