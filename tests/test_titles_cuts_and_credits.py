"""Titles, eleventh round (issue 19): titles garbled or cut where a clause lost its subject,
its verb or what it says, and headlines or credits run into a sentence, in sentences of our
own. Each test fails on the tenth round's code except the guards against over-reach (marked
so)."""

from store.mention_titles import own_conjunct, title_and_terms


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(*own_conjunct(sentence, i, i + len(phrase), []))[0]


def lead(sentence: str) -> str:
    return title_and_terms(sentence, 0, 0, lead=True)[0]


# a clause's subject lost behind an aside or taken for the date

def test_a_past_spelt_as_the_present_gets_its_subject_back():
    t = title("The trio, which toured with a brass section, two drummers and a choir of twelve "
              "singers from the old mill town, split up in 2004 but may play one more show "
              "for charity.", "2004")
    assert t.startswith("The trio split up")


def test_a_past_spelt_as_the_present_as_a_noun_keeps_its_title():
    # guard: "a rate cut" opens no predicate
    t = title("The bank said on Monday that the rate cut would help borrowers.", "Monday")
    assert "rate cut would help borrowers" in t


def test_a_plural_date_before_have_is_the_subject():
    t = title("The past 48 hours have been the wettest the valley has known.",
              "The past 48 hours")
    assert t.startswith("The past 48 hours have been")


def test_a_list_in_a_relative_aside_goes_with_it():
    t = title("The trio, which toured with a brass section, two drummers and a choir of "
              "twelve, split up in 2004 but may play one more show for charity.", "2004")
    assert t.startswith("The trio split up")
    assert "drummers" not in t


def test_a_participle_after_a_relative_aside_is_no_list():
    # guard: "referring to A and B" is no list the aside began
    t = title("Nothing else compares, said Mayor Ann Holt, who chairs the transport board, "
              "referring to the ferry lines Bayside and Northpoint, which were sold to a "
              "private operator earlier this month.", "earlier this month")
    assert not t.startswith("Mayor Ann Holt which")


# a date that the words around it are said of stays

def test_a_negation_said_of_the_date_keeps_it():
    t = title("The new bridge will not open to traffic until next spring.", "next spring")
    assert t.endswith("until next spring")


def test_a_negation_a_few_words_before_until_keeps_the_date():
    t = title("Engineers say the line won't be running again until March at the earliest.",
              "March")
    assert "until March at the earliest" in t


def test_a_hedging_aside_of_the_date_still_goes():
    # guard: "although not until next year" only hedged when, and goes with the date
    t = title("The mayor announced a series of fare rises, although not until next year, "
              "that hit weekly commuters hardest.", "next year")
    assert "not until" not in t


def test_since_a_date_then_when_keeps_the_date():
    t = title("The club has played at the old ground since 1952 when it left the town centre.",
              "1952")
    assert "since 1952 when it left" in t


def test_a_preposition_s_demonstrative_keeps_its_date():
    t = title('"In that same week, 40 homes were flooded along the river," he said.',
              "same week")
    assert "In that same week, 40 homes" in t


# words lost with an aside or a relative's head

def test_a_clause_between_dashes_is_no_aside_to_drop():
    t = title('Asked if she had been right to stay away, she replied: "Had we seen what we see '
              'today in hindsight, that the dam was failing - and they had warned us twice - '
              'families would have left."', "today")
    assert "failing families" not in t
    assert "failing - and they" in t


def test_a_plain_aside_between_dashes_still_goes():
    # guard: an aside that is no clause of its own still gives way when the title is long
    t = title("The two worst storms -- the gale of 1953 and the surge of 1978 -- came in "
              "winter, long before the new sea wall was finished in 2015 and the old pier "
              "was pulled down.", "2015")
    assert "gale of 1953" not in t


def test_a_relative_s_head_keeps_the_name_it_is_in():
    t = title("Rescuers are still searching for six members of the Friends of the Earth team "
              "who have not been seen since the landslide on Sunday.", "Sunday")
    assert "Friends of the Earth team" in t
    assert not t.startswith("The Earth team")


def test_a_fronted_phrase_s_list_of_names_stays_with_it():
    t = title("Leaving talks on Monday night at the town hall with the heads of the Navy, the "
              "Army and the Coast Guard, the two ministers looked tired and unsure of what "
              "had been agreed.", "Monday night")
    assert t.startswith("The two ministers looked tired")


