"""Figures a report gives by multiplication or as a list of brands, read as the one find they are.

"hər birinin çəkisi 1 355 qram olan 3 ədəd və hər birinin çəkisi 113 qram olan 7 ədəd nərə
kürüsü" is one find of caviar weighing 3 × 1.355 + 7 × 0.113 kg; "268 ədəd "Moskovskaya", 7 ədəd
"President" və 217 ədəd "Vodka Marya Morevna" markalı spirtli içkilər" is one find of 492
bottles. The cues ("hər biri", "каждая по") are the language's data (`per_unit`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.lexicon import PROHIBITED
from kordon.osint.quantities import POURED, FoundQuantity, Qualifier
from kordon.osint.vocabulary import Vocabulary, fold

_NUMBER = r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
# "1 355 qram olan 3 ədəd", "550 г – 2 упаковки": a per-unit weight, then how many units.
_THEN_COUNT = re.compile(rf"\s*(?:olan|olmaqla|[-–—,:])?\s*{_NUMBER}\s+([^\W\d_]+)", re.IGNORECASE)
# "3 ədəd, hər birinin çəkisi": how many units, then the cue of the per-unit weight.
_COUNT_THEN = re.compile(rf"{_NUMBER}\s+([^\W\d_]+)\s*[,(–—-]?\s*$")
_AND = re.compile(r"\s*(?:,|və|и|and)\s*$", re.IGNORECASE)
_NAME = r"(?:«[^»]{1,40}»|\"[^\"]{1,40}\"|“[^”]{1,40}”)"
# "268 ədəd "Moskovskaya", 7 ədəd "President" və 217 ədəd "Vodka Marya Morevna"".
_BRAND_ITEM = rf"{_NUMBER}\s+([^\W\d_]+)\s*{_NAME}"
_BRAND_LIST = re.compile(rf"{_BRAND_ITEM}(?:\s*(?:,|və|и)\s*{_BRAND_ITEM})+")
_BRAND_COUNT = re.compile(rf"{_NUMBER}\s+([^\W\d_]+)\s*{_NAME}")


def combine_multiples(
    amounts: list[FoundQuantity], body: str, start: int, end: int, vocab: Vocabulary
) -> list[FoundQuantity]:
    """A sentence's figures (offsets in body, the sentence at start:end) with per-unit
    weights multiplied by their counts, products of one list added up, and counts of a list
    of brands added up."""
    amounts = sorted(amounts, key=lambda q: q.start)
    products = _sum_products(_products(amounts, body, start, end, vocab), body)
    return _brand_lists(products, body, start, end, vocab)


def _count(m: re.Match[str] | None, vocab: Vocabulary) -> float | None:
    """The number of units a match names, when its word counts units ("3 ədəd")."""
    if m is None or not (vocab.count_fillers.get(m[2]) or vocab.count.get(m[2])):
        return None  # "3 ədəd", "30 bağlama": a count word or a unit things are counted in
    return float(re.sub(r"\s", "", m[1]))


def _products(
    amounts: list[FoundQuantity], body: str, start: int, end: int, vocab: Vocabulary
) -> list[tuple[FoundQuantity, int | None]]:
    """The figures, each a product of a count and a per-unit weight with where its words
    start, or a plain figure with None."""
    out: list[tuple[FoundQuantity, int | None]] = []
    for q in amounts:
        cue = _cue_before(body, start, q.start, vocab) if q.unit is QuantityUnit.KG else None
        each = _units_each_before(amounts, body, start, q, vocab) if cue is None else None
        if each is not None:
            # "51 брикет по одному килограмму": the count, the word for each one's share,
            # and that share's weight.
            units = float(re.sub(r"\s", "", each[1]))
            out = [(o, b) for o, b in out if not each.start() <= o.start < each.end()]
            product = replace(
                q,
                quantity=Quantity(q.value * units, q.unit, body[each.start() : q.end]),
                start=each.start(),
                tolerance=q.tolerance * units,
            )
            out.append((product, each.start()))
            continue
        if cue is None and _distributive_before(body, start, q, vocab):
            continue  # "расфасован в брикеты по одному килограмму": one unit's weight alone
        if cue is None:
            out.append((q, None))
            continue
        after = _THEN_COUNT.match(body, q.end, end)
        before = _COUNT_THEN.search(body, start, cue)
        n = _count(after, vocab)
        if n is not None and after is not None:
            lo, hi, begins = after.start(1), after.end(), cue
        elif (n := _count(before, vocab)) is not None and before is not None:
            lo, hi, begins = before.start(), q.end, before.start()
        elif (listed := _units_listed_before(amounts, body, start, cue)) is not None:
            # "984 брикета кокаина, каждый весом по 1 кг": units of any name, the goods,
            # then each one's weight.
            n = float(re.sub(r"\s", "", listed[1]))
            lo, hi, begins = listed.start(), q.end, listed.start()
            # "30 упаковок героина, каждая весом по 0,5 кг": the count is the product's part.
            out = [(o, b) for o, b in out if not lo <= o.start < listed.end()]
        else:
            out.append((q, None))  # a per-unit weight alone: not a find
            continue
        product = replace(
            q,
            quantity=Quantity(q.value * n, q.unit, body[begins:hi]),
            start=lo,
            end=hi,
            tolerance=q.tolerance * n,
        )
        out.append((product, begins))
    return out


# "984 брикета кокаина, (каждый) ": how many units, the goods they hold, a comma and maybe
# the word for "each" before the cue.
_UNITS_OF_GOODS_THEN = re.compile(
    rf"{_NUMBER}\s+[^\W\d_]+(?:\s+[^\W\d_]+){{1,2}}\s*,\s*(?:[^\W\d_]+\s+)?$"
)


def _units_listed_before(
    amounts: list[FoundQuantity], body: str, start: int, cue: int
) -> re.Match[str] | None:
    """A count of units of goods written right before a per-unit cue, when no weight or
    volume of the sentence starts at that number ("5 кг героина, каждый ..." is no count)."""
    m = _UNITS_OF_GOODS_THEN.search(body, start, cue)
    if m is None or any(
        q.start <= m.start(1) < q.end and q.unit is not QuantityUnit.PIECES for q in amounts
    ):
        return None
    return m


# Figures a count of units multiplies: each one's weight ("по 2 кг") or, for containers that are
# no unit goods are counted in, volume ("119 бочек по 250 литров").
_MEASURES = (QuantityUnit.KG, QuantityUnit.LITRES)

# "40 брикетов по ", "119 бочек спирта по ": a count of units, maybe the goods, the word for
# each one's share.
_UNITS_EACH = re.compile(rf"{_NUMBER}\s+([^\W\d_]+)(?:\s+[^\W\d_]+){{0,2}}?\s+([^\W\d_]+)\s+$")


def _units_each_before(
    amounts: list[FoundQuantity], body: str, start: int, q: FoundQuantity, vocab: Vocabulary
) -> re.Match[str] | None:
    """ "40 брикетов по 1 кг": a count of units right before the distributive word and a
    weight, when the count is no weight or volume of its own ("5 кг по 2 кг" is not)."""
    if q.unit not in _MEASURES or not vocab.distributive:
        return None
    m = _UNITS_EACH.search(body, start, q.start)
    if m is None or fold(m[3]) not in vocab.distributive:
        return None
    if vocab.mass.get(m[2]) or vocab.volume.get(m[2]) or vocab.money_words.get(m[2]):
        return None
    counted = vocab.count.get(m[2])
    if q.unit is QuantityUnit.LITRES and (
        (counted and counted not in POURED) or vocab.count_fillers.get(m[2])
    ):
        return None  # "120 бутылок водки по 0,5 литра": bottles are counted, not poured out
    if any(o.start <= m.start(1) < o.end and o.unit is not QuantityUnit.PIECES for o in amounts):
        return None
    return m


def _distributive_before(body: str, start: int, q: FoundQuantity, vocab: Vocabulary) -> bool:
    """Whether the word for each unit's share is written right before a weight."""
    words = body[start : q.start].split()
    return q.unit in _MEASURES and bool(words) and fold(words[-1]) in vocab.distributive


