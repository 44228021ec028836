"""Titles, tenth round (issue 19), in sentences of our own: a title that would say too little
without its date keeps it, and a view or prediction keeps who holds it. Each test fails on
the ninth round's code except the guards against over-reach (marked so)."""

from store.mention_titles import title_and_terms


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


# a plan's verb, or a participle, with nothing after it but the date

def test_a_short_plan_keeps_the_date_its_verb_waits_for():
    assert title("The vigils will carry on through the holiday.",
                 "through the holiday") == "The vigils will carry on through the holiday"
    assert title("The hearing is due to resume on Thursday.",
                 "Thursday") == "The hearing is due to resume on Thursday"


def test_a_participle_after_a_comma_keeps_the_date_it_led_to():
    t = title("The band had been due to play twelve nights at the city's arena, starting on 4 May.",
              "4 May")
    assert t.endswith("starting on 4 May")


def test_a_short_past_happening_still_loses_its_date():  # guard
    assert title("The ferry sank on Tuesday.", "Tuesday") == "The ferry sank"
    assert title("The pier was reopened on 3 June.", "3 June") == "The pier was reopened"


def test_a_long_plan_still_loses_its_date():  # guard
    t = title("The regional water board and the two county councils will jointly publish "
              "their flood plan in March.", "March")
    assert not t.endswith("March")


# a prediction, or a saying in the present, keeps who holds it; a long rank before a
# person's name goes, as a headline names the person

def test_a_prediction_keeps_its_speaker():
    t = title("Harbour master Jo Penrose said on Friday the new breakwater will halve winter "
              "flooding on the quay.", "Friday")
    assert t.startswith("Jo Penrose said")
    assert "will halve winter flooding" in t


def test_a_present_saying_keeps_its_speaker():
    t = title("The county archaeology unit says the hoard was buried in the early 600s by a "
              "retreating army.", "the early 600s")
    assert t.startswith("The county archaeology unit says the hoard was buried")


def test_a_rank_before_a_name_goes_but_a_body_stays_whole():
    t = title("Regional Health Minister Ana Ferreira said on Monday that the clinic would "
              "reopen.", "Monday")
    assert t == "Ana Ferreira said that the clinic would reopen"
    t = title("The Northern Rail Passenger Association says its members will boycott the new "
              "timetable from 4 June.", "4 June")
    assert t.startswith("The Northern Rail Passenger Association says")


def test_a_name_after_a_preposition_is_not_cut_out_of_its_speaker():  # guard
    t = title("A spokesman for the Harbour Trust said on Monday the ferry would resume "
              "sailings to the island.", "Monday")
    assert t.startswith("A spokesman for the Harbour Trust said")


def test_a_past_report_of_what_happened_still_loses_its_speaker():  # guard
    t = title("Police said two men were arrested in the town centre on Saturday night.",
              "Saturday night")
    assert t == "Two men were arrested in the town centre"


def test_a_run_on_before_a_saying_is_no_speaker():  # guard
    t = title("Crowds gathered at the gates of the stadium Stewards say the doors will open "
              "at noon on Sunday.", "Sunday")
    assert "Crowds gathered at the gates of the stadium Stewards say" not in t


# a headline in words of its own, run into the sentence that names its subject again

def test_a_headline_run_into_its_sentence_gives_way_to_it():
    s = ("Ferry Firm to Review Winter Timetable Ferry operator Northlink will cut two "
         "sailings a day from 3 January.")
    t = title(s, "3 January")
    assert t.startswith("Ferry operator Northlink will cut two sailings")
    s = ("Dutch dike repairs run late after storm Dutch water officials say the work will "
         "finish in March.")
    assert title(s, "March").startswith("Dutch water officials say")


def test_a_name_said_twice_inside_one_sentence_is_no_run_on():  # guard
    s = ("The inquiry into the death of the Northlink skipper heard that Northlink had cut "
         "its safety budget in 2008.")
    assert title(s, "2008").startswith("The inquiry")
    s = ("Relatives of the late singer Amy Rowe said the family of Rowe will hold a "
         "memorial concert in May.")
    assert "Rowe will hold" not in title(s, "May")[:20]


