"""Chinese names as Taiwan writes them: Wade-Giles, and the family names' own spellings.

The lists write a name in characters in Hanyu Pinyin (许智杰 = XU ZHIJIE); Taiwan's passports,
parliament and many lists write it in Wade-Giles, the given name's syllables joined by a hyphen
and the aspirates' apostrophes left out (Hsu Chih-chieh), and some family names in spellings of
their own (李 Lee). A name in characters is read both ways (`tables/wade_giles.tsv`, from
pypinyin; `tables/taiwanese_surnames.tsv`), and a given name of two Chinese syllables joined by
a hyphen is read as one word, as Pinyin writes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Spellings Chinese syllables have and Korean ones (the other names written in syllables with
# hyphens: Kim Jong-un, Ri Chang-ho) do not: hs, ts, a final -ih, -ieh, -ien, ua, uo, ao, ou,
# ai, ei, ia, iu, a final -eng, -ing or -en, and f.
_CHINESE_ONLY = re.compile(r"hs|ts|tz|ih$|ie|ua|uo|ao|ou|ai|ei|ia|iu|eng$|ing$|en$|^f")


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a table, its comments left out."""
    table = resources.files("kordon.risk.screening").joinpath("tables", name)
    text = table.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Every Pinyin syllable to its Wade-Giles."""
    return {pinyin: wade for pinyin, wade in _rows("wade_giles.tsv")}


@lru_cache(maxsize=1)
def _chinese_syllables() -> frozenset[str]:
    """Every syllable in Pinyin or in Wade-Giles."""
    table = _syllables()
    return frozenset(table) | frozenset(table.values())


@lru_cache(maxsize=1)
def _family_names() -> dict[str, tuple[str, ...]]:
    """Family names in characters to their spellings in Taiwan, lower case, run together."""
    out: dict[str, tuple[str, ...]] = {}
    for characters, spellings in _rows("taiwanese_surnames.tsv"):
        written = tuple(s.strip().lower().replace("-", "") for s in spellings.split(","))
        for form in characters.split(","):
            out[form] = written
    return out


def wade_giles(syllables: list[str]) -> str:
    """Pinyin syllables in Wade-Giles, run together ("" for a syllable the table lacks)."""
    table = _syllables()
    return "".join(table.get(s, s) for s in syllables)


def family_spellings(characters: str) -> tuple[str, ...]:
    """How Taiwan spells a family name in characters; () for one the table lacks."""
    return _family_names().get(characters, ())


def _without_trailing_signs(word: str) -> str:
    """The word without the signs after its last letter or digit (a linear scan: a pattern
    anchored at the end retries from every sign of a long run)."""
    end = len(word)
    while end and not (word[end - 1].isalnum() or word[end - 1] == "_"):
        end -= 1
    return word[:end]


def joined_given(word: str) -> str:
    """A word of two Chinese syllables joined by a hyphen, written as one (Chih-ming,
    chihming); any other word as it is. One syllable at least must be spelt as only Chinese is:
    Korean given names are written with a hyphen too, and read syllable by syllable."""
    bare = _without_trailing_signs(word)
    halves = bare.split("-")
    if len(halves) != 2 or not all(h in _chinese_syllables() for h in halves):
        return word
    if not any(_CHINESE_ONLY.search(h) for h in halves):
        return word
    return "".join(halves) + word[len(bare) :]
