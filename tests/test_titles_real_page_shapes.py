"""Titles, sixth round (issue 19): shapes from fresh draws of real pages, in sentences of
our own. Each test fails on the fifth round's code except the guards against over-reach."""

from store.clean import furniture_spans
from store.mention_titles import title_and_terms
from store.sentences import sentence_spans


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_share_of_which_names_its_head():
    t = title("The old harbour, most of which dates back to the 14th century when the port was "
              "ruled from Genoa, is lined with warehouses.", "14th century")
    assert t.startswith("Most of the old harbour dates back")
    assert "of which" not in t


def test_a_share_of_whom_names_its_head():
    t = title("The strikers, many of whom walked out in March after the pay offer was cut by "
              "the board, returned to the plant gates with banners and drums.", "March")
    assert t.startswith("Many of the strikers walked out")


def test_a_second_reported_clause_after_and_that_is_the_later_dates_own():
    s = ("The mediator also said he gave both delegations papers to read over the holiday and "
         "that when the talks resume on Thursday, he will press for a shared draft of the "
         "border agreement.")
    later = title(s, "Thursday")
    assert later.startswith("He will press for a shared draft")
    earlier = title(s, "the holiday")
    assert "and that" not in earlier and "when the talks resume" not in earlier
    assert "papers to read" in earlier


def test_and_that_of_is_no_reported_clause():
    s = ("The minister said the budget for the navy rose in 2012, and that of the army "
         "fell, while the air force kept the same share of the money for the fourth year.")
    assert "navy rose" in title(s, "2012")


def test_an_empty_clause_after_the_happening_goes():
    t = title("Local traders who had left the valley also said the militia had mined the old "
              "bridge, although they had done it about three weeks ago.", "about three weeks ago")
    assert t.endswith("mined the old bridge")


def test_a_clause_with_its_own_content_stays():
    t = title("The militia mined the old bridge, although the army had cleared the road "
              "three weeks ago.", "three weeks ago")
    assert "the army had cleared the road" in t


def test_a_due_aside_goes_with_its_date():
    t = title("He said that by the time the firm publishes its annual accounts, due in March, "
              "they hoped to know what the recall would cost the company in all.", "March")
    assert "due" not in t.split()[:12] and "due," not in t
    assert "they hoped to know" in t


def test_a_verbless_fronted_phrase_gives_way_to_the_clause_it_dates():
    t = title("Weeks before the vote in early May of 1952, the senator attacks his rivals for "
              "ignoring the farmers and the needs of the mill towns.", "early May of 1952")
    assert t.startswith("The senator attacks his rivals")


def test_who_after_a_named_person_is_about_that_person():
    t = title("Lawyers for Ms Okafor, who will face the tribunal later this year, have argued in "
              "recent weeks that the contract was never signed by the ministry.", "later this year")
    assert t.startswith("Ms Okafor will face the tribunal")


def test_who_after_a_common_noun_keeps_that_noun():
    t = title("The team of engineers, who will inspect the dam later this year, have argued in "
              "recent weeks that the spillway was never finished by the contractor.",
              "later this year")
    assert "Ms" not in t and "engineers" in t.lower()


def test_a_role_after_a_name_gives_way_to_the_verb():
    t = title("Maria Costa, deputy finance minister under Prodi who was due to join the central "
              "bank, instead is expected to be named head of the audit office for the whole "
              "region, party officials said yesterday.", "yesterday")
    assert t.startswith("Maria Costa instead is expected to be named head of the audit office")


def test_a_name_and_a_verb_after_its_comma_is_no_role():
    t = title("The vote was held in Porto Alegre, and opposition leaders walked out of the "
              "chamber on Tuesday before the count of the ballots from the northern districts "
              "had even begun.", "Tuesday")
    assert "walked out" in t


def test_a_quotation_to_the_end_keeps_its_opening_adverbial_out_of_it():
    t = title('Speaking afterwards, the coach said of the defeat: " We lost our heads today.',
              "today")
    assert t == 'The coach said of the defeat: "We lost our heads"'


def test_a_verbless_subject_before_an_adverb_aside_keeps_the_sentence():
    s = ("Cheap loans, especially in housing, and cheap oil in the shipping trade may be alike "
         "in the harm they do.")
    t = title_and_terms(s, 0, 0, lead=True)[0]
    assert t.startswith("Cheap loans")


def test_and_that_with_a_modal_is_a_pronoun_not_a_reported_clause():
    t = title("I think you can wait for the market to turn, and that could be a year from now "
              "or two years from now.", "two years from now")
    assert not t.startswith("Could")


def test_a_role_opening_a_list_of_names_is_kept_with_its_list():
    t = title("Guests included the Rev Anne Doyle, former city councillor, and the Rev Tom Hale, "
              "who wrote the diocese's 2011 report on housing, with teachers and nurses from the "
              "parish.", "2011")
    assert t.startswith("The Rev Tom Hale wrote")


