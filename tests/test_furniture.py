"""Reader comments, schedules, subscribe lines and live-page stamps make no events (issue 19).

The pages here are written for the test, in the shapes real copies take when a
page lost its layout: furniture run into the lines of prose.
"""

from __future__ import annotations

from store.clean import furniture_spans
from store.ingest import analyse
from store.model import RawArticle


def drafts(text: str, published: str = "2010-01-14"):
    return analyse(RawArticle(source="t", text=text, published=published)).mentions


def furniture(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


ARTICLE = ("The bridge over the river reopened on Tuesday after three months of repairs.\n"
           "Engineers said the work had cost more than expected.\n")


# ------------------------------------------------------------- comment threads

def test_a_comment_thread_with_handles_and_stamps_makes_no_events():
    text = ARTICLE + (
        "At 9:41 pm on 12 Jan 2010, riverwatcher wrote: I drove over it on Wednesday and it "
        "was already cracked.\n"
        "They said the same thing in 2008.\n"
        "At 10:02 pm on 12 Jan 2010, Anne Lowry wrote: It will close again next spring.\n")
    assert covered(text, "I drove over it on Wednesday")
    assert covered(text, "They said the same thing in 2008")
    assert not covered(text, "The bridge over the river reopened")
    phrases = {d.phrase for d in drafts(text)}
    assert "Tuesday" in phrases
    assert not phrases & {"Wednesday", "2008", "next spring", "12 Jan 2010"}


def test_posted_by_handles_after_their_comments_end_the_article():
    text = ("The senator announced the bill on Monday.\n"
            "By Jo Park | March 3, 2009; 11:19 AM ET I think he will lose the vote on Friday.\n"
            "Sad day Posted by: Kestrel | March 3, 2009 12:05 PM | Report abuse He was right "
            "in 2004 and he is right now.\n")
    assert covered(text, "I think he will lose the vote on Friday")
    assert covered(text, "He was right in 2004")
    assert not covered(text, "The senator announced the bill")
    phrases = {d.phrase for d in drafts(text, "2009-03-03")}
    assert "Monday" in phrases and "Friday" not in phrases and "2004" not in phrases


def test_a_quoted_blogger_who_wrote_is_not_a_comment():
    text = ("The aid workers arrived on Friday.\n"
            "Blogger Sam Ortiz, in the capital, wrote: \"Thousands of people slept outside on "
            "Thursday.\"\n")
    assert furniture(text) == []
    assert "Thursday" in {d.phrase for d in drafts(text)}


# ------------------------------------------------------------- schedules and subscribe lines

def test_programme_schedules_make_no_events():
    text = (ARTICLE +
            "The concert will be repeated on Sunday 13 September at 2pm.\n"
            "The afternoon brings live commentary of Leeds versus Hull from the stadium.\n"
            "Her documentary is broadcast on Saturdays at 9.30 pm and online.\n")
    for line in ("The concert will be repeated", "live commentary of Leeds versus Hull",
                 "Her documentary is broadcast on Saturdays"):
        assert covered(text, line), line
    assert {d.phrase for d in drafts(text)} == {"Tuesday"}


def test_a_news_sentence_about_a_broadcast_is_not_a_schedule():
    text = ("The appeal will be broadcast on all channels on Friday, the charities said.\n"
            "The singer watched the match live on television on Saturday.\n")
    assert furniture(text) == []
    phrases = {d.phrase for d in drafts(text)}
    assert {"Friday", "Saturday"} <= phrases


def test_a_listings_page_is_furniture_from_its_first_slot():
    text = ("Radio listings for the week.\n"
            "7.00-9.00 pm RADIO TWO The band play their new album live on Tuesday.\n"
            "Presenter: Max Ford\n"
            "9.00-10.30 pm RADIO TWO A look back at the festival of 1969.\n"
            "10.30-11.00 pm RADIO TWO News and weather for the weekend.\n")
    assert covered(text, "The band play their new album live on Tuesday")
    assert drafts(text, "2010-06-01") == [] or all(
        d.lead or d.phrase == "" for d in drafts(text, "2010-06-01"))


def test_subscribe_lines_are_furniture():
    text = (ARTICLE + "Subscribe to Harbour Notes You can stay up to date with Harbour Notes "
            "via these feeds.\n")
    assert covered(text, "Subscribe to Harbour Notes")
    assert not covered(text, "Engineers said the work")


# ------------------------------------------------------------- live pages

LIVE = ("Live: the earthquake and the rescue effort.\n"
        "1132 A spokeswoman for the food agency says its warehouse in the capital is standing.\n"
        "0948 Rescue teams from three countries landed on Wednesday.\n"
        "15:54 The airport reopened to aid flights this afternoon.\n")


def test_live_entry_stamps_are_furniture_but_their_entries_are_not():
    spans = furniture(LIVE)
    assert "1132" in spans and "0948" in spans and "15:54" in spans
    assert not covered(LIVE, "Rescue teams from three countries")


def test_a_live_entry_title_does_not_open_with_its_stamp():
    ds = drafts(LIVE)
    wednesday = next(d for d in ds if d.phrase.endswith("Wednesday"))
    assert wednesday.title.startswith("Rescue teams from three countries landed")
    assert not wednesday.sentence.startswith("0948")
    assert LIVE[wednesday.sentence_start:wednesday.sentence_end] == wednesday.sentence
    assert all(not d.title[:1].isdigit() for d in ds)


def test_a_chronology_of_years_is_not_a_live_page():
    text = ("Timeline of the company.\n"
            "2001 The company was founded in Leeds.\n"
            "2005 The company moved to Manchester.\n")
    assert furniture(text) == []


def test_a_byline_stamp_run_into_the_first_sentence_does_not_open_the_lead():
    text = ("Susan Fell | 18:00 UK time, Saturday, 25 April 2009 Doctors are worried about the "
            "new virus which the agency warned today could spread.\n")
    assert covered(text, "Susan Fell | 18:00 UK time")
    assert not covered(text, "Doctors are worried")
    ds = drafts(text, "2009-04-25")
    assert ds and all(d.title.startswith("Doctors are worried") or d.title.startswith("The agency")
                      or "virus" in d.title for d in ds)
    assert all("Susan Fell" not in d.title for d in ds)


def test_a_thread_of_dated_comments_without_handles_makes_no_events():
    text = (ARTICLE +
            "3rd May 2011 - 17:42 This comment was removed by the moderators.\n"
            "3rd May 2011 - 18:05 He should have resigned in 2009 like the others.\n")
    assert covered(text, "He should have resigned in 2009")
    assert {d.phrase for d in drafts(text, "2011-05-03")} == {"Tuesday"}


def test_a_timeline_of_dated_entries_is_not_a_thread():
    text = ("Timeline of the quake.\n"
            "12 January 2010 - 16:53 The earthquake struck near the capital.\n"
            "13 January 2010 - 09:00 The first aid flights landed.\n")
    assert furniture(text) == []


def test_a_page_date_line_run_into_the_story_does_not_open_its_titles():
    text = ("Markets\n"
            "Tuesday, March 3, 2009; Page D01 LONDON, March 2 -- Shares in the bank fell by a "
            "third on Monday after it warned of new losses.\n")
    assert covered(text, "Tuesday, March 3, 2009; Page D01")
    monday = next(d for d in drafts(text, "2009-03-03") if d.phrase.endswith("Monday"))
    assert monday.title.startswith("Shares in the bank fell by a third")


def test_a_dated_update_stamp_and_its_link_do_not_open_the_lead():
    text = ("13 July 2010 Last updated at 09:43 GMT Help Engineers have installed a new cap on "
            "the leaking well, officials say.\nIt is hoped the cap will hold.\n")
    assert covered(text, "13 July 2010 Last updated at 09:43 GMT Help")
    assert not covered(text, "Engineers have installed")
    lead = next(d for d in drafts(text, "2010-07-13") if d.lead)
    assert lead.title.startswith("Engineers have installed a new cap")


def test_readers_comments_under_added_stamps_are_a_thread():
    text = ("The appeal raised money on Monday.\n"
            "Added: Tuesday, 19 January, 2010, 16:20 GMT 16:20 UK We really appreciate the "
            "help given last week.\n"
            "Added: Tuesday, 19 January, 2010, 16:25 GMT 16:25 UK Africa must help next year.\n")
    assert covered(text, "We really appreciate the help given last week")
    assert not covered(text, "The appeal raised money on Monday")
    phrases = {d.phrase for d in drafts(text, "2010-01-19")}
    assert "Monday" in phrases and not phrases & {"last week", "next year"}


def test_a_you_can_listen_notice_is_a_schedule_but_a_weekday_is_not_a_channel():
    text = ("The report aired last week.\n"
            "You can listen to Rivers Rising, a report from the delta, on World Service on Sunday.\n"
            "You can watch the floods rise on Monday as the rain continues.\n")
    assert covered(text, "You can listen to Rivers Rising")
    assert not covered(text, "You can watch the floods rise on Monday")


# ------------------------------------------------------------- fourth round: page labels

def test_programme_notes_and_page_self_descriptions_make_no_events():
    text = (ARTICLE +
            "Morning Report is broadcast live and the running order is subject to change.\n"
            "Desert Tunes -- Jo Marsh Tom Reid's guest today is Jo Marsh, the architect.\n"
            "This video clip is published as part of City Online and was first broadcast on "
            "3 May 2010.\n"
            "Repairs Ahead This is part of a series on Our Bridges called \"Fixing the Crossings.\"\n"
            "-- Mayor's video statement, September 18, 2008.\n")
    for line in ("Morning Report is broadcast live", "Tom Reid's guest today is Jo Marsh",
                 "This video clip is published as part of", "This is part of a series on",
                 "-- Mayor's video statement, September 18, 2008."):
        assert covered(text, line), line
    assert {d.phrase for d in drafts(text)} == {"Tuesday"}


def test_news_about_broadcasts_series_and_sources_stays():
    text = ("The final was broadcast live on Sunday to 40 million viewers.\n"
            "This is part of a series of cuts the council announced on Monday.\n"
            "This guest of the mayor arrived on Wednesday.\n"
            "-- The strike began on Thursday, September 18, 2008.\n")
    assert furniture(text) == []
    assert {"Sunday", "Monday", "Wednesday"} <= {d.phrase for d in drafts(text)}


def test_readers_posts_on_a_live_page_make_no_events():
    text = (ARTICLE +
            "1336 Mara Lind, Norway, e-mails: My brother was in the capital on Tuesday night.\n"
            "1340 Rescuers reached the collapsed school on Wednesday.\n"
            "Ola Berg from Bergen, Norway, writes: \" We drove to the border yesterday.\n"
            "The queues were three miles long on Monday.\"\n"
            "1402 The port reopened on Thursday, officials said.\n")
    for post in ("My brother was in the capital", "We drove to the border yesterday",
                 "The queues were three miles long"):
        assert covered(text, post), post
    phrases = {d.phrase for d in drafts(text)}
    assert {"Wednesday", "Thursday"} <= phrases
    assert not phrases & {"Tuesday night", "yesterday", "Monday"}


def test_a_last_updated_stamp_with_a_colon_and_dash_is_furniture():
    text = ("Last updated: - 14:10 GMT Floods: the struggle to reach the valley\n" + ARTICLE)
    assert covered(text, "Last updated: - 14:10 GMT")
    assert not covered(text, "the struggle to reach the valley")
