"""Run-ons a copy that lost its line breaks leaves (issue 19 sections 1 and 3): a headline in
title case, a label in capitals, a photo credit, a caption's "(left)" or a timeline's row label
run into the next sentence with no full stop. Each is split where it ends; names that look the
same in running text stay whole. Every sentence here is written for the test.
"""

from __future__ import annotations

from store.mention_titles import title_and_terms
from store.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


# ------------------------------------------------------------------ headlines in title case

_TAIL = ("\nThe harbour board said the work would take a year, and the crane operators agreed "
         "to the new shifts.")


def test_a_title_case_headline_then_a_number_that_opens_the_lead():
    text = ("Port Authority Putting New Weight on Cutting Harbour Delays Six months ago, a port "
            "official drew up a plan for faster unloading." + _TAIL)
    assert split(text)[:2] == [
        "Port Authority Putting New Weight on Cutting Harbour Delays",
        "Six months ago, a port official drew up a plan for faster unloading."]


def test_a_title_case_headline_then_the_lead_opening_on_a_determiner_and_a_name():
    text = ("Harbour Rescue Plan Set in Motion The Dunmore council yesterday approved a plan to "
            "dredge the silted harbour mouth." + _TAIL)
    assert split(text)[1].startswith("The Dunmore council yesterday approved")


def test_a_title_case_headline_then_a_rank_and_a_name():
    text = ("Mayor Unveils His Plans for Harbour Renewal Mayor Ostrowski promised a new ferry "
            "terminal in a speech to the harbour board last night, and he asked for patience."
            "\nOstrowski spoke for an hour. The harbour renewal will cost millions.")
    assert split(text)[1].startswith("Mayor Ostrowski promised a new ferry terminal")


def test_a_title_case_headline_then_a_person_the_page_names_again():
    text = ("With Strong Ties to the Docks, Dunmore Feels Strain of Harbour Closure Teodor "
            "Wasik had to leave Dunmore after losing his job on the docks." + _TAIL
            + "\nWasik now drives a bus. The closure hit the docks and the harbour hard, and "
            "the strain is felt everywhere.")
    assert split(text)[1].startswith("Teodor Wasik had to leave Dunmore")


def test_a_title_case_headline_then_the_lead_on_the_pages_second_line():
    text = ("Tuesday, March 3, 2015; 4:30 PM\nHarbour Dredging Plan Set in Motion The Dunmore "
            "council yesterday approved a plan to dredge the silted harbour mouth." + _TAIL)
    assert "The Dunmore council yesterday approved a plan to dredge the silted harbour mouth." \
        in split(text)


def test_a_title_set_from_the_lead_drops_the_headline():
    text = ("Dunmore Harbour Dredging Set in Motion The Dunmore council yesterday approved a "
            "plan to dredge the silted harbour mouth." + _TAIL)
    sentence = next(s for s in split(text) if "yesterday" in s)
    assert title(sentence, "yesterday") == (
        "The Dunmore council approved a plan to dredge the silted harbour mouth")


def test_names_and_ranks_in_title_case_prose_stay_one_sentence():
    # guard: a sentence that opens on two people's ranks and names is no headline
    text = ("Harbour Master Piet Olsen and Port Authority Chairman Anna Berg pressed the council "
            "yesterday to pay for the new cranes." + _TAIL)
    assert split(text)[0].startswith("Harbour Master Piet Olsen and Port Authority Chairman")
    assert split(text)[0].endswith("new cranes.")


def test_a_speakers_label_in_title_case_keeps_what_was_said():
    # guard: "X: words" says whose words they are; the colon is no seam
    text = ('Harbour Board Chairwoman Anna Berg: "There is no need to close the docks" The '
            "board met for three hours on the harbour's future." + _TAIL)
    assert split(text)[0].startswith('Harbour Board Chairwoman Anna Berg: "There is no need')


def test_a_persons_title_before_their_name_is_no_headline():
    # guard: "Dean of ... Cathedral" is the title of the person named after it
    text = ("The appeal closed last week after a month. / Dean of St Brigid's Cathedral Tomas "
            "Healy has restarted the winter appeal for the homeless this week.\nHealy said "
            "the cathedral and its dean would match every gift to the appeal.")
    assert not any(s.startswith("Tomas Healy has restarted") for s in split(text))


# ------------------------------------------------------------------ labels, credits, rows

def test_a_label_in_capitals_that_opens_a_line_stands_alone():
    text = ("The ferries stopped on Monday.\nHOW THE HARBOUR SILTED UP Sand carried down the "
            "river settles where the current slows at the harbour mouth.")
    assert split(text)[1:] == [
        "HOW THE HARBOUR SILTED UP",
        "Sand carried down the river settles where the current slows at the harbour mouth."]


