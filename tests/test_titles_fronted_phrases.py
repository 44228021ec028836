"""Titles, eighth round (issue 19): fronted phrases, clauses a comma left behind, a wire
dateline and byline, names cut in two, in sentences of our own. Each test fails on the
seventh round's code except the guards against over-reach (marked so)."""

from store.mention_titles import title_and_terms
from store.sentences import sentence_spans


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def lead_title(sentence: str) -> str:
    return title_and_terms(sentence, 0, 0, lead=True)[0]


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# a fronted participle or "together with" phrase holding the date: the main clause is it

def test_a_fronted_together_with_phrase_gives_way_to_its_main_clause():
    t = title("Together with 14 new claims in Leeds and two claims in Bristol lodged on Friday, a "
              "total of 912 tenants have now sued the housing firm.", "Friday")
    assert not t.startswith("Together with")
    assert t.startswith("A total of 912 tenants have now sued the housing firm")


def test_a_fronted_birth_date_gives_way_to_the_main_clause():
    t = title("Born in 1949, the youngest of five sons, Mr Orwin won a place at Leeds University "
              "to read chemistry and later joined the family's mill near Halifax as a manager.",
              "1949")
    assert not t.startswith("Born")
    assert "Mr Orwin won a place at Leeds University" in t


def test_a_fronted_participle_with_its_own_subject_is_left_alone():
    # guard: "Pressed on Monday, the minister said ..." keeps the clause after it as today
    t = title("Pressed by reporters on Monday, the minister said the tax would not rise.", "Monday")
    assert t.startswith("The minister said the tax would not rise")


# a clause set off by commas is no appositive when it ends on its verb

def test_a_clause_ending_on_its_verb_after_a_when_clause_stays():
    t = title("When fuel prices soared in the late 1970s, the cost of freight climbed, orders for "
              "new ships barely moved and the yards began to lay off welders by the hundred.",
              "the late 1970s")
    assert "exploded income" not in t and "soared orders" not in t
    assert t.startswith("The cost of freight climbed, orders for new ships barely moved")


# a date right after a participle, before "that": the participle needs it

def test_a_date_ending_a_reduced_relative_before_that_stays():
    t = title("The new loan scheme replaces a fund launched last spring that drew few borrowers "
              "because firms found its terms too strict.", "last spring")
    assert "launched that" not in t
    assert "a fund launched last spring that drew few borrowers" in t


# an inversion after a fronted date: the date stays, or the title has no subject

def test_a_date_opening_an_inversion_stays():
    t = title("And then this winter came the collapse of the regional airline, which left "
              "thousands of passengers stranded in three countries.", "this winter")
    assert not t.startswith("Came")
    assert t.startswith("This winter came the collapse of the regional airline")


def test_came_after_a_subject_is_no_inversion():
    # guard: "The storm came on Monday" is an ordinary clause
    t = title("The storm came on Monday and flooded the harbour.", "Monday")
    assert t.startswith("The storm came")


# a clause whose segment ends on a modal: what the modal needs is after an aside

def test_a_lead_cut_at_a_modal_before_an_aside_goes_on():
    t = lead_title("A council report has found the engineers estimated that 4,000 homes in the "
                   "valley could, in principle, lose power for a week after a severe storm.")
    assert not t.endswith("could")
    assert "could lose power" in t or "could, in principle, lose power" in t


# a copula with "until" before the date completes its clause: the date stays

def test_isnt_until_a_date_stays():
    t = title("The snow closed the pass, and the next coach that could take the whole choir "
              "isn't until tomorrow morning.", "tomorrow morning")
    assert not t.rstrip("…").endswith("isn't")
    assert "isn't until tomorrow morning" in t


# a wire dateline and a byline before it are furniture, not the title's opening

def test_a_byline_before_a_wire_dateline_goes():
    t = title("By Anna K. Verity and Tom Halse LISBON -- The collapse of two regional banks "
              "shook markets across Europe on Thursday.", "Thursday")
    assert not t.startswith("By ")
    assert t.startswith("The collapse of two regional banks shook markets")