# a season or month naming the noun after it, and a date that is an infinitive's object

def test_a_season_before_the_noun_it_names_keeps_its_preposition():
    t = title("Growers asked for seed loans before the spring sowing season opens in April.",
              "the spring")
    assert "before the sowing season opens" in t
    assert "loans sowing season" not in t


def test_a_season_opening_a_clause_still_goes():  # guard
    assert title("In the winter the ferry runs twice a day.", "the winter") == \
        "The ferry runs twice a day"


def test_a_date_that_is_an_infinitives_object_stays():
    t = title("Engineers said the new pumps were too slow to drain the autumn.", "the autumn")
    assert t.endswith("to drain the autumn")


# "that" after a noun such as "chance" or "fact" opens what the noun holds

def test_that_after_a_noun_of_chance_is_no_relative_clause():
    s = ("There is also a chance that Northlink will end up not paying its dividend this year "
         "and it is almost certain that the amount Northlink is having to pay out for the "
         "harbour repairs will eventually affect the dividend.")
    t = title(s, "this year")
    assert "a chance that Northlink will end up" in t
    assert not t.startswith("A chance Northlink")


def test_a_relative_that_after_a_common_noun_still_names_it():  # guard
    s = ("Residents of the three northern valleys were excluded from a hastily brokered "
         "truce that began on Tuesday after weeks of protests.")
    assert title(s, "Tuesday").startswith("A hastily brokered truce began")


def test_a_title_case_headline_gives_way_to_its_sentence_after_a_rank():
    s = ("Mayor Outlines Her Plans for the Old Docks Mayor Lindqvist unveiled a plan on "
         "Monday to turn the old docks into housing.")
    assert title(s, "Monday").startswith("Mayor Lindqvist unveiled a plan")


def test_a_caption_naming_its_subject_with_another_verb_gives_way():
    s = ("Maria Okafor was sure her shop was lost Maria Okafor may reopen her shop on the "
         "high street next month, her landlord said.")
    assert title(s, "next month").startswith("Maria Okafor may reopen her shop")


def test_a_long_saying_takes_a_headlines_colon_so_its_end_shows():
    t = title("Regional Health Minister Ana Ferreira said on Monday that the clinic in the old "
              "market hall would reopen its doors to walk-in patients.", "Monday")
    assert t == "Ferreira: the clinic in the old market hall would reopen its doors to walk-in patients"
    t = title("The Northern Rail Passenger Association said on Monday that commuters will "
              "boycott all the new winter timetables.", "Monday")
    assert t == "The Northern Rail Passenger Association: commuters will boycott all the new winter timetables"


def test_a_saying_that_points_back_to_its_speaker_keeps_said():  # guard
    t = title("The harbour master's eldest son said on Monday that he had heard the cries from "
              "the quay and, almost an hour later, pulled two men from the water.", "Monday")
    assert ":" not in t


# a year an adjective describes, a century as an adjective, a phrasal verb's particle, and a
# fronted "Speaking on ..."

def test_a_year_described_by_an_adjective_after_a_stays():
    t = title('"The harbour faces a truly grim 2011," the board chairman said.', "2011")
    assert "a truly grim 2011" in t


def test_a_century_as_an_adjective_keeps_its_preposition():
    t = title("The festival revives a town founded by 12th-century Cistercians on the river "
              "bank.", "12th-century")
    assert "founded by Cistercians" in t


def test_turn_around_keeps_its_particle():
    t = title("The harbour board says trade will not turn around until at least 2012.", "2012")
    # (the date stays: without it "will not turn around" says the opposite; gb18)
    assert t.endswith("will not turn around until at least 2012")


def test_a_fronted_speaking_phrase_goes_rather_than_moving():
    t = title("Speaking this morning on local radio, the harbour master said the quay was "
              "safe again.", "this morning")
    assert "local radio" not in t
    assert "the quay was safe again" in t


