"""A grammar of quantities as reports write them: weights, volumes and counts, figures or words."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from kordon.domain.numbers import SMALL_NUMBERS, TENS
from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.brands import blank_brands
from kordon.osint.calibres import blank_calibres
from kordon.osint.designations import blank_designations
from kordon.osint.fields import MONTHS
from kordon.osint.lexicon import COUNTED, DESCRIBING, find_substances


class Qualifier(StrEnum):
    """How exact a written quantity claims to be."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    GROSS = "gross"


@dataclass(frozen=True, slots=True)
class FoundQuantity:
    """A domain quantity found in a text: where it was written and how exact it claims to be."""

    quantity: Quantity
    qualifier: Qualifier
    start: int
    end: int
    # Half a unit of the least significant digit written, in the base unit: how far a rounded
    # figure ("nearly 1.6 tonnes") may lie from a precise one (1.596 tonnes) and still agree.
    tolerance: float
    count_unit: str | None = None
    # Words written between a count and its unit ("565,000 Captagon pills"): often the substance.
    inner_words: str = ""

    @property
    def value(self) -> float:
        """The amount in kg, litres or pieces."""
        return self.quantity.value

    @property
    def unit(self) -> QuantityUnit:
        """The base unit the amount is in."""
        return self.quantity.unit

    @property
    def text(self) -> str:
        """The words the amount was read from."""
        return self.quantity.as_written


