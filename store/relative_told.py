"""The happening a date dates inside a relative clause, when the main clause around it gives
a view rather than a happening ("the bet he placed [Wednesday] may be the biggest of his
life" -> "He placed the bet")."""

from __future__ import annotations

from . import recache
from .title_reads import capitalised

# what a main clause says when it gives a view of its subject rather than a happening: "the
# bet he placed [Wednesday] may be among the biggest", "the plan unveiled [on Monday] is"
_VIEW_VERB = recache.compile(r",?\s+(?:\w+ly\s+)?(?:is|are|was|were|may|might|could|would|can|should|"
                             r"must|seems?|seemed|remains?|remained|looks?|appears?)\b")
# words that end a noun phrase: "from the well since a rig" is two
_FUNCTION = (r"(?:since|when|after|before|as|and|or|but|that|which|who|a|an|the|to|of|in|on|at|"
             r"for|with|from|by|than|while|until|is|are|was|were|has|have|had)\b")
_NOUN_PHRASE = (r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
                r"(?:\s+(?!" + _FUNCTION + r")[\"“]?[a-z][\w’'-]*[\"”]?){0,3}?\s+"
                r"(?!(?:he|she|they|we|it|you|i)\b|" + _FUNCTION + r")(?P<noun>[a-z][\w’'-]+))")
# "the bet he placed", "the deal the two firms signed": a relative clause with no "that"
_CONTACT_RELATIVE = recache.compile(
    _NOUN_PHRASE + r"\s+(?P<subj>he|she|they|we|(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>(?:had\s+|has\s+)?"
    r"[a-z]+(?:ed|ought|aught|ook|ade|ent|ave|old|aid|id|ew|ung|an|on|ote|oke))\s*$")
# "the changes announced", "a company founded": a participle after its noun
_REDUCED_PASSIVE = recache.compile(_NOUN_PHRASE + r"\s+(?P<verb>(?:[a-z]{3,}ed|made|held|sold|built|set|"
                                   r"taken|given|written|signed|found)(?:\s+(?:out|up|off|down|back|over))?"
                                   r"(?:\s+[a-z]{3,}ly)?)\s*$")


def relative_told(before: str, object_only: bool = False) -> str | None:
    """The happening a date dates inside a relative clause, when the main clause after it
    gives a view: "the bet he placed [Wednesday] may be the biggest of his life" -> "He
    placed the bet"; "the changes announced [yesterday] are a response to ..." -> "The
    changes were announced"."""
    tail = before[-80:]
    if object_only:
        m = _REDUCED_PASSIVE.search(tail)
        if not (m and _PREP_END.search(tail, 0, m.start())):
            return None
    elif m := _CONTACT_RELATIVE.search(tail):
        if m["subj"] in ("he", "she", "they", "we") or m["subj"][:1].isupper() or m["subj"][:4] == "the ":
            return capitalised(f"{m['subj']} {m['verb']} {m['np'][0].lower()}{m['np'][1:]}")
    if m := _REDUCED_PASSIVE.search(tail):
        noun = m["noun"]
        be = "were" if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else "was"
        return capitalised(f"{m['np']} {be} {m['verb']}")
    return None


_PREP_END = recache.compile(r"\b(?:to|of|in|on|at|for|with|from|by|like|than)\s+$")
