"""Words for what is smuggled, in what, and how reports mark background and aggregate figures."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kordon.osint.alternation import literal_alternation
from kordon.osint.brands import brand_lists
from kordon.osint.gazetteer import PLACES, named_as_place
from kordon.osint.munitions import ordinary_sense
from kordon.osint.vocabulary import goods_data

UNSPECIFIED = "drugs (unspecified)"


_GOODS_DATA = goods_data()
# Canonical name -> the ways English reports write it (osint/languages/goods.json). Longer forms
# are matched first, so "hash oil" is cannabis oil and not cannabis resin.
SUBSTANCES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _GOODS_DATA["en"].items()}

# Non-drug goods: a generic "drugs" figure never stands for these.
GOODS = frozenset(_GOODS_DATA["goods"])
# Goods seized in any amount (weapons): named without a figure, still a find.
PROHIBITED = frozenset(_GOODS_DATA["prohibited"])
COUNTED = frozenset(_GOODS_DATA["counted"])
NEVER_WEIGHED = frozenset(_GOODS_DATA["never_weighed"])
# Goods whose count is their measure: a weight beside a count of them restates it.
COUNTED_NOT_WEIGHED = frozenset(_GOODS_DATA["counted_not_weighed"])
COVER_PRONE = frozenset(_GOODS_DATA["cover_prone"])
# Goods that are the load whenever a report seizes anything else: drugs in potatoes.
EVERYDAY = frozenset(_GOODS_DATA["everyday"])
# Goods a find may be hidden in or under as a load: everyday goods, and goods often a cover
# that are not counted one by one.
LOADS = EVERYDAY | (COVER_PRONE - COUNTED)
# A count word's unit -> the unit it takes for some goods: "11 ədəd çətənə bitkisi" are plants.
COUNT_UNITS_BY_GOODS: dict[str, dict[str, str]] = _GOODS_DATA["count_units"]
# Every canonical value the vocabularies name.
KNOWN_GOODS = frozenset(_GOODS_DATA["en"]) | {UNSPECIFIED}
# The taxonomy's widest class: goods a seizure counts that no class names are read as these, so
# that a record's goods are always a canonical value, never the text's own words.
GENERAL_GOODS = "consumer goods"
# Drugs seized by weight, never counted in pills: a count of pills is not one of these.
WEIGHED_ONLY = frozenset(_GOODS_DATA.get("weighed_only", []))
# A generic kind of goods -> the specific goods it stands for in a report that names one.
KINDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _GOODS_DATA["kinds"].items()}
# Goods the set names at a broader level than the vocabularies do: hookah tobacco is tobacco.
REPORTED_AS: dict[str, str] = _GOODS_DATA["reported_as"]


def reported_as(substance: str) -> str:
    """The label the set reports goods under (`REPORTED_AS`), or their own."""
    return REPORTED_AS.get(substance, substance)


# The word "and" of each language the reader reads, joining goods or figures in a list.
AND_WORDS = ("and", "и", "və")


# Age, material, variety and a conjunction joining them, written between a bare figure and the
# goods it counts: "12 qədim gümüş və mis sikkə", "30 ancient silver coins".
DESCRIBING = re.compile(
    r"qədim|antik|gümüş|qızıl|mis|bürünc|və|старинн\w*|древн\w*|серебрян\w*|золот\w*"
    r"|медн\w*|бронзов\w*|и|ancient|old|antique|silver|gold|copper|bronze|and"
    # Words of variety: "7 müxtəlif növ qumbara", "4 müxtəlif markalı tüfəng" count the goods.
    r"|müxtəlif|növ|növlü|çeşidli|markalı|tipli|çaplı|kalibrli|various|assorted"
    # and of purpose and size: "20 minə yaxın müxtəlif təyinatlı pirotexniki vasitə".
    r"|təyinatlı"
    r"|различн\w*|разн\w*",
    re.IGNORECASE,
)
# Tobacco in all its forms, the kind smuggled in loads of everyday goods as drugs are. Bare
# tobacco is loose tobacco, never the cigarettes a report also names ("tobacco and cigarettes").
TOBACCO = KINDS["tobacco"] | {"tobacco", "cigarettes"}

CONVEYANCES: dict[str, tuple[str, ...]] = {
    "air_passenger": (
        "passenger", "passengers", "traveller", "traveler", "backpack", "handbag",
        "checked-in suitcase", "check-in suitcase", "suitcase", "suitcases",
        "luggage", "baggage", "body cavity", "ingested", "swallowed", "carry-on",
    ),
    "air_cargo": ("air cargo", "air freight", "cargo warehouse", "airport warehouse", "air waybill",
                  "airway bill", "cargo terminal", "export shed", "airlines flight",
                  "airways flight"),
    "postal": ("parcel", "parcels", "postal", "mail", "express consignment", "courier"),
    "sea_container": ("container", "containers", "shipping container", "shipping containers",
                      "sea cargo", "reefer"),
    "vessel": ("vessel", "ship", "boat", "yacht", "panga", "fishing boat", "sailboat",
               "semi-submersible", "speedboat", "go-fast"),
    "truck": ("truck", "lorry", "trucks", "lorries", "hgv", "tractor trailer",
              "tractor-trailer", "trailer", "semi-trailer", "cargo vehicle", "pickup truck",
              "container truck", "container trucks", "container lorry", "container lorries"),
    "bus": ("bus", "coach", "minibus", "passenger transportation vehicle"),
    "train": ("train", "freight train", "railway", "wagon", "carriage", "rail car"),
    "car": ("car", "sedan", "suv", "passenger car", "buick", "dodge", "chevrolet", "ford",
            "toyota", "honda", "nissan", "gmc", "mitsubishi", "volkswagen", "mercedes",
            "bmw", "audi", "lada", "hyundai", "kia", "lacetti", "cobalt", "jeep"),
    "pedestrian": ("pedestrian", "on foot"),
    "vehicle": ("vehicle", "vehicles"),
    "aircraft": ("aircraft", "plane", "private jet", "helicopter"),
}  # fmt: skip
# When several conveyances are named, the more specific wins.
CONVEYANCE_PRIORITY = (
    "air_passenger", "air_cargo", "postal", "sea_container", "truck", "bus", "train", "vessel",
    "car", "pedestrian", "aircraft", "vehicle",
)  # fmt: skip

CONCEALMENT_NOUNS = (
    "fuel tank", "gas tank", "false bottom", "secret compartment", "hidden compartment",
    "false compartment", "body cavity", "cavity", "double bottom", "dual reservoir", "tyres",
    "tires", "spare tire", "spare tyre", "dashboard", "floorboard", "rear quarter panels",
    "door panels", "roof", "false walls", "false sidings", "compartment",
)  # fmt: skip

# Verbs of an actual find, for a report that names goods seized without a figure.
SEIZURE_ACTIONS = re.compile(
    r"\b(seiz\w*|confiscat\w*|found|discover\w*|intercept\w*|uncover\w*|recover\w*|foil\w*|"
    r"thwart\w*|bust\w*|caught|nabbed|impounded|detected)\b",
    re.IGNORECASE,
)
# Figures over many incidents or a period: yearly totals, operation totals, offloads, destruction.
AGGREGATE = re.compile(
    r"\b(fiscal year|financial year|FY\s?\d{2,4}|annual report|first (?:half|quarter|\w+ months)|"
    r"so far this year|(?:since|in) the (?:beginning|start) of|this year|last year|record year|"
    # "in the year 2017-2018", "during 2022/23": a year's or a financial year's figures.
    r"in the year \d{4}|(?:in|during|over|for) (?:the )?(?:year )?\d{4}\s?[-–/]\s?\d{2,4}|"
    # "since Jan. 1, 2001", "since 1 January 2001", "during 2001": a period's figures to date.
    r"since (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? "
    r"\d{4}|since \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|"
    r"(?:during|throughout) \d{4}\b(?!\s?[-–/])|"
    r"illegal circulation|offload\w*|burn(?:ed|t)|destroy\w*|destruction|"
    r"(?:between|from) \w+ \d{4} (?:and|to)|"
    r"on (?:separate|different|several|multiple) occasions|in (?:separate|several) cases|"
    r"(?:during|in|over|for) (?:this|that|the same|the reporting|the said|the reported) period|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous) "
    # "a man with 2 previous offences": a person's record, not incidents this report counts.
    r"(?!(?:[\w-]+ )?(?:previous|prior|past|earlier|former) )"
    r"(?:[\w-]+ ){0,2}(?:interdictions|operations|incidents|seizures|facts|attempts|violations|"
    r"offen[cs]es|"
    # "two cases of drug smuggling" are incidents; "40 cases of whisky" and "30 cartridge
    # cases" are goods.
    r"(?<!cartridge )(?<!shell )cases(?!\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:smuggling|"
    r"trafficking|seizures?|violations?|possession|importation|attempts?)\b))|"
    r"vessels|smuggling vessels|raids|bids)|(?:additional|other|further) (?:shipments|seizures|"
    r"consignments))\b",
    re.IGNORECASE,
)
# Court cases, dose statements and allowances give figures that are not seizures.
NOT_SEIZURE = re.compile(
    r"\b(?:sentenced|convicted|jailed|acquitted|pleaded|trial|verdict)\b|"
    r"\bin \d+ (?:tablets|pills|capsules)\b|\b(?:lethal|fatal|doses)\b|"
    r"\b(?:are|is) (?:allowed|permitted)\b|\b(?:duty-free|personal) allowance\b|"
    r"\bwild(?:-growing| growing)? (?:cannabis|hemp|marijuana)\b|"
    # Weapons handed in by their owners are surrendered, not seized.
    r"\bvoluntarily (?:handed|surrendered|turned|gave)\b|\b(?:handed|turned) in voluntarily\b",
    re.IGNORECASE,
)
# A sentence that opens on an earlier time tells of another, earlier seizure.
_MONTH_OR_SEASON = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|fall|winter"
)
BACKGROUND_LEAD = re.compile(
    rf"^\W*(?:earlier|previously|last (?:week|month|year|{_MONTH_OR_SEASON})\b|in \d{{4}}|"
    r"(?:in|during)\s+(?:early |"
    r"late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)",
    re.IGNORECASE,
)
# Earlier, separate seizures a report mentions for context.
BACKGROUND = re.compile(
    r"(^\W*earlier\b|\bpreviously\b|\bprevious\b|\blast (?:week|month|year)\b|\bago\b|"
    # "Last November, police recovered ...", "A similar incident was reported when ...".
    rf"\blast (?:{_MONTH_OR_SEASON})\b|\bsimilar (?:incident|case|seizure)s?\b|"
    r"^\W*(?:in|during)\s+(?:early |late |mid-?)?(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)\b|"
    r"\bcomes? (?:less than [\w\s]+ |just |a \w+ |days |weeks )?after\b|"
    r"\bbefore christmas\b|\bwithin (?:a|the last) (?:month|week)\b|\bin \d{4}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A word or phrase of a lexicon found in a text."""

    canonical: str
    start: int
    end: int
    text: str