MASS_UNITS: dict[str, float] = {
    "kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0,
    "kilogramme": 1.0, "kilogrammes": 1.0, "g": 0.001, "gr": 0.001, "gm": 0.001, "gms": 0.001,
    "gram": 0.001, "grams": 0.001, "gramme": 0.001, "grammes": 0.001, "mg": 1e-6,
    "milligram": 1e-6, "milligrams": 1e-6, "t": 1000.0, "ton": 1000.0, "tons": 1000.0,
    "tonne": 1000.0, "tonnes": 1000.0, "lb": 0.45359237, "lbs": 0.45359237,
    "pound": 0.45359237, "pounds": 0.45359237, "oz": 0.028349523125, "ounce": 0.028349523125,
    "ounces": 0.028349523125,
}  # fmt: skip
VOLUME_UNITS: dict[str, float] = {
    "l": 1.0, "litre": 1.0, "litres": 1.0, "liter": 1.0, "liters": 1.0, "ltr": 1.0, "ltrs": 1.0,
    "ml": 0.001, "millilitre": 0.001, "millilitres": 0.001, "milliliter": 0.001,
    "milliliters": 0.001, "gallon": 3.785411784, "gallons": 3.785411784,
}  # fmt: skip
COUNT_UNITS: dict[str, str] = {
    "pill": "pills", "pills": "pills", "tablet": "tablets", "tablets": "tablets",
    "capsule": "capsules", "capsules": "capsules", "ampoule": "ampoules", "ampoules": "ampoules",
    "ampule": "ampoules", "ampules": "ampoules", "vial": "vials", "vials": "vials",
    "cigarette": "cigarettes", "cigarettes": "cigarettes", "cigar": "cigars", "cigars": "cigars",
    "stick": "sticks", "sticks": "sticks", "bottle": "bottles", "bottles": "bottles",
    "blister": "blisters", "blisters": "blisters", "phone": "phones", "phones": "phones",
    "smartphone": "phones", "smartphones": "phones", "handsets": "phones", "rounds": "rounds",
    "cartridges": "rounds", "bullets": "rounds", "pack": "packs", "packs": "packs",
    "package": "packs", "packages": "packs", "wrap": "wraps", "wraps": "wraps", "bushes": "plants",
    "pieces": "pieces", "pcs": "pieces", "pair": "pairs", "pairs": "pairs", "units": "items",
    "head": "heads", "heads": "heads", "specimens": "items", "carton": "cartons",
    "cartons": "cartons", "block": "blocks", "blocks": "blocks", "packet": "packs",
    "packets": "packs", "saplings": "plants", "seedlings": "plants",
    # Street doses: "40 sachets of heroin", "30 baggies of cocaine", "12 bundles of heroin".
    "sachet": "packs", "sachets": "packs", "baggie": "packs", "baggies": "packs",
    "bundle": "wraps", "bundles": "wraps",
    # Bales and rolls count goods as the Russian and Azerbaijani readers count them ("тюков",
    # "tay", "рулонов"): "143 bales of garments", "30 rolls of fabric".
    "bale": "bales", "bales": "bales", "roll": "rolls", "rolls": "rolls",
    # Caviar and other preserves sold by the jar: "40 jars of caviar" ("банок", "banka").
    "jar": "jars", "jars": "jars",
    # A liquid carried in drums and not measured is counted in them: "210 drums of ethanol".
    "drum": "drums", "drums": "drums",
    # Goods counted by the box as the other readers count them ("коробок", "qutu"): "900 boxes
    # of ammunition", "50 boxes of face cream".
    "box": "boxes", "boxes": "boxes",
}  # fmt: skip
# Count units that count only when the goods follow after "of": "900 boxes of ammunition".
_OF_ONLY = frozenset({"box", "boxes"})
# Count units that are containers: given the size of each ("119 drums of 250 litres each",
# "5 drums of 200 litres"), they are no count of goods but the measure's containers.
POURED = frozenset({"drums"})
# "300 pieces of methadone 40 - psychotropic pills": a count word whose goods and their own
# unit follow after "of".
_GENERIC_COUNT = frozenset({"pieces"})
# Count units that are doses of a medicine or drug, in any language the reader reads.
DOSE_UNITS = frozenset({"pills", "tablets", "capsules", "ampoules", "vials", "suppositories"})
# "lakh" (a hundred thousand) and "crore" (ten million) are how South Asian reports count.
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(SMALL_NUMBERS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(TENS)})
WORD_VALUES.update({"a": 1, "an": 1})
CURRENCY = {"$", "£", "€", "¥", "₹", "₱", "₦", "rs", "inr", "usd", "eur", "azn", "n", "p", "sh"}
GAP_STOP = {
    "of", "and", "or", "the", "with", "were", "was", "in", "at", "to", "from", "by", "for", "on",
    "is", "are", "had", "has", "have", "which", "that", "worth", "valued", "weighing",
}  # fmt: skip

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:['’][a-z]+)?|\S")
_QUALIFIERS: list[tuple[re.Pattern[str], Qualifier]] = [
    # "up to five kg" is read as about 5 kg: the labelling rules (data/osint-eval/README.md).
    (re.compile(r"\bup to\s*$"), Qualifier.APPROX),
    (re.compile(r"\b(?:just )?(?:more than|over|above|in excess of|upwards of|at least)\s*$"),
     Qualifier.MORE_THAN),
    (re.compile(r"\b(?:just )?(?:less than|under|below|fewer than)\s*$"), Qualifier.LESS_THAN),
    (re.compile(r"\b(?:about|around|approximately|approx\.?|roughly|some|an estimated|"
                r"estimated|nearly|almost|close to|circa|just over|over a|c\.)\s*$"),
     Qualifier.APPROX),
]  # fmt: skip


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# No seizure runs to a quadrillion of anything: a bigger number (a run of hundreds of zeros, of
# "one hundred and" told over and over) is hostile input and no figure, and read as one it
# would overflow or become infinite.
MOST_A_FIGURE = 1e15


def is_figure(value: float) -> bool:
    """True when value may be a quantity of something seized: finite and no more than
    MOST_A_FIGURE."""
    return math.isfinite(value) and value <= MOST_A_FIGURE


def parse_figure(raw: str) -> tuple[float, float] | None:
    """The value of a number written in figures and half a unit of its last significant digit."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", raw):
        raw = raw.replace(",", "")  # "86,30,000": lakhs and crores grouped in twos (India)
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", raw):
        raw = raw.replace(",", ".")  # "152,52 grams": a decimal comma
    elif not re.fullmatch(r"\d+(?:\.\d+)?", raw):
        return None
    value = float(raw)
    if not is_figure(value):
        return None
    if "." in raw:
        return value, 0.5 * 10.0 ** -len(raw.split(".")[1])
    digits = raw.rstrip("0")
    trailing = len(raw) - len(digits) if digits else 0
    return value, 0.5 * 10.0**trailing


def _word_number(toks: list[_Tok], i: int) -> tuple[float, float, int] | None:
    """A number written in words ("Forty-four", "one hundred", "a"), ending before index j."""
    j, total = i, 0.0
    seen = False
    while j < len(toks):
        low = toks[j].low
        if low in WORD_VALUES and not (seen and low in ("a", "an")):
            total += WORD_VALUES[low]
            seen = True
            j += 1
            if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low in WORD_VALUES:
                j += 1
            continue
        if seen and low == "hundred":
            total = max(total, 1) * 100
            j += 1
            if (
                j + 1 < len(toks)
                and toks[j].low == "and"
                and toks[j + 1].low in WORD_VALUES
                and toks[j + 1].low not in ("a", "an")
            ):
                j += 1  # "one hundred and twenty": the tens and units follow "and"
            continue
        if low == "dozen":
            # "a dozen" is twelve and "two dozen" twenty-four, as "two hundred" is 200.
            total = max(total, 1) * 12
            seen = True
            j += 1
            continue
        break
    if not seen:
        return None
    return total, 0.5, j


def _number(toks: list[_Tok], i: int) -> tuple[float, float, int] | None:
    """A number in figures or words at index i, with "and a half" and a magnitude word."""
    tok = toks[i]
    if tok.text[0].isdigit():
        parsed = parse_figure(tok.text)
        if parsed is None:
            return None
        value, tol = parsed
        j = i + 1
        if _spaced_thousands(toks, i):
            # "18 020 cigarette": thousands set apart by a space, as Moldovan and Russian
            # reports write them in English too.
            value, j = value * 1000 + int(toks[i + 1].text), i + 2
    else:
        words = _word_number(toks, i)
        if words is None:
            return None
        value, tol, j = words
    if j + 2 < len(toks) and toks[j].low == "and" and toks[j + 1].low == "a":
        if toks[j + 2].low == "half":
            value, tol, j = value + 0.5, 0.05, j + 3
    elif j < len(toks) and toks[j].low == "half" and toks[i].low in ("a", "and"):
        value, tol, j = 0.5, 0.05, j + 1
    if j < len(toks) and toks[j].low in MAGNITUDES:
        glued = toks[j].start == toks[j - 1].end
        # "6m pills" is six million, "6 m" is six metres.
        if toks[j].low not in ("m", "bn") or glued:
            factor = MAGNITUDES[toks[j].low]
            value, tol, j = value * factor, tol * factor, j + 1
            if not tok.text[0].isdigit():
                value, tol, j = _words_below(toks, j, value, tol, factor)
    return (value, tol, j) if is_figure(value) else None


def _words_below(
    toks: list[_Tok], j: int, value: float, tol: float, factor: float
) -> tuple[float, float, int]:
    """The rest of a number in words after its magnitude: "one thousand (and) one hundred"."""
    k = j + 1 if j < len(toks) and toks[j].low == "and" else j
    if k >= len(toks) or toks[k].low in ("a", "an"):
        return value, tol, j
    rest = _word_number(toks, k)
    if rest is None or rest[0] >= factor:
        return value, tol, j
    return value + rest[0], rest[1], rest[2]


def _spaced_thousands(toks: list[_Tok], i: int) -> bool:
    """Whether the figure at i and the next are one number written "18 020"."""
    if i + 1 >= len(toks) or (i > 0 and toks[i - 1].text[0].isdigit()):
        return False
    head, tail = toks[i], toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    return (
        head.text.isdigit()
        and len(head.text) <= 3
        and tail.text.isdigit()
        and len(tail.text) == 3
        and tail.start == head.end + 1
        and (after is None or not after.text[0].isdigit())
    )


def _qualifier(text: str, start: int, end: int) -> Qualifier:
    before = text[max(0, start - 40) : start].lower()
    before = re.sub(r"\s+", " ", before)
    for pattern, qualifier in _QUALIFIERS:
        if pattern.search(before):
            return qualifier
    around = text[max(0, start - 30) : end + 12].lower()
    if "gross" in around:
        return Qualifier.GROSS
    return Qualifier.EXACT


def _is_money(toks: list[_Tok], i: int) -> bool:
    return (i > 0 and toks[i - 1].low.rstrip(".") in CURRENCY) or (
        i > 0 and toks[i - 1].text.endswith("$")
    )


def _hyphened_compound(toks: list[_Tok], j: int) -> bool:
    """Whether "-" at j joins a number to a mass unit that a figure in a smaller unit follows
    ("4-kilogram 152,52 grams"), unlike "5-kilogram bags"."""
    if j + 3 >= len(toks) or toks[j + 1].low not in MASS_UNITS:
        return False
    smaller = MASS_UNITS.get(toks[j + 3].low.rstrip("."), 0.0)
    return toks[j + 2].text[0].isdigit() and 0 < smaller < MASS_UNITS[toks[j + 1].low]


def _hyphened_in_brackets(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether "-" at j joins the number at i to a unit that closes a bracket right after a
    measure: "88 pounds (40-kg) of cheese" gives the weight again; "30 bags (5-kg)" tells what
    each bag holds."""
    if i < 2 or j + 2 >= len(toks) or toks[i - 1].text != "(" or toks[j + 2].text != ")":
        return False
    units = (toks[i - 2].low.rstrip("."), toks[j + 1].low.rstrip("."))
    return all(u in MASS_UNITS for u in units) or all(u in VOLUME_UNITS for u in units)


def _measure(toks: list[_Tok], i: int) -> tuple[float, float, QuantityUnit, int] | None:
    """A weight or volume starting at index i, compound forms included ("1 ton 167 kilograms")."""
    num = _number(toks, i)
    if num is None:
        return None
    value, tol, j = num
    if j >= len(toks):
        return None
    if toks[j].text == "-":
        if not (_hyphened_compound(toks, j) or _hyphened_in_brackets(toks, i, j)):
            return None  # "5-liter containers", "132-km section": an attribute, not an amount
        j += 1  # "5-kilogram 739 grams": one weight in two units
    unit = toks[j].low.rstrip(".")
    if j + 1 < len(toks) and unit == "metric" and toks[j + 1].low in ("ton", "tons", "tonnes"):
        j += 1
        unit = "ton"
    if unit in MASS_UNITS:
        factor, dim = MASS_UNITS[unit], QuantityUnit.KG
    elif unit in VOLUME_UNITS:
        factor, dim = VOLUME_UNITS[unit], QuantityUnit.LITRES
    else:
        return None
    if (
        unit in ("t", "l", "g", "gr")
        and toks[j].start != toks[j - 1].end
        and not (toks[j - 1].text[0].isdigit())
    ):
        return None
    total, total_tol, j = value * factor, tol * factor, j + 1
    # Compound weights: "301 kilograms 475 grams", "One ton and 88 kilograms", "11 kg 987 g".
    while j < len(toks):
        # "52 kilograms, 875 grams": a comma may part the two units of one weight.
        k = j + 1 if toks[j].low in ("and", ",") else j
        if k < len(toks) and toks[k].low == "of":
            k += 1  # "10 kg of 35 g" in some translated releases
        if k >= len(toks) or (not toks[k].text[0].isdigit() and toks[k].low not in WORD_VALUES):
            break
        nxt = _number(toks, k)
        if nxt is None or nxt[2] >= len(toks):
            break
        sub_unit = toks[nxt[2]].low.rstrip(".")
        table = MASS_UNITS if dim is QuantityUnit.KG else VOLUME_UNITS
        if sub_unit not in table or table[sub_unit] >= factor:
            break
        if toks[j].text == "," and nxt[0] * table[sub_unit] >= factor:
            break  # "5 kg, 3 tonnes": a list of weights, not one
        factor = table[sub_unit]
        total += nxt[0] * factor
        total_tol = nxt[1] * factor
        j = nxt[2] + 1
    return total, total_tol, dim, j


# Between a count of units and each one's weight: "250 bricks of cocaine, each weighing ",
# "250 bricks of cocaine weighing ", "40 packets of " (with "each" after the weight).
_UNITS_THEN_EACH = re.compile(
    r"\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,?\s*(each\s+)?"
    r"(?:weighing|weighed|with a weight of)\s+(?:about\s+|approximately\s+|around\s+)?"
    r"|\s*,\s*|\s+of\s+"
    # "40 packets of heroin of 2 kg each": the goods named between the count and the weight.
    r"|\s+of\s+(?:[a-z-]+\s+){1,3}?of\s+",
    re.IGNORECASE,
)


def _each_weighed(text: str, units: FoundQuantity, start: int, after: str) -> bool:
    """Whether a per-unit weight right after a count of units weighs each of them."""
    if units.unit is not QuantityUnit.PIECES or units.value != int(units.value):
        return False
    m = _UNITS_THEN_EACH.fullmatch(text, units.end, start)
    return m is not None and (m[1] is not None or _EACH_AFTER.match(after) is not None)


# "250 litres each.", "2 kg each, hidden in": the word for each unit right after a measure.
_EACH_AFTER = re.compile(r"\s*each\b")
# "119 drums of ethanol of ", "12 sacks weighing ": a count of containers or units, maybe
# the goods they hold, then the size of each one (with "each" after it).
_CONTAINERS_EACH = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s+"
    r"(?:of\s+(?:[a-z-]+\s+){1,3}?)?(?:of|weighing|containing|holding)\s+"
    r"(?:about\s+|approximately\s+|around\s+)?$"
)


