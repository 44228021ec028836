"""Issue 19, eleventh round: the writer's own views make no events (store/opinion.py).

A judging opening ("It is unclear whether ...") on any page, and on a page that quotes
hardly anyone, a present judgement, an "ought" or a call to the reader: what they date is
an opinion, not a happening. Reports, quoted views and past happenings on the same pages
stay. The pages are written for the test.
"""

from __future__ import annotations

from store.clean import furniture_spans
from store.ingest import analyse
from store.model import RawArticle


def phrases(text: str, published: str = "2009-03-02") -> list[str]:
    mentions = analyse(RawArticle(source="t", text=text, published=published)).mentions
    return [m.phrase for m in mentions if not m.lead]


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


# an essay: many sentences, no one quoted, the writer's "we" and "should"
ESSAY = (
    "The lessons of the last crisis are easy to forget.\n"
    "In 1929 the stock market crashed and thousands of banks failed within three years.\n"
    "Credit dried up and factories closed across the country.\n"
    "We have seen the same pattern before, and we should not ignore it now.\n"
    "A global credit collapse is a real danger in the spring.\n"
    "When the finance ministers meet on Saturday, they should agree on a common plan.\n"
    "Our leaders must act before the summer recess.\n"
    "Let's hope the markets calm down by Easter.\n"
    "Is there any reason to wait?\n"
    "The central bank cut its main rate to 1 percent on Thursday.\n"
    "Nobody knows where this ends.\n"
)


def test_a_present_judgement_on_an_essay_page_makes_no_event():
    assert covered(ESSAY, "in the spring")
    assert "the spring" not in phrases(ESSAY)


def test_an_ought_and_a_call_to_the_reader_on_an_essay_page_make_no_event():
    assert covered(ESSAY, "before the summer recess")
    assert covered(ESSAY, "by Easter")


def test_past_happenings_and_a_scheduled_meeting_on_an_essay_page_stay():
    # guards: the history an essay retells, a meeting's date before its "should", a rate cut
    found = phrases(ESSAY)
    assert "1929" in found
    assert "Thursday" in found
    assert "Saturday" in found


# a report: it quotes people, and its present judgements are not the writer's essay
REPORT = (
    "The central bank cut its main rate on Thursday, officials said.\n"
    "\"The economy is in a deep hole,\" the governor said.\n"
    "Analysts said the move was expected.\n"
    "The bank's next meeting is a key test in April.\n"
    "Markets rose after the announcement, traders said.\n"
    "The finance minister told reporters he would meet his counterparts next week.\n"
    "Unions said they would strike in May.\n"
    "The governor said rates could fall further.\n"
)


def test_a_present_statement_on_a_report_page_stays():
    # guard: the page quotes people throughout, so its sentences are the report's
    assert "April" in phrases(REPORT)


def test_a_judging_opening_makes_no_event_on_any_page():
    text = REPORT + ("It is unclear whether the bill will pass before the recess next month.\n"
                     "It's quite possible that rates will fall again in June.\n")
    assert covered(text, "next month")
    assert covered(text, "in June")


def test_a_judging_opening_with_its_holder_or_a_quotation_stays():
    # guards: a view with whose it is, or what it quotes, is news
    text = REPORT + ("It is unclear whether the bill will pass next month, the senator said.\n"
                     "It is likely that the vote comes \"within days\" of the recess in June.\n")
    assert not covered(text, "next month")
    assert not covered(text, "in June")


def test_it_was_unclear_is_a_reports_own_account_and_stays():
    # guard: a past "it was unclear" tells what was known then
    text = REPORT + "It was unclear how the talks in Geneva ended on Friday.\n"
    assert not covered(text, "on Friday")


def test_the_writers_presence_on_an_essay_page_stays():
    # guard: "We are here this week to ...": where the writer is, is news
    text = ESSAY + "We are here this week to watch the summit open.\n"
    assert not covered(text, "this week")


# an author's note: works with publisher and year
def test_an_authors_list_of_works_makes_no_event():
    text = ("Floods will return to the valley within a decade, the report warned on Monday.\n"
            "John Smith teaches geography at a college in York. He is the author of Rivers and "
            "Us (Harbour, 2009), and has written The Long Flood (Riverside, 2004; Penguin, "
            "2006), among other books.\n")
    assert covered(text, "2009")
    assert covered(text, "2004")
    assert not covered(text, "Monday")


def test_one_book_cited_with_its_year_stays():
    # guard: a report may cite one book; a list of works is what makes the note
    text = ("In his memoir (Harbour, 2009) the former minister says he warned the cabinet in "
            "March 2003.\n")
    assert not covered(text, "March 2003")