def count_unit_of(unit: str | None, goods: str) -> str | None:
    """The unit a count of goods is given in: a generic count word takes the goods' own unit
    ("11 ədəd çətənə bitkisi": plants), other units stay as written."""
    if unit is None:
        return None
    return COUNT_UNITS_BY_GOODS.get(unit, {}).get(goods, unit)


@cache
def _substance_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {form: name for name, forms in SUBSTANCES.items() for form in forms}
    forms = literal_alternation(lookup, ignore_case=True)
    return re.compile(rf"\b(?:{forms})\b", re.IGNORECASE), lookup


def _past_brands(
    found: list[Mention], text: str, pattern: re.Pattern[str], lookup: dict[str, str]
) -> list[Mention]:
    """ "counterfeit Gucci, Chanel and Dior luxury goods": goods named "counterfeit" with the
    brands they copy between, read as "counterfeit luxury goods"."""
    for word, start, end in brand_lists(text):
        joined = text[word:start] + text[end : end + 60]
        m = pattern.match(joined)
        if m is None or m.end() <= start - word:
            continue
        span_end = end + m.end() - (start - word)
        found = [f for f in found if f.end <= word or f.start >= span_end]
        found.append(Mention(lookup[m.group().lower()], word, span_end, text[word:span_end]))
        found.sort(key=lambda f: f.start)
    return found