def test_a_title_before_a_name_and_its_verb_is_no_fronted_phrase():
    s = ("The head of the national ports authority, Jane Roe, has formally declared that the "
         "strike at the container docks is now over; the first such ruling in a decade.")
    t = title_and_terms(s, 0, 0, lead=True)[0]
    assert t.startswith("The head of the national ports authority")


def test_a_subordinate_clause_after_and_later_gives_way_to_the_main_clause():
    t = title("When she first joined the city council in 2004, and later when she became mayor "
              "in 2010, there was little reason to expect Ortega to rebuild the whole transport "
              "network.", "2010")
    assert t.startswith("There was little reason to expect Ortega")


def test_a_chat_answer_in_the_first_person_says_who_answers():
    t = title("Maria Lund: Our report was an attempt to show how the talks over the rail "
              "franchises got stuck in 2003.", "2003")
    assert t.startswith('Maria Lund said: "Our report was an attempt')


def test_a_label_before_third_person_words_is_left_alone():
    t = title("Update: The ferry operator cancelled all crossings to the island on Tuesday "
              "because of the storm.", "Tuesday")
    assert "said" not in t and "ferry operator cancelled all crossings" in t


def test_one_dated_comment_line_makes_no_event():
    text = ("The bridge over the river reopened on Tuesday after three months of repairs.\n"
            "Engineers said the new deck would last for fifty years.\n"
            "4th June 2012 - 21:15 This comment was removed because it broke the house rules.\n")
    spans = furniture_spans(text)
    stamp = text.index("4th June")
    assert any(a <= stamp < b for a, b in spans)
    assert not any(a <= text.index("The bridge") < b for a, b in spans)


def test_one_dated_line_of_news_is_no_comment():
    text = ("Timeline of the storm.\n"
            "4th June 2012 - 21:15 The river burst its banks near the old mill.\n")
    stamp = text.index("4th June")
    assert not any(a <= stamp < b for a, b in furniture_spans(text))


def test_a_reported_clause_in_he_keeps_who_he_is():
    t = title("In a speech at the harbour on Monday, Mayor Ines Varga said she believed the "
              "ferry link was vital to the islands but it had to be paid for.", "Monday")
    assert t.startswith("Mayor Ines Varga said she believed")


def test_a_reported_clause_naming_its_own_subject_loses_the_attribution():
    # (a report of what happened; a prediction, "will add", keeps who made it since the
    # tenth round: tests/test_titles_thin_and_speakers.py)
    t = title("The mayor said on Monday that the ferry company added two crossings a day "
              "to the islands last June.", "Monday")
    assert t.startswith("The ferry company added two crossings")


def test_the_close_of_a_quotation_does_not_open_a_title():
    t = title('Even in the good years it was never a profitable line, " the ferry company said '
              'in a statement yesterday announcing that it would close the island route over '
              'the next two months.', "yesterday")
    assert t.startswith("The ferry company said")


def test_a_date_that_completes_dated_stays():
    assert title("The memo was dated 3 March and made public on Friday.", "3 March") == \
        "The memo was dated 3 March and made public on Friday"


def test_a_period_ended_in_a_month_loses_ended_with_the_date():
    t = title("Carmakers, hit by weaker sales abroad, cut 12,000 jobs in the six months ended in "
              "June.", "June")
    assert t == "Carmakers, hit by weaker sales abroad, cut 12,000 jobs in the six months"


def test_an_article_agrees_with_the_word_after_the_date():
    t = title("A 2011 internal audit found that the agency had lost track of its vehicles.", "2011")
    assert t.startswith("An internal audit found")
    t = title("A 2011 one-off payment was made to every household in the town.", "2011")
    assert t.startswith("A one-off payment")


def test_meanwhile_after_a_lowercase_word_opens_a_sentence():
    text = ("The chief executive will meet the bank's investors on Friday Meanwhile, savers "
            "fear that the bank may cut its rates.")
    assert [text[a:b] for a, b in sentence_spans(text)][0] == \
        "The chief executive will meet the bank's investors on Friday"


def test_a_year_label_in_a_run_of_timeline_entries_opens_an_entry():
    text = ("2010: A blast at the refinery spills crude at a rate of 900 barrels a day 1994: "
            "Floods close the port and the river for two months.")
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans[1].startswith("1994: Floods close the port")


def test_a_year_after_a_preposition_is_no_label():
    text = "The plant was opened in 1994: the first of its kind in the whole region."
    assert len(sentence_spans(text)) == 1


def test_a_role_between_a_long_name_and_its_verb_goes_when_the_title_is_long():
    t = title('In a letter published on Monday, Labour councillor Anna Maria Kowalski, chair of '
              'the city planning and transport committee, wrote that the new bridge "was built '
              'too low for the boats and the council knew it".', "Monday")
    assert t.startswith("Anna Maria Kowalski wrote that")  # (the role before a name goes: cx18)


def test_the_place_of_a_saying_gives_way_to_what_was_said():
    t = title('The foreign minister of Chile said in an interview with the national radio '
              'network on Tuesday that the mining firm had to pay "a great deal more this year".',
              "this year")
    assert t == 'The foreign minister of Chile said that the mining firm had to pay "a great deal more"'