def test_readers_comments_under_a_report_are_judged_on_their_own():
    # a report that quotes people, then a long tail of readers' views in their own voice
    report = "".join(f"The council said on day {i} that the bridge repairs were going well, "
                     f"officials said.\n" for i in range(1, 9))
    comments = ("I think the council has wasted our money for years.\n"
                "We should not trust anything they say about the bridge.\n"
                "Why do we pay for this?\n"
                "The toll should be cut to 2 pounds on Monday and stay there.\n"
                "Our roads are a disgrace and my street is full of holes.\n"
                "I have lived here for twenty years.\n"
                "We all know what happens next.\n"
                "Is anyone listening to us?\n"
                "My neighbours agree with me.\n"
                "We need a new council.\n"
                "I will vote them out.\n"
                "Our town deserves better.\n"
                "I hope someone reads this.\n"
                "We deserve answers from them.\n"
                "My taxes keep going up every year.\n"
                "Why is nothing ever fixed here?\n"
                "I agree with the last comment.\n"
                "We have to speak up now.\n"
                "My family feels the same way.\n")
    text = report + comments
    assert covered(text, "on Monday")


def test_a_report_without_a_tail_of_views_keeps_its_oughts():
    # guard: the same report, its own "should" with a date and no readers under it
    text = "".join(f"The council said on day {i} that the bridge repairs were going well, "
                   f"officials said.\n" for i in range(1, 16))
    text += "The toll should be cut to 2 pounds on Monday, the mayor said.\n"
    assert not covered(text, "on Monday")


def test_the_writers_own_doings_on_an_essay_page_make_no_event():
    text = ESSAY + ("I had a long talk with a banker from Zurich yesterday.\n"
                    "My wife and I booked tickets for the conference in June.\n")
    assert covered(text, "yesterday")
    assert covered(text, "in June")


def test_the_writers_report_of_what_they_think_or_where_they_are_stays():
    # guards: a correspondent's "I think ..." passes on a view it reports; "We are here" is
    # where they are; a fact the writer introduces after a colon is news
    text = ESSAY + ("I think the mood in the markets will stay gloomy until March.\n"
                    "I like this chart: Exports fell by a third between 2007 and 2009.\n")
    assert not covered(text, "until March")
    assert not covered(text, "2007")


# a link or a page's heading with its date, run into what follows
def test_a_headings_date_makes_no_event_but_the_sentence_run_into_it_stays():
    text = ("Flood in the valley: Your pictures Friday 15 January Up to 500 soldiers will reach "
            "the valley by Monday to help the rescue, officials say.\n"
            "Rain is expected to continue.\n")
    assert covered(text, "Friday 15 January")
    assert not covered(text, "by Monday")


def test_a_live_entry_that_tells_stays():
    # guard: a label, then a sentence with its verb and date, is an entry, not a link
    text = "Update: the river rose above the bridge 15 January and the town was evacuated.\n"
    assert not covered(text, "15 January")


def test_a_question_after_a_fronted_clause_makes_no_event():
    text = REPORT + "And, if the talks fail, what will happen on Friday night?\n"
    assert covered(text, "on Friday night")


def test_a_statement_after_a_fronted_clause_stays():
    # guard: "If X, Y will ..." tells what is planned, and has no question mark
    text = REPORT + "If the talks fail, the union will strike on Friday night.\n"
    assert not covered(text, "on Friday night")


def test_a_question_after_its_label_makes_no_event():
    text = REPORT + "1937: Big questions for tonight: what will the mayor say about the bridge?\n"
    assert covered(text, "tonight")


def test_a_chance_weighed_with_no_holder_makes_no_event():
    text = REPORT + "There is also a chance that the union will strike again this year.\n"
    assert covered(text, "this year")
    # guard: with whose estimate it is, it is news
    held = REPORT + "There is a 50% chance that the river will flood by Friday, forecasters say.\n"
    assert not covered(held, "by Friday")


def test_a_live_pages_roll_of_contributors_makes_no_event():
    text = ("The minister resigned on Monday, officials said.\n"
            "Anna Berg Chief economics correspondent, City News 1633: Tom Hale Home affairs "
            "correspondent, City News 1642: Jo Reed, who lives next to the old airfield 1649: "
            "Sam Cole Political editor 1651: Sam Cole Political editor\n")
    assert covered(text, "1649")
    assert not covered(text, "on Monday")


def test_a_live_pages_entries_run_into_one_line_stay():
    # guard: entries that tell what happened, each a sentence, are the page's news
    text = ("1633: The minister resigned. 1642: Police closed the bridge after the flood. "
            "1649: The mayor said the town was safe. 1651: Schools were shut.\n")
    assert not covered(text, "1649")