def test_a_clause_after_a_fronted_date_is_no_list():
    # guard: "Roosevelt praises immigrants old and new" is the main clause, not a list's end
    t = title("On March 3, 1938, the day of the launch, Roosevelt praises sailors old and new, "
              "saying that their courage and skill outlast any ship.", "March 3, 1938")
    assert "Roosevelt praises sailors old and new" in t


def test_since_a_noun_then_that_is_no_clause_of_its_own():
    t = title("If the repair holds, it will be the first time since the flood at the old "
              "paper mill in March that the weir has held back the river.", "March")
    assert not t.startswith("The flood at the old mill that")
    assert t.startswith("It will be the first time since the flood")


def test_where_after_a_level_says_the_level():
    t = title("The central bank's main lending rate will stay at 4.5 percent, where it settled "
              "in June after a long run of cuts over the past two years.", "June")
    assert t.startswith("It settled at 4.5 percent")


def test_a_thin_relative_aside_gives_way_to_the_clause_it_interrupts():
    t = title("The harbour master told local radio the dredging work, which started on Monday, "
              "has cleared enough silt to let the larger ferries dock again.", "Monday")
    assert "which started" not in t
    assert t.startswith("The harbour master told local radio the dredging work has cleared")


def test_a_relative_aside_after_a_short_subject_keeps_its_own_clause():
    # guard: "The survey, which began in May, and was ..." is no clause interrupted
    t = title("The river survey, which began in May, and was also paid for by the council, "
              "counted forty otters along the valley.", "May")
    assert "survey and was" not in t


def test_a_date_that_says_which_subject_stays():
    t = title("The floods of 1953 changed how the coast was defended.", "1953")
    assert t.startswith("The floods of 1953 changed")


def test_a_date_after_the_subject_s_verb_still_goes():
    # guard: "the plans of the council" is no date; "in 2019" after the verb still goes
    t = title("The plans of the council changed in 2019 after the vote.", "2019")
    assert "2019" not in t


# a long title cut before its verb

def test_an_along_with_aside_gives_way_before_a_past_verb():
    t = title("On Monday, the chairman of the regional water board, along with the mayors of "
              "the three largest towns in the valley, unveiled plans for a new reservoir.",
              "Monday")
    assert "along with" not in t
    assert "unveiled plans for a new reservoir" in t


def test_a_short_title_keeps_its_aside():
    # guard: a title that fits keeps what it says
    t = title("On Monday, the chairman, along with two mayors, unveiled plans.", "Monday")
    assert "along with two mayors" in t


def test_a_name_s_participle_aside_gives_way_to_what_the_name_did():
    t = title("Harrison, speaking on Friday at the farmers' union conference in Leeds before "
              "flying back to London, called for an end to the milk price war.", "Friday")
    assert t.startswith("Harrison called for an end to the milk price war")


def test_a_fronted_preposition_in_ing_is_no_participle_aside():
    # guard: "Following the vote on Friday, ..." is a fronted phrase, not a name's aside
    t = title("Following the vote on Friday at the farmers' union conference in Leeds, the "
              "chairman resigned and called for a new election.", "Friday")
    assert "chairman resigned" in t


def test_a_superlative_keeps_the_date_it_is_measured_from():
    t = title("The pound tumbled against the euro, its steepest fall since 1992.", "1992")
    assert t.endswith("its steepest fall since 1992")


def test_a_superlative_after_a_verbless_comma_does_not_take_the_title():
    # guard: the title keeps the clause whose verb the superlative only describes
    t = title("Bus fares rise for the third year running to an average of $2.40 a ride, the "
              "highest fare since 1998.", "1998")
    assert t.startswith("Bus fares rise for the third year running")


def test_it_is_then_a_time_keeps_the_time():
    t = title("It's midnight in the capital and the queues for water are already long.",
              "midnight")
    assert t.startswith("It's midnight in the capital")


def test_a_decade_as_an_adjective_leaves_its_article():
    t = title("Critics accused the regulators of complacency after the late 1980s property "
              "boom that went bust.", "the late 1980s")
    assert "complacency after the property boom" in t


def test_a_decade_before_a_verb_is_no_adjective():
    # guard: "which in the 1950s built" leaves no "in the built"
    t = title("The Rural Housing Board, which in the 1950s built homes for a third of the "
              "county's farm workers, was closed.", "the 1950s")
    assert "in the built" not in t


# dates joined to other dates

