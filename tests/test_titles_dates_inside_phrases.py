"""Titles, ninth round (issue 19): a date removed from inside a phrase that needs it, in
sentences of our own. The date stays when the words around it would not read without it,
and a title never ends where a phrase was cut in two. Each test fails on the eighth round's
code except the guards against over-reach (marked so)."""

from store.mention_titles import title_and_terms
from store.titles import DANGLING


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


# (a) a date that describes the noun after it, with a preposition before it

def test_an_attributive_date_after_a_preposition_stays():
    t = title("Rail freight volumes dropped well below 1998 levels, the operators' group said.",
              "1998")
    assert "below 1998 levels" in t
    assert "below levels" not in t


def test_an_attributive_date_after_with_stays():
    t = title("The council said the roadworks clashed with Easter markets across the county.",
              "Easter")
    assert "with Easter markets" in t


def test_a_clause_opening_date_before_its_subject_still_goes():
    # guard: "In 1990 farmers ..." is a date, then the clause's subject
    t = title("In 1990 farmers planted twice as much barley as wheat.", "1990")
    assert t.startswith("Farmers planted twice as much barley")
    assert "1990" not in t


def test_a_date_before_a_verb_in_s_is_not_taken_for_a_noun():
    # guard: "at Easter wants" is no "Easter wants"; the date still goes
    t = title("Every cook in the village at Easter bakes the same plaited loaf.", "Easter")
    assert "Easter" not in t
    assert "bakes the same plaited loaf" in t


def test_an_after_a_removed_date_reads_a_before_a_consonant():
    t = title("The minister blamed the hauliers in an Aug. 14 statement to parliament.",
              "Aug. 14")
    assert "in a statement" in t
    assert "an statement" not in t


# (b) a date joined to a word that is no date, by "or", "and" or a comparison

def test_a_date_before_or_and_a_word_that_is_no_date_stays():
    t = title("It may be the early spring or later before the new bridge opens to lorries.",
              "the early spring")
    assert "the or" not in t
    assert "the early spring or later" in t


def test_a_date_after_compared_to_before_and_stays():
    t = title("Bus journeys fell 12 percent compared to March 2003 and fares rose again.",
              "March 2003")
    assert "compared to and" not in t
    assert "compared to March 2003 and fares rose" in t


def test_the_second_half_of_a_choice_stays_before_a_comma():
    t = title('"I wonder where the mill will be three or 20 years from now," said Ms Hale.',
              "20 years from now")
    assert "three or," not in t and "three or\"" not in t


def test_a_removed_date_and_a_clause_after_and_still_read():
    # guard: "met [last Sunday] and adjourned" reads without the date
    t = title("The two unions met last Sunday and adjourned without a deal.", "last Sunday")
    assert t == "The two unions met and adjourned without a deal"


# (c) a preposition, determiner or conjunction left with nothing after it

def test_a_preposition_before_a_verb_keeps_its_date():
    t = title("A strike lasting beyond June could close three of the county's quarries.", "June")
    assert "beyond June could close" in t


def test_a_noun_with_its_to_keeps_the_date_at_the_end():
    t = title("The fair is usually held in the lead-up to Whitsun, when the lanes are quiet.",
              "Whitsun")
    assert t.rstrip("…").split()[-1] not in ("lead-up", "to")
    assert "in the lead-up to Whitsun" in t


def test_the_date_s_own_this_goes_with_it():
    t = title("Some of the growers who this past season were asking for subsidies now oppose "
              "them.", "past season")
    assert "who this were" not in t
    assert "who were asking for subsidies" in t


def test_by_the_time_keeps_a_date_that_is_its_clause_s_subject():
    t = title("The roof will be finished by the time the winter is over, the builder said.",
              "the winter")
    assert "by the time is over" not in t
    assert "by the time the winter is over" in t


def test_that_before_a_date_and_its_comma_goes_on_to_the_clause():
    t = title("The mayor promised that by 2030, every street in the town will have a tree.",
              "2030")
    assert t.rstrip("…").split()[-1] != "that"
    assert "that every street in the town will have a tree" in t


def test_a_pronoun_that_before_a_relative_is_left_alone():
    # guard: "similar to that of [1990], which ..." is a pronoun's "that"; the relative
    # clause is not taken for what "that" says
    t = title("A flood similar to that of 1990, which closed the port for a month, would ruin "
              "the traders.", "1990")
    assert not t.startswith("A flood similar to that which")


def test_one_after_another_is_whole():
    t = title("In 2011 the shops on the high street shut one after another.", "2011")
    assert t.endswith("one after another")
    assert t.split()[-1].lower() in DANGLING  # "another" alone would dangle; the pair does not


def test_a_possessive_date_standing_for_its_noun_stays():
    t = title("Farm exports rose sharply, and the harvest could be nearly twice last year's.",
              "last year")
    assert t.endswith("twice last year's")


