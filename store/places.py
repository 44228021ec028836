"""Names news copy uses for a country besides its own: its people's, its seats of power.

Reports of one happening name the same actor in different ways ("Kenya shut
its border" / "Kenyan officials closed the border"; "Haitian survivors" /
"survivors in Haiti"), so merging folds each of these names to one term per
country. This is general world knowledge, not words of any story: the
adjectives and nouns for a country's people, and the buildings whose names
stand for its government ("the White House said").

Capitals are left out (similarity.py keeps only Moscow and Beijing): a
capital is mostly where the news happens, and folding it into the country
turns a rare, telling term into a common one. On the Haiti development story
"Port-au-Prince" -> "haiti" left 10 more day events (517 -> 527)
(bench/README.md, "Paraphrases of one happening"). Also left out: names
that are common words or first names, or stand for more than one country
("Georgia", "Jordan", "Chad", "polish", "Korean" without North or South). A
region is not folded into its state ("Scottish" is Scotland, not the UK).
"""

from __future__ import annotations

# a country's own term: the other names of the country and of its people (lowercase;
# single words are matched as tokens, several words as a phrase)
DEMONYMS: dict[str, tuple[str, ...]] = {
    "usa": ("american", "americans"),
    "uk": ("britons", "briton", "united kingdom", "great britain"),
    "russia": ("russian", "russians"),
    "china": ("chinese",),
    "syria": ("syrian", "syrians"),
    "france": ("french",),
    "germany": ("german", "germans"),
    "italy": ("italian", "italians"),
    "spain": ("spanish", "spaniard", "spaniards"),
    "portugal": ("portuguese",),
    "netherlands": ("netherland", "dutch"),
    "ireland": ("irish",),
    "scotland": ("scottish", "scots"),
    "wales": ("welsh",),
    "greece": ("greek", "greeks"),
    "turkey": ("turkish", "turks"),
    "austria": ("austrian", "austrians"),
    "switzerland": ("swiss",),
    "sweden": ("swedish", "swede", "swedes"),
    "norway": ("norwegian", "norwegians"),
    "denmark": ("danish",),
    "finland": ("finnish",),
    "iceland": ("icelandic",),
    "hungary": ("hungarian", "hungarians"),
    "czechrepublic": ("czech republic", "czech", "czechs"),
    "romania": ("romanian", "romanians"),
    "serbia": ("serbian", "serbians", "serb", "serbs"),
    "croatia": ("croatian", "croatians", "croat", "croats"),
    "ukraine": ("ukrainian", "ukrainians"),
    "belarus": ("belarusian", "belarusians"),
    "israel": ("israeli", "israelis"),
    "palestine": ("palestinian", "palestinians"),
    "lebanon": ("lebanese",),
    "iraq": ("iraqi", "iraqis"),
    "iran": ("iranian", "iranians"),
    "afghanistan": ("afghan", "afghans"),
    "pakistan": ("pakistani", "pakistanis"),
    "india": ("indian", "indians"),
    "bangladesh": ("bangladeshi", "bangladeshis"),
    "nepal": ("nepalese", "nepali"),
    "srilanka": ("sri lanka", "sri lankan", "sri lankans"),
    "egypt": ("egyptian", "egyptians"),
    "libya": ("libyan", "libyans"),
    "tunisia": ("tunisian", "tunisians"),
    "algeria": ("algerian", "algerians"),
    "morocco": ("moroccan", "moroccans"),
    "saudiarabia": ("saudi arabia", "saudi", "saudis"),
    "yemen": ("yemeni", "yemenis"),
    "uae": ("united arab emirates", "emirati", "emiratis"),
    "qatar": ("qatari", "qataris"),
    "sudan": ("sudanese",),
    "southsudan": ("south sudan", "south sudanese"),
    "ethiopia": ("ethiopian", "ethiopians"),
    "somalia": ("somali", "somalis"),
    "kenya": ("kenyan", "kenyans"),
    "uganda": ("ugandan", "ugandans"),
    "rwanda": ("rwandan", "rwandans"),
    "nigeria": ("nigerian", "nigerians"),
    "ghana": ("ghanaian", "ghanaians"),
    "mali": ("malian", "malians"),
    "drcongo": ("congolese",),
    "zimbabwe": ("zimbabwean", "zimbabweans"),
    "southafrica": ("south africa", "south african", "south africans"),
    "japan": ("japanese",),
    "southkorea": ("south korea", "south korean", "south koreans"),
    "northkorea": ("north korea", "north korean", "north koreans"),
    "taiwan": ("taiwanese",),
    "vietnam": ("vietnamese",),
    "thailand": ("thai", "thais"),
    "philippines": ("philippine", "filipino", "filipinos"),
    "indonesia": ("indonesian", "indonesians"),
    "malaysia": ("malaysian", "malaysians"),
    "australia": ("australian", "australians"),
    "newzealand": ("new zealand", "new zealander", "new zealanders"),
    "canada": ("canadian", "canadians"),
    "mexico": ("mexican", "mexicans"),
    "cuba": ("cuban", "cubans"),
    "haiti": ("haitian", "haitians"),
    "dominicanrepublic": ("dominican republic",),
    "jamaica": ("jamaican", "jamaicans"),
    "colombia": ("colombian", "colombians"),
    "venezuela": ("venezuelan", "venezuelans"),
    "peru": ("peruvian", "peruvians"),
    "chile": ("chilean", "chileans"),
    "argentina": ("argentine", "argentines", "argentinian", "argentinians"),
    "brazil": ("brazilian", "brazilians"),
}
# a country's term: the buildings whose names stand for its government in news copy
SEATS: dict[str, tuple[str, ...]] = {
    "usa": ("white house", "pentagon"),
    "uk": ("downing street", "whitehall"),
    "russia": ("kremlin",),
    "france": ("elysee", "élysée"),
}

# every name (one word or several) -> its country's term
NAMES: dict[str, str] = {name: country for table in (DEMONYMS, SEATS)
                         for country, names in table.items() for name in names}
NAMES.update({country: country for country in DEMONYMS})
# names of several words (or with hyphens), matched as phrases in the text
PHRASES: tuple[str, ...] = tuple(sorted((n for n in NAMES if " " in n or "-" in n),
                                        key=len, reverse=True))
# lowercase substrings of which every phrase holds one: text without any of them has no
# phrase to fold (fewer and shorter than the phrases: testing each costs a sentence time)
HINTS: tuple[str, ...] = ("united ", "republic", "sudan", "africa", "korea", "zealand",
                          "downing", "britain", "arabia", "white house", "lanka")