def find_substances(text: str, *, counted: bool = False) -> list[Mention]:
    """Every substance or kind of goods named in text, with its canonical name; counted when
    a figure counts the goods text opens on, which makes a munition word a munition."""
    pattern, lookup = _substance_pattern()
    found = []
    for m in pattern.finditer(text):
        canonical = lookup[m.group().lower()]
        if canonical == "ethanol" and _not_goods_alcohol(text, m.end()):
            continue
        if m.group() in PLACES and named_as_place(text, m.start(), m.end()):
            continue  # "police in Ganja": the city, not the drug
        if (
            canonical == "explosives"
            and not (counted and m.start() == 0)
            and ordinary_sense(text, m.start(), m.end())
        ):
            continue  # "a coal mine", "rockets" of fireworks
        found.append(Mention(canonical, m.start(), m.end(), m.group()))
    found = _past_brands(found, text, pattern, lookup)
    found = as_animal_parts(as_counterfeit_money(as_weapon_makes(found, text), text), text)
    found = as_weapon_parts(without_shapes(found, text), text)
    # "bottles of contraband vodka": a generic word right before the goods it describes.
    return [
        m
        for m, nxt in zip(found, [*found[1:], None], strict=False)
        if not (m.canonical == UNSPECIFIED and m.text.lower() == "contraband"
                and nxt is not None and not text[m.end : nxt.start].strip())
    ]  # fmt: skip


