"""One happening, one event: differently worded reports of the same day merge; others don't."""

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
