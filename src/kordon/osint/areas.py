"""English places that are no building or crossing: a region, a road, a stretch of sea.

Reports of police, navy and coast guard finds place them this way ("in Ogun state", "on the
Kaduna-Zaria highway", "about 40 nautical miles east of Mombasa"), and the labels keep those
words as the place.
"""

from __future__ import annotations

import calendar
import re

from kordon.osint.gazetteer import DEMONYMS, NAME_WORD

# A name of one to three capitalised words (hyphenated ones too: "Lokoja-Abuja"), each read as far
# as one of an agency's: "Q-Q-Q-..." may open a name at each capital, and a word read to its run's
# end from each one would cost the run's square.
_NAME = rf"(?:[A-Z][\w'’.-]{{0,{NAME_WORD}}}\s+){{1,3}}"
# "the Mexican state of Sinaloa", "the Indian state of Punjab": the name comes after the word.
_AREA_OF = re.compile(
    r"\b(?:state|province|region)\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_AREA = re.compile(
    # "Ogun state", not "the Azerbaijani State Border Service" nor "California Highway Patrol",
    # nor a hall of an airport ("the Arrivals area of the airport")
    rf"\b({_NAME}(?:[Pp]rovince|[Rr]egion|[Ss]tate(?!\s+[A-Z])|[Cc]ounty|Sub-County|"
    r"[Hh]ighway(?!\s+Patrol)|[Ee]xpressway|[Mm]otorway|"
    r"area(?!\s+(?:of|at|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[Aa]irport)))\b(?![\w-])"
    # "eastbound I-94 near Berrien County", "Interstate 15 in Temecula"
    r"|\b((?:(?:east|west|north|south)bound\s+)?(?:I-\d+|Interstate\s+\d+)"
    r"(?:\s+(?:near|in)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)"
    r"|\b(road between [A-Z][\w-]+ and [A-Z][\w-]+)"
    r"|\b(port of entry (?:in|at|near) [A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
# Words that open a capitalised run without naming a place: "Customs area", "The state".
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "Its",
        "Their",
        "Customs",
        "Police",
        "Officers",
        "Border",
        "Federal",
        "National",
        "Islamic",
        "Member",
        "Home",
        "Head",
        "Secretary",
        "Department",
        "Ministry",
        "On",
        "In",
        "At",
        "Yesterday",
        "Today",
        "Tonight",
        "Earlier",
        "Meanwhile",
        *calendar.day_name,
    ]
)
# Titles before a person's name: "Mr Smith Region manager", "Police Chief John Doe County".
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sheriff", "Chief", "Governor", "Senator", "Judge"])
# The word of a road, a building or a date after "off": "cordoned off Main Street", "set off
# January", "dropped off Ahmed's house".
_NOT_SEA = frozenset(
    [*calendar.month_name[1:], "Street", "St", "Road", "Avenue", "Lane", "Drive", "Boulevard"]
)
# Most precise first: a distance from a named place, then the coast of one, a named sea, and
# the open sea unnamed ("in international waters about 75 nautical miles south of X").
_SEA = (
    re.compile(
        r"\b((?:about\s+|some\s+|around\s+)?\d[\d.,]*\s+nautical\s+miles\s+(?:\w+\s+){0,2}of\s+"
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    ),
    re.compile(
        r"\b([Oo]ff\s+(?:the\s+)?(?:coast\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
        r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+coast)?)"
    ),
    re.compile(r"\b((?:Gulf|Bay|Sea) of [A-Z][\w'’-]*|[A-Z][\w'’-]*\s+(?:Ocean|Sea))\b"),
    re.compile(r"\b(international waters|high seas?|mid-sea)\b"),
)


def find_area(sentence: str) -> str | None:
    """A region, a road or a port of entry in a town that a sentence names: "Ogun state",
    "the Lokoja-Abuja highway", "eastbound I-94 near Berrien County"."""
    named_after = _AREA_OF.search(sentence)
    if named_after is not None:
        return named_after.group(1)
    for m in _AREA.finditer(sentence):
        area = next(g for g in m.groups() if g)
        words = area.split()
        # "In Ogun State", "Yesterday Lagos state": a word that opens the sentence or the run
        # without naming the place is dropped, not the place with it.
        while words and (words[0] in _NOT_NAMES or words[0] == "the"):
            words = words[1:]
        if len(words) < 2 or any(w in _TITLES for w in area.split()):
            continue
        if words[-1].islower() and words[-2] in DEMONYMS:
            continue  # "the Mexican state", "an Indian state"
        return " ".join(words)
    return None


def find_sea_area(sentence: str) -> str | None:
    """A stretch of sea a sentence places something in: "off the coast of Lamu", "about 40
    nautical miles east of Mombasa", "the Gulf of Aden", "international waters"."""
    for pattern in _SEA:
        for m in pattern.finditer(sentence):
            words = m.group(1).split()
            if words[0] in ("off", "Off") and (
                any(w in _NOT_NAMES or w.strip(",") in _NOT_SEA for w in words[1:])
                or re.search(r"['’]s\b", m.group(1))
            ):
                continue  # "set off Monday", "cordoned off Main Street", "off Ahmed's house"
            return m.group(1)
    return None
