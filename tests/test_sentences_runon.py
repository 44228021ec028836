"""A headline or caption run into the sentence after it, with no full stop between them,
is split there; names in running text that look the same are not."""

from store.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def _first_two(text: str) -> list[str]:
    return _sentences(text)[:2]


def test_a_common_word_after_a_place_opens_a_clause_with_who():
    text = ("Doctors treating wounded children in Bolivia Children who were hurt in the "
            "landslide are being flown to the capital by army helicopters.\n"
            "Relief workers said the children were safe.")
    assert _first_two(text) == [
        "Doctors treating wounded children in Bolivia",
        "Children who were hurt in the landslide are being flown to the capital by army "
        "helicopters."]


def test_a_time_noun_capitalised_after_a_headline_opens_the_lead():
    text = ("Boy falls ill at summer camp Year nine pupils from a school in North Devon "
            "have been sent home after a case of measles.\nThe school stays open.")
    assert _first_two(text)[0] == "Boy falls ill at summer camp"
    assert _first_two(text)[1].startswith("Year nine pupils from a school")


def test_a_name_and_a_plural_noun_before_a_verb_open_the_lead():
    text = ("The rescue convoy is crewed by 40 engineers UK charities have begun sending "
            "water pumps to the flooded valley.\nMore convoys will follow.")
    assert _first_two(text) == [
        "The rescue convoy is crewed by 40 engineers",
        "UK charities have begun sending water pumps to the flooded valley."]


def test_a_name_with_a_verb_after_a_month_that_ends_a_caption():
    text = ("The bridge was reopened at the end of March ACME has paid a first sum of $2bn "
            "into a fund for the families, its officials said.\nThe fund opens today.")
    assert _first_two(text) == [
        "The bridge was reopened at the end of March",
        "ACME has paid a first sum of $2bn into a fund for the families, its officials said."]


def test_a_headline_run_into_a_quotation():
    text = ('Town flattened by powerful storm "All of a sudden the roof was gone and we '
            'were standing in the rain," one resident said.\nThe storm has passed.')
    assert _first_two(text) == [
        "Town flattened by powerful storm",
        '"All of a sudden the roof was gone and we were standing in the rain," one '
        'resident said.']


def test_its_after_a_name_opens_a_sentence():
    text = ("The mayor spoke at length.\n16:20: Our reporter in Madrid It's clear the "
            "council has lost the vote on the budget.")
    assert "It's clear the council has lost the vote on the budget." in _sentences(text)


# guards: names and quotations in running text stay whole


def test_names_of_several_words_are_not_split():
    for text in (
        "Members of the Gulf of Mexico Oil Spill Commission visited the coast on Tuesday "
        "and met fishermen whose boats were idle.",
        "Residents spoke in New York City Council meetings about the rent rises that "
        "were announced last spring.",
    ):
        assert _sentences(text) == [text]


def test_said_on_a_day_then_a_name_is_one_sentence():
    text = ("The minister said on Monday ACME has agreed to pay the fine in full before "
            "the end of the year.")
    assert _sentences(text) == [text]


def test_a_quotation_after_a_saying_verb_or_a_title_is_not_split():
    for text in (
        'The mayor was attacked by critics and warned "The city will not survive another '
        'winter like this one" before the vote.',
        'Reviewers praised the film "Gone With the Wind" when it was shown again at the '
        'festival this year.',
    ):
        assert _sentences(text) == [text]


def test_a_time_noun_in_a_title_after_a_name_is_not_split():
    text = ("Crowds gathered for the Chinese New Year parade through the streets of the "
            "old town on Sunday.")
    assert _sentences(text) == [text]


def test_a_time_noun_after_a_month_is_a_name():
    text = ("Marchers were stopped from reaching the square for the May Day rally in the "
            "old town by police.")
    assert _sentences(text) == [text]


def test_a_name_with_a_possessive_after_a_caption_opens_the_lead():
    text = ("Crowds across the city marked ten years since the poet's death Folk singer "
            "Anna Berg's brother has opened a museum in her old house.\nTickets are free.")
    assert _first_two(text) == [
        "Crowds across the city marked ten years since the poet's death",
        "Folk singer Anna Berg's brother has opened a museum in her old house."]


def test_a_clause_after_that_or_a_saying_stays_in_its_sentence():
    for text in (
        "Union leaders warned that UK airlines have cut too many jobs to cope with the "
        "summer rush.",
        "The minister told reporters ACME has agreed to pay the fine in full before the "
        "end of the year.",
    ):
        assert _sentences(text) == [text]