def test_a_label_in_capitals_with_a_dash_that_opens_a_line_stands_alone():
    text = ("The ferries stopped on Monday.\nDREDGING THE MOUTH - DELAYED Plans to dredge the "
            "harbour mouth were put back when the barge broke down.")
    assert split(text)[1] == "DREDGING THE MOUTH - DELAYED"


def test_a_place_in_capitals_that_opens_a_dateline_is_no_label():
    # guard: a dateline's place has a comma after it, not a sentence
    text = ("SAINT JOHN'S HARBOUR, Canada, March 3 -- The ferries stopped on Monday after a "
            "storm filled the harbour mouth with sand.")
    assert len(split(text)) == 1


def test_a_rows_label_in_capitals_after_its_date_leaves_the_title():
    sentence = ("3 - 9 JUNE: DREDGING THE MOUTH - DELAYED Plans to dredge the harbour mouth are "
                "put back as the barge breaks down.")
    assert title(sentence, "9 JUNE") == (
        "Plans to dredge the harbour mouth are put back as the barge breaks down")


def test_a_photo_credit_ends_the_caption_it_credits():
    text = ("The harbour master grew up on the island of Arran with his aunt (photo: Dunmore "
            "Gazette) Dunmore's harbour master, Piet Olsen, has been cleared of neglect.")
    assert split(text) == [
        "The harbour master grew up on the island of Arran with his aunt (photo: Dunmore "
        "Gazette)",
        "Dunmore's harbour master, Piet Olsen, has been cleared of neglect."]


def test_a_captions_place_in_brackets_before_its_verb():
    text = ("Port names new head of dredging team Ms Berg (left) joined Mr Olsen at the "
            "council meeting last week Ms Berg will lead the dredging from Monday.\n"
            "Mr Olsen said Ms Berg knew the harbour well.")
    assert split(text)[0] == "Port names new head of dredging team"


def test_timeline_rows_with_a_date_and_a_dash_split_after_a_lowercase_word():
    text = ("The closure, step by step 2 March - Storm fills the harbour mouth with sand "
            "3 March - Ferries stop running and the crews go home 5 - 6 March - The council "
            "hires a dredging barge from the next port")
    assert split(text) == [
        "The closure, step by step",
        "2 March - Storm fills the harbour mouth with sand",
        "3 March - Ferries stop running and the crews go home",
        "5 - 6 March - The council hires a dredging barge from the next port"]


def test_a_rows_date_titles_the_row_after_its_dash():
    text = ("The ferries stop running and the crews go home March 5 - 6 - The council hires a "
            "dredging barge from the next port")
    sentence = next(s for s in split(text) if "March 5" in s)
    assert title(sentence, "March 5") == "The council hires a dredging barge from the next port"


def test_a_date_and_a_dash_after_a_preposition_stay_in_the_sentence():
    # guard: "in March - ..." is the sentence's own date before a dash aside
    text = ("The harbour closed in 2014 - The Dunmore Gazette called it a disaster - and the "
            "ferries never came back.")
    assert len(split(text)) == 1


def test_a_sum_that_ends_a_headline_before_a_name_in_capitals():
    text = ("Harbour repair bill reaches $90m DHA says the storm damage to the Dunmore quays has "
            "cost it $90m so far.\nThe authority will borrow the money.")
    assert split(text)[:2] == [
        "Harbour repair bill reaches $90m",
        "DHA says the storm damage to the Dunmore quays has cost it $90m so far."]


def test_a_sum_before_a_capitalised_word_of_the_headline_stays():
    # guard: "$90 Million" is the headline's own sum
    text = ("Dunmore Plans $90 Million in Harbour Repairs; Ferries Stay Idle DUBLIN, May 3 -- "
            "The Dunmore authority announced a repair plan for its storm-hit quays.")
    assert not any(s.startswith("Million") for s in split(text))


def test_a_tables_signed_figure_ends_its_label():
    text = ("Harbour Freight Index: +12.45 Grain shipments rose 8 percent in March.\n"
            "Harbour Freight Index: -3.10 A strike closed the container berths on Friday.")
    assert split(text) == [
        "Harbour Freight Index: +12.45", "Grain shipments rose 8 percent in March.",
        "Harbour Freight Index: -3.10", "A strike closed the container berths on Friday."]
    assert title(split(text)[1], "March") == "Grain shipments rose 8 percent"


def test_a_wire_dateline_after_a_byline_opens_the_story():
    text = ("(Photo by Ana Ruiz -- Harbour Press) By Kim Lee and Joe Park DUNMORE, Ireland, "
            "May 3 -- The storm that closed the harbour yesterday has cost the port $90m.")
    sentences = split(text)
    assert sentences[-1].startswith("DUNMORE, Ireland, May 3 -- The storm that closed")
    assert title(sentences[-1], "yesterday") == (
        "The storm that closed the harbour has cost the port $90m")