def test_a_date_paired_with_another_by_and_cuts_no_clause_out():
    s = ("She didn't do so, however, until she was audited in 2011, and even then only "
         "paid the back rent for 2009 and 2010.")
    i, o1, o2 = s.index("2010"), s.index("2011"), s.index("2009")
    t = title_and_terms(*own_conjunct(s, i, i + 4, [(o1, o1 + 4), (o2, o2 + 4)]))[0]
    assert not t.endswith("didn't 2010")
    assert t.startswith("She didn't do so")


def test_a_date_in_a_list_of_dates_keeps_the_list_whole():
    t = title("The club's honours board reads like a list of years: 1961, 1964, 1970, 1972 and "
              "so on.", "1964")
    assert "1961, 1964, 1970" in t


def test_how_long_it_takes_keeps_the_date():
    t = title("Engineers said it could take until the end of June to clear the tunnel.",
              "the end of June")
    assert "take until the end of June to clear" in t


def test_an_adverb_before_a_verb_that_lost_its_subject_gets_it_back():
    t = title("Mrs Patel, as is her habit, neither praised nor criticised the many changes "
              "proposed in the draft plan the council published last week.", "last week")
    assert t.startswith("Mrs Patel neither praised nor criticised")


def test_a_live_stamp_with_its_zone_leaves_no_zone():
    t = title("14:05 UK The band announced a second night at the city stadium in May 2012.",
              "May 2012")
    assert t.startswith("The band announced a second night")


def test_a_span_after_a_happening_gives_way_to_the_main_clause():
    t = lead("Three weeks after a landslide cut the only road into the valley, families are "
             "still walking two hours to reach the nearest shop for bread and water.")
    assert t.startswith("Families are still walking two hours")


def test_a_trailing_name_and_verb_gives_way_to_what_was_said():
    t = title("The new ferry timetable has been \"confusing and badly planned\" for daily "
              "commuters, regional transport chief Maria Lopes admitted on Thursday.",
              "Thursday")
    assert t != "Regional transport chief Maria Lopes admitted"
    assert "ferry timetable has been" in t


def test_a_day_s_name_inside_a_name_stays():
    t = title("Fans of Sheffield Wednesday-Leeds United games queued for hours at the gates.",
              "Wednesday")
    assert "Sheffield Wednesday-Leeds" in t


def test_a_day_after_a_name_then_a_verb_still_goes():
    # guard: "the minister Tuesday said" is a day, not a name's part
    t = title("The health minister told reporters in Leeds Tuesday that the wards would "
              "reopen.", "Tuesday")
    assert "Tuesday" not in t


def test_a_clause_cut_inside_its_quotation_runs_to_the_quotation_s_end():
    t = title('In 1948, the mayor urged the town not to be "timid, fearful of the river, '
              'hiding behind sandbags and waiting for the next flood to come."', "1948")
    assert not t.endswith('"timid')
    assert "fearful of the river" in t


def test_a_thin_clause_takes_the_verbless_phrase_after_its_comma():
    t = title("Dr Osei saw it coming last spring, far sooner and with far more "
              "clarity than the health ministry, which his reports have embarrassed.",
              "last spring")
    assert t.startswith("Dr Osei saw it coming, far sooner")


def test_a_thin_clause_keeps_out_an_aside_inside_it():
    # guard: "on a cost basis" is an aside before the clause goes on ("of $5bn")
    t = title("Leaving out the flood costs, the railway made a first quarter profit, on an "
              "underlying basis, of $80m, compared with $45m for the first quarter of 2011.",
              "first quarter")
    assert not t.endswith("on an underlying basis")


def test_a_relative_s_name_keeps_its_particle():
    t = title("Reporters asked how closely the letter reflected the views of the composer "
              "Ludwig van Beethoven, who had not written to his brother since the spring.",
              "the spring")
    assert t.startswith("Ludwig van Beethoven had not written")


def test_a_relative_inside_a_condition_keeps_its_condition():
    t = title("However, if the storm grows into a system that is anywhere near the strength "
              "of the great gale of 1987 we could see damage along the whole coast.", "1987")
    assert not t.startswith("A system is")


def test_a_clock_s_hour_taken_for_the_date_takes_its_minutes_and_zone():
    s = "16:42 GMT Schools across the region close their doors to slow the outbreak."
    t = title_and_terms(s, 0, 2)[0]
    assert t.startswith("Schools across the region close")


# captions and headlines run into a sentence

