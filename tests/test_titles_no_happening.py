"""Sentences that tell no happening a reader can scan make no events (issue 19, fifteenth
round): a question whatever its first word, a video's blurb ("X reports from Y"), the
writer's view carried on past a sentence already known to be the writer's, a generic
statement of what usually happens, a headline in title case standing as a sentence, and the
tail of a correction. Each stays in the stored text, as page furniture does. A claim that an
outlet reported keeps the outlet as its holder. Pages written for the test."""

from __future__ import annotations

from store.clean import furniture_spans
from store.mention_titles import title_and_terms


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


# questions ---------------------------------------------------------------------------

def test_a_question_with_no_question_word_makes_no_event():
    text = ("The council met on Monday to discuss the budget.\n"
            "Higher parking charges starting about two years ago when the car parks were full?\n"
            "The council voted on Tuesday.\n")
    assert covered(text, "Higher parking charges starting about two years ago")
    assert not covered(text, "The council voted on Tuesday")


def test_a_question_after_a_fronted_phrase_makes_no_event():
    text = ("In hard winters, do those of us who saved fuel in 2010 owe anything to those "
            "who did not?\nThe heating allowance rose by a fifth in 2011.\n")
    assert covered(text, "do those of us who saved fuel")
    assert not covered(text, "The heating allowance rose")


def test_a_quoted_question_is_reported():  # guard
    text = ('The inspector, who had driven over from the county office, asked the builder on '
            'Friday: "Did you check the beams?"\n'
            'In an interview last week, the mayor said, "What are we paying for?"\n')
    assert not covered(text, "The inspector, who had driven over")
    assert not covered(text, "In an interview last week, the mayor said")


def test_a_question_someone_is_said_to_wonder_about_is_reported():  # guard
    text = ("As of last month, the baker had only ten pounds in her account, which leaves "
            "her asking herself: How will she pay the rent in March?\n")
    assert not covered(text, "the baker had only ten pounds")


def test_a_question_after_a_told_clause_keeps_the_clause():  # guard
    text = ("The engineers have tried and failed since May to seal the tunnel, but could "
            "the villagers' old method work?\n")
    assert not covered(text, "The engineers have tried and failed since May")


def test_a_question_run_on_after_a_sentence_leaves_the_sentence():  # guard: the new rule keeps it
    text = ("The second bridge is not due to open until early June What is the best "
            "way to cross a river?\n")
    assert not covered(text, "The second bridge is not due to open until early June")
    assert covered(text, "What is the best way to cross a river?")


# a video's or a programme's blurb -----------------------------------------------------

def test_a_reporters_blurb_makes_no_event():
    text = ("Anna Brook reports from the flooded town of Carlisle, as the clean-up "
            "begins on Monday.\nThe river burst its banks on Sunday night.\n")
    assert covered(text, "Anna Brook reports from the flooded town")
    assert not covered(text, "The river burst its banks")


def test_a_broadcasters_blurb_with_guests_makes_no_event():
    text = ("The BBC's Tom Hale describes the scene at the harbour after Tuesday's storm.\n"
            "Jo Reed and guests discuss how towns can prepare for the next winter.\n"
            "The harbour wall collapsed on Tuesday.\n")
    assert covered(text, "The BBC's Tom Hale describes the scene")
    assert covered(text, "Jo Reed and guests discuss")
    assert not covered(text, "The harbour wall collapsed")


def test_a_blurb_run_into_the_news_leaves_the_news():
    text = ("Anna Brook reports from Carlisle A bridge has collapsed in the city after a week "
            "of rain. More rain is expected on Friday.\n")
    assert covered(text, "Anna Brook reports from Carlisle")
    assert not covered(text, "A bridge has collapsed in the city")
    assert not covered(text, "More rain is expected on Friday")


def test_what_a_named_person_explains_is_reported():  # guard
    text = ("Ms Hale explains that the bridge was closed on Monday.\n"
            "Anna Brook explains that the council will vote on Friday.\n"
            "Northern Rail reports a loss of 3 million pounds for the year to March.\n")
    assert not covered(text, "Ms Hale explains that the bridge")
    assert not covered(text, "Anna Brook explains that the council")
    assert not covered(text, "Northern Rail reports a loss")


# the writer's view carried on ---------------------------------------------------------

BLOG = ("Notes from the valley\n"
        "I have walked these hills since 1990 and have written about the drought for years.\n"
        "I have also reported on the floods that cost the farms their crops each spring.\n"
        "{next}\n"
        "I will try to chart the drought here, and to answer your questions when I can.\n"
        "I am not a scientist, but I will read the reports so that you need not.\n"
        "I hope that the rain comes soon and that I can close this blog.\n"
        "I think the farmers are worried, and I share their worry.\n")