# The shape a find was made up in, named right before the word of the shape: "завернутого
# скотчем в виде трубочек", "в форме кирпичей", "in the form of bricks", "shaped as pipes";
# Azerbaijani names it after: "boru formasında", "kərpic şəklində".
_SHAPE_BEFORE = re.compile(
    r"(?:\bв\s+(?:виде|форме)|\bin\s+the\s+(?:form|shape)\s+of|\bshaped\s+(?:as|like))"
    r"(?:\s+[^\W\d_]+){0,2}\s+$",
    re.IGNORECASE,
)
_SHAPE_AFTER = re.compile(r"^\w*\s+(?:formasında|şəklində|formalı)\b", re.IGNORECASE)
# How far back goods the shape is of may stand: within the sentence, a clause or two.
_SHAPED_REACH = 120


def without_shapes(mentions: list[Mention], text: str, offset: int = 0) -> list[Mention]:
    """Goods named as the shape other goods named before them were made up in are no goods."""
    kept: list[Mention] = []
    # Only goods within reach can stand beside: looked up by where they start, not each one
    # against all the others, which on a text naming goods thousands of times would take time
    # growing with the square of their number.
    ordered = sorted(mentions, key=lambda k: k.start)
    starts = [k.start for k in ordered]
    longest = max((k.end - k.start for k in mentions), default=0)
    for m in mentions:
        a, b = m.start - offset, m.end - offset
        shaped = _SHAPE_BEFORE.search(text[max(0, a - 40) : a]) or _SHAPE_AFTER.match(
            text[b : b + 30]
        )
        if not shaped:
            kept.append(m)
            continue
        near = ordered[
            bisect_left(starts, m.start - _SHAPED_REACH - longest) : bisect_right(
                starts, m.end + _SHAPED_REACH
            )
        ]
        # Azerbaijani may name the shape before the goods: "12 kq boru formasında narkotik".
        beside = any(
            k is not m and _within_clause(text, k.end - offset, a, k.start - offset, b)
            for k in near
        )
        if not beside:
            kept.append(m)
    return kept


