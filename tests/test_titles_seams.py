"""Titles, issue 19 (draws 155-160): where the title's cutting took words out, the words it
left side by side must read as one sentence's. A seam that cannot (a noun whose determiner
went with the date, a "that" or "who" lost between a noun and its clause, a relative left with
its verb alone, a title opening on what completed a verb it lost) keeps more of the sentence:
the date, the lost word, or the whole sentence, cut. In sentences of our own; each test fails
on main's code before this rule except the guards against over-reach (marked so)."""

from store.mention_titles import title_and_terms


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_noun_whose_determiner_went_with_the_date_keeps_it():
    s = '"The samples carry none of the traits that were found in the 1957 strain," he said.'
    t = title(s, "1957")
    assert "found strain" not in t
    assert "in the 1957 strain" in t


def test_a_noun_whose_preposition_went_with_the_date_keeps_it():
    t = title("The brewer, the largest in the region, reported a 40 percent fall in "
              "first-quarter net profit but still managed to keep its dividend.", "first-quarter")
    assert "fall net profit" not in t
    assert "fall in first-quarter net profit" in t


def test_a_relative_left_with_its_verb_alone_keeps_its_date():
    t = title("The inquiry heard from the engineer who wrote the report that appeared on "
              "4 March.", "4 March")
    assert not t.endswith("that appeared")
    assert t.endswith("appeared on 4 March")


def test_a_name_and_who_died_keeps_when():
    t = title("The court ordered a new hearing into the estate of Rossi, who died last "
              "winter.", "last winter")
    assert t.endswith("who died last winter")


def test_a_restrictive_who_before_the_main_verb_is_kept():
    s = ("Meanwhile, the inspectors who monitor the city's bridges have closed at least "
         "four crossings since the floods began more than a week ago, the paper reported.")
    t = title(s, "more than a week ago")
    assert "inspectors monitor" not in t
    assert t.startswith("The inspectors who monitor the city's bridges have closed")


def test_a_relative_after_a_verbs_object_is_kept():
    s = ("She said a volunteer crew rescued two climbers who had been stranded on the ridge "
         "for three days after the storm in 2011.")
    t = title(s, "2011")
    assert "climbers had been stranded" not in t
    assert "climbers who had been stranded" in t


def test_a_that_clause_after_a_noun_keeps_its_noun_and_verb():
    s = ('The most senior UN official in the region has said it is a "fair estimate" that up '
         "to 30,000 homes may have been destroyed in last week's storm.")
    t = title(s, "last week")
    assert '"fair estimate" up to' not in t
    assert t.startswith("The most senior UN official in the region has said")


def test_that_after_an_object_does_not_run_the_object_into_the_clause():
    s = ("The head of the relief mission, Col Ana Ruiz, tells the BBC that more tents are "
         "expected in the camp on Sunday as the roads reopen.")
    t = title(s, "Sunday")
    assert not t.startswith("The BBC more tents")


def test_a_title_that_opens_on_what_completed_a_lost_verb_takes_the_sentence():
    s = "Pay cuts last spring added to the anger and the resignations, she said."
    t = title(s, "last spring")
    assert not t.startswith("To the anger")
    assert t.startswith("Pay cuts")


def test_an_infinitives_subject_stays():
    t = title("Party officials are hoping for next week to be a turning point, a moment "
              "when the polls recover.", "next week")
    assert "hoping to be" not in t
    assert "hoping for next week to be a turning point" in t


def test_a_focus_word_left_at_the_end_keeps_what_it_narrowed():
    s = ("Officials who attended the talks, especially in 2005 and 2006, say the plan was "
         "set out plainly, and they set it out plainly because the minister insisted.")
    t = title(s, "2006")
    assert not t.endswith("especially")


def test_guard_a_relative_whose_head_is_the_title_subject_loses_who():
    # "..., Mrs Okafor, who visited ...": a relative told as its own happening, as before
    s = ("The charity said its volunteers had worked through the night in the cold and "
         "thanked Mrs Okafor, the group's founder, who visited the flooded shelter on Monday.")
    t = title(s, "Monday")
    assert t == "The group's founder visited the flooded shelter"


def test_guard_a_saying_that_may_go():
    s = ("The regional water agency said in a statement on Friday that the river had risen by "
         "two metres overnight and that more rain was expected across the valley.")
    t = title(s, "Friday")
    assert "Friday" not in t


def test_guard_a_purpose_infinitive_loses_its_date():
    t = title("The board has called a meeting for Thursday to discuss the merger.", "Thursday")
    assert "Thursday" not in t


def test_guard_a_preposition_after_the_date_loses_it():
    t = title("Oil slicks were seen on Monday near the mouth of the river.", "Monday")
    assert t == "Oil slicks were seen near the mouth of the river"


def test_a_reported_clause_cut_on_its_condition_takes_the_sentence():
    s = ("In late May, the utility disclosed that if its bonds were downgraded again, the "
         "company would need another $2 billion in cash.")
    t = title(s, "late May")
    assert not t.endswith("downgraded again")
    assert "the company would need" in t


def test_a_preposition_whose_object_went_keeps_the_date():
    s = ("The recall was announced on the same day the carmaker admitted the number of faulty "
         "brakes it had found was far higher than first reported.")
    t = title(s, "the same day")
    assert "announced the carmaker" not in t


def test_a_superlative_left_measuring_nothing_keeps_its_date():
    s = ("Radio calls come in, listeners are hearing that it is a 5.8 tremor - the largest "
         "since last month's.")
    t = title(s, "last month")
    assert not t.endswith("the largest")


