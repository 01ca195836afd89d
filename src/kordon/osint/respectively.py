"""A list of goods and a list of figures paired off in order: "heroin, cocaine and cannabis
weighing 15, 250 and 3 kg", "героин и кокаин массой 15 и 250 кг соответственно", "heroin və
kokain, çəkisi müvafiq olaraq 15 və 250 kq". Only the last figure carries the unit; each figure
before it measures, in the same unit, the goods named at its place in the list."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kordon.domain.quantity import Quantity
from kordon.osint.lexicon import AND_WORDS, Mention
from kordon.osint.quantities import FoundQuantity

_NUMBER = r"\d+(?:[.,]\d+)?"
_AND = "|".join(AND_WORDS)
# The figures before the one that carries the unit, right before it: "15, 250 and ", "15 и ".
_FIGURES_BEFORE = re.compile(
    rf"(?P<list>{_NUMBER}(?:\s*,\s+{_NUMBER})*)\s*,?\s+(?:{_AND})\s+$", re.IGNORECASE
)
# "between 15 and 20 kg", "от 15 и ..." : a range, not a list; a whole word ("вес 15 и 250 кг"
# ends in "с" and is a list).
_RANGE_BEFORE = re.compile(r"(?<![^\W_])(?:between|from|от|между|с|arasında)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:\w+\s+)?arasında", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b|соответственно|müvafiq olaraq", re.IGNORECASE)
# Goods listed one after the other: only a comma or "and" between them.
_LIST_GAP = re.compile(rf"\s*(?:,\s*|\s(?:{_AND})\s+|,\s*(?:{_AND})\s+)", re.IGNORECASE)
# Weighing words between the list of goods and the list of figures.
_NEAR = 40


def paired_in_order(
    body: str, quantities: list[FoundQuantity], mentions: list[Mention]
) -> tuple[list[FoundQuantity], dict[int, Mention]]:
    """The sentence's quantities with the figures of a paired list added before the one that
    carries their unit, and the goods each figure of such a list measures, by its start."""
    result: list[FoundQuantity] = []
    paired: dict[int, Mention] = {}
    for q in quantities:
        pairs = _pairs(body, q, quantities, mentions)
        if pairs is None:
            result.append(q)
            continue
        for figure, mention in pairs:
            result.append(figure)
            paired[figure.start] = mention
    return result, paired


def _pairs(
    body: str, q: FoundQuantity, quantities: list[FoundQuantity], mentions: list[Mention]
) -> list[tuple[FoundQuantity, Mention]] | None:
    if not q.text[:1].isdigit():
        return None
    before = body[max(0, q.start - 80) : q.start]
    listed = _FIGURES_BEFORE.search(before)
    if listed is None:
        return None
    start = q.start - len(before) + listed.start()
    if _RANGE_BEFORE.search(body[max(0, start - 12) : start]) or _RANGE_AFTER.match(
        body[q.end : q.end + 20]
    ):
        return None
    if any(o is not q and o.end > start and o.start < q.start for o in quantities):
        return None  # the figures before are quantities of their own
    figures = [
        (m.start() + start, m.end() + start, float(m.group().replace(",", ".")))
        for m in re.finditer(_NUMBER, listed["list"])
    ]
    last = re.match(_NUMBER, q.text)
    assert last is not None
    last_value = float(last.group().replace(",", "."))
    goods = _goods_listed_before(body, start, mentions, len(figures) + 1)
    if goods is None or last_value == 0:
        return None
    respectively = _RESPECTIVELY.search(body[goods[-1].end : q.end + 40]) is not None
    if not respectively and len(body[goods[-1].end : start]) > _NEAR:
        return None
    factor = q.value / last_value
    pairs = [
        (
            replace(
                q,
                quantity=Quantity(value * factor, q.unit, body[lo:hi]),
                start=lo,
                end=hi,
                tolerance=0.5 * factor,
            ),
            m,
        )
        for (lo, hi, value), m in zip(figures, goods, strict=False)
    ]
    return [*pairs, (q, goods[-1])]


def _goods_listed_before(
    body: str, start: int, mentions: list[Mention], n: int
) -> list[Mention] | None:
    """The n goods listed one after another, the last of them before start, each a different
    kind: "heroin, cocaine and cannabis"."""
    before = sorted((m for m in mentions if m.end <= start), key=lambda m: m.start)
    if len(before) < n:
        return None
    goods = before[-n:]
    for a, b in itertools.pairwise(goods):
        if not _LIST_GAP.fullmatch(body[a.end : b.start]):
            return None
    if len({m.canonical for m in goods}) < n:
        return None
    return goods