def test_a_caption_ending_on_a_name_before_a_plural_subject_is_split():
    t = lead("Aid has been slow to reach the villages in Nepal Volunteers are carrying food "
             "up the mountain paths on foot.")
    assert t.startswith("Volunteers are carrying food")


def test_a_team_s_name_is_no_caption_boundary():
    # guard: "the Chicago Bulls are" is one name with its verb
    t = lead("Fans cheered outside the arena as the Chicago Bulls were welcomed home.")
    assert t.startswith("Fans cheered")


def test_who_after_people_at_a_place_is_the_people():
    t = title("In March 2012 a county court awarded damages to 12 nurses at a city hospital "
              "who said a gas leak in 2009 had made them ill.", "2009")
    assert t.startswith("12 nurses at a city hospital said")


def test_a_fronted_speaking_phrase_is_not_moved_onto_the_object():
    t = title("Speaking ahead of the Booker Prize on Sunday, Okafor said more than 30 authors "
              "had already signed up to take part.", "Sunday")
    assert "part speaking" not in t
    assert t.startswith("Okafor said more than 30 authors")


def test_a_subject_whose_date_s_comma_stood_before_its_verb_keeps_the_verb():
    t = title('Returns filed by "Harbour Fisheries Ltd" with the county trade registry as '
              'recently as March 3, 2011, show that Moss was still listed as one of its two '
              'directors, according to records seen by the paper.', "March 3, 2011")
    assert "registry show that Moss was still" in t


def test_a_clause_before_the_date_s_comma_takes_no_second_verb():
    # guard: "after he collapsed [last Thursday], had stayed" is a list of the subject's verbs
    t = title("She said the driver had gone to the station with the boy after he fell last "
              "Thursday, had stayed for hours with the family and would stay in town to help "
              "the police.", "last Thursday")
    assert "fell had stayed" not in t


def test_a_capital_subordinator_after_a_lower_case_word_opens_the_next_sentence():
    t = title("The coach was hired by the club after a trial season in 2014 When the striker "
              "broke his leg on 3 May 2016, the coach was at the hospital with him.",
              "3 May 2016")
    assert t.startswith("The coach was at the hospital")


def test_a_title_case_heading_s_subordinator_is_no_sentence_start():
    # guard: "for First Time Since 1940s" is a headline's own words
    t = lead("Global Economy Will Shrink for First Time Since 1940s")
    assert t.startswith("Global Economy Will Shrink")


def test_a_timeline_s_rows_run_together_give_each_date_its_row():
    s = ("1961 - Floods cut the rail line 1979 - Fire destroys the old mill 1990 - Bridge "
         "reopens after repairs")
    i = s.index("1979")
    t = title_and_terms(*own_conjunct(s, i, i + 4, [(0, 4), (s.index("1990"), s.index("1990") + 4)]))[0]
    assert t == "Fire destroys the old mill"


def test_a_day_word_joined_to_the_date_goes_with_it():
    s = "The coastguard says that today and tomorrow crews will search the whole bay."
    i, o = s.index("tomorrow"), s.index("today")
    t = title_and_terms(*own_conjunct(s, i, i + 8, [(o, o + 5)]))[0]
    assert "today and crews" not in t


def test_that_after_a_saying_and_its_comma_is_no_relative():
    t = title("But as one historian has noted, that famous 1815 congress took a year to agree, "
              "whereas this one has taken a week.", "1815")
    assert "noted famous" not in t
    assert "that famous congress took a year" in t


def test_an_ing_word_before_a_bare_plural_noun_is_no_fronted_phrase():
    s = "Closing speeches, due to begin on 2 June, will now be heard on 20 June."
    i, o = s.index("2 June"), s.index("20 June")
    t = title_and_terms(*own_conjunct(s, i, i + 6, [(o, o + 7)]))[0]
    assert t.startswith("Closing speeches")


def test_a_reported_clause_s_that_before_a_determiner_goes_and_the_title_opens_in_capitals():
    t = title("The mayor is quick to point out that the city balanced its books for a decade, "
              "and that the port expanded at a steady pace from 2004 to 2009.", "2004")
    assert t.startswith("The port expanded at a steady pace")


def test_a_date_that_ends_the_sentence_after_a_noun_and_of_stays():
    t = title("That is what happened in the slump of the 1930s.", "the 1930s")
    assert t.endswith("the slump of the 1930s")


