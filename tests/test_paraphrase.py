"""One happening, one event: differently worded reports of the same day merge; others don't."""

from store import places
from store.similarity import terms
from tests.test_merge import Corpus

DAY = ("Saturday", "2012-02-04")


def day_events(c: Corpus) -> list[tuple[int, int, str]]:
    return c.store.conn.execute(
        "SELECT id, n_sources, title FROM events WHERE granularity = 'day' AND start = ? "
        "ORDER BY id", (DAY[1],)).fetchall()


def test_paraphrases_of_a_veto_merge_and_the_days_other_news_stays_apart():
    c = Corpus()
    c.add("BBC", "Intro words of the page here. Russia and China blocked a UN resolution "
          "condemning the crackdown in Syria on Saturday, drawing Western anger.", "2012-02-05",
          [DAY])
    c.add("Reuters", "Another opening sentence is here. China and Russia vetoed a UN "
          "resolution on Syria on Saturday.", "2012-02-05", [DAY])
    c.add("AP", "Yet another opener for this. The double veto by Beijing and Moscow of the UN "
          "Security Council resolution on Syria on Saturday angered the West.", "2012-02-06",
          [DAY])
    c.add("AFP", "Opening text of the story here. Government shelling killed 200 people in "
          "Homs on Saturday, activists said.", "2012-02-05", [DAY])
    events = day_events(c)
    assert len(events) == 2
    veto, shelling = events
    assert veto[1] == 3 and "resolution" in veto[2]
    assert shelling[1] == 1 and "Homs" in shelling[2]


MONDAY = ("Monday", "2013-05-06")


def monday_events(c: Corpus) -> list[tuple[int, int, str]]:
    return c.store.conn.execute(
        "SELECT id, n_sources, title FROM events WHERE granularity = 'day' AND start = ? "
        "ORDER BY id", (MONDAY[1],)).fetchall()


def test_a_quake_told_with_different_nouns_and_verbs_is_one_event():
    c = Corpus()
    c.add("BBC", "First lines of the page are here. A strong earthquake hit the island of "
          "Velmora on Monday, flattening homes.", "2013-05-07", [MONDAY])
    c.add("Reuters", "Opening words of this report. The quake struck Velmora's north coast "
          "on Monday.", "2013-05-07", [MONDAY])
    c.add("AP", "Some other opener goes here. A powerful tremor rocked Velmora on Monday, "
          "witnesses said.", "2013-05-07", [MONDAY])
    c.add("AFP", "Lead of the story is here. Velmora's parliament approved a new budget on "
          "Monday after a long debate.", "2013-05-07", [MONDAY])
    events = monday_events(c)
    assert len(events) == 2
    quake, budget = events
    assert quake[1] == 3
    assert budget[1] == 1 and "budget" in budget[2]


def test_a_people_and_their_country_are_one_actor_but_one_shared_name_merges_nothing():
    c = Corpus()
    c.add("BBC", "First lines of the page are here. Kenya shut its border with its northern "
          "neighbour on Monday.", "2013-05-07", [MONDAY])
    c.add("Reuters", "Opening words of this report. Kenyan officials closed the border "
          "on Monday.", "2013-05-07", [MONDAY])
    c.add("AP", "Some other opener goes here. Kenyan runners swept the podium of the city "
          "marathon on Monday.", "2013-05-07", [MONDAY])
    events = monday_events(c)
    assert len(events) == 2
    border, marathon = events
    assert border[1] == 2 and "border" in border[2]
    assert marathon[1] == 1 and "marathon" in marathon[2]


def test_every_place_name_of_several_words_folds_to_its_country():
    # terms() only looks for phrases in text holding one of places.HINTS: a phrase
    # without one would silently never fold
    for phrase in places.PHRASES:
        country = places.NAMES[phrase]
        assert terms(f"Officials in {phrase.title()} met on Monday.") == [country, "met"], phrase
        assert terms(f"the {phrase.upper()}\nmet") == [country, "met"], phrase


def test_a_texts_terms_asked_again_are_the_same_whatever_the_first_caller_did_with_them():
    first = terms("Rebels seized the airport near Homs")
    first += ["extra"]  # a caller extends its list (a title's terms, then its sentence's)
    again = terms("Rebels seized the airport near Homs")
    assert again == ["rebel", "capture", "airport", "hom"]
    assert "extra" not in again