def _within_clause(text: str, k_end: int, a: int, k_start: int, b: int) -> bool:
    """True when other goods stand near, on either side, with no sentence's end between."""
    if 0 < a - k_end <= _SHAPED_REACH:
        return "." not in text[k_end:a]
    if 0 < k_start - b <= _SHAPED_REACH:
        return "." not in text[b:k_start]
    return False


# "saxta 100 dollarlıq əskinas", "фальшивые 5000-рублёвые купюры", "fake $100 bills": money
# called counterfeit a few words before it, a denomination between.
_COUNTERFEIT = re.compile(
    r"(?:counterfeit|fake|forged|saxta|фальшив\w*|поддельн\w*)(?:\s+[\w$€₽-]+){0,3}\s+$",
    re.IGNORECASE,
)


def as_counterfeit_money(mentions: list[Mention], text: str, offset: int = 0) -> list[Mention]:
    """Money named counterfeit just before it is counterfeit currency, not cash."""
    return [
        Mention("counterfeit currency", m.start, m.end, m.text)
        if m.canonical == "currency"
        and _COUNTERFEIT.search(text[max(0, m.start - offset - 40) : m.start - offset])
        else m
        for m in mentions
    ]


# Classes of live animals: named beside a part of the body, the find is the part.
ANIMALS = frozenset({"wildlife", "reptiles", "birds", "monkeys", "hedgehogs"})
# "Qırmızı kitab", "Красная книга", "Red Book": the list of protected species, never books
# (read as wildlife by the taxonomy so that "kitab" is not books, then dropped here).
_RED_BOOK = re.compile(r"qırmızı\s+kitab|красн\w*\s+книг|red\s+(?:data\s+)?(?:book|list)", re.I)
_PARTS_NAMED = frozenset({"wildlife products", "animal skins", "fur products"})
_SKIN = r"dəri\w*|шкур\w*|skins?|hides?|pelts?"
_PART = (
    r"başı|başını|başları|başlarını|buynuz\w*|pəncə\w*|kəllə\w*|sümük\w*|diş\w*|lələk\w*"
    r"|голов\w{0,3}|рог\w{0,3}|череп\w{0,3}|клык\w{0,3}|лап\w{0,3}|кост\w{0,3}|желч\w{0,3}|чучел\w{0,3}"
    r"|heads?|skulls?|horns?|tusks?|paws?|claws?|bones?|bile|stuffed"
)
# Russian and English name the part first ("голова крокодила", "skin of a bear"), with one
# describing word between at most; Azerbaijani after the owner ("ceyranın kəsilmiş başı").
_PART_BEFORE = re.compile(
    rf"(?<![^\W_])(?P<part>{_SKIN}|{_PART})\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?$", re.I
)
_PART_AFTER = re.compile(rf"^(?:\s+\w+)?\s+(?P<part>{_SKIN}|{_PART})(?![^\W_])", re.I)
# A figure's run of digits and separators, read once from its first character and without
# giving back (*+): tried from every digit of a long run of figures that a pattern then fails
# after, it would take time growing with the run's square.
FIGURE_RUN = r"(?<![\d\s.,])[\s.,]*+\d[\d\s.,]*+"
# A figure right before.
_COUNTED = re.compile(rf"{FIGURE_RUN}$")
# Fish: a gutted one ("тушка осетра") is still fish, never meat.
_FISH = frozenset({"fish", "sturgeon"})
# Animals kept on farms: their slaughtered bodies are meat as much as a wild animal's.
FARM_ANIMALS = frozenset({"cattle", "sheep", "livestock", "horses", "poultry"})
# A slaughtered animal's body ("iribuynuzlu heyvan cəsədi", "toyuq cəmdəyi", "туша коровы",
# "pig carcasses") is meat, whatever animal it was; counted in pieces it keeps its count.
_CARCASS = r"cəsəd\w*|cəmdə\w*|туш[аиуек]\w*|туш|carcass\w*"
_CARCASS_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_CARCASS})\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?$", re.I
)
_CARCASS_AFTER = re.compile(rf"^(?:\s+\w+)?\s+(?:{_CARCASS})(?![^\W_])", re.I)