def test_a_noun_and_of_before_a_date_mid_sentence_still_goes():
    # guard: "like the election of [1980], demands" goes on past its comma
    t = title("He knows that this vote, like the vote of 1975, turns on one question: trust.",
              "1975")
    assert "1975" not in t


def test_a_range_s_first_end_goes_with_its_last():
    s = "Counts of the herd 3 March - 20 April Rangers say the numbers have doubled since spring."
    i, o = s.index("20 April"), s.index("3 March")
    t = title_and_terms(*own_conjunct(s, i, i + 8, [(o, o + 7)]))[0]
    assert " 3 Rangers" not in t and "herd 3" not in t


def test_a_label_before_its_colon_gives_way_to_what_it_announces():
    t = title("One last part of the riddle: Towns that lose their only bank branch see shops "
              "close within a few years, according to a survey published last year by the "
              "Rural Trust.", "last year")
    assert t.startswith("Towns that lose their only bank branch")


def test_a_passive_participle_after_a_clause_keeps_the_clause():
    t = title("One model for the new agency is the Land Bank, set up by the state in 1921 to "
              "buy farms from owners who had fallen into debt.", "1921")
    assert t.startswith("One model for the new agency is the Land Bank")


def test_a_title_case_headline_gives_way_to_a_sentence_opening_on_a_rank():
    t = lead("Council Weighs New Rules on River Dredging Sen. Maria Ortiz questions the harbour "
             "board at the hearing on flood defences.")
    assert t.startswith("Sen. Maria Ortiz questions the harbour board")


def test_a_rank_inside_a_sentence_is_no_headline_s_end():
    # guard: words in sentence case before "Dr." are the sentence's own
    t = lead("The hearing was told on Monday that Dr. Alan Reyes examined the patient twice.")
    assert t.startswith("The hearing was told")


def test_a_title_case_headline_gives_way_to_people_opening_the_sentence():
    t = lead("A Fresh Look at Farm Subsidies for the New Decade Growers gather outside the "
             "ministry to protest the cuts.")
    assert t.startswith("Growers gather outside the ministry")


def test_a_name_s_last_word_and_its_verb_is_no_headline_s_end():
    # guard: "Lehman Brothers files" is one name and its verb
    t = lead("September: Lehman Brothers files for bankruptcy protection after its lenders "
             "demand cash.")
    assert "Lehman Brothers files" in t


def test_a_saying_s_that_goes_when_that_lets_the_title_end_whole():
    t = title("Figures released on Monday by the county transport office show that bus journeys "
              "in the hill valley fell by a fifth.", "Monday")
    assert t.endswith("fell by a fifth")
    assert "…" not in t


def test_a_programme_named_after_a_day_keeps_its_day():
    t = title("She has been a guest twice on Saturday Review and has always been sharp and "
              "generous.", "Saturday")
    assert "on Saturday Review and" in t


def test_a_day_before_a_name_and_its_verb_still_goes():
    # guard: "on Friday Mr Okafor said" is a day, then the clause's subject
    t = title("The budget was passed on Friday and Mr Okafor said it would hold.", "Friday")
    assert "Friday" not in t


def test_an_and_left_before_a_dash_keeps_the_date():
    t = title('"That is what happened in 1953 and 1978 - two floods that broke the old sea wall '
              'in the same place," says Dr Evans.', "1978")
    assert "1953 and -" not in t


def test_the_fall_in_a_price_is_no_season():
    t = title("The fall in the town's house prices is largely down to the closure of the "
              "steelworks.", "The fall")
    assert t.startswith("The fall in the town's house prices")


def test_the_fall_as_a_season_still_goes():
    # guard: "in [the fall], the mill reopened" is the season
    t = title("In the fall, the old mill reopened as a museum.", "the fall")
    assert t.startswith("The old mill reopened")


def test_a_comparison_aside_between_what_was_said_and_its_verb_gives_way():
    t = title("Ann Price, another local pollster, said Monday's vote, like the council's choice "
              "of a new chair earlier in the spring, was a stunt aimed at winning back voters.",
              "Monday")
    assert t.startswith("Ann Price said the vote was a stunt")


def test_a_saying_s_that_stays_before_words_with_no_verb():
    # guard: a clause cut before what was found keeps its "that" and its ellipsis
    from store.title_trim import shorten
    t = shorten("A survey published by the county about the state of the region's high streets "
                "found that Leeds and York")
    assert "found that Leeds" in t and t.endswith("…")