def test_the_writers_view_goes_on_after_a_first_person_sentence():
    text = BLOG.format(next="These winters bring a far greater danger to the farms than any fire.")
    assert covered(text, "These winters bring a far greater danger")


def test_a_scheduled_happening_after_the_writers_words_is_reported():  # guard
    text = BLOG.format(next="The water board's report is not due until January.")
    assert not covered(text, "The water board's report is not due until January")


def test_a_happening_after_the_writers_words_is_reported():  # guard
    text = BLOG.format(next="The reservoir fell to a third of its level in March.")
    assert not covered(text, "The reservoir fell to a third")


def test_a_turn_to_a_time_after_a_habit_is_reported():
    text = ("Apple growers in the valley know a bad frost when they see one.\n"
            "The weeks before the harvest are traditionally their busiest time.\n"
            "But this year half of the orchards are bare.\n"
            "The frost came in April, as the growers' union reported from the valley, and "
            "the buds did not survive it.\n")
    assert covered(text, "The weeks before the harvest are traditionally")
    assert not covered(text, "But this year half of the orchards are bare")


def test_a_speakers_next_sentence_inside_a_quotation_is_reported():  # guard
    text = ('"We have walked these hills since 1990 and we have seen the drought grow.\n'
            "The danger to the farms is far greater in the winter than any summer fire,\" "
            "the farmer said on Monday.\n")
    assert not covered(text, "The danger to the farms is far greater")


# what usually happens --------------------------------------------------------------------

def test_a_generic_statement_of_habit_makes_no_event():
    text = ("The motives of people who leave their jobs often remain unclear, even in the "
            "spring when hiring peaks.\nThe firm lost 40 staff in March.\n")
    assert covered(text, "The motives of people who leave their jobs often remain unclear")
    assert not covered(text, "The firm lost 40 staff")


def test_a_habit_told_with_a_happening_is_reported():  # guard
    text = ("The mayor, who often walks to work, was stopped by protesters on Monday.\n"
            "Ferries usually run until October, and this year the last one sailed on 12 "
            "October.\n")
    assert not covered(text, "The mayor, who often walks to work")
    assert not covered(text, "Ferries usually run until October")


# a headline in title case ----------------------------------------------------------------

def test_a_headline_in_title_case_makes_no_event():
    text = ("A Helping Hand In the Harbour Is as Old as the Town.\n"
            "The harbour board was founded in 1820 by the town's merchants.\n")
    assert covered(text, "In the Harbour Is as Old as the Town")
    assert not covered(text, "The harbour board was founded in 1820")


def test_a_title_with_a_capitalised_verb_inside_a_sentence_is_reported():  # guard
    text = ("The film Good Will Hunting opened in London on Friday.\n"
            "Boston Will Host Talks opened the Monday Review on 3 May.\n")
    assert not covered(text, "The film Good Will Hunting opened in London")
    assert not covered(text, "Boston Will Host Talks opened the Monday Review")


# a correction's tail -----------------------------------------------------------------------

def test_a_corrections_tail_after_an_initial_makes_no_event():
    text = ("This article misstated the first name of Mary J. Holt, the head of the county "
            "water board.\nThe water board raised its charges on Monday.\n")
    assert covered(text, "Holt, the head of the county water board")
    assert not covered(text, "The water board raised its charges")


# a claim an outlet reported keeps the outlet -------------------------------------------------