def _containers_each(text: str, found: list[FoundQuantity], start: int) -> tuple[float, int] | None:
    """How many containers or units a measure with "each" after it is the size of, and where
    their count starts: "119 drums of contraband ethanol of 250 litres each" is 119 drums.
    A number that is part of another figure ("5 kg bags of") counts no containers."""
    lo = max(0, start - 120)
    m = _CONTAINERS_EACH.search(text[lo:start])
    if m is None:
        return None
    at = lo + m.start(1)
    if any(q.start <= at < q.end and q.count_unit not in POURED for q in found):
        return None
    return float(m[1].replace(",", "")), at


def _count(
    text: str, toks: list[_Tok], i: int, closing: dict[int, bool]
) -> tuple[float, float, str, str, int] | None:
    """A count of units ("5.3 million pills", "565,000 Captagon pills", "8 methadone pills");
    closing is _listed_kind_end's for the text."""
    if i > 0 and toks[i - 1].low in MONTHS:
        return None  # "on Sept 18, elephant tusks": a day of the month, not a count
    num = _number(toks, i)
    if num is None:
        return None
    value, tol, j = num
    if (
        j + 1 < len(toks)
        and toks[j].text == "-"
        and toks[j].start == toks[j - 1].end
        and (toks[j + 1].low in MASS_UNITS or toks[j + 1].low in VOLUME_UNITS)
    ):
        return None  # "300-milligram tablets": the size of one, not how many
    listed = _listed_kind_end(text, toks, i, closing) if value == int(value) else None
    if listed is not None:
        return value, tol, "pieces", "", listed
    if j < len(toks) and toks[j].text == ",":
        j += 1  # "nearly 5.3 million, pills"
    inner: list[str] = []
    k = j
    described = 0  # "30 ancient silver coins": words of age and material before the goods
    coded = 0  # "three F-1 grenades": a model's code before the goods is part of their name
    while k < len(toks) and k - j <= 5:
        low = toks[k].low
        if low in COUNT_UNITS and _attributive_dose(toks, k, value):
            # the kind is part of the goods' name: read on as over a describing word
            skip = 2 if toks[k + 1].low in ("and", "or") else 1
            inner.append(toks[k].text)
            described += skip if described == k - j else 0
            k += skip
            continue
        # "6 Box turtles": a kind's name, not a count of boxes.
        named = low in _OF_ONLY and (k + 1 >= len(toks) or toks[k + 1].low != "of")
        if low in COUNT_UNITS and not named:
            if value != int(value) and value < 1000:
                return None
            unit, end = COUNT_UNITS[low], k + 1
            if unit in _GENERIC_COUNT:
                unit, end = _unit_after_of(toks, end, unit)
            return value, tol, unit, " ".join(inner), end
        # "9mm pistol": a figure glued to letters is a calibre or a code, not a count.
        spaced = j < len(toks) and toks[j].start > toks[j - 1].end
        near = k - j - described - coded <= 1
        counted = _counted_goods_end(text, toks, k) if near and spaced else None
        if counted is not None:
            # "two pistols", "one AK-47 rifle": goods counted one by one need no unit.
            return value, tol, "pieces", " ".join(inner), counted
        if low in GAP_STOP or (low in MAGNITUDES and k == j):
            return None
        if toks[k].text[0].isdigit():
            if _in_code(toks, k):
                if k - j - described == 2:
                    coded = 3  # "F-1" right after the figure: the goods follow it
                k += 1  # a product code inside a name: "methadone M-40" tablets
                continue
            if k + 1 < len(toks) and toks[k + 1].low in ("mg", "g", "ml"):
                k += 2  # a dose inside a product name: "Alprazolam 1mg" pills
                continue
            return None
        if toks[k].text in ".;:!?()":
            return None
        if toks[k].text == "," and described == k - j and described > 0:
            described += 1  # "six live, undeclared parrots": a comma between describing words
        if toks[k].text[0].isalpha():
            inner.append(toks[k].text)
            if described == k - j and (
                DESCRIBING.fullmatch(toks[k].text) or _ADJECTIVE.fullmatch(toks[k].low)
            ):
                described += 1
        k += 1
    return None


