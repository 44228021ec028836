"""A synthetic news corpus as TEXT, for timing the whole ingest (read, clean, date, merge).

    python bench/corpus.py --articles 2000 --out /tmp/corpus            # .txt + manifest.json
    python bench/corpus.py --articles 2000 --out /tmp/corpus.jsonl      # one JSON line each

bench/synth.py builds stores without text analysis; this one writes the
articles a user would feed to `dateline ingest`, so the date finder and the
merger meet what they meet in real copy:

- articles of about 5 KB (``--size``), a headline, a dateline city, a byline
  line, paragraphs of two to four sentences;
- publication dates spread over four decades (recent years more often);
- dated phrases written the way reporters write them, relative to the
  publication date: "on Tuesday", "yesterday", "last May", "March 26",
  "earlier this month", "last week", "in 2011", "two years ago",
  "in the 1990s", "last summer", "on March 26, 2016", plus undated sentences
  between them (quotes, background, numbers that are not dates);
- happenings that several outlets report, each in its own words and from its
  own publication date, so the same day is "on Tuesday" in one and "March 15"
  in another and the merger has real work.

Everything comes from one seeded random generator: the same arguments give
the same corpus byte for byte.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

OUTLETS = ["Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera", "The Guardian",
           "The New York Times", "The Washington Post", "Le Monde", "Der Spiegel", "El País",
           "NHK World", "ABC News", "CNN", "Bloomberg", "Financial Times", "The Daily Herald",
           "The Times of India", "Haaretz", "The Sydney Morning Herald", "Radio Free Europe",
           "Deutsche Welle", "The Irish Times", "The Globe and Mail"]
CITIES = ["BEIRUT", "LONDON", "WASHINGTON", "PARIS", "NAIROBI", "JAKARTA", "LIMA", "KYIV",
          "ISTANBUL", "CAIRO", "BOGOTA", "MANILA", "LAGOS", "BERLIN", "MADRID", "TOKYO",
          "SANTIAGO", "KABUL", "DHAKA", "ATHENS"]
FIRST = ["Maria", "Ahmed", "John", "Li", "Fatima", "Carlos", "Anna", "David", "Yusuf", "Elena",
         "Samuel", "Priya", "Omar", "Sofia", "Peter", "Grace", "Tomas", "Leila", "Kenji", "Nadia"]
LAST = ["Haddad", "Smith", "Chen", "Okafor", "Garcia", "Novak", "Rahman", "Silva", "Ivanova",
        "Kim", "Mensah", "Rossi", "Khan", "Dubois", "Kowalski", "Tanaka", "Petrov", "Moreau"]
ACTORS = ["Government forces", "The army", "Rebel fighters", "Protesters", "The health ministry",
          "Police", "The central bank", "Lawmakers", "The president", "The supreme court",
          "Striking workers", "The company", "Investors", "Election officials",
          "Firefighters", "The city council", "Researchers", "The coalition",
          "Aid agencies", "Prosecutors", "The regulator", "Opposition leaders"]
VERBS = [("seized", "took control of"), ("announced", "unveiled"), ("approved", "passed"),
         ("rejected", "voted down"), ("opened", "inaugurated"), ("closed", "shut"),
         ("attacked", "struck"), ("signed", "agreed to"), ("launched", "began"),
         ("cancelled", "called off"), ("raised", "increased"), ("cut", "lowered"),
         ("evacuated", "cleared"), ("blocked", "halted"), ("released", "freed"),
         ("charged", "indicted"), ("recaptured", "retook"), ("suspended", "froze")]
OBJECTS = ["the northern district", "the main highway", "a new budget", "the border crossing",
           "interest rates", "the old prison", "the port", "a ceasefire deal", "the airport",
           "the refinery", "emergency rules", "the vaccine programme", "the election results",
           "three neighborhoods", "the power plant", "a trade agreement", "the bridge",
           "the mining licence", "the water supply", "two journalists", "the stock exchange",
           "a reform package", "the old town", "the hospital"]
TOPIC_WORDS = ["water", "grain", "copper", "rail", "pension", "harbour", "festival", "dam",
               "pipeline", "museum", "vaccine", "tariff", "mine", "ferry", "reactor", "archive",
               "stadium", "canal", "refinery", "census", "library", "orchard", "tunnel",
               "glacier", "lighthouse", "quarry", "vineyard", "monastery", "satellite"]
PLACE_SYLL = "ka ro mi ta ne su lo va re di po sa tu me li ga bo ha zu an el or".split()
UNDATED = [
    "\u201cWe will not stop until the work is done,\u201d {name}, a spokesperson for {actor_l}, "
    "told reporters.",
    "The {topic} project had been criticised by residents, who said they were never consulted.",
    "More than {n} people were affected, according to figures released by local officials.",
    "Analysts said the move could cost as much as ${n} million, though estimates varied widely.",
    "{name}, who has covered the region for {small} years, said the mood in {place} was tense.",
    "Officials did not respond to requests for comment.",
    "The {topic} sector employs about {n} people in the region, or roughly {small} percent of "
    "the workforce.",
    "\u201cThis is a turning point for {place},\u201d said {name}, a local {role}.",
    "Critics argued that the decision ignored the concerns of the {topic} industry and of "
    "smaller towns along the coast.",
    "The area around {place} has long been a centre of the {topic} trade, and many families "
    "depend on it.",
    "It was not immediately clear how many people remained in the area.",
    "The figures could not be independently verified.",
    "Route {small} and the roads leading to {place} remained closed to traffic.",
    "Some {n} households have been without electricity, the utility said in a statement.",
    "{name} said the talks would continue and that a final decision could take weeks.",
    "Residents queued for hours outside the {topic} office, some carrying folders of documents.",
]
ROLES = ["teacher", "shopkeeper", "farmer", "historian", "nurse", "engineer", "driver", "pastor"]
FURNITURE = ["Skip to main content", "Advertisement", "Share this article", "Related coverage",
             "Sign up for our newsletter"]
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
SEASON_OF = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
             6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


@dataclass
class Happening:
    """Something that happened on `day`, which several outlets may report."""

    day: date
    actor: str
    verbs: tuple[str, str]
    obj: str
    place: str
    topic: str


@dataclass
class Article:
    file: str
    title: str
    outlet: str
    published: str
    url: str
    text: str


def _day_phrase(rng: random.Random, d: date, pub: date) -> str:
    """How a reporter writing on `pub` names day `d` (always before or on `pub`)."""
    delta = (pub - d).days
    if delta == 0:
        return rng.choice(["today", "on " + WEEKDAYS[d.weekday()], "earlier today"])
    if delta == 1:
        return rng.choice(["yesterday", "on " + WEEKDAYS[d.weekday()], "late yesterday"])
    if delta < 7:
        return rng.choice(["on " + WEEKDAYS[d.weekday()], "last " + WEEKDAYS[d.weekday()],
                           f"on {MONTHS[d.month - 1]} {d.day}"])
    if delta < 14 and rng.random() < 0.3:
        return rng.choice(["last week", "a week ago", "earlier this month"
                           if d.month == pub.month else "last week"])
    if d.year == pub.year:
        return rng.choice([f"on {MONTHS[d.month - 1]} {d.day}", f"{MONTHS[d.month - 1]} {d.day}",
                           f"on {d.day} {MONTHS[d.month - 1]}",
                           "earlier this month" if d.month == pub.month
                           else f"in {MONTHS[d.month - 1]}"])
    if d.year == pub.year - 1:
        return rng.choice([f"last {MONTHS[d.month - 1]}", "last year",
                           f"in {MONTHS[d.month - 1]} last year",
                           f"last {SEASON_OF[d.month]}" if d.month not in (12, 1, 2)
                           else "last winter",
                           f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"])
    years = pub.year - d.year
    choices = [f"in {d.year}", f"on {MONTHS[d.month - 1]} {d.day}, {d.year}",
               f"in {MONTHS[d.month - 1]} {d.year}", f"in the {d.year // 10 * 10}s"]
    if years <= 10:
        choices.append(f"{NUMBER_WORDS[years - 2] if years < 11 else years} years ago")
    return rng.choice(choices)


class CorpusMaker:
    """Seeded: stories, their happenings, and the articles that retell them."""

    def __init__(self, seed: int = 1, size: int = 5000):
        self.rng = random.Random(seed)
        self.size = size
        self.places = sorted({"".join(self.rng.choice(PLACE_SYLL) for _ in range(3)).capitalize()
                              for _ in range(400)})
        self.reported: list[Happening] = []   # happenings other outlets may retell

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def published(self) -> date:
        """1985-2025, recent years more often."""
        back = min(int(abs(self.rng.gauss(0, 12)) * 365.25), 40 * 365)
        return date(2025, 12, 31) - timedelta(days=back + self.rng.randint(0, 364) % 365)

    def happening(self, pub: date) -> Happening:
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            back = rng.randint(0, 6)           # this week: the news itself
        elif r < 0.75:
            back = rng.randint(7, 60)
        elif r < 0.9:
            back = rng.randint(60, 730)
        else:
            back = rng.randint(730, 365 * 35)  # history: decades back
        return Happening(pub - timedelta(days=back), rng.choice(ACTORS), rng.choice(VERBS),
                         rng.choice(OBJECTS), rng.choice(self.places), rng.choice(TOPIC_WORDS))

    def dated_sentence(self, h: Happening, pub: date) -> str:
        rng = self.rng
        phrase = _day_phrase(rng, h.day, pub)
        verb = rng.choice(h.verbs)
        attribution = rng.choice(["officials said", "state media reported", "witnesses said",
                                  "according to a statement", "the agency said", ""])
        if rng.random() < 0.5:
            s = f"{h.actor} {verb} {h.obj} in {h.place} {phrase}"
        else:
            s = f"{phrase[0].upper()}{phrase[1:]}, {h.actor[0].lower()}{h.actor[1:]} {verb} " \
                f"{h.obj} near {h.place}"
        s += f", {attribution}." if attribution else "."
        if rng.random() < 0.15:
            s += f" The {h.topic} dispute had been building for months."
        return s

    def undated_sentence(self, h: Happening) -> str:
        rng = self.rng
        return rng.choice(UNDATED).format(
            name=self.name(), actor_l=h.actor.lower(), topic=h.topic, place=h.place,
            n=f"{rng.randint(2, 900) * 100:,}", small=rng.randint(2, 40), role=rng.choice(ROLES))

    def article(self, no: int) -> Article:
        rng = self.rng
        pub = self.published()
        outlet = rng.choice(OUTLETS)
        lead = self.happening(pub)
        lead.day = pub - timedelta(days=rng.randint(0, 3))
        happenings = [lead]
        # retellings: happenings already reported elsewhere, if they are in this article's past
        for _ in range(rng.randint(2, 6)):
            if self.reported and rng.random() < 0.6:
                h = rng.choice(self.reported)
                if h.day <= pub:
                    happenings.append(h)
                    continue
            happenings.append(self.happening(pub))
        for h in happenings:
            if rng.random() < 0.4:
                self.reported.append(h)
        if len(self.reported) > 3000:
            del self.reported[:1000]
        title = f"{lead.actor} {lead.verbs[0]} {lead.obj} in {lead.place}"
        paragraphs = []
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(FURNITURE))
        paragraphs.append(f"By {self.name()}")
        first = self.dated_sentence(lead, pub)
        paragraphs.append(f"{rng.choice(CITIES)} \u2014 {first}")
        length = sum(len(p) for p in paragraphs)
        i = 0
        while length < self.size:
            h = happenings[i % len(happenings)]
            i += 1
            sentences = [self.undated_sentence(h) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.8:
                sentences.insert(rng.randrange(len(sentences) + 1), self.dated_sentence(h, pub))
            para = " ".join(sentences)
            paragraphs.append(para)
            length += len(para) + 2
        text = "\n\n".join(paragraphs) + "\n"
        slug = "-".join(title.lower().split()[:6])
        host = outlet.lower().replace(" ", "").replace("í", "i")
        return Article(file=f"{no:06d}.txt", title=title, outlet=outlet,
                       published=pub.isoformat(), url=f"https://{host}.example/{pub.year}/{slug}",
                       text=text)


def generate(n: int, *, seed: int = 1, size: int = 5000) -> list[Article]:
    """n articles of about `size` characters each."""
    maker = CorpusMaker(seed, size)
    return [maker.article(i) for i in range(n)]


def write_folder(folder: str | Path, articles: list[Article]) -> Path:
    """One .txt a article and a manifest.json with outlet, title, published, url."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (folder / a.file).write_text(a.text, encoding="utf-8")
    manifest = {"articles": [{"file": a.file, "outlet": a.outlet, "title": a.title,
                              "published": a.published, "url": a.url} for a in articles]}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=0),
                                          encoding="utf-8")
    return folder


def write_jsonl(path: str | Path, articles: list[Article]) -> Path:
    """One record a line, the fields `dateline ingest` reads from JSON lines."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"title": a.title, "outlet": a.outlet, "published": a.published,
                                "url": a.url, "text": a.text}, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    ap.add_argument("--out", required=True,
                    help="a folder (gets .txt files + manifest.json) or a .jsonl file")
    ap.add_argument("--size", type=int, default=5000, help="characters an article (default 5000)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    articles = generate(args.articles, seed=args.seed, size=args.size)
    out = (write_jsonl if args.out.endswith(".jsonl") else write_folder)(args.out, articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / len(articles):.0f} chars each on average -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