def title_of(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_claim_a_magazine_reported_keeps_the_magazine():
    title = title_of("Her standing fell further when, in May 2011, the Harbour Gazette reported "
                     "that the mayor had received loans at low rates from a builder.", "May 2011")
    assert title.startswith("The Harbour Gazette reported that the mayor had received loans")


def test_a_figure_a_named_firm_reported_keeps_the_firm():
    title = title_of("On Tuesday, research firm Cartwell reported that sales of bicycles in "
                     "April had risen 12 percent on a year earlier.", "April")
    assert title.startswith("Research firm Cartwell reported that sales of bicycles")


def test_a_pronoun_reporter_is_not_put_first():  # guard
    title = title_of("Shares in the firm fell sharply after, in March, it reported that its "
                     "sales had fallen by a third.", "March")
    assert not title.startswith(("It reported", "it reported"))


# a photo's caption, closed by its credit ------------------------------------------------------

def test_a_verbless_caption_before_its_credit_makes_no_event():
    text = ("The council's plan for the harbour has divided the town, and the vote is close. "
            "Its supporters say the new quay would bring jobs to the coast, and its critics say "
            "the cost is far too high for a town of this size. The harbour master has "
            "kept out of the argument, saying only that the old quay needs repairs soon.\n"
            "A protest outside the town hall during the council's vote in March.\n"
            "(By Ann Lee -- Coastal Press) The council approved the plan on Tuesday.\n")
    assert covered(text, "A protest outside the town hall during the council's vote in March")
    assert not covered(text, "The council approved the plan on Tuesday")


def test_a_headline_and_caption_at_the_pages_head_give_way_to_the_article():
    text = ("Harbour Plan Divides Town Supporters of the new quay rally on Monday.\n"
            "(By Ann Lee -- Coastal Press) The council approved the harbour plan on Tuesday "
            "after a long debate.\n")
    assert covered(text, "Supporters of the new quay rally on Monday")
    assert not covered(text, "The council approved the harbour plan on Tuesday")


def test_a_caption_telling_a_happening_further_in_is_reported():  # guard
    text = ("The council's plan for the harbour has divided the town, and the vote is close. "
            "Its supporters say the new quay would bring jobs to the coast, and its critics say "
            "the cost is far too high for a town of this size. The harbour master has "
            "kept out of the argument, saying only that the old quay needs repairs soon.\n"
            "Protesters blocked the town hall's doors during the vote in March.\n"
            "(By Ann Lee -- Coastal Press) The council approved the plan on Tuesday.\n")
    assert not covered(text, "Protesters blocked the town hall's doors")


def test_a_correction_of_earlier_versions_and_its_note_make_no_event():
    text = ("Earlier versions of this article, including in the print edition, carried the "
            "wrong dateline.\nThe article was written Oct. 12.\nThe council met on Oct. 12.\n")
    assert covered(text, "Earlier versions of this article")
    assert covered(text, "The article was written Oct. 12")
    assert not covered(text, "The council met on Oct. 12")


def test_a_long_question_makes_no_event():
    text = ("By letting the fever run its course through the villages, would the people who "
            "catch it not be protected against a far worse strain which is likely to come back "
            "in the autumn, long before any vaccine has been made, tested, approved and sent "
            "out to the clinics that will need it most?\nThe clinic opened in May.\n")
    assert covered(text, "would the people who catch it not be protected")
    assert not covered(text, "The clinic opened in May")


# a programme's greeting and sign-off ----------------------------------------------------------

def test_a_programmes_greeting_and_sign_off_make_no_event():
    text = ("Schools Bulletin: 12 March Hello there, I'm Sam from the Schools Bulletin.\n"
            "The new bridge opened on Monday.\n"
            "OK, that's all from the Schools Bulletin team.\nWe're back tomorrow!\n")
    assert covered(text, "Hello there, I'm Sam")
    assert covered(text, "that's all from the Schools Bulletin team")
    assert covered(text, "We're back tomorrow!")
    assert not covered(text, "The new bridge opened on Monday")


def test_someone_back_at_work_is_reported():  # guard
    text = ("The miners were back at work on Monday after the strike.\n"
            "The minister said that is all for now, and left on Tuesday.\n")
    assert not covered(text, "The miners were back at work on Monday")
    assert not covered(text, "The minister said that is all for now")



# the writer's "I" and "we" inside a sentence, on a page in the writer's voice --------------------

ESSAY = ("The lessons of the last drought are easy to forget.\n"
         "In 1976 the reservoirs fell to a tenth of their level and the farms failed.\n"
         "We should not ignore what that summer taught us.\n"
         "{line}\n"
         "Our leaders must plan for the next dry year now.\n"
         "Is there any reason to wait?\n"
         "The water board raised its charges by a fifth on Thursday.\n"
         "Nobody knows when the rain will come back.\n"
         "We need a plan, and we need it soon.\n"
         "The farmers I meet are worried, and they should be.\n")


def test_the_writers_i_inside_a_sentence_makes_no_event():
    text = ESSAY.format(line='The metering plan that I proposed in 2012, a "water budget" for each '
                             'farm, is one way to share what is left.')
    assert covered(text, "The metering plan that I proposed in 2012")
    assert not covered(text, "The water board raised its charges")


def test_the_writer_passing_on_what_they_heard_is_reported():  # guard
    text = ESSAY.format(line="On Monday we heard that the board will raise its charges again in "
                             "the spring.")
    assert not covered(text, "we heard that the board will raise")


def test_a_question_a_dash_leads_to_makes_no_event():
    text = ("The floods in the valley have left many asking - how long will the farms take to "
            "recover?\nThe river fell by a metre on Monday.\n")
    assert covered(text, "have left many asking - how long")
    assert not covered(text, "The river fell by a metre")


def test_a_speakers_we_are_back_is_reported():  # guard
    text = ('"We\'re back on track," the chief executive said on Monday.\n'
            "We're back in profit this year, the chairman told shareholders on Friday.\n")
    assert not covered(text, "We're back on track")
    assert not covered(text, "We're back in profit this year")