# Words that describe the goods counted ("six live, undeclared parrots", "12 endangered
# turtles"): the count reaches over them to the goods.
_ADJECTIVE = re.compile(
    r"live|alive|dead|wild|young|baby|adult|juvenile|rare|exotic|small|large|big|tiny|huge|"
    r"fresh|frozen|dried|illegal|illicit|fake|counterfeit|[a-z]{3,}(?:ed|ive|ous|ful|able|ible)"
)


# A kind named in a list of counts takes a few words ("Chinese Soft Shell").
_KIND_WORDS = 3


def _measured(low: str) -> bool:
    # "6 Box turtles" in a list of kinds: "box" counts only before "of", which is itself here.
    counted = low in COUNT_UNITS and low not in _OF_ONLY
    return counted or low in MASS_UNITS or low in VOLUME_UNITS or low == "of"


def _listed_kind_end(text: str, toks: list[_Tok], i: int, closing: dict[int, bool]) -> int | None:
    """The token after the first kind, when the figure at token i opens a list of counts of
    kinds that closes on goods counted one by one: "15 Fly River, 14 Snail Eating, 3 Chinese
    Big-Headed turtles and 7 Star tortoises" are four counts, each of its kind. closing keeps,
    for the text, whether the list read on from a token closes so: every figure of a long list
    asks it, and each would otherwise read the rest of the list again."""
    first = _kind_count(text, toks, i) if toks[i].text[0].isdigit() else None
    if first is None or first[1]:
        return None  # no count of a kind, or one count alone closing on its goods
    return first[0] if _list_closes(text, toks, first[0] + 1, closing) else None