def test_a_wire_dateline_with_country_and_date_goes():
    t = title("OSLO, Norway, Dec. 3 -- Norwegian Finance Minister Kari Lunde told bankers that "
              "the fund would sell its oil shares.", "Dec. 3")
    assert not t.startswith("OSLO")
    assert t.startswith("Kari Lunde told bankers")  # (her rank goes since round 10)


# a name cut in two by a run-on split

def test_a_name_after_a_title_is_not_split_at_a_lost_letter():
    # a page whose accented letter was lost: "In cio" after "President Luiz" is the name's
    text = ("LIMA, Peru, Nov. 8 -- Peruvian President Jose In cio Prado told finance ministers "
            "that poor countries need a larger say.\nMore follows.")
    first = sentences(text)[0]
    assert "Prado told finance ministers" in first


def test_a_run_on_after_a_place_still_splits():
    # guard: a headline run into its lead after a place name still splits
    text = ("Fresh floods hit northern Haiti In the capital, rescuers worked through the night "
            "to reach families.\nMore follows.")
    assert sentences(text)[0] == "Fresh floods hit northern Haiti"


# page furniture: a subscribe line's pitch, a live chat's reader questions

def furniture(text: str) -> list[str]:
    from store.inline_furniture import inline_furniture
    return [text[a:b].strip() for a, b in sorted(inline_furniture(text))]


def test_a_subscribe_lines_pitch_is_furniture():
    text = ("Get Dailybrief delivered to your inbox or mobile device every morning.\n"
            "It's like reading it on the blog, only much more convenient.\n"
            "Your essential source for the latest news on trade.\n"
            "Jane Roe of the Budget Institute argues that the plan has created more jobs.")
    found = furniture(text)
    assert "It's like reading it on the blog, only much more convenient." in found
    assert "Your essential source for the latest news on trade." in found
    assert not any("Jane Roe" in f for f in found)


def test_it_after_a_news_sentence_is_no_pitch():
    # guard: "It's" after an ordinary sentence is the story's own
    text = ("The council closed the bridge on Monday.\n"
            "It's the third closure this year, engineers said.")
    assert furniture(text) == []


def test_one_click_to_get_a_digest_is_a_subscribe_line():
    text = "All you need is one click to get the Morning Digest!\nThe bank cut rates on Monday."
    assert furniture(text) == ["All you need is one click to get the Morning Digest!"]


CHAT = """Monday, June 1, 2009; 1:00 PM Post writer Ann Lee was online to answer questions.
Dayton, Ohio: Among the lenders, Acme is the only one that stayed solvent.
Is that luck?
Salem, Ore.: Will Congress repeal the 1999 act? Ann Lee: Thanks. The act was repealed in part last week.
Austin, Tex.: Acme is reporting record profits today.
Boston, Mass.: Great story. Ann Lee: Yes, it did."""


def test_a_live_chats_reader_questions_are_furniture_and_the_answers_are_not():
    found = furniture(CHAT)
    assert any(f.startswith("Austin, Tex.: Acme is reporting record profits") for f in found)
    assert any(f.startswith("Salem, Ore.: Will Congress repeal") for f in found)
    assert not any("The act was repealed in part last week" in f for f in found)


def test_two_place_labels_make_no_chat():
    # guard: a page with a couple of place labels (a list of offices) is not a chat
    text = ("Offices of the firm.\nDayton, Ohio: the plant opened in 2001.\n"
            "Salem, Ore.: the depot opened in 2004.\nBoth sites were sold last week.")
    assert furniture(text) == []


# a film or book title in title case is no run-on

def test_a_title_in_title_case_is_not_split():
    text = ("Lawyers wanted to show clips from the film This Is Now in an effort to prove the "
            "band was still touring.\nThe judge refused.")
    assert sentences(text)[0].endswith("the band was still touring.")
    text = ("3 May 2011 Footage from the band's This Is Now tour can not be used, the judge "
            "rules.\nMore follows.")
    assert sentences(text)[0].startswith("3 May 2011 Footage from the band's This Is Now tour")


def test_a_headline_run_into_the_lead_still_splits():
    # guard: "The" before a word that is no function word still opens the lead
    text = ("Floods close schools across the region The Environment Agency issued six warnings on "
            "Monday.\nMore follows.")
    assert sentences(text)[0] == "Floods close schools across the region"


