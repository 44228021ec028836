"""Titles, seventh round (issue 19): garbled titles from fresh draws of real pages, in
sentences of our own. Each test fails on the sixth round's code except the guards against
over-reach."""

from store.mention_titles import title_and_terms
from store.titles import readable


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_date_that_ends_a_pair_after_between_stays():
    t = title("Parallels between the current drought and the 1950s are growing harder to "
              "dismiss by the week.", "the 1950s")
    assert "and are" not in t
    assert t.startswith("Parallels between the current drought and the 1950s are growing")


def test_a_date_that_is_one_of_two_choices_stays():
    t = title("The board could meet again a month from now or three months from now, the chair "
              "told staff.", "a month from now")
    assert "again or" not in t
    assert "a month from now or three months from now" in t


def test_a_range_whose_other_end_is_a_clause_keeps_its_start():
    t = title("The adviser, Jane Rowe, earned more than $2 million from the bank from March 2009 "
              "to when she left for the ministry.", "March 2009")
    assert "bank to when" not in t
    assert "from March 2009 to when she left" in t


def test_a_date_completing_was_before_so_stays_in_a_quotation():
    t = title('"It was at 3am so the streets were empty," the driver said.', "3am")
    assert "was so" not in t
    assert "It was at 3am so the streets were empty" in t


def test_a_participle_after_a_comma_takes_the_clause_it_hangs_on():
    t = title("The grant was paid in the second half of the year, angering farmers who had "
              "counted on it before the harvest in August.", "August")
    assert t.startswith("The grant was paid in the second half of the year, angering farmers")


def test_a_long_subject_loses_its_inner_clause_not_its_verb():
    t = title("The regulator's failure to spot the fund manager's alleged $3 billion fraud "
              "before it was exposed last month has led even the agency's own director to "
              "question its methods.", "last month")
    assert "has led" in t
    assert t.startswith("The regulator's failure to spot the fund manager's alleged $3 billion "
                        "fraud has led")


# guards against over-reach


def test_two_dates_of_a_pair_are_still_one_span():
    s = "Prices rose steadily between 2003 and 2007, the survey found."
    assert "2003" not in title(s, "2007") and "2007" not in title(s, "2007")


def test_a_date_after_and_that_opens_a_verb_still_goes():
    t = title("The firm cut jobs in Leeds and last week announced a further round in Hull.",
              "last week")
    assert "last week" not in t
    assert "announced a further round" in t


def test_a_fronted_participle_with_its_own_subject_is_left():
    t = title("Following talks in Geneva on Monday, the two ministers agreed to a ceasefire.",
              "Monday")
    assert t.startswith("The two ministers agreed to a ceasefire")


def test_a_long_subject_whose_first_words_have_a_verb_is_not_cut():
    t = title("The company reported steady profits for a decade before it was sold in 2008 to "
              "a rival group which has since closed most of its northern plants and offices.",
              "2008")
    assert t.startswith("The company reported steady profits for a decade before it was sold")


def test_back_that_only_led_to_a_fronted_date_goes_with_it():
    t = title("Back in 1962, the council tried three plans to drain the marsh near the estuary.",
              "1962")
    assert t.startswith("The council tried three plans")


def test_a_place_used_as_a_modifier_is_not_cut_at_its_comma():
    t = title("In 1984 Iowa Gov. Tom Reed was about to hire a Cedar Falls, IA lawyer to IA State "
              "Legal Counsel, Brown was his name.", "1984")
    assert "a Cedar Falls, IA lawyer to IA State Legal Counsel" in t


def test_back_after_a_verb_stays():
    t = title("The rescue team came back on Friday to search the ridge again.", "Friday")
    assert t.startswith("The rescue team came back to search")


def test_a_place_set_off_by_its_own_comma_is_carried_on():
    t = title("In 1990 the board sold the mill to a Dallas, Texas, company that made paper.", "1990")
    assert "a Dallas, Texas, company" in t


def test_what_a_colon_announces_is_not_an_aside_glued_to_the_next_verbs():
    t = title("Last spring, the port faced a different kind of trouble: a strike that saw some "
              "of its oldest shipping lines close, be sold to rivals or get taken over by the "
              "state.", "Last spring")
    assert "trouble be sold" not in t
    assert t.startswith("The port faced a different kind of trouble")


def test_an_aside_between_commas_still_goes():
    t = title("Palmyra, home to famed Roman ruins and a museum of old coins, was shelled on "
              "Sunday by the army as troops pushed east towards the oil fields beyond the desert "
              "town and the rebels fled north.", "Sunday")
    assert t.startswith("Palmyra was shelled")


def test_a_date_first_in_a_bracketed_list_takes_its_comma_along():
    t = title("It seems that the worst floods on the river (1953, 1978, 2013) came in January.",
              "1953")
    assert "(," not in t
    assert "(1978, 2013)" in t


def test_late_that_led_to_the_date_goes_with_it():
    t = title("Speaking on local radio late on Tuesday evening Governor Ann Price praised the "
              "volunteers and said the bridge would reopen soon.", "Tuesday evening")
    assert "late Governor" not in t
    assert t.startswith("Speaking on local radio Governor Ann Price praised")


def test_late_as_an_adjective_before_a_month_noun_stays():
    t = title("The late payments piled up in March as the firm ran short of cash.", "March")
    assert t.startswith("The late payments piled up")


def test_a_clause_after_a_headline_is_not_taken_for_a_long_subject():
    # a headline run into its lead is titled as it stands (the lead's title is the whole)
    s = ("Plans on Hold Six weeks after the Transport Department announced that it was "
         "dropping the northern rail link chief Mary Holt, the ministers are still weighing "
         "the scheme's future")
    assert "after the Transport Department announced" in readable(s, s, s + ".")
