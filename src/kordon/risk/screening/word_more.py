"""Whether a company name is another's found whole, plus one word of its own.

Lists print a company or group by its full name and by a shorter one that leaves out a word:
a founder's name (ZARRIN RAFSANJAN CEMENT COMPANY, RAFSANJAN CEMENT COMPANY), a place's name it
is named after (PUERTO CORTEZ GRILL RESTAURANT, CORTEZ GRILL RESTAURANT), or a word of a long
name (Al-Qaida in the South Arabian Peninsula). The shorter name is then every word of the
longer but one, generic words (bank, company) aside, and has none of its own but the word for a
company. The same shape names another company where the word more is what tells a group's
companies apart, and this module reads it so:

- a shorter name of one distinctive word (GAZPROM, GAZPROM NEFT; ZVEZDA, ZVEZDA-AVIA): a brand
  a group's companies share, and the word more names one of them;
- a place or country (Ansar al-Sharia in Tunisia, DURATEX ECUADOR): the group's branch there;
- a shared name three or more of the list's entries carry (ASCOTEC, CASTLE): a group's name,
  and the word more says which of its companies it is;
- a shared name of generic words or places only (Bank of Georgia, Halyk Bank Georgia).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rigour.territories import lookup_territory

from kordon.risk.screening.legal_forms import is_generic, is_place

# The word for a company and nothing more, as names write it in English, Persian and Dari
# (Co., Company, Shirkat) and as the Russian, Azerbaijani and Persian words are read in English.
COMPANY_WORDS = frozenset({"co", "compani", "shirkat"})
# How alike a distinctive word both names share must be spelt (ANSARU is not ANSAR).
SHARED_SPELT = 0.9
# How alike every other word of the shorter name must be to be found in the longer.
FOUND_MIN = 0.8
# The most list entries the shared name may be carried by: two may be one body listed twice,
# three or more are a group's companies, which the word more tells apart.
SHARED_BY_MAX = 2
# The shortest distinctive word, shared or more, that says which company a name is.
WORD_MIN = 4


@dataclass(frozen=True, slots=True)
class Word:
    """One proper name word of a company name, as the comparison sees it."""

    key: str
    # Whether the name reads the word as generic (bank, company, trading).
    generic: bool
    # The similarity of the word of the other name it is aligned with; None when none is.
    found: float | None
    # How many of the list's entries carry the word (1 where the list is not known).
    carriers: int = 1


def one_word_more(short: list[Word], long: list[Word]) -> bool:
    """Whether `short` is found whole in `long`, and `long` adds one word of its own."""
    if not short or any(
        (w.found is None or w.found < FOUND_MIN) and w.key not in COMPANY_WORDS for w in short
    ):
        # A word of the shorter name not found in the longer: another company, unless the word
        # says only that it is a company (AL-AMIR CO., AL-AMIR PROJECT).
        return False
    shared = [w for w in short if _distinctive(w)]
    if len(shared) < 2 or max(len(w.key) for w in shared) < WORD_MIN:
        # One distinctive word shared is a group's brand (GAZPROM, GAZPROM NEFT), and nothing but
        # generic words or places shared says nothing (Bank of Georgia, Halyk Bank Georgia).
        return False
    if min(w.found or 0.0 for w in shared) < SHARED_SPELT:
        return False
    if min(w.carriers for w in shared) > SHARED_BY_MAX:
        return False
    more = [w for w in long if w.found is None]
    own = [w for w in more if not w.generic]
    if len(own) != 1 or len(own[0].key) < WORD_MIN or not _distinctive(own[0]):
        return False
    return not is_territory(own[0].key)


def _distinctive(word: Word) -> bool:
    """Whether a word names the company, not its kind or place, whatever the name around it."""
    return not word.generic and not is_generic(word.key) and not is_place(word.key)


@lru_cache(maxsize=10_000)
def is_territory(key: str) -> bool:
    """Whether a word is a country, a territory or a capital rigour knows (Tunisia, Kiev)."""
    return lookup_territory(key) is not None