def _list_closes(text: str, toks: list[_Tok], k: int, closing: dict[int, bool]) -> bool:
    """Whether the counts of kinds from token k on close on goods counted one by one."""
    read: list[int] = []
    closes = False
    while k < len(toks) and toks[k].text[0].isdigit():
        if k in closing:
            closes = closing[k]
            break
        read.append(k)
        count = _kind_count(text, toks, k)
        if count is None or count[1]:
            closes = count is not None
            break
        k = count[0] + 1
    closing.update(dict.fromkeys(read, closes))
    return closes


def _kind_count(text: str, toks: list[_Tok], k: int) -> tuple[int, bool] | None:
    """The count of a kind at token k in a list of them: the token after it, and whether it
    closes the list on goods counted one by one; None when the figure counts no kind."""
    m, words, goods = k + 1, 0, None
    while m < len(toks) and words <= _KIND_WORDS:
        goods = _counted_goods_end(text, toks, m)
        if goods is not None or toks[m].text in (",", "and"):
            break
        if (not toks[m].text[0].isalpha() and toks[m].text != "-") or _measured(toks[m].low):
            return None  # "90 bales of used clothing": a unit, not a kind
        words += toks[m].text != "-"
        m += 1
    if words == 0 and goods is None:
        return None
    if goods is None:
        return m, False
    return goods, goods >= len(toks) or toks[goods].text not in (",", "and")