def test_a_short_name_role_and_verb_keep_the_role():
    t = title("Jan Berg, the mayor, resigned on Friday.", "Friday")
    assert t == "Jan Berg, the mayor, resigned"


def test_a_view_with_its_speaker_in_an_aside_says_whose_view():
    t = title("The new line, she said, would cost about $2 billion over the next decade.",
              "the next decade")
    assert t == "She said the new line would cost about $2 billion"
    t = title("Beyond the capital, the minister argued, the regions should get their own budgets "
              "by the end of next year.", "the end of next year")
    assert t.startswith("The minister argued beyond the capital the regions should get")


def test_a_happening_with_its_speaker_in_an_aside_is_left_alone():
    t = title("The line, she said, was closed on Monday after the storm.", "Monday")
    assert not t.startswith("She said")


def test_a_link_in_title_case_before_a_dateline_goes_with_it():
    s = ("More Stories From The Region LISBON -- The finance minister will step down in June, "
         "a government official said Tuesday.")
    t = title(s, "Tuesday")
    assert t.startswith("The finance minister will step down")


def test_is_said_to_is_no_attribution():
    t = title("The injured climber is said to be in a serious condition in the valley hospital, "
              "after being flown there on Sunday night from the north face.", "Sunday night")
    assert t.startswith("The injured climber is said to be in a serious condition")


def test_a_fronted_year_is_not_moved_onto_a_comparison_with_another():
    t = title("In 2015, farmers in the valley grew 4 percent less wheat, or 30,000 fewer tonnes, "
              "than in 2014, the ministry said.", "2014")
    assert "2015" not in t and t.startswith("Farmers in the valley grew 4 percent less wheat")


def test_or_next_goes_with_the_date_it_follows():
    t = title('Still, the bank expects prices to "settle" later this year or next.',
              "later this year")
    assert not t.endswith("next") and "settle" in t


def test_a_date_that_completes_is_stays():
    t = title("The planned opening date is 4 April, with all the takings going to the hospital "
              "fund and there is already talk of a second night.", "4 April")
    assert t == "The planned opening date is 4 April"
    assert title("The hearing is scheduled for next week.", "next week") == \
        "The hearing is scheduled for next week"


def test_a_date_after_is_and_a_place_still_goes():
    assert title("She was in Lisbon on Monday, and flew home.", "Monday") == \
        "She was in Lisbon, and flew home"


def test_an_aside_that_only_hedged_the_date_goes_with_it():
    t = title("The mayor said the council planned a series of fare rises, although not until next "
              "spring, that fall mostly on peak-hour travellers.", "next spring")
    assert "although" not in t and "fare rises that fall mostly" in t


def test_the_week_beginning_goes_with_its_date():
    t = title("The minister would not give a date for the vote, but said it would come probably "
              "in the week beginning 4 May.", "4 May")
    assert not t.endswith(("beginning", "probably", "week"))


def test_a_date_picked_by_a_superlative_stays():
    assert title("The ski resort had its busiest February ever, despite the poor snow.",
                 "February") == "The ski resort had its busiest February ever, despite the poor snow"


def test_a_season_joined_to_the_date_goes_with_it():
    s = "This spring and summer, the old port has seen a rush of cruise ships."
    assert title(s, "This spring") == "The old port has seen a rush of cruise ships"
    assert title(s, "summer") == "The old port has seen a rush of cruise ships"


def test_a_verbless_phrase_opened_by_and_or_in_dates_the_clause_after_it():
    s = ("In 1755 in Lisbon, a quake killed 30,000; in Messina in 1908, a 7.1-magnitude quake "
         "killed 75,000; and another in Chile in 1960, a 9.5-magnitude quake killed 1,600.")
    assert "9.5-magnitude quake killed 1,600" in title(s, "1960")
    assert title(s, "1908").startswith("A 7.1-magnitude quake killed 75,000")


def test_a_trailing_phrase_before_and_still_adds_to_the_clause_before():
    s = ("Copper fell below $5,000 a tonne yesterday, down from a peak of $9,000 in March, and "
         "miners said they may now close some of the older pits in the north.")
    assert title(s, "March").startswith("Copper fell below $5,000 a tonne")


def test_a_date_inside_a_quotation_after_was_stays():
    t = title('He was told by the port authority that the next free berth "was on 12 March".',
              "12 March")
    assert t.endswith('"was on 12 March"')


def test_then_with_a_comma_after_a_lowercase_word_opens_a_sentence():
    text = ("The repair may take all of Monday and possibly run into Tuesday Then, the divers "
            "will decide whether to seal the pipe.")
    assert [text[a:b] for a, b in sentence_spans(text)][1].startswith("Then, the divers")


def test_a_verbless_phrase_after_a_clause_is_not_fronted():
    t = title("The mayor agreed to the talks after a phone call on Sunday evening from the "
              "governor, the end of a long week in which the unions tried to change the terms of "
              "the strike by announcing a ballot.", "Sunday evening")
    assert t.startswith("The mayor agreed to the talks")