def test_a_caption_run_into_a_sentence_naming_its_subject_in_full_gives_way():
    s = ("Ms Okafor has run the shop for 30 years The council's trading officer Maria Okafor "
         "will close the market hall on 2 March.")
    assert title(s, "2 March").startswith("Maria Okafor will close the market hall")


def test_a_longer_name_after_a_preposition_is_no_run_on():  # guard
    s = ("Okafor is a common name in the town and relatives of the trader Maria Okafor say "
         "the stall will reopen on 2 March.")
    assert not title(s, "2 March").startswith("Maria Okafor say")


def test_a_whole_sentence_fallback_puts_its_main_clause_first():
    s = ("Stung by the storm damage and the slump in visitors across the coast and the islands, "
         "the ferry company is set to cut its winter sailings, with the harbour board "
         "predicting this week that trade would fall by a third.")
    t = title(s, "this week")
    assert t.startswith("The ferry company is set to cut its winter sailings")


def test_a_caption_ending_on_its_date_run_into_the_next_sentence_ends_there():
    s = ("The quay has been closed since 3 March Harbour Master Jo Penrose has told the "
         "council that repairs will take a year.")
    assert title(s, "3 March") == "The quay has been closed"


def test_a_report_without_that_keeps_what_was_said():  # guard
    s = "Officials said on Monday President Okafor will visit the quay."
    assert "will visit the quay" in title(s, "Monday")


def test_a_short_since_clause_keeps_the_clause_it_ends():
    s = ("More than 40 ferries have been laid up along the coast since the strike began on "
         "3 March, leaving the islands without fuel.")
    assert title(s, "3 March") == ("More than 40 ferries have been laid up along the coast "
                                   "since the strike began on 3 March")


def test_a_segment_with_no_subject_of_its_own_is_not_taken_whole():  # guard
    s = ("The island council says the flood is officially the worst on record, with 40 homes "
         "flooded before the sea wall was closed last month.")
    assert not title(s, "last month").lower().startswith("with 40 homes")


def test_an_object_relative_says_who_did_what_to_its_head():
    s = ("The levy, which Harbour Master Jo Penrose is set to announce on Monday, is being "
         "drawn up under pressure from the fishing fleet and the ferry company alike.")
    assert title(s, "Monday") == "Harbour Master Jo Penrose is set to announce the levy"


def test_a_century_before_a_place_keeps_its_preposition():
    s = "A bounty was offered in early 19th Century Cornwall for the capture of smugglers."
    assert "offered in Cornwall" in title(s, "early 19th Century")


def test_a_credit_then_the_same_name_opening_the_sentence_is_a_run_on():
    s = ("New sea wall at the harbour mouth - Northlink Northlink says the wall should be "
         "finished by the end of the month, weather permitting.")
    assert title(s, "the end of the month").startswith("Northlink says the wall")


def test_a_date_that_completes_be_before_before_stays():
    s = "The harbour board says it will be Thursday before the ferry can sail again."
    assert "will be Thursday before the ferry" in title(s, "Thursday")


def test_a_saying_early_on_a_day_goes_whole():
    s = ("The coastguard said early on Monday that 40 people had been lifted from the ferry "
         "by helicopter, and 12 more by the lifeboat on Sunday.")
    assert not title(s, "Sunday").startswith("Early on")


def test_or_two_goes_with_its_date():
    s = ('But in the last day or two before the vote Mr Okafor said the plan seemed "safe '
         'enough, cheap enough and quick to build...')
    assert not title(s, "the last day").startswith("Or two")


def test_a_claim_of_a_state_keeps_its_speaker():
    s = "The harbour board said on Friday that the old sea wall was unsafe for walkers."
    assert title(s, "Friday").startswith("The harbour board said that the old sea wall was unsafe")


def test_a_reported_passive_happening_still_loses_its_speaker():  # guard
    s = "The harbour board said on Friday that the old sea wall was closed to walkers."
    assert title(s, "Friday").startswith("The old sea wall was closed")