def _attributive_dose(toks: list[_Tok], k: int, value: float) -> bool:
    """Whether a dose word in the singular after a figure of many names the goods' kind, not
    their unit: "800 tablet and notebook computers" are computers, "800 tablets" are doses."""
    low = toks[k].low
    if value <= 1 or COUNT_UNITS[low] not in DOSE_UNITS or low == COUNT_UNITS[low]:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.text[0].isalpha() and nxt.low != "of"


def _unit_after_of(toks: list[_Tok], k: int, unit: str) -> tuple[str, int]:
    """The goods' own unit written after "pieces of" and their name, a strength in the name
    ("methadone 40 -") included: "300 pieces of methadone 40 - psychotropic pills"."""
    if k >= len(toks) or toks[k].low != "of":
        return unit, k
    for m in range(k + 1, min(k + 8, len(toks))):
        low = toks[m].low
        if low in COUNT_UNITS and COUNT_UNITS[low] not in _GENERIC_COUNT:
            return COUNT_UNITS[low], m + 1
        if toks[m].text in ".;:!?()," or low in GAP_STOP:
            break
    return unit, k


_GOODS_NAME_WORDS = 4


def _counted_goods_end(text: str, toks: list[_Tok], k: int) -> int | None:
    """The token after goods counted one by one named at token k ("pistols", "AK-47 rifle"),
    or None when none are named there."""
    if k >= len(toks) or not toks[k].text[0].isalpha():
        return None
    # Sixty characters hold a goods name, read over the blanks of brands listed in it.
    last = toks[min(k + _GOODS_NAME_WORDS, len(toks) - 1)].end
    named = find_substances(text[toks[k].start : max(toks[k].start + 60, last)], counted=True)
    if not named or named[0].start != 0 or named[0].canonical not in COUNTED:
        return None
    end = toks[k].start + named[0].end
    while k < len(toks) and toks[k].end <= end:
        k += 1
    return k


def as_written(found: list[FoundQuantity], text: str) -> list[FoundQuantity]:
    """Quantities read in a text whose calibres were blanked, written as text writes them."""
    return [
        replace(q, quantity=Quantity(q.quantity.value, q.quantity.unit, text[q.start : q.end]))
        for q in found
    ]


# "16 metal barrels of 200 liters", "4 plastic tubes of 1,000 liters": a measure after a count
# of containers and "of" is the size of each one, not the load (which the text totals, or not).
_CONTAINERS_OF = re.compile(
    r"\b(?:[2-9]|\d{2,}|\d{1,3}(?:,\d{3})+)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}s\s+of\s*$"
)


def find_quantities(text: str) -> list[FoundQuantity]:
    """Every weight, volume and count of units written in text, in reading order."""
    blanked = blank_brands(blank_designations(blank_calibres(text)))
    return as_written(_find_quantities(blanked), text)