def carcass_after(text: str) -> bool:
    """True when a carcass word follows within a word: "balıq cəmdəyi", "fish carcasses"."""
    return _CARCASS_AFTER.search(text) is not None


# "ceyranı qanunsuz ovlayan", "убивший медведя", "hunted a bear": the animal was hunted, and
# only what was taken from the hunters (a skin, a head, rifles) is a find.
_HUNTED_AFTER = re.compile(r"^(?:\s+\w+){0,2}?\s+ovla\w*", re.I)
_HUNTED_BEFORE = re.compile(
    r"(?:отстрел\w*|убил\w*|убивш\w*|добыл\w*|добывш\w*|hunted|killed|shot)\s+(?:\w+\s+)?$",
    re.I,
)


# A make written as a name beside the weapon: "Saiga carbine", "“Sayqa” ov karabini",
# "карабин «Сайга»" (only spaces and quotes between).
_MAKE_GAP = re.compile(r"[\s\"'“”«»„]*")
_WEAPONS = frozenset({"firearms", "weapons", "firearm parts"})


def _written_as_name(m: Mention, text: str, offset: int) -> bool:
    quoted = text[max(0, m.start - offset - 1) : m.start - offset] in _QUOTE_MARKS
    return m.text[:1].isupper() or quoted


_QUOTE_MARKS = frozenset("\"'“«„")


def as_weapon_makes(mentions: list[Mention], text: str, offset: int = 0) -> list[Mention]:
    """Goods whose name is also a weapon's make, written as a name right before or after a
    weapon, are that make and no goods of their own: a Saiga carbine is no saiga antelope."""
    kept: list[Mention] = []
    for k, m in enumerate(mentions):
        beside = [mentions[j] for j in (k - 1, k + 1) if 0 <= j < len(mentions)]
        make = (
            m.canonical not in PROHIBITED
            and _written_as_name(m, text, offset)
            and any(
                w.canonical in _WEAPONS
                and _MAKE_GAP.fullmatch(
                    text[min(m.end, w.end) - offset : max(m.start, w.start) - offset]
                )
                for w in beside
            )
        )
        if not make:
            kept.append(m)
    return kept


# A weapon's model written before a part of it: "four AK-47 bolts", "AK-47 bolt covers",
# "Glock slides" are parts, not weapons; "six AK-47 ammunition magazines" are the magazines
# named after it. Russian and Azerbaijani name the part first ("затвор АК-47", "AK-47 sürgüsü"
# reads the part word as no weapon).
_PART_AFTER_MODEL = re.compile(
    r"[\s-]+(?:bolt\s+(?:carriers?|covers?|springs?)|bolts?|recoil\s+springs?|springs?"
    r"|barrels?|stocks?|receivers?|triggers?|slides?|handguards?|frames?|parts)\b",
    re.IGNORECASE,
)
_MAGAZINE_AFTER_MODEL = re.compile(r"[\s-]+(?:\w+\s+)?magazines?\b", re.IGNORECASE)


def as_weapon_parts(mentions: list[Mention], text: str, offset: int = 0) -> list[Mention]:
    """A weapon named right before a part of it names the part: "AK-47 bolts" are firearm
    parts; before a magazine, the magazine alone is the goods."""
    kept: list[Mention] = []
    for m in mentions:
        after = text[m.end - offset : m.end - offset + 40]
        if m.canonical in ("firearms", "weapons"):
            # Only a model's name ("AK-47", "Glock") names a part after it: "weapons stocks"
            # are stocks of weapons, no part.
            model = _written_as_name(m, text, offset) or any(c.isdigit() for c in m.text)
            part = _PART_AFTER_MODEL.match(after) if model else None
            if part:
                end = m.end + part.end()
                name = text[m.start - offset : end - offset]
                kept.append(Mention("firearm parts", m.start, end, name))
                continue
            if _MAGAZINE_AFTER_MODEL.match(after):
                continue
        last = kept[-1] if kept else None
        if last is not None and last.canonical == "firearm parts" and m.start < last.end:
            continue  # a goods word inside the part's name
        kept.append(m)
    return kept