def _cue_before(body: str, start: int, at: int, vocab: Vocabulary) -> int | None:
    """Where the per-unit cue written right before a figure starts, if one is."""
    before = body[start:at]
    # "каждый весом по 1 кг": the cue may end a short word before the figure.
    hits = [(s, e) for s, e, _ in vocab.per_unit.finditer(before) if len(before) - e <= 4]
    return start + hits[-1][0] if hits else None


def _sum_products(items: list[tuple[FoundQuantity, int | None]], body: str) -> list[FoundQuantity]:
    """Products joined by "və" or a comma are parts of one find: their sum."""
    out: list[FoundQuantity] = []
    last_product = False
    for q, begins in items:
        if begins is not None and last_product and _AND.match(body[out[-1].end : begins]):
            prev = out.pop()
            q = replace(
                prev,
                quantity=Quantity(prev.value + q.value, q.unit, body[prev.start : q.end]),
                end=q.end,
                tolerance=prev.tolerance + q.tolerance,
            )
        out.append(q)
        last_product = begins is not None
    return out


def _brand_lists(
    amounts: list[FoundQuantity], body: str, start: int, end: int, vocab: Vocabulary
) -> list[FoundQuantity]:
    """ "268 ədəd "Moskovskaya", 7 ədəd "President" və 217 ədəd ... spirtli içkilər": counts of
    brands of one goods, added up into one count."""
    found = list(amounts)
    for m in _BRAND_LIST.finditer(body, start, end):
        items = [c for c in _BRAND_COUNT.finditer(m[0]) if vocab.count_fillers.get(c[2])]
        inside = [q for q in found if m.start() <= q.start < m.end()]
        # The last brand's count may reach the goods named after the list ("217 ədəd “...”
        # markalı spirtli içkilər"); it is one item of the list, not a find of its own.
        if len(items) < 2 or any(q.unit is not QuantityUnit.PIECES for q in inside):
            continue
        # "200 ədəd “Lyrica” və 100 ədəd “Tramadol” həbi": brands that are goods of their own
        # are counted each, not added up.
        named = {hit[2] for c in items if (hit := vocab.substances.search(c[0])) is not None}
        if len(named) >= 2 or _arms_after(body, m.end(), end, vocab):
            continue
        found = [q for q in found if q not in inside]
        total = sum(float(re.sub(r"\s", "", c[1])) for c in items)
        found.append(
            FoundQuantity(
                quantity=Quantity(total, QuantityUnit.PIECES, m[0]),
                qualifier=Qualifier.EXACT,
                start=m.start(),
                end=m.end(),
                tolerance=0.5 * len(items),
                count_unit="pieces",
            )
        )
    return sorted(found, key=lambda q: q.start)


def _arms_after(body: str, at: int, end: int, vocab: Vocabulary) -> bool:
    """ "4 ədəd "F1", 1 ədəd "RQ42" əl qumbaraları": makes of a weapon or of ammunition are
    items of their own, each counted apart (an "F1" grenade is not an "RQ42"), where brands of
    drink or cigarettes are one goods counted in parts."""
    hit = vocab.substances.search(body[at : min(end, at + 60)])
    return hit is not None and hit[2] in PROHIBITED
