"""Long titles lose what a reader can lose (asides, ranks, a subject's participle phrase)
before they are cut, so who did what stays on the line (issue 19)."""

from store.title_trim import shorten
from store.title_words import TITLE_MAX


def test_participle_phrase_of_a_long_subject_goes_before_the_verb_is_cut():
    s = ("Town planners hoping to ease summer traffic in the crowded old harbour district of "
         "the city have approved a ring road around the port")
    assert shorten(s) == "Town planners have approved a ring road around the port"


def test_a_participle_that_is_an_adjective_stays():
    s = ("Several developing countries across the southern hemisphere have asked the lenders "
         "for a longer grace period on their loans")
    t = shorten(s)
    assert t.startswith("Several developing countries across the southern hemisphere have asked")
    assert t.endswith("…") and len(t) <= TITLE_MAX


def test_a_past_tense_verb_is_not_taken_for_a_participle():
    s = ("The storm surge arrived in the bay overnight and within hours the harbour walls were "
         "breached in several places along the front")
    assert shorten(s).startswith("The storm surge arrived in the bay")


def test_bracketed_aside_goes_and_the_title_ends_where_the_sentence_does():
    s = ("The regional water board (the body that runs the reservoirs in the three northern "
         "valleys) has banned garden hoses for the rest of the summer")
    assert shorten(s) == "The regional water board has banned garden hoses for the rest of the summer"


def test_brackets_inside_someone_words_stay():
    s = ('The mayor said: "We will rebuild (the bridge) before the winter comes, whatever the '
         'cost to the town and whatever the council thinks of it"')
    assert "(the bridge)" in shorten(s)


def test_dash_aside_goes_but_a_predicate_between_dashes_stays():
    aside = ("The old ferry -- a paddle steamer built for the lake crossing in the twenties -- "
             "was towed to the breakers' yard after the last summer season")
    assert shorten(aside) == ("The old ferry was towed to the breakers' yard after the last "
                              "summer season")
    predicate = ("Most residents -- were they asked at all -- would say the new ring road has "
                 "done nothing for the traffic in the old harbour district")
    assert "were they asked" in shorten(predicate)


def test_ranks_before_names_go_from_a_long_subject():
    s = ("Regional Transport Commissioner Maria Lindqvist and Harbour Board Chairman Tomas Berg "
         "announced a joint plan to rebuild the ferry terminal")
    assert shorten(s) == ("Maria Lindqvist and Tomas Berg announced a joint plan to rebuild the "
                          "ferry terminal")


def test_a_name_with_and_in_it_is_not_split():
    s = ("Water and Sewerage Authority Chairman Ruth Okafor warned households that supplies "
         "could be cut for several days next month")
    assert shorten(s).startswith("Water and Sewerage Authority")


def test_a_cut_at_the_end_keeps_its_ellipsis():
    s = ("The council voted to close the swimming pool, the library, the youth centre, the "
         "bowling green, the public toilets and the visitor centre")
    t = shorten(s)
    assert t.endswith("…") and len(t) <= TITLE_MAX


def test_a_cut_inside_a_name_falls_before_the_phrase_of_the_name():
    s = ("The mayor opened the footbridge over the river with a ribbon and a speech outside "
         "the Grand Central Municipal Library")
    assert shorten(s) == ("The mayor opened the footbridge over the river with a ribbon and a "
                          "speech…")


def test_a_cut_inside_a_verb_object_name_keeps_the_name_begun():
    s = ("After the long winter the town's old steam railway was finally handed to the "
         "Northern Valley Heritage Railway Trust volunteers")
    t = shorten(s)
    assert t.endswith("…") and "handed to the" in t


def test_a_relative_clause_after_the_subject_goes_before_what_was_said_is_cut():
    s = ("Two divers who spent the whole of last week searching the flooded quarry near the "
         "village say the water is far colder than anyone had expected")
    assert shorten(s) == "Two divers say the water is far colder than anyone had expected"


def test_a_relative_clause_that_says_who_is_meant_stays():
    s = ("Some of the residents who signed the petition against the new quarry near the village "
         "have now withdrawn their names from it")
    assert shorten(s).startswith("Some of the residents who signed the petition")


def test_a_reported_clause_loses_its_subject_participle_phrase():
    s = ("The harbour master said the trawler carrying 40 tonnes of frozen fish from the "
         "northern grounds had run aground on the sandbank")
    assert shorten(s) == "The harbour master said the trawler had run aground on the sandbank"


def test_a_trailing_clause_goes_whole_and_the_title_needs_no_ellipsis():
    s = ("The county council has closed the coastal footpath between the two villages, as "
         "engineers examine the cliff edge for signs of further collapse after the storms")
    assert shorten(s) == ("The county council has closed the coastal footpath between the two "
                          "villages")


def test_a_trailing_clause_inside_a_quotation_is_not_cut_at_its_comma():
    s = ('The coastguard said: "We have closed the beach between the two piers, as the cliff is '
         'still moving and could fall at any time without warning"')
    assert shorten(s).rstrip('"”').endswith("…")


def test_an_aside_adding_others_between_commas_goes():
    s = ("The harbour master was the first to object, along with the lifeboat crew and most of "
         "the fishermen, to the plan to sell the old slipway")
    assert shorten(s) == ("The harbour master was the first to object to the plan to sell the "
                          "old slipway")


def test_a_relative_aside_after_the_speaker_goes_before_what_was_said_is_cut():
    s = ("Anna Pollard, who ran the lifeboat station for twenty years, the longest of anyone, "
         "said the new slipway would be ready before the winter storms")
    assert shorten(s) == ("Anna Pollard said the new slipway would be ready before the winter "
                          "storms")


def test_a_list_after_such_as_keeps_its_commas():
    s = ("The volunteers have since brought in heavy tools, such as saws, winches and pumps, "
         "and other supplies for the families cut off by the flood")
    assert "such as saws, winches" in shorten(s)


def test_an_aside_between_a_subject_and_its_verb_goes():
    s = ("The lifeboat crew said the old boat, with its wooden hull from the nineteen sixties, "
         "was still fit to go out in the worst of the gales")
    assert shorten(s) == ("The lifeboat crew said the old boat was still fit to go out in the "
                          "worst of the gales")


def test_a_list_item_before_the_verb_is_no_aside():
    s = ("Residents said the ferry, the bus and the last train of the night, were all cancelled "
         "without warning on the evening of the storm")
    assert "the bus and the last train" in shorten(s)