def test_the_pages_own_credit_and_correction_are_furniture():
    text = ("The mill closed on Friday.\nThis article was reported jointly with Citywatch, a "
            "non-profit newsroom.\nA previous version of this story misstated the mill's age.")
    found = furniture(text)
    assert "This article was reported jointly with Citywatch, a non-profit newsroom." in found
    assert "A previous version of this story misstated the mill's age." in found
    assert "The mill closed on Friday." not in found


def test_a_report_named_in_a_sentence_is_no_credit():
    # guard: "this report" inside a sentence about a report is news
    text = "The minister said this report was written before the flood."
    assert furniture(text) == []


def test_a_call_to_readers_after_a_page_stamp_is_furniture():
    text = ("Last updated: 3 May 2011 Are you looking for a lost relative?\n"
            "The archive opened a new reading room on Monday.")
    found = furniture(text)
    assert any(f.endswith("Are you looking for a lost relative?") for f in found)
    assert not any("reading room" in f for f in found)


# a name before its role is the subject, not a phrase fronted before the clause

def test_a_name_after_a_fronted_date_keeps_its_place_as_subject():
    t = title("Yesterday, Marta Lindqvist, Sweden's trade minister and chair of the council, said "
              "it was time for the rules to be rewritten, calling them unfit for a crisis.",
              "Yesterday")
    assert t.startswith("Marta Lindqvist said it was time for the rules to be rewritten")
    assert "marta" not in t


def test_a_quotation_said_by_a_role_and_name_says_who():
    t = title('"Shipping firms see this as the first good news since that terrible storm in the '
              'Channel last winter," said the paper\'s transport editor Ruth Mayall.', "last winter")
    assert t.startswith("Ruth Mayall said:")  # (the role before the name goes: cx18)


def test_a_photo_caption_ending_on_its_full_date_is_furniture():
    text = ("Brokers watch screens on the floor of the exchange Tuesday, Oct. 7, 2008.\n"
            "The index fell 4 percent on Tuesday.")
    assert furniture(text) == ["Brokers watch screens on the floor of the exchange Tuesday, "
                               "Oct. 7, 2008."]


def test_a_full_date_after_on_is_no_caption():
    # guard: prose that dates with "on" is news
    text = "The index fell 4 percent on Tuesday, Oct. 7, 2008.\nMore follows."
    assert furniture(text) == []


def test_a_phone_ins_hours_are_furniture():
    text = "Have your say on the flood plan. (Lines are open between 10.30 am and 1pm.)"
    assert any("Lines are open between" in f for f in furniture(text))


# a date that is part of a name, or a verb's object before "as"

def test_a_day_inside_a_papers_name_stays():
    t = title("The Sunday Herald reported that the council would sell its stake in the airport.",
              "Sunday")
    assert t.startswith("The Sunday Herald reported")


def test_a_date_that_is_the_object_of_regard_as_stays():
    t = title("Historians may regard this decade as the start of a long decline in the "
              "region's heavy industry.", "this decade")
    assert "regard as" not in t
    assert t.startswith("Historians may regard this decade as the start")


def test_a_date_after_on_is_still_cut():
    # guard: an adverbial date goes as before
    t = title("The bank said on Sunday that it would sell the unit.", "Sunday")
    assert t == "The bank said that it would sell the unit"


# "who" after a name and a role is the person

def test_who_after_a_role_is_the_person_named_before_it():
    t = title("The bill was drafted by Ann Lee, a lawyer for the union, who in March resigned "
              "from the board of the firm after a long dispute over pay and pensions.", "March")
    assert t.startswith("Ann Lee resigned from the board")


# a long title loses a relative aside between its subject and its verb

def test_a_relative_aside_before_the_verb_goes_from_a_long_title():
    t = title("As the governor admitted in a speech yesterday, the state, which has gone from the "
              "country's richest to one of its poorest in a decade, can no longer pay for the "
              "new roads it promised.", "yesterday")
    assert "can no longer pay" in t
    assert "which has gone" not in t


# a caption's participle opener after a quotation's close

def test_speaking_after_a_quotations_close_opens_a_sentence():
    text = ("Ann Lee says the week before the vote was a ' nightmare ' Speaking to the radio on "
            "16 September Ann Lee criticised the timing of the count.\nNext one.")
    assert sentences(text)[1].startswith("Speaking to the radio")