def test_a_title_ending_on_how_is_not_left_open():
    s = ("Okafor, a senior fellow at the Institute for Fiscal Studies, spoke last week with "
         "our reporter about what caused the slump and how, whatever the minister says, the "
         "old consensus is alive and well.")
    t = title(s, "last week")
    assert not t.endswith(" how")


def test_a_lone_participle_keeps_its_date():
    t = title("Lawyers for Mr Osei, shown in 2019, have argued the contract was never signed",
              "2019")
    assert ", shown," not in t


def test_a_relative_whose_head_was_inside_the_aside_keeps_it():
    s = ("Maria Lopez, the head of a volunteer diving team that reached the harbour on Monday, "
         "tells the local paper that most of the wrecks will be raised by spring.")
    t = title(s, "Monday")
    assert not t.startswith("Maria Lopez reached the harbour")


def test_a_second_predicate_keeps_its_and():
    s = ("The agency itself lost at least 12 staff in the floods, and confirmed on Sunday that "
         "the director of its office in the city had been found safe.")
    t = title(s, "Sunday")
    assert "floods confirmed" not in t


def test_a_clause_whose_verb_went_with_an_aside_keeps_it():
    s = ("These are national codes, agreed in the wake of the pensions scandal of the 1990s, "
         "that require insurers to value certain assets on their books at the current market "
         "price.")
    t = title(s, "the 1990s")
    assert not t.startswith("These agreed")


def test_guard_a_pair_of_years_is_not_left_with_one_end():
    # (the whole sentence without its date, one of the titles tried for a broken seam, took
    # "in the 1950s" and left "and 60s")
    s = ("The big tin, which held five pints of cider, was the centre of many village fetes "
         "in the 1950s and 60s, and the museum is now offering a reward for a perfect one.")
    t = title(s, "the 1950s")
    assert "fetes and 60s" not in t


def test_a_verb_is_not_given_the_subject_of_another_clause():
    s = ("No mayor in the coming years -- and certainly no mayor from this party -- will "
         "announce any grand plans to build 40,000 more council houses by cutting planning "
         "rules the way Moss, keen to win over young voters, did with his housing drive in 1998.")
    t = title(s, "1998")
    assert not t.startswith("No mayor in the coming years did")


def test_a_compared_figure_keeps_when_it_was():
    t = title("But the jobless rate was up from 4 percent in March, and many economists now "
              "expect it to reach 6 percent by the end of the year.", "March")
    assert t.endswith("up from 4 percent in March")


def test_a_profit_down_from_a_year_earlier_keeps_it():
    t = title("The brewer made a profit last year of $3bn, down from $5bn a year earlier.",
              "a year earlier")
    assert t.endswith("down from $5bn a year earlier")


def test_a_superlative_a_few_words_before_since_keeps_its_measure():
    s = ("It's not only a hard winter for the farms, but it's the hardest winter for small "
         "dairy farmers since March 1963.")
    t = title(s, "March 1963")
    assert "since March 1963" in t


def test_a_fronted_phrase_is_not_moved_after_someones_words():
    t = title("At the March hearing, the judges' message was plain: Pay up, Hale.", "March")
    assert not t.endswith("Hale at the hearing")


def test_a_fronted_phrase_and_its_clause_alone_is_not_the_title():
    s = ("But from 2001 to 2004, when Okafor was the chairwoman of the Nigerian Ports "
         "Regulatory Authority, the harbour was booming and she was getting nowhere with "
         "predictions of decline.")
    t = title(s, "2004")
    assert not t.startswith("From 2001 to 2004, when")


def test_a_trimmed_speakers_that_does_not_open_the_title():
    s = ("Reporters say that, as the protests have grown, the mayor's words have become "
         "sharper, saying earlier in the week that she was \"appalled\" by the looting.")
    t = title(s, "earlier in the week")
    assert not t.startswith("That,")


def test_a_preposition_left_with_no_object_keeps_it():
    t = title("The brewer has announced a return to profit in the three months to September "
              "after last quarter's heavy loss.", "September")
    assert "months to after" not in t


def test_a_closing_even_though_clause_alone_is_not_the_title():
    s = ("She has often called the firm \"Anglo Gas\" when talking about the pipeline leak, even "
         "though the company has not used that name since 2001.")
    t = title(s, "2001")
    assert not t.startswith("Even though")
    assert "used name" not in t  # (main's title: "The company has not used name")


def test_a_word_left_alone_between_commas_keeps_its_date():
    t = title("Trade barriers have, as in the 1930s, choked the flow of goods.", "the 1930s")
    assert "have, as, choked" not in t


def test_guard_an_age_between_commas_still_goes():
    t = title("Okafor, 52, was found safe yesterday morning in her flat in the city centre, "
              "police said.", "yesterday morning")
    assert t.startswith("Okafor was found safe")


def test_a_span_before_after_opens_a_fronted_phrase_too():
    s = ("Then, March 3, two days after the city council announced the depot and tram line "
         "closures, Okafor got a call on her phone saying the March 5 board meeting on the "
         "grants had been put off.")
    t = title(s, "March 3")
    assert not t.startswith("Then two days after")


def test_a_preposition_left_before_another_keeps_its_date():
    t = title("It was only until around May in the same year that the floods rose sharply "
              "across the valley.", "May")
    assert "until in" not in t