def _find_quantities(text: str) -> list[FoundQuantity]:
    toks = _tokens(text)
    found: list[FoundQuantity] = []
    closing: dict[int, bool] = {}
    i = 0
    while i < len(toks):
        tok = toks[i]
        starts_number = tok.text[0].isdigit() or tok.low in WORD_VALUES or tok.low == "dozen"
        if not starts_number or _is_money(toks, i) or _in_code(toks, i):
            i += 1
            continue
        if tok.low in ("a", "an") and not _article_quantity(toks, i):
            i += 1
            continue
        measure = _measure(toks, i)
        if measure is not None:
            value, tol, dim, j = measure
            start, end = tok.start, toks[j - 1].end
            if tok.low in ("a", "an") and i > 0 and toks[i - 1].low == "half":
                # "half a kilogram of heroin": half of the one unit the article stands for.
                value, tol, start = value / 2, tol / 2, toks[i - 1].start
            after = text[end : end + 12].lower()
            before = text[max(0, start - 40) : start].lower()
            # "200 litres each", "each brick weighing 1 kg", "per suitcase was 18 kilograms":
            # the size of one unit, not the amount seized.
            per_unit = re.search(r"\b(?:each|per|capacity)\b(?:\s+[\w-]+){0,3}\s*$", before)
            each_after = _EACH_AFTER.match(after) is not None
            if each_after or per_unit or "capacity" in before:
                units = found[-1] if found else None
                containers = (
                    _containers_each(text, found, start)
                    if each_after and not per_unit and "capacity" not in before
                    else None
                )
                if containers is not None:
                    # "119 drums of ethanol of 250 litres each": one find of their product.
                    n, at = containers
                    found = [q for q in found if not (q.start == at and q.count_unit in POURED)]
                    found.append(
                        FoundQuantity(
                            quantity=Quantity(value * n, dim, text[at:end]),
                            qualifier=_qualifier(text, at, end),
                            start=at,
                            end=end,
                            tolerance=tol * n,
                        )
                    )
                elif (
                    units is not None
                    and dim is QuantityUnit.KG
                    and _each_weighed(text, units, start, after)
                ):
                    # "250 bricks of cocaine, each weighing 1 kilogram": one find of their
                    # product, the count its part.
                    found[-1] = FoundQuantity(
                        quantity=Quantity(value * units.value, dim, text[units.start : end]),
                        qualifier=units.qualifier,
                        start=units.start,
                        end=end,
                        tolerance=tol * units.value,
                    )
                i = j
                continue
            if _CONTAINERS_OF.search(before):
                # "in 5 drums of 200 litres": the drums are the size's, not a count of goods.
                if found and found[-1].count_unit in POURED and start - found[-1].end < 40:
                    found.pop()
                i = j
                continue
            quantity = FoundQuantity(
                quantity=Quantity(value, dim, text[start:end]),
                qualifier=_qualifier(text, start, end),
                start=start,
                end=end,
                tolerance=tol,
            )
            found.append(quantity)
            i = j
            continue
        count = _count(text, toks, i, closing)
        if count is not None:
            value, tol, unit, inner, j = count
            start, end = tok.start, toks[j - 1].end
            found.append(
                FoundQuantity(
                    quantity=Quantity(value, QuantityUnit.PIECES, text[start:end]),
                    qualifier=_qualifier(text, start, end),
                    start=start,
                    end=end,
                    tolerance=tol,
                    count_unit=unit,
                    inner_words=inner,
                )
            )
            i = j
            continue
        i += 1
    return _merge_alternatives(text, without_filled_containers(text, _drop_doses(found)))


def _in_code(toks: list[_Tok], i: int) -> bool:
    """True when the figure at i ends a code glued to letters by a hyphen ("M-40", "AK-47"), or
    follows a lone capital in a product's name ("Methadone M 40 tablets")."""
    if (
        i >= 2 and len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper()
        and toks[i - 1].text not in ("A", "I") and toks[i - 2].text[:1].isupper()
    ):  # fmt: skip
        return True
    return (
        i >= 2
        and toks[i - 1].text == "-"
        and toks[i - 1].end == toks[i].start
        and toks[i - 2].end == toks[i - 1].start
        and toks[i - 2].text[0].isalpha()
    )


def _article_quantity(toks: list[_Tok], i: int) -> bool:
    """True when "a"/"an" stands for one: "a tonne of cocaine", "half a kilo", "a hundred"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].low
    return (nxt in MASS_UNITS and len(nxt) > 2) or nxt in (
        "hundred",
        "million",
        "billion",
        "thousand",
        "dozen",
    )


def without_filled_containers(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """found without each count of containers ("5 drums", "5 бочек") told in the same sentence
    as a weight or volume, or measured in litres of the same goods elsewhere: "1,000 litres of
    ethanol in 5 drums" is one find of 1,000 litres, the drums only what held it. A measure of
    other goods in another sentence is another find's ("50 litres of vodka" in another case)."""
    measures = [q for q in found if q.unit is not QuantityUnit.PIECES]

    def filled(c: FoundQuantity) -> bool:
        goods = _goods_after(text, c)
        return any(
            re.search(r"[.!?]\s", text[min(c.end, m.end) : max(c.start, m.start)]) is None
            or (
                m.unit is QuantityUnit.LITRES
                and goods is not None
                and goods == _goods_after(text, m)
            )
            for m in measures
        )

    return [q for q in found if q.count_unit not in POURED or not filled(q)]