def test_a_short_word_in_capitals_before_a_double_dash_is_no_dateline():
    # guard: "an MP -- a ..." is prose around a dash aside
    text = ("He has been moonlighting as an MP -- Harbour Press reported it first -- and the "
            "board knew.")
    assert len(split(text)) == 1


def test_a_caption_that_ends_on_a_place_before_a_new_subject():
    text = ("Hundreds are homeless after the floods in Bolivia Unasur has pledged emergency aid "
            "to the families who lost their homes.\nThe floods hit three provinces.")
    assert split(text)[:2] == [
        "Hundreds are homeless after the floods in Bolivia",
        "Unasur has pledged emergency aid to the families who lost their homes."]


def test_a_place_of_two_words_the_page_says_again_stays_whole():
    # guard: "La Paz" is one name, and the caption has no verb of its own before it
    text = ("Shops in La Paz have been told to open only in the mornings during the floods.\n"
            "La Paz has been hit hardest.")
    assert split(text)[0] == ("Shops in La Paz have been told to open only in the mornings "
                              "during the floods.")


def test_a_name_after_to_stays_whole():
    # guard: "to Gustavo Morales has" is a name's first word and its last, not a place
    text = ("Last updated at 04:46 GMT A driver to Gustavo Morales has told the court that the "
            "minister ordered him to wait outside.\nMorales denies it.")
    assert not any(s.startswith("Morales has told") for s in split(text))


def test_a_title_case_headline_then_a_name_the_page_says_again():
    text = ("How the Port Failed to Tell the Council About the Fees Harbour Board officials knew "
            "for months about the fees charged to ferry firms.\nHarbour Board officials said "
            "the fees were legal.")
    assert split(text)[:2] == [
        "How the Port Failed to Tell the Council About the Fees",
        "Harbour Board officials knew for months about the fees charged to ferry firms."]


def test_a_caption_opening_on_a_possessive_name_keeps_it_whole():
    # "Spain's Transport Minister X" is one name, even when the page says it again without
    # "Spain's": the seam is before the possessive
    text = ("World Ports Offer Support But No Funds to Clear Harbour Spain's Transport Minister "
            "Ana Ruiz, centre, walks with harbour master Piet Olsen on the quay.\nTransport "
            "Minister Ana Ruiz said the world's ports offer support, and funds to clear the "
            "harbour would follow.")
    assert split(text)[1].startswith("Spain's Transport Minister Ana Ruiz, centre, walks")


def test_a_caption_then_a_word_said_once_opening_a_noun_phrase_and_its_verb():
    text = ("The mayor warned the floods threatened the whole valley Heavy rain hampered "
            "efforts to reach the villages cut off by the water.\nThe army sent boats.")
    assert split(text)[:2] == [
        "The mayor warned the floods threatened the whole valley",
        "Heavy rain hampered efforts to reach the villages cut off by the water."]


def test_an_adjective_before_a_name_said_once_stays_in_its_sentence():
    # guard: the clause before has a comma, and a relative follows the name's noun
    text = ("If the ferries still run in spring, tourists will enjoy the gentle Adriatic "
            "breezes that have made the island famous.\nThe hotels are full.")
    assert split(text)[0].endswith("that have made the island famous.")


def test_a_headlines_closing_quotation_before_the_lead():
    text = ("Harbour closure is ` not permanent ' Port officials say they expect the ferries to "
            "run again within a month.\nThe quays are being repaired.")
    assert split(text)[:2] == [
        "Harbour closure is ` not permanent '",
        "Port officials say they expect the ferries to run again within a month."]


def test_a_photo_captions_place_word_marks_it_after_a_title_case_headline():
    text = ("It's the Port's Turn to Restore Confidence Dunmore Ferries chief executive Ola Berg, "
            "left, and harbour master Piet Olsen leave a meeting at the council offices.\n"
            "Dunmore Ferries lost money this year, and confidence in the port is low.")
    assert split(text)[1].startswith("Dunmore Ferries chief executive Ola Berg, left,")


def test_a_headline_that_names_whom_its_caption_names_again():
    text = ("Radio Host Puts Ola Berg, and the Ferry Board, on the Spot Ola Berg, left, chief of "
            "Dunmore Ferries, answered questions for an hour.\nBerg said the ferries would run.")
    assert split(text)[1].startswith("Ola Berg, left, chief of Dunmore Ferries")