def test_a_pronoun_speaker_is_not_kept_for_a_claim():  # guard
    s = "He said on Friday that the old sea wall was unsafe for walkers."
    assert not title(s, "Friday").startswith("He said")


def test_up_to_goes_with_a_date_after_a_span():
    s = "The pumps moved 900 tonnes of water in the 24 hours up to midnight on Friday."
    assert title(s, "midnight on Friday").endswith("in the 24 hours")


def test_a_quoted_date_keeps_its_quotation():
    s = 'The harbour board hopes to reopen the quay "by the end of the month" to small boats.'
    assert '" "' not in title(s, "the end of the month")


def test_the_kind_of_is_no_relatives_head():
    s = ("The island's reserves are large enough, for now, to stave off the kind of crisis "
         "that shook both harbours in 1998.")
    assert not title(s, "1998").startswith("The kind of crisis shook")


def test_a_short_since_clause_after_an_aside_takes_the_sentences_subject():
    s = ("The 42-year-old deckhand, originally from Mousehole, Cornwall, has been unaccounted "
         "for since the trawler sank on Tuesday.")
    assert title(s, "Tuesday") == ("The 42-year-old deckhand has been unaccounted for since the "
                                   "trawler sank")


def test_not_yet_keeps_its_date():
    s = "Not yet noon, and the harbour was already full of boats."
    assert title(s, "noon").startswith("Not yet noon")


def test_a_byline_run_into_a_sentence_naming_its_writer_again_goes():
    s = ("By Jo Penrose Harbour correspondent, Coast News Jo Penrose looks at how the new sea "
         "wall was built in 2011.")
    assert title(s, "2011").startswith("Jo Penrose looks at how the new sea wall was built")


def test_due_goes_with_its_date_between_a_noun_and_its_verb():
    s = "The harbour board's annual accounts due on Tuesday are expected to show a loss."
    assert title(s, "Tuesday").startswith("The harbour board's annual accounts are expected")


def test_a_speaker_with_an_aside_keeps_a_view_in_a_long_sentence():
    s = ("Jo Penrose, an independent harbour engineer, says early surveys suggest that the "
         "old sea wall shifted more than a metre in January compared with the same month in "
         "2008.")
    assert title(s, "January").startswith("Jo Penrose says early surveys suggest")


def test_a_relative_clauses_list_is_not_run_into_the_clause():
    s = ("Crews are working to help the families of the island stranded by Tuesday's storm, "
         "who lack food, water, fuel and dry clothing.")
    assert not title(s, "Tuesday").endswith(("water", "water…"))


def test_a_year_before_a_name_and_its_noun_keeps_its_preposition():
    assert title("Fishermen still haunted by 1987 Brixham storm", "1987") == \
        "Fishermen still haunted by Brixham storm"


def test_a_year_before_a_run_on_sentence_goes_with_its_preposition():  # guard
    s = "The pier was given to the town by Penrose in 1902 Brixham's only lifeboat was lost."
    assert "in Brixham" not in title(s, "1902")


def test_a_claim_with_not_keeps_its_speaker():
    s = "The harbour board said on Friday that the ferry company was not to blame."
    assert title(s, "Friday").startswith("The harbour board said that the ferry company was not")


def test_a_timeline_entry_loses_its_date_label_however_short():
    assert title("4 March 2012 Harbour repairs begin.", "4 March 2012") == "Harbour repairs begin"
    assert title("4 March 2012", "4 March 2012") == "4 March 2012"  # (a bare label stays)


def test_a_quotations_speaker_of_five_words_is_named():
    s = ('"The problem is that nobody knows what the harbour owns," Harbour Board Chair Jo '
         'Penrose said on Sunday.')
    assert title(s, "Sunday").startswith("Harbour Board Chair Jo Penrose said")


def test_a_plan_of_eight_words_keeps_its_date():
    assert title("The lifeboat station is expected to be completed in mid-September.",
                 "mid-September") == \
        "The lifeboat station is expected to be completed in mid-September"