def test_a_live_chats_announcement_is_furniture():
    text = ("Post writer Ann Lee was online Monday, June 1 at 1 p.m. ET to answer questions about "
            "the bank rescue.\nThe bank was rescued on Sunday.")
    found = furniture(text)
    assert any(f.startswith("Post writer Ann Lee was online") for f in found)
    assert "The bank was rescued on Sunday." not in found


def test_a_possessive_is_no_verb():
    # "Marta Berg's column" names no happening: the sentence it came from does
    t = title("Of all the comment on the crisis in the papers and on the radio, Marta Berg's "
              "Sept. 25 column, \"A Street With Sense,\" came closest to the mark.", "Sept. 25")
    assert t != "Marta Berg's column"
    assert "came closest" in t or t.endswith("…")


# run-ons: "Also" after a lowercase word; a second name and verb after a caption with a verb

def test_also_after_a_lowercase_word_opens_a_sentence():
    text = ("The tide carried the slick into the marshes.\nTar has coated the reeds in the bay "
            "Also on Friday, the coastguard said it was talking to Cuba about the spill.\nNext.")
    assert "Also on Friday, the coastguard said it was talking to Cuba about the spill." in \
        sentences(text)


def test_a_name_and_verb_after_a_caption_with_a_verb_opens_the_lead():
    text = ("Flu reaches the northern islands It is unclear why infection rates are higher in "
            "island villages Norway is investigating whether the villages may be worse hit, "
            "officials say.\nMore follows.")
    assert sentences(text)[2].startswith("Norway is investigating")


def test_a_role_noun_before_a_name_is_no_caption_end():
    # guard: "cement contractor Halliburton said" is one clause
    text = ("Flu reaches the northern islands It is unclear why the firm branded the report "
            "biased while cement contractor Halliburton said it had errors.\nMore follows.")
    assert not any(s.startswith("Halliburton") for s in sentences(text))


# what goes with a date: "or early next", a clock time's zone

def test_or_early_next_goes_with_the_date():
    # (the eleventh round keeps a date a negation is said of, "won't happen until [late this
    # year] or early next"; a date that goes still takes its other end with it)
    t = title("Even if the board does merge, the vote will probably come in late this year or "
              "early next.", "late this year")
    assert "or early next" not in t
    assert "late this year" not in t
    assert "The vote will probably come" in t


def test_a_clock_times_zone_goes_with_it():
    t = title("Sensors recorded a first tremor of 5.2 at 0412 local time (0912 GMT).", "0412")
    assert "local time" not in t and "GMT" not in t
    assert t == "Sensors recorded a first tremor of 5.2"


def test_a_timelines_dated_entry_run_into_the_one_before_splits():
    text = ("The band was rehearsing for its tour when the drummer quit 3 May 2010 Ms Roe "
            "finds a new drummer in Leeds.\nNext.")
    assert sentences(text)[1].startswith("3 May 2010 Ms Roe finds a new drummer")


def test_a_full_date_after_on_stays_in_its_sentence():
    # guard: "on 3 May 2010 Ms Roe ..." is one sentence with a fronted date
    text = "Headline.\nThe tour began on 3 May 2010 Ms Roe said in a statement last week.\nNext."
    assert sentences(text)[1] == "The tour began on 3 May 2010 Ms Roe said in a statement last week."


def test_a_readers_post_under_a_stamp_with_a_colon_is_furniture():
    text = ("Officials said 500 had died.\n2042: Ann Lee from Salem in Oregon, US, writes: Please "
            "help them, this is all they have.\nThe UN said aid arrived on Monday.")
    found = furniture(text)
    assert any("Ann Lee from Salem" in f for f in found)
    assert not any("The UN said" in f for f in found)


def test_a_quotation_after_a_speaker_and_an_aside_keeps_the_speaker():
    t = title("Aid figures: EU - $600m pledged, with more later Ms Roe, who visited the city on "
              "Sunday, added: \"The things I saw yesterday compel us to act quickly.\"", "yesterday")
    assert t.startswith("Ms Roe added:")