def test_a_possessive_date_after_a_preposition_still_goes():
    # guard: "higher than in [last spring]'s." reads without it (the eleventh round keeps a
    # superlative's "since [last spring]'s", which says what it is measured from)
    t = title("The river rose higher in the valley than in last spring's.", "last spring")
    assert t == "The river rose higher in the valley"


def test_a_date_joined_by_and_to_a_noun_phrase_stays():
    t = title("The club hosted dinners for Burns Night and the village's cricket matches.",
              "Burns Night")
    assert "dinners and the village's" not in t
    assert "for Burns Night and the village's cricket matches" in t


def test_a_date_joined_by_or_to_a_comparison_stays():
    t = title("The ferry will be repaired by 3 March or sooner.", "3 March")
    assert t == "The ferry will be repaired by 3 March or sooner"


def test_a_date_before_and_a_clause_with_its_own_verb_still_goes():
    # guard: "in [June] and 400 homes were flooded": a clause follows, and the date goes
    t = title("The river burst its banks in June and 400 homes were flooded.", "June")
    assert t == "The river burst its banks and 400 homes were flooded"


def test_a_verb_after_and_is_no_noun_phrase():
    # guard: "close [on Friday] and reopen in June": two verbs, and the date goes
    t = title("The museum will close on Friday and reopen in June.", "Friday")
    assert t == "The museum will close and reopen in June"


def test_a_season_pair_before_its_noun_stays():
    t = title("The resort reported full bookings for the winter and spring seasons.",
              "the winter")
    assert "bookings seasons" not in t
    assert "for the winter and spring seasons" in t


# a fronted phrase with an adverb of its own, holding the date: the main clause is the title

def test_a_fronted_phrase_after_an_adverb_gives_way_to_the_main_clause():
    t = title("Soon after arriving in Lagos in 2011, the engineer drew up a plan describing how "
              "the city could drain its streets, i.e., a network of canals.", "2011")
    assert not t.startswith("Soon after")
    assert t.startswith("The engineer drew up a plan")


def test_a_fronted_irregular_participle_gives_way_to_the_main_clause():
    t = title("Usually held in the week before Easter, the book fair moved to June in 2015, when "
              "the hall was rebuilt.", "Easter")
    assert not t.startswith("Usually held")
    assert t.startswith("The book fair moved to June")


def test_an_adverb_before_something_is_no_fronted_phrase():
    # guard: "Suddenly, something went wrong" is the clause, not an adverbial before it
    t = title("Suddenly in May 2003, something went wrong at the plant: the cooling pumps "
              "failed one by one and the night shift was sent home.", "May 2003")
    assert t.startswith("Suddenly, something went wrong at the plant")


def test_and_that_opens_a_clause_not_a_noun_phrase():
    # guard: "for [the week] and that when ...": a second clause, and the date goes
    t = title("The coach said he gave the players rest for the week and that when training "
              "resumes on Monday, he will pick the side.", "the week")
    assert "for the week" not in t


# a relative clause inside the subject, then the main verb the date belongs to

def test_a_short_relative_clause_in_the_subject_keeps_its_that():
    t = title("But for the growers, and for the millers who buy from them, the rule that really "
              "counts takes effect in the capital on Monday when the minister signs the order.",
              "Monday")
    assert "rule really counts" not in t
    assert t.startswith("The rule that really counts takes effect in the capital")


def test_a_relative_clause_holding_the_date_still_gives_its_clause():
    # guard: "a ceasefire that began [on 3 May]" after a preposition: the relative is what
    # the date dates, and its noun becomes the subject as before
    t = title("Aid convoys were held at the border, and the villages were left out of a local "
              "truce that began on 3 May, the agency said.", "3 May")
    assert "truce" in t and "began" in t


# a date that the words after it point back to

def test_a_date_narrowed_by_alone_stays():
    t = title("The club sold 4,000 season tickets on Monday alone, its chairman said.", "on Monday")
    assert "on Monday alone" in t or "Monday alone" in t
    assert "tickets alone" not in t


def test_a_date_that_a_relative_when_points_back_to_stays():
    t = title("Prices have doubled since March 2019, when the new tariff came in.", "since March 2019")
    assert "March 2019, when the new tariff" in t
    assert "doubled, when" not in t
    t = title("Fares have risen by a third since June, when Acme Rail took over the line.",
              "since June")
    assert "since June" in t and "third, when" not in t


def test_a_fronted_date_before_a_when_clause_still_goes():
    # guard: a date opening the sentence is the row's, the clause after it is the title
    t = title("On Friday, when the doors opened, hundreds queued for the sale.", "On Friday")
    assert not t.startswith("On Friday")


def test_a_phrasal_verbs_particle_is_no_dangling_word():
    from store.titles import undangle

    assert undangle("Prices have doubled since the new tariff came in") \
        == "Prices have doubled since the new tariff came in"
    assert undangle("The talks dragged on") == "The talks dragged on"
    # guards: a preposition that led to a removed date still goes
    assert undangle("The vote was held on") == "The vote was held"
    assert undangle("The film is set in") == "The film is set"
