"""Titles garbled or cut where the date went (issue 19 section 1), second look: a negation
said of a date a few words away, a day whose year another phrase gives, a date that opened a
quotation with its comma. Sentences of our own."""

from __future__ import annotations

from store.mention_titles import title_and_terms


def title(sentence: str, phrase: str) -> str:
    at = sentence.index(phrase)
    return title_and_terms(sentence, at, at + len(phrase))[0]


# -- "not ... until DATE": without the date the title says the opposite -------------------

def test_not_until_a_few_words_after_the_negation_keeps_its_date():
    t = title("The library raised the money last spring, but it will not be able to move "
              "its archive until next winter.", "next winter")
    assert t.endswith("until next winter")


def test_not_expected_until_keeps_its_date_across_a_long_verb_phrase():
    t = title("Engineers say the new bridge is not expected to carry heavy lorries until the "
              "end of the year.", "the end of the year")
    assert "until the end of the year" in t


def test_until_with_no_negation_still_goes():
    t = title("The museum stayed open until midnight for the festival.", "midnight")
    assert "midnight" not in t and "stayed open" in t


# -- a day whose year another phrase says ------------------------------------------------

def test_day_before_that_year_stays():
    t = title("The singer married on 3 May that year, a wedding the papers covered for "
              "weeks.", "3 May")
    assert "on 3 May that year" in t


def test_month_before_of_that_year_is_not_left_as_of_that_year():
    t = title("Shares bought before March of that year are now worth half as much.",
              "March")
    assert " of that year" not in t or "March of that year" in t


def test_same_month_last_year_keeps_which_month():
    t = title("Sales fell 4 percent in June compared with the same month last year.",
              "the same month")
    assert "the same month last year" in t


# -- a date that opened a quotation ------------------------------------------------------

def test_date_opening_a_quotation_takes_its_comma():
    t = title('"Yesterday, the deal was still alive," the minister said.', "Yesterday")
    assert '",' not in t and '" ,' not in t
    assert '"The deal was still alive"' in t


def test_date_opening_a_quotation_with_a_longer_phrase():
    t = title('"This morning, we closed every school in the district," the mayor said.',
              "This morning")
    assert t.startswith("The mayor said") and '"We closed every school' in t


# -- a change measured over the date -----------------------------------------------------

def test_figure_for_the_year_keeps_what_it_is_measured_over():
    t = title("The retailer's shares are still down 45 percent for the year, analysts noted.",
              "the year")
    assert "45 percent for the year" in t


def test_for_after_a_word_still_drops_the_date():
    t = title("The council approved the plan for the coming year on Tuesday.", "Tuesday")
    assert "Tuesday" not in t


# -- a free relative restating a figure is no title of its own ---------------------------

def test_what_after_a_dash_gives_the_clause_whose_figure_it_restates():
    t = title("By the spring, the city's housing backlog stood at 40,000 homes -- roughly what "
              "the region has built each year since 1990.", "1990")
    assert t.startswith("The city's housing backlog stood at 40,000 homes")


# -- a long bracketed aside goes from a title too long for its line ----------------------

def test_long_parenthesis_between_subject_and_verb_goes_when_the_title_is_long():
    t = title("In March, the total amount owed by the country's smaller farms (leaving out "
              "loans guaranteed by the state development bank or bought by the regional "
              "lenders) reached $2 billion.", "March")
    assert "reached $2 billion" in t and "(" not in t


# -- a phrase between a saying and its "that" gives way to what was said -----------------

def test_phrase_between_said_and_that_goes_when_what_was_said_would_be_cut():
    t = title("The harbour master said at a crowded briefing in the port office on Monday that "
              "the channel would reopen to cargo ships within a fortnight.", "Monday")
    assert t.startswith("The harbour master said that the channel would reopen")
    assert not t.endswith("…")


def test_first_time_since_phrase_gives_way_to_what_it_is_the_first_time_of():
    t = title("If the repairs hold, it will be the first time since the collapse of the old "
              "northern sea wall in 1953 that the village has stayed dry through a winter.",
              "1953")
    assert "first time since the collapse that the village has stayed dry" in t


def test_relative_that_after_a_noun_keeps_the_noun_it_describes():
    t = title("On Monday the treasury announced tougher limits on bonuses at the lenders in the "
              "northern provinces that took emergency loans from the central bank last year.",
              "Monday")
    assert "at the lenders" in t


# -- a subject kept across a dash aside that only named the source -----------------------

def test_source_aside_between_dashes_goes_and_the_subject_keeps_its_verb():
    t = title("Patel, it turns out -- according to court filings made public by the county "
              "clerk late on Tuesday -- was owed $3.1 million by the collapsed building firm.",
              "Tuesday")
    assert t.startswith("Patel") and "was owed $3.1 million" in t
    assert "--" not in t


# -- a relative aside's clause ends where the subject's own verb comes ----------------------

def test_relative_in_an_appositive_stops_before_the_main_verb_after_a_quotation():
    t = title('Okafor, a former union organiser who was chosen in 2016 on a promise to "clean '
              'up the docks," has said the strike will not change his plans for the port.',
              "2016")
    assert t.startswith("Okafor was chosen")
    assert "has said" not in t