def test_a_decade_pair_goes_with_the_date():
    t = title("The tin was the staple of many parties in the 1960s and 70s, and collectors now "
              "pay for the few that are left in good order across the country.", "the 1960s")
    assert "and 70s" not in t


def test_a_long_title_keeps_the_name_not_its_role_or_a_fronted_date():
    t = title("On Friday, the regional fire chief leading the response, Chief Ann Lee, said the "
              "blaze could be contained by Monday.", "Monday")
    assert t.startswith("Chief Ann Lee said the blaze could be contained")


def test_an_including_aside_before_the_verb_goes_from_a_long_title():
    t = title("Last night, senior ministers, including Finance Minister Jon Berg and Trade "
              "Minister Kari Lunde of the coalition, were to discuss the plan at a dinner in Oslo.",
              "Last night")
    assert t.startswith("Senior ministers were to discuss the plan")


def test_he_said_before_a_quotation_is_no_fronted_phrase():
    t = title('In mid-2009, he said, "it was a good deal, but every time we called the bank, the '
              'fee went up."', "mid-2009")
    assert t.startswith('He said, "it was a good deal')


def test_an_attributive_date_before_a_name_after_a_stays():
    t = title("The next mayor will have the chance to be a 21st-century Haussmann.", "21st-century")
    assert "be a Haussmann" not in t
    assert t.endswith("a 21st-century Haussmann")


def test_a_year_after_a_is_no_live_pages_stamp():
    t = title("He bought a 2008 Ford in Leeds from a dealer last year.", "2008")
    assert t.startswith("He bought a")


def test_a_claim_with_can_keeps_its_speaker():
    t = title("Ann Lee, a marine biologist at Leeds University, said warm water and still air "
              "can starve a bay of oxygen and kill its fish in late August.", "late August")
    assert t.startswith("Ann Lee said warm water and still air can starve a bay")


def test_a_line_of_posted_by_stamps_is_furniture():
    text = ("The bishop spoke on Sunday.\nPosted by Ann Lee on March 3, 2009 5:27 AM Posted by "
            "Jon Roe, on March 9, 2009 7:13 AM Posted by Kari Berg, on March 9, 2009 5:56 AM\n"
            "The synod met on Monday.")
    found = furniture(text)
    assert any(f.startswith("Posted by Ann Lee") for f in found)
    assert not any("synod" in f or "bishop" in f for f in found)


def test_an_adverb_of_the_first_verb_is_not_the_recovered_subjects():
    t = title("The port authority initially estimated that 300 ships were delayed, but conceded "
              "on Monday it could not be sure how many had turned back.", "Monday")
    assert "initially conceded" not in t
    assert t.startswith("The port authority conceded")


def test_with_after_a_lowercase_word_opens_the_lead():
    text = ("Rescue teams are slowly reaching the valley With up to 500 people feared missing, "
            "charities are sending tents.\nMore follows.")
    assert sentences(text)[1].startswith("With up to 500 people feared missing")


def test_with_in_a_title_case_headline_stays():
    # guard: "Will Meet With X" is a headline's own "With"
    text = ("Mayor Calls Plan Vital, Will Meet With Council Leaders The mayor said yesterday "
            "that the plan was vital.\nMore follows.")
    assert not any(s.startswith("With Council") for s in sentences(text))


def test_a_media_players_message_is_furniture():
    text = "Race to reach the valley Can not play media.\nRescuers reached the valley on Monday."
    assert any("Can not play media" in f for f in furniture(text))


def test_a_players_region_message_is_furniture():
    text = "Sorry, this media is not available in your territory.\nRescuers arrived on Monday."
    assert furniture(text) == ["Sorry, this media is not available in your territory."]


def test_that_after_a_verb_of_meaning_is_no_relative():
    t = title("The decision to close the bridge for repairs meant that traffic was backed up "
              "through the old town for about six hours on Friday.", "Friday")
    assert t.startswith("The decision to close the bridge for repairs meant")


def test_a_present_verb_of_showing_gets_its_subject_back():
    t = title("The latest figures, released in mid-March, show that the trade gap with Japan hit "
              "a record of $98.1 billion in 2009, the widest ever recorded with any country.",
              "2009")
    assert t.startswith("The latest figures show that the trade gap with Japan hit a record")
