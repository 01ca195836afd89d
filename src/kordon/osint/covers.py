"""Goods named as the cover load a find was hidden among: "cocaine hidden among sacks of
coffee", "спрятан среди мешков с кофе", "qəhvə kisələrinin arasında gizlədilmişdi". The
cover is where the find lay, not a find, and a figure beside it weighs the load it hid."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kordon.osint.lexicon import FIGURE_RUN, GOODS, PROHIBITED, UNSPECIFIED, Mention

# Right before the cover goods: "among (the) sacks of", "amid", "среди (мешков с)",
# "среди (партии)". Only a packing word may stand between, so that "Among the goods seized
# were 12 kg of heroin" names no cover.
_AMONG_BEFORE = re.compile(
    r"(?:\b(?:am(?:ong(?:st)?|id(?:st)?)|between)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[a-z-]+\s+(?:of|with)\s+(?:[a-z-]+\s+)?)?"
    r"|(?<![а-яё])(?:среди|между)\s+(?:[а-яё-]+\s+(?:(?:с|со)\s+)?)?)$",
    re.IGNORECASE,
)
# Right after them in Azerbaijani, where "among" follows its noun: "düyü kisələrinin arasında",
# "pomidor yükünün arasında". The packing word is needed: "arasında" is also "between", and
# "avtomobilin arxa təkərlərinin arasında" tells where on the car, not a cover load.
_AMONG_AFTER = re.compile(
    r"^\s+(?:kisə|qutu|yeşik|torba|paket|bağlama|karton|yük)[^\W\d_]*\s+arasında\b",
    re.IGNORECASE,
)


# "20 ton kişmiş yükünün arasında": a cover given its own figure keeps it, so that the figure
# is read as the load's and left out with it, not given to the find (the word and the spaces
# after the figure, too, read without giving back).
_FIGURE_BEFORE = re.compile(rf"{FIGURE_RUN}[^\W\d_]++\s++$")


def cover_loads(body: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of the mentions that name a cover load, when the report names a find
    besides them; goods the report names alone are its find wherever they lay."""
    cover = {
        m.start for m in mentions
        if m.canonical in GOODS and m.canonical not in PROHIBITED
        and (_AMONG_BEFORE.search(body[max(0, m.start - 40) : m.start])
             or (_AMONG_AFTER.match(body[m.end : m.end + 40])
                 and not _FIGURE_BEFORE.search(body[max(0, m.start - 30) : m.start])))
    }  # fmt: skip
    # "packed in between bags of sesame seeds ... 23,750kg of sesame seeds were being
    # transported": the load told again later, with its own weight, is still the load.
    first = {
        m.canonical: m.start for m in sorted(mentions, key=lambda m: -m.start) if m.start in cover
    }
    cover |= {m.start for m in mentions if m.canonical in first and m.start > first[m.canonical]}
    finds = [m for m in mentions if m.start not in cover and m.canonical != UNSPECIFIED]
    return cover if finds else set()
