"""Issue 19, second round: readers' own voice, questions, quotations, run-on headlines with
common or named openers, and a live page's entry stamps as the entry's time.

The pages are written for the test, in the shapes real copies take.
"""

from __future__ import annotations

import io
import json

from store.clean import furniture_spans
from store.ingest import analyse
from store.model import RawArticle
from store.sentences import sentence_spans
from store.titles import readable
from tui import cli


def drafts(text: str, published: str = "2010-01-14"):
    return analyse(RawArticle(source="t", text=text, published=published)).mentions


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


# ------------------------------------------------------------- own voice

REQUESTS = (
    "Are you trying to trace your family tree? Post your query here.\n"
    "Ann Price would like information about relatives from Tywyn: Ann: \" I am looking for my "
    "great grandfather, who left the town in 1881.\n"
    "My grandmother always said he went to sea.\n"
    "He married a girl from Aberdyfi in 1879.\n"
    "I have his baptism record but nothing after that.\n"
    "Can anyone help me please? \"\n"
    "Tom Hale wants to know more about the mill at Llanbrynmair: Tom: \" i found my gt "
    "grandads name on the 1891 census, weve been there twice last year.\n"
    "I would love to hear from anyone who knew the family.\n"
    "My mother thinks they moved to Chester in 1902.\n")


def test_a_page_of_readers_posts_makes_no_events_from_their_first_person():
    assert covered(REQUESTS, "I am looking for my great grandfather")
    assert covered(REQUESTS, "weve been there twice last year")
    assert covered(REQUESTS, "My mother thinks they moved to Chester in 1902")
    phrases = {d.phrase for d in drafts(REQUESTS)}
    assert "1879" in phrases  # a third-person sentence there still tells a happening
    assert not phrases & {"1881", "last year", "1902", "1891"}


def test_a_news_report_with_first_person_quotes_keeps_them():
    text = ("Rescuers pulled a girl from the rubble on Tuesday.\n"
            "\"I saw her hand move,\" said one of the firemen.\n"
            "\"My team had worked for two days,\" he told reporters on Wednesday.\n"
            "The girl's mother said she was in hospital.\n"
            "Officials said 30 schools had collapsed.\n"
            "The UN said aid would arrive on Friday.\n"
            "\"I have never seen anything like it,\" a nurse said.\n")
    assert not any(covered(text, p) for p in ("I saw her hand move", "My team had worked"))
    assert "Wednesday" in {d.phrase for d in drafts(text)}


def test_a_question_makes_no_event_but_a_statement_quoting_one_does():
    text = ("What kind of leader do voters want in 2012?\n"
            "The Pentagon said on Monday it will re-examine the question are the remains "
            "known?\n")
    assert covered(text, "What kind of leader")
    assert not covered(text, "The Pentagon said on Monday")
    phrases = {d.phrase for d in drafts(text)}
    assert "Monday" in phrases and "2012" not in phrases


def test_a_quotation_closed_by_its_attribution_names_the_speaker_first():
    t = 'We share that goal," said Mr Chernoff in a statement on his website'
    assert readable(t, t, t) == 'Mr Chernoff said in a statement on his website: "We share that goal"'
    t = 'The work will take a day or two," the engineer told reporters'
    assert readable(t, t, t) == 'The engineer told reporters: "The work will take a day or two"'


# ------------------------------------------------------------- run-on headlines

