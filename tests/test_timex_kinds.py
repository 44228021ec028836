"""The kinds of time expression issue 17 adds to the finder, each with sentences written
for these tests: the phrase found (its exact span) and its TIMEX3 value, and the near
misses that must stay untagged."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from store.db import open_memory
from store.ingest import ingest
from store.timex import tag

DCT = "2016-03-26"


def phrases(sentence: str, dct: str = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(sentence, date.fromisoformat(dct))}


# (sentence, phrase, type, value)
FOUND = [
    # vague durations from a bare plural unit
    ("The strike dragged on for weeks.", "weeks", "DURATION", "PXW"),
    ("Rescuers reached the village within hours.", "hours", "DURATION", "PTXH"),
    ("The storm flattened the shacks in minutes.", "minutes", "DURATION", "PTXM"),
    ("After days of talks, the unions signed.", "days", "DURATION", "PXD"),
    ("Months of shelling left the old town in ruins.", "Months", "DURATION", "PXM"),
    ("The vote follows years of delay.", "years", "DURATION", "PXY"),
    ("Repairs could take weeks or months.", "weeks or months", "DURATION", "PXW"),
    ("Turnout was the lowest in decades.", "decades", "DURATION", "PXY"),
    ("Investors face a rough ride in the months ahead.", "the months ahead", "DURATION",
     "PXM"),
    ("Over the years the harbour silted up.", "the years", "DURATION", "PXY"),
    ("In the days before the flood, the river rose.", "days", "DURATION", "PXD"),
    ("In the years that followed, the mill closed.", "years", "DURATION", "PXY"),
    ("It took months to clear the rubble.", "months", "DURATION", "PXM"),
    ("The chain made money after several quarters of losses.", "several quarters",
     "DURATION", "PXQ"),
    # present and past references
    ("Back then, the ferry ran twice a day.", "Back then", "DATE", "PAST_REF"),
    ("At that time the pass was closed by snow.", "that time", "DATE", "PAST_REF"),
    ("The mayor said at the time that the budget was sound.", "the time", "DATE",
     "PAST_REF"),
    ("In those days the mill employed half the town.", "those days", "DATE", "PAST_REF"),
    ("These days few farmers keep sheep.", "These days", "DATE", "PRESENT_REF"),
    ("The museum is currently closed for repairs.", "currently", "DATE", "PRESENT_REF"),
    ("The bridge is now open to traffic.", "now", "DATE", "PRESENT_REF"),
    ("Cuts will hurt growth in the short term.", "the short term", "DATE", "FUTURE_REF"),
    ("The rest of the shares will be sold at a later date.", "a later date", "DATE",
     "FUTURE_REF"),
    ("The embassy will stay closed for some time.", "some time", "DURATION", "PXX"),
    ("Doctors say the town will one day have a hospital.", "one day", "DATE", "FUTURE_REF"),
    ("Prices have slid in recent weeks and months.", "recent weeks and months", "DATE",
     "PAST_REF"),
    # frequencies
    ("The almanac is printed yearly.", "yearly", "SET", "P1Y"),
    ("The fair is held annually in the old market.", "annually", "SET", "P1Y"),
    ("Interest on the bond is paid quarterly.", "quarterly", "SET", "P3M"),
    ("The council meets twice yearly.", "twice yearly", "SET", "P1Y"),
    ("The ferry sails every year in May.", "every year", "SET", "P1Y"),
    ("The choir rehearses twice a week.", "twice a week", "SET", "P1W"),
    ("Each summer the lake draws campers.", "Each summer", "SET", "XXXX-SU"),
    ("The pumps are checked every few months.", "every few months", "SET", "PXM"),
    ("The market opens every weekend.", "every weekend", "SET", "XXXX-WXX-WE"),
    ("The bar hosts quizzes on Thursday nights.", "Thursday nights", "SET",
     "XXXX-WXX-4TNI"),
    # clock-style durations (race and match times)
    ("She won the marathon in 2:21:05.", "2:21:05", "DURATION", "PT2H21M5S"),
    ("The Kenyan crossed the line in 4:12:09, a course record.", "4:12:09", "DURATION",
     "PT4H12M9S"),
    ("His winning time was 2:05.3 over the hurdles.", "2:05.3", "DURATION", "PT2M5.3S"),
    ("The ferry left at 10:35:20 a.m. on the dot.", "10:35:20 a.m.", "TIME",
     "2016-03-26T10:35:20"),
    # fiscal and financial years
    ("Profit will rise in the current fiscal year.", "the current fiscal year", "DATE",
     "2016"),
    ("Revenue fell 4% in fiscal 2011.", "fiscal 2011", "DATE", "2011"),
    ("The ministry's FY2014 budget was cut.", "FY2014", "DATE", "2014"),
    ("Spending rises in FY17, the plan says.", "FY17", "DATE", "2017"),
    ("Next fiscal year the levy doubles.", "Next fiscal year", "DATE", "2017"),
    ("Losses narrowed in the last financial year.", "the last financial year", "DATE", "2015"),
    # ordinal and relative larger units
    ("The preceding century saw two famines.", "The preceding century", "DATE", "19"),
    ("Trade boomed in 1995; the previous decade had been lean.", "the previous decade",
     "DATE", "198X"),
    ("The dam opened in 1936, and the following decade brought industry.",
     "the following decade", "DATE", "194X"),
    ("Sea levels will rise in the next decade.", "the next decade", "DATE", "202X"),
    ("Emissions must fall steadily over the next decade.", "the next decade", "DURATION",
     "P10Y"),
    ("Growth was the fastest of the past century.", "the past century", "DURATION", "P100Y"),
    ("The first decade of the 21st century was turbulent.",
     "The first decade of the 21st century", "DATE", "200X"),
    ("The last decade of the nineteenth century was calm.",
     "The last decade of the nineteenth century", "DATE", "189X"),
    # modifiers inside a span
    ("The truce lasted barely two weeks.", "barely two weeks", "DURATION", "P2W"),
    ("Rents have risen for nearly two decades.", "nearly two decades", "DURATION", "P20Y"),
    ("The search went on for about three hours.", "about three hours", "DURATION", "PT3H"),
    ("The climb took a little more than an hour.", "a little more than an hour", "DURATION",
     "PT1H"),
    ("The hearing lasted over a week.", "over a week", "DURATION", "P1W"),
    ("The crew finished the job in under an hour.", "under an hour", "DURATION", "PT1H"),
    ("Repairs could take upwards of six months.", "upwards of six months", "DURATION", "P6M"),
    # lengths and times written out
    ("The crowd fell silent for a minute and a half.", "a minute and a half", "DURATION",
     "PT1M30S"),
    ("The bank must settle within three business days.", "three business days", "DURATION",
     "P3D"),
    ("The index fell a week or so ago.", "a week or so ago", "DATE", "2016-W11"),
    ("By mid-afternoon the square was empty.", "mid-afternoon", "TIME", "2016-03-26TAF"),
    ("The market turned at midday yesterday.", "midday yesterday", "TIME",
     "2016-03-25T12:00"),
    ("The convoy left at 4 in the morning.", "4 in the morning", "TIME", "2016-03-26T04:00"),
    ("The alarm sounded at 9:30 in the evening.", "9:30 in the evening", "TIME",
     "2016-03-26T21:30"),
]

# (sentence, word that must not be tagged)
NOT_FOUND = [
    ("The days of the week are named after old gods.", "days"),
    ("On days when the market falls, brokers stay late.", "days"),
    ("The two blasts went off minutes apart.", "minutes"),
    ("She has years of experience in the field.", "years"),
    ("It is only a matter of days.", "days"),
    ("Days of Heaven is a film by Terrence Malick.", "Days"),
    ("The years-long dispute is over.", "years"),
    ("At the same time, wages rose.", "the same time"),
    ("He was in Lyon at the time of the robbery.", "the time"),
    ("At the time the bridge fell, no one was on it.", "the time"),
    ("Quarterly profit fell by half.", "Quarterly"),
    ("Sales should grow 8% annually.", "annually"),
    ("The Tuesday Nightingale Trust gave a grant.", "Tuesday Nightingale"),
    ("Read John 3:16 aloud.", "3:16"),
    ("The vote was 3:1 in favour.", "3:1"),
    ("See pages 1961-62 of the report.", "1961"),
    ("Call 2012-555-0199 for tickets.", "2012"),
    ("The loan is repaid over three years.", "over three years"),
    ("That decade was hard on farmers.", "That decade"),
    ("The long-term outlook is grim.", "long-term"),
    ("Three-quarters of voters stayed home.", "Three-quarters"),
    ("The team scored 2 in the afternoon session.", "2 in the afternoon"),
    ("She told USA Today that she would run.", "Today"),
    ("Schools must train the engineers of tomorrow.", "tomorrow"),
]


# year ranges: each year is a phrase of its own, (text, value) in order
RANGES = [
    ("He scored 31 goals in the 2010-11 season.", [("2010", "2010"), ("11", "2011")]),
    ("She was mayor in 1961-62.", [("1961", "1961"), ("62", "1962")]),
    ("Exports fell in 2009-10 and rose again.", [("2009", "2009"), ("10", "2010")]),
    ("The war of 1914-1918 emptied the village.", [("1914", "1914"), ("1918", "1918")]),
    ("The 2014/15 financial year closed with a deficit.", [("2014", "2014"), ("15", "2015")]),
    ("The club's 1999-00 accounts were late.", [("1999", "1999"), ("00", "2000")]),
    ("Budgets for FY2016-17 were cut.", [("FY2016", "2016"), ("17", "2017")]),
]


@pytest.mark.parametrize("sentence,years", RANGES)
def test_year_range_gives_both_years(sentence, years):
    found = tag(sentence, date.fromisoformat(DCT))
    assert [(t.text, t.value) for t in found if t.type == "DATE"] == years
    assert all(t.granularity == "year" for t in found)


def test_preposition_over_stays_out_of_the_span():
    assert phrases("The loan is repaid over three years.") == {
        "three years": ("DURATION", "P3Y")}


def test_iso_month_is_not_a_range():
    assert phrases("Figures for 2016-03 were revised.") == {"2016-03": ("DATE", "2016-03")}


@pytest.mark.parametrize("sentence,phrase,typ,value", FOUND)
def test_found(sentence, phrase, typ, value):
    got = phrases(sentence)
    assert got.get(phrase) == (typ, value), got


@pytest.mark.parametrize("sentence,word", NOT_FOUND)
def test_not_found(sentence, word):
    got = phrases(sentence)
    assert word not in got, got


STORY = ("Fishermen in the bay have struggled for weeks. The harbour was rebuilt in 1961-62. "
         "Back then, boats sailed every morning and the fleet sold its catch twice a week. "
         "The ferry now runs annually in May; its record crossing took 2:05:30.")


def test_command_prints_the_new_kinds_without_calendar_spans_for_the_vague_ones():
    r = subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; "
                        "sys.exit(main())", "timex", "--dct", DCT], input=STORY,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = {j["text"]: j for j in map(json.loads, r.stdout.splitlines())}
    assert {k: (v["type"], v["value"]) for k, v in rows.items()} == {
        "weeks": ("DURATION", "PXW"), "1961": ("DATE", "1961"), "62": ("DATE", "1962"),
        "Back then": ("DATE", "PAST_REF"), "every morning": ("SET", "XXXX-XX-XXTMO"),
        "twice a week": ("SET", "P1W"), "now": ("DATE", "PRESENT_REF"),
        "annually": ("SET", "P1Y"), "May": ("DATE", "2016-05"),
        "2:05:30": ("DURATION", "PT2H5M30S")}
    assert (rows["62"]["start_date"], rows["62"]["end_date"]) == ("1962-01-01", "1962-12-31")
    for vague in ("weeks", "Back then", "every morning", "now", "annually", "2:05:30"):
        assert rows[vague]["start_date"] is None, vague


def test_ingest_dates_events_by_the_years_of_a_range_not_by_vague_phrases(tmp_path):
    (tmp_path / "harbour.txt").write_text("Harbour news\n\n" + STORY + "\n")
    store = open_memory()
    assert ingest(store, [str(tmp_path)], published=DCT).ok
    phrases_dated = {p for (p,) in store.conn.execute("SELECT phrase FROM mentions")}
    assert {"1961", "62", "May"} <= phrases_dated
    assert not phrases_dated & {"weeks", "Back then", "every morning", "twice a week", "now",
                                "annually", "2:05:30"}
    years = {v for (v,) in store.conn.execute(
        "SELECT e.value FROM events e JOIN mentions m ON m.event_id = e.id "
        "WHERE m.phrase IN ('1961', '62')")}
    assert years == {"1961", "1962"}