# "7 drums of ethanol", "1,400 litres of ethanol": the goods word right after a figure.
_GOODS_AFTER = re.compile(r"\s+of\s+([^\W\d_]+)", re.IGNORECASE)


def _goods_after(text: str, q: FoundQuantity) -> str | None:
    """The word of the goods named right after a figure ("of ethanol"), casefolded."""
    m = _GOODS_AFTER.match(text, q.end)
    return m[1].casefold() if m else None


def _drop_doses(found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Drop a weight that sits inside a count's span: the dose of a pill, not a seizure."""
    counts = [q for q in found if q.unit is QuantityUnit.PIECES]
    return [
        q
        for q in found
        if q.unit is QuantityUnit.PIECES
        or not any(c.start <= q.start and q.end <= c.end for c in counts)
    ]


IMPERIAL = re.compile(r"(?:lbs?|pounds?|oz|ounces?|gallons?)\W*$", re.IGNORECASE)
_ALTERNATIVE = re.compile(
    r"\s*(?:\(|,?\s*or|/|–|-)\s*(?:about|approximately|approx\.?|around|some|roughly|nearly)?\s*$"
)


def _merge_alternatives(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Keep one figure of "96.30 kilograms (212.30 lbs.)" or "8.246 kg, or about 18 pounds"."""
    merged: list[FoundQuantity] = []
    for q in found:
        if merged:
            prev = merged[-1]
            gap = text[prev.end : q.start]
            same = prev.unit is q.unit and prev.unit is not QuantityUnit.PIECES
            exact = _loose_and_exact(text, prev, q)
            if exact is not None:
                merged[-1] = exact  # "about 1.5 tonnes (1,408 kg)": the exact one is the find
                continue
            if same and len(gap) < 20 and _ALTERNATIVE.fullmatch(gap) and _restated(prev, q):
                if IMPERIAL.search(prev.text) and not IMPERIAL.search(q.text):
                    merged[-1] = q
                continue
        merged.append(q)
    return merged


# How far a loose figure may stand from the exact one it is written with in brackets.
_LOOSE_REACH = 0.1
# A bracket and at most the one word of a loose figure: "(about", "(около".
_OPENS_BRACKET = re.compile(r"\s*\(\s*(?:[^\W\d_]+\s+)?")
_LOOSE = frozenset({Qualifier.APPROX, Qualifier.UP_TO, Qualifier.MORE_THAN, Qualifier.LESS_THAN})


def _loose_and_exact(text: str, a: FoundQuantity, b: FoundQuantity) -> FoundQuantity | None:
    """ "about 1.5 tonnes (1,408 kg)", "1 408 кг (около 1,5 тонны)": of a figure and the one
    alone in brackets right after it, the same measure within a tenth in metric units, one
    loose and one exact, the exact one (None when they are no such pair)."""
    if (
        a.unit is not b.unit
        # "around 100 kilos (220lb)": a figure turned into other measures is no exact one.
        or IMPERIAL.search(a.text)
        or IMPERIAL.search(b.text)
        or _OPENS_BRACKET.fullmatch(text[a.end : b.start]) is None
        or re.match(r"\s*\)", text[b.end :]) is None
        or not math.isclose(a.value, b.value, rel_tol=_LOOSE_REACH)
    ):
        return None
    if a.qualifier in _LOOSE and b.qualifier is Qualifier.EXACT:
        return b
    if b.qualifier in _LOOSE and a.qualifier is Qualifier.EXACT:
        return a
    return None


def without_loose_twins(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """found without each loose figure written with an exact one in brackets."""
    loose = set()
    for a, b in itertools.pairwise(found):
        exact = _loose_and_exact(text, a, b)
        if exact is not None:
            loose.add(id(b if exact is a else a))
    return [q for q in found if id(q) not in loose]


def _restated(a: FoundQuantity, b: FoundQuantity) -> bool:
    """Whether a second figure restates the first in other units: "96.30 kilograms (212.30
    lbs.)", "1.5 tonnes (1,500 kg)"; "102 kg (89 kg 940 g of marijuana, ...)" is a part."""
    if bool(IMPERIAL.search(a.text)) != bool(IMPERIAL.search(b.text)):
        return True
    return math.isclose(a.value, b.value, rel_tol=0.05)


def agrees(a: float, b: float, relative: float = 0.001) -> bool:
    """True when two quantities agree within a relative tolerance (0.1% by default)."""
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=relative)