def test_a_headline_run_into_a_sentence_opening_with_a_common_word_is_split():
    text = ("Violence grips the slums of the capital after the storm Almost two weeks after the "
            "storm hit the coast, concern is growing about disease.\nAlmost nobody slept.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans[0] == "Violence grips the slums of the capital after the storm"
    assert spans[1].startswith("Almost two weeks after the storm hit the coast, concern")


def test_a_headline_run_into_a_sentence_opening_with_a_is_split():
    text = ("Many feared dead in valley flood A major loss of life is feared after the river "
            "burst its banks.\nHe was found to lack vitamin A and was treated.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans[:2] == ["Many feared dead in valley flood",
                         "A major loss of life is feared after the river burst its banks."]
    assert spans[2] == "He was found to lack vitamin A and was treated."


def test_a_caption_run_into_a_sentence_opened_by_a_name_is_split():
    text = ("A reporter assesses the damage at a farm Norway has begun a cull of thousands "
            "of salmon to stop the parasite spreading.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["A reporter assesses the damage at a farm",
                     "Norway has begun a cull of thousands of salmon to stop the parasite "
                     "spreading."]


def test_a_caption_run_into_a_sentence_opened_by_an_acronym_is_split():
    text = ("Volunteers cleaned the beach near the refinery ACME has stopped pumping oil into "
            "the bay after the leak.\n")
    assert [text[s:e] for s, e in sentence_spans(text)][1].startswith("ACME has stopped")


def test_names_and_dates_after_a_lowercase_word_do_not_split_the_first_line():
    for text in ("Engineers from the chemicals firm ACME are scrambling to stop the leak today.",
                 "The president is sending US troops to the island to help the relief effort.",
                 "The US oil giant BP has announced a record loss for the second quarter.",
                 "World leaders will gather in Washington Saturday for a summit on the crisis.",
                 "The singer LaToya Jackson has claimed her brother Michael was murdered.",
                 "President Bush returns a salute before boarding Marine One helicopter today."):
        assert [text[s:e] for s, e in sentence_spans(text)] == [text]


# ------------------------------------------------------------- live-page entries

LIVE = """<!DOCTYPE html>
<html><head><title>Flood: as it happened</title>
<meta property="article:published_time" content="2011-03-10T01:10:00Z">
</head><body><article>
<h1>Flood: as it happened</h1>
<p>0105 The Red Cross says its teams will start handing out water this morning.</p>
<p>0040 A second plane carrying doctors landed at the airport at 00:15, officials said.</p>
<p>2350 The UN says its peacekeepers began distributing food today in the capital.</p>
<p>2310 Rescuers pulled a girl alive from the rubble of a school this evening.</p>
<p>2130 An aftershock struck at 21:05, witnesses told reporters.</p>
</article></body></html>
"""


def test_a_live_pages_entry_stamp_dates_its_entry(tmp_path):
    page = tmp_path / "live.html"
    page.write_text(LIVE, encoding="utf-8")
    db = tmp_path / "live.db"
    parser = cli.build_parser()
    assert cli.cmd_ingest(parser.parse_args(["ingest", str(page), "--db", str(db)])) == 0
    out = io.StringIO()
    assert cli.cmd_events(parser.parse_args(["events", "--db", str(db)]), out) == 0
    by_phrase = {}
    for line in out.getvalue().splitlines():
        event = json.loads(line)
        for source in event["sources"]:
            by_phrase[source["phrase"]] = (event["value"], event["title"], source["anchor"])
    # before midnight, in a page of 10 March: the 9th
    assert by_phrase["today"][0] == "2011-03-09"
    assert "stamped 23:50" in by_phrase["today"][2] and "9 March 2011" in by_phrase["today"][2]
    assert by_phrase["this evening"][0] == "2011-03-09TEV"
    assert by_phrase["21:05"][0] == "2011-03-09T21:05"
    assert by_phrase["this morning"][0] == "2011-03-10TMO"
    assert by_phrase["00:15"][0] == "2011-03-10T00:15"
    # the stamps make no event and open no title
    assert not {"0105", "0040", "2350", "2310", "2130"} & set(by_phrase)
    assert not any(title[:4].isdigit() for _, title, _ in by_phrase.values())


def test_an_ordinary_article_and_a_diary_of_times_keep_the_publication_date():
    diary = ("10.00 am: I reached the records office.\n12.00 am: The power was cut.\n"
             "1.00 pm: The power came back today.\n3.00 pm: The clerk finished my papers.\n"
             "10.00 am: The shop opened.\n")
    today = [d for d in drafts(diary, "2009-05-01") if d.phrase == "today"]
    assert today and today[0].value == "2009-05-01"


def test_a_bare_quotation_of_a_view_makes_no_event_but_an_attributed_one_does():
    text = ("The agency raised its alert on Monday.\n"
            "\"It is spreading, but I don't think anyone should worry about what happened "
            "yesterday.\"\n"
            "\"We found the first case on Tuesday,\" the director said.\n")
    assert covered(text, "I don't think anyone should worry")
    assert not covered(text, "We found the first case on Tuesday")
    phrases = {d.phrase for d in drafts(text)}
    assert "Tuesday" in phrases and "yesterday" not in phrases


def test_a_view_that_says_it_is_one_makes_no_event():
    text = ("The central bank cut its rate on Thursday.\n"
            "It seems to me that the crash of 2008 taught the banks nothing.\n"
            "I guess the markets will fall again next year.\n")
    assert covered(text, "It seems to me that the crash of 2008")
    assert covered(text, "I guess the markets will fall again next year")
    phrases = {d.phrase for d in drafts(text)}
    assert "Thursday" in phrases and not phrases & {"2008", "next year"}


def test_a_page_of_posts_under_their_writers_names_makes_no_events_at_all():
    posts = "".join(
        f"{name} from {town} would like information about relatives: {name}: \" My family "
        f"left {town} in 18{60 + k}.\nHis brother married there in 18{70 + k}.\n"
        f"I would be grateful for any help. \"\n"
        for k, (name, town) in enumerate([("Ann", "Tywyn"), ("Tom", "Bala"), ("Rhys", "Towyn"),
                                          ("Mair", "Corwen"), ("Huw", "Dolgellau"),
                                          ("Beth", "Harlech")]))
    text = "Post your family history query on this page.\n" + posts
    assert covered(text, "His brother married there in 1870")
    assert not [d for d in drafts(text) if not d.lead]


def test_a_call_on_we_makes_no_event_unless_someone_is_reported_saying_it():
    text = ("The senate passed the bill on Monday.\n"
            "Even as we labor toward recovery, we must begin today to build a safer system.\n"
            "\"We must rebuild the bridge next year,\" the mayor said.\n")
    assert covered(text, "we must begin today to build a safer system")
    phrases = {d.phrase for d in drafts(text)}
    assert "Monday" in phrases and "next year" in phrases and "today" not in phrases


# ------------------------------------------------------------- the writer steps in (fourth round)

REPORT_WITH_NOTES = (
    "On 2nd April we moved this page to a new address.\n"
    "Firefighters said the blaze at the depot began on Monday night.\n"
    "\"It spread along the roof in minutes,\" said the station manager.\n"
    "The owner said the depot would reopen on Friday.\n"
    "Police told reporters that two men were arrested on Tuesday.\n"
    "\"We will rebuild by March,\" the owner said.\n"
    "The council said it would review the site's licence in May.\n"
    "Guess we'll be hearing more from the council on Thursday.\n"
    "Nationwide, we'll hold a collection on Saturday.\n"
    "They can rebuild because as we have seen, the insurers paid out in 2009.\n"
    "We're back tomorrow!\n")


def test_the_writers_own_first_person_lines_in_a_report_make_no_events():
    for note in ("On 2nd April we moved this page", "Guess we'll be hearing more",
                 "as we have seen, the insurers paid out in 2009",
                 "We're back tomorrow!", "Nationwide, we'll hold a collection on Saturday"):
        assert covered(REPORT_WITH_NOTES, note), note
    for news in ("the blaze at the depot began on Monday night",
                 "two men were arrested on Tuesday", "We will rebuild by March",
                 "review the site's licence in May"):
        assert not covered(REPORT_WITH_NOTES, news), news
    phrases = {d.phrase for d in drafts(REPORT_WITH_NOTES)}
    assert {"Monday night", "Tuesday", "Friday", "May"} <= phrases
    assert not phrases & {"2nd April", "Thursday", "tomorrow", "Saturday"}


def test_first_person_that_passes_on_news_or_sits_in_a_transcript_stays():
    # "we learned that ...": what follows is the news
    learned = REPORT_WITH_NOTES.replace("We're back tomorrow!",
                                        "Today we learned that the depot had failed an "
                                        "inspection in 2008.")
    assert not covered(learned, "failed an inspection in 2008")
    # a presenter's transcript, all spoken, quotes nothing: the speaker's own account
    transcript = ("Good evening from Havana. We are here this week to witness the Pope's visit.\n"
                  "We'll come back to Havana later in the broadcast.\n")
    assert not covered(transcript, "We are here this week")
    # a quotation running over paragraphs, and "World War I" as a numeral, are no writer
    quoted = REPORT_WITH_NOTES.replace(
        "We're back tomorrow!", "The mayor said: \"The depot has stood since World War I.\n"
        "We rebuilt it once in 1946 and we will again.\"")
    assert not covered(quoted, "We rebuilt it once in 1946")


def test_a_caption_or_byline_run_into_a_sentence_opening_with_a_preposition_or_article():
    text = ("Crews burned off part of the slick near the rig An earlier effort to cap the well "
            "failed on Monday.\n"
            "Harbour ready for spills By Jan Olsen Environment correspondent The harbour "
            "master said on Tuesday that booms were in place.\n"
            "Shareholders got no dividend At its worst the leak spilled 60,000 barrels a day "
            "in June.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert "An earlier effort to cap the well failed on Monday." in spans
    assert "At its worst the leak spilled 60,000 barrels a day in June." in spans
    assert any(s.startswith("By Jan Olsen") for s in spans)
    text = ("The nurse at the clinic fell ill Ninety-five new cases were confirmed on Friday.\n"
            "Nets were laid around the reef Following the survey, officials met on Monday.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert "Ninety-five new cases were confirmed on Friday." in spans
    assert "Following the survey, officials met on Monday." in spans
    # a letter or title after the noun that names it is no new sentence
    for kept in ("He took vitamin A supplements for years before the trial began in 2009.",
                 "The firm's Class A shares fell 4 percent on Friday.",
                 "The band released the album In Rainbows on its website in 2007.",
                 "He is on the FBI's 10 Most Wanted List since March.",
                 "He watched Formula One racing on the television every Sunday in 2009."):
        assert [kept[s:e] for s, e in sentence_spans(kept)] == [kept]


def test_a_headline_in_capitals_between_two_sentences_stands_alone():
    text = ("Readers sent in their photos from the coast and from the hills DAM BURSTS AFTER "
            "STORM Villagers were evacuated on Tuesday as the water rose.\n")
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert "DAM BURSTS AFTER STORM" in spans
    assert "Villagers were evacuated on Tuesday as the water rose." in spans
    kept = "He joined the NHS in 2004 and the WHO in 2009.\n"
    assert [kept[s:e] for s, e in sentence_spans(kept)] == [kept.strip()]
