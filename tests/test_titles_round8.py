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
    assert t.startswith("Norwegian Finance Minister Kari Lunde told bankers")


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