def as_animal_parts(mentions: list[Mention], text: str, offset: int = 0) -> list[Mention]:
    """An animal named beside a part of its body is that part ("голова крокодила" is a
    wildlife product, "ayının dərisi" an animal skin); an animal told as hunted is no find of
    its own; the Red Book of protected species is no goods."""
    kept: list[Mention] = []
    for m in mentions:
        if _RED_BOOK.search(m.text):
            continue
        before = text[max(0, m.start - offset - 40) : m.start - offset]
        after = text[m.end - offset : m.end - offset + 30]
        if kept and kept[-1].canonical in _FISH and kept[-1].end > m.start:
            continue  # the carcass word after a fish, already taken into the fish's name
        later = _CARCASS_AFTER.search(after) if m.canonical in _FISH else None
        if m.canonical in _FISH and (later or _CARCASS_BEFORE.search(before)):
            # "8 тушек осетра", "8 balıq cəmdəyi", "sturgeon carcasses": a gutted fish is still
            # the fish, not meat; the carcass word read as meat is part of the fish's name.
            start, end = m.start, m.end + later.end() if later else m.end
            if kept and kept[-1].canonical == "meat" and kept[-1].end <= m.start:
                start = kept.pop().start
            kept.append(Mention(m.canonical, start, end, text[start - offset : end - offset]))
            continue
        if m.canonical in ANIMALS | FARM_ANIMALS:
            carcass = _CARCASS_BEFORE.search(before)
            later = None if carcass else _CARCASS_AFTER.search(after)
            if carcass or later:
                start = m.start - len(before) + carcass.start() if carcass else m.start
                end = m.end + later.end() if later else m.end
                if kept and kept[-1].canonical == "meat" and kept[-1].end >= start:
                    start = kept.pop().start  # "туши" read as meat already: one mention
                kept.append(Mention("meat", start, end, text[start - offset : end - offset]))
                continue
        if m.canonical not in ANIMALS:
            kept.append(m)
            continue
        if _HUNTED_AFTER.search(after) or _HUNTED_BEFORE.search(before):
            continue
        part = _PART_BEFORE.search(before)
        if part and _COUNTED.search(before[: part.start()]):
            part = None  # "9 голов крокодилов", "12 head of crocodiles": a count's unit
        later = None if part else _PART_AFTER.search(after)
        found = part or later
        if found is None:
            kept.append(m)
            continue
        start = m.start - len(before) + part.start() if part else m.start
        end = m.end + later.end() if later else m.end
        skin = re.fullmatch(_SKIN, found.group("part"), re.I)
        goods = "animal skins" if skin else "wildlife products"
        if (
            kept
            and kept[-1].canonical in _PARTS_NAMED
            and not text[kept[-1].end - offset : start - offset].strip()
        ):
            # "чучело головы крокодила", "шкура волка": the part is named already, and is the
            # part of a wild animal.
            start = kept.pop().start
        kept.append(Mention(goods, start, end, text[start - offset : end - offset]))
    return kept


def refine_kinds(mentions: list[Mention]) -> list[Mention]:
    """Generic goods ("jewellery", "weapons") become the one specific goods of their kind the
    report names: "zərgərlik məmulatları" in a report of gold rings is the gold, not a second
    seizure. With none or several named, the generic name stays."""
    named = {m.canonical for m in mentions}
    refined = []
    for m in mentions:
        specific = KINDS.get(m.canonical, frozenset()) & named
        if len(specific) == 1:
            m = Mention(next(iter(specific)), m.start, m.end, m.text)
        elif specific and not specific & GOODS:
            # "pharmaceutical medications" over Valium, Ritalin and Xanax: a generic word for
            # the drugs named, resolved like "the drugs".
            m = Mention(UNSPECIFIED, m.start, m.end, m.text)
        refined.append(m)
    return refined