def test_a_caption_then_the_lead_naming_its_subject_again_after_a_comma_aside():
    text = ("Ola Berg is the youngest of the Berg family Ola Berg, sister of the harbour master "
            "Piet Berg, has been taken to hospital after a fall on the quay.\nShe is stable.")
    assert split(text)[:2] == [
        "Ola Berg is the youngest of the Berg family",
        "Ola Berg, sister of the harbour master Piet Berg, has been taken to hospital after a "
        "fall on the quay."]


def test_a_name_in_a_list_before_a_plural_verb_stays_in_the_list():
    # guard: "X, Y and ferry veteran Ola Berg are" is one subject, though the page named Berg
    text = ("Ola Berg returns to the Dunmore ferries for the harbour gala Piet Olsen, Ana Ruiz and "
            "ferry veteran Ola Berg are set to sail the first boat out of the harbour.")
    assert not any(s.startswith("Ola Berg are set") for s in split(text))


def test_an_acronym_before_a_lowercase_word_gives_way_to_the_name_after_it():
    text = ("Harbour master Piet Olsen gives TV interview Mr Olsen was speaking to a local "
            "station about the closure of the harbour.\nHe said it would reopen.")
    assert split(text)[:2] == [
        "Harbour master Piet Olsen gives TV interview",
        "Mr Olsen was speaking to a local station about the closure of the harbour."]


def test_a_teen_number_opens_the_lead_after_a_captions_lowercase_word():
    text = ("Pupils at Dunmore College were given advice about the flu Seventeen new cases of "
            "flu at Dunmore College have been confirmed by health officials.\nThe college is open.")
    assert split(text)[1].startswith("Seventeen new cases of flu at Dunmore College")


def test_a_page_stamp_that_ends_on_its_year_before_the_first_sentence():
    text = ("Ola Berg | 14:07 PM, Monday, 1 June 2015 One of the harbour's oldest ferries has "
            "been sold to a museum in Oslo.\nThe sale was agreed last week.")
    assert split(text)[:2] == [
        "Ola Berg | 14:07 PM, Monday, 1 June 2015",
        "One of the harbour's oldest ferries has been sold to a museum in Oslo."]


def test_a_year_after_a_verb_of_saying_stays_with_what_was_said():
    # guard: "said in 2015 Berg's ..." reports what follows
    text = ("The harbour master said in 2015 Berg's ferries had been sold to a museum in Oslo "
            "and would not come back.\nThe sale was agreed last week.")
    assert split(text)[0].endswith("would not come back.")


def test_a_caption_ending_on_a_place_before_the_name_it_named():
    text = ("Ola Berg said she would find it hard to attend the gala in Dunmore Ola Berg will not "
            "be sailing with the ferry crews this year, her agent said.\nThe gala is on Friday.")
    assert split(text)[1].startswith("Ola Berg will not be sailing")


def test_a_headline_then_the_lead_opening_on_its_first_word_again():
    text = ("Dunmore began dredging the harbour mouth in May Dunmore says the work will let the "
            "ferries sail again by the autumn.\nThe dredger is from Oslo.")
    assert split(text)[:2] == [
        "Dunmore began dredging the harbour mouth in May",
        "Dunmore says the work will let the ferries sail again by the autumn."]


def test_the_first_word_again_as_an_object_or_after_a_time_noun_stays():
    # guards: "has fined Dunmore over ..." (no verb after it) and "the moment Dunmore was"
    text = ("Dunmore harbour closure caught on camera Pictures show the moment Dunmore was cut "
            "off by the storm surge last winter.\nThe regulator has fined Dunmore over the "
            "delays.")
    assert not any(s.startswith("Dunmore was cut off") for s in split(text))


def test_a_caption_ending_on_a_name_it_said_before_the_name_that_opens_the_lead():
    text = ("Ola Berg and friends sail in aid of Dunmore Berg (left) and her crew sailed to "
            "help Dunmore Ola Berg was delighted after the regatta raised funds for the harbour "
            "appeal.\nThe appeal closes in May.")
    assert "Ola Berg was delighted after the regatta raised funds for the harbour appeal." \
        in split(text)


def test_a_nationality_before_a_rank_stays_with_it():
    # guard: "... history US President X has called" opens on "US President X"
    text = ("Obama calls for clean energy future President Barack Obama said the spill was the "
            "largest environmental disaster in US history US President Barack Obama has called "
            "on his party to back a new energy bill.\nThe bill is in the Senate.")
    assert any(s.startswith("US President Barack Obama has called") for s in split(text))


def test_a_headlines_closing_quotation_then_a_rank_a_name_and_a_verb():
    text = ("Dunmore harbour to reopen ` by Easter ' Harbour Master Piet Olsen says the quays "
            "will be ready within a month.\nThe ferries are waiting.")
    assert split(text)[:2] == [
        "Dunmore harbour to reopen ` by Easter '",
        "Harbour Master Piet Olsen says the quays will be ready within a month."]