def _not_goods_alcohol(text: str, end: int) -> bool:
    """ "alcohol-smelling", "alcoholic degree": adjectives, not the goods."""
    return text[end : end + 1] in ("-", "i")


# Words that make "parcel" a postal item: sent, mailed, delivered, by courier.
_POSTAL_CONTEXT = (
    r"\b(?:postal|post office|by post|mail\w*|courier\w*|express|deliver\w*|sent|shipped|"
    r"addressed|consignee|sender|recipient)\b"
)


@cache
def _conveyance_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {form: name for name, forms in CONVEYANCES.items() for form in forms}
    forms = literal_alternation(lookup, ignore_case=True)
    return re.compile(rf"\b(?:{forms})\b", re.IGNORECASE), lookup


# "plastic containers", "пластиковых контейнерах", "plastik konteynerlərdə": a container of
# some material or for food is the goods' packing, not a shipping container.
_PACKING = re.compile(
    r"(?:plastic|glass|metal|tin|food|small|lined|\d+[- ]?(?:litres?|liters?|l|kg)|"
    r"пластиков\w*|стеклянн\w*|металлическ\w*|пищев\w*|plastik|şüşə|metal)\s+$",
    re.IGNORECASE,
)


# Containers in the plural are shipping containers in a report of a port, a ship or the sea;
# elsewhere they are as often jerrycans or boxes.
_PORT = re.compile(
    r"\b(?:ports?|seaport|harbou?r|docks?|ships?|vessels?|shipping|shipped|sea)\b", re.IGNORECASE
)


def packing_before(text: str, start: int) -> bool:
    """True when the container named at start is told as a packing by the word before it."""
    return _PACKING.search(text[max(0, start - 30) : start]) is not None


def _no_shipping(text: str, found: re.Match[str], port: bool) -> bool:
    """A container named as the goods' packing, or containers in the plural in a report that
    names no port, ship or sea."""
    plural = found.group().lower().endswith("s")
    return packing_before(text, found.start()) or (plural and not port)


def find_conveyance(text: str, surroundings: str = "") -> str | None:
    """The most specific conveyance named in text; surroundings tell air travel from road."""
    pattern, lookup = _conveyance_pattern()
    around = f"{text} {surroundings}"
    port = _PORT.search(around) is not None
    named = {
        lookup[m.group().lower()] for m in pattern.finditer(text)
        if not (lookup[m.group().lower()] == "sea_container" and _no_shipping(text, m, port))
    }  # fmt: skip
    if "air_passenger" in named and not re.search(r"airport|flight|clearance", around, re.I):
        named.discard("air_passenger")  # "passenger" in a car or bus is not an air passenger
    if "air_cargo" in named and not re.search(r"airport|flight|air", around, re.I):
        named.discard("air_cargo")
    if "postal" in named and not re.search(_POSTAL_CONTEXT, around, re.I):
        named.discard("postal")  # "3 parcels" carried across the border are packages
    for name in CONVEYANCE_PRIORITY:
        if name in named:
            return name
    return None


def beside_drugs(mention: Mention, sentence: list[Mention], report: Sequence[Mention] = ()) -> bool:
    """True for everyday goods named without a figure, and for duty goods so named in a
    sentence that names drugs: "марихуаны,
    которая была спрятана в автозапчастях", "methamphetamine stored inside iced tea bottles"
    tell where the drugs were, not a find of their own. Everyday goods are a find when the
    report (its mentions given) names no other goods: "Onlardan qanunsuz ovlanmış balıq ...
    götürülüb" seized the fish, there being nothing else they could have hidden."""
    if mention.canonical in COVER_PRONE:
        # "hidden in boxes of ceramic tiles": everyday goods need a figure
        return not report or any(m.canonical != mention.canonical for m in report)
    if mention.canonical not in GOODS or mention.canonical in PROHIBITED:
        return False
    return any(m.canonical not in GOODS and m.canonical != UNSPECIFIED for m in sentence)
