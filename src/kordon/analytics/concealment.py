"""Concealment grouped into a few plain categories, from vocabulary codes or free text.

Kordon's own records use the codes of `kordon.domain.vocabulary`; public reports and imported
records describe the hiding place in words ("the trolley frames of his two check-in suitcases").
Codes map straight to a category. Words are matched against the keyword map below, category by
category in its order, on the location and method together: the first category with a keyword
wins, so "suitcase frame" is luggage and not vehicle structure. Text with no keyword is "other".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kordon.domain import Seizure, SeizureItem
from kordon.domain.text import N_

CATEGORIES: dict[str, str] = {
    "fuel_tank": N_("Fuel tank"),
    "hidden_compartment": N_("False wall or hidden compartment"),
    "vehicle_structure": N_("Vehicle structure (wheels, chassis, engine, cab)"),
    "cover_cargo": N_("Among or inside cover cargo"),
    "luggage": N_("Luggage and parcels"),
    "body": N_("On or in the body, clothing"),
    "other": N_("Other"),
    "not_stated": N_("Not stated"),
}

_CODES: dict[str, str] = {
    # concealment locations
    "fuel_tank": "fuel_tank", "cargo": "cover_cargo", "trailer_floor": "hidden_compartment",
    "trailer_wall": "hidden_compartment", "roof": "hidden_compartment",
    "container": "hidden_compartment", "cab": "vehicle_structure",
    "spare_wheel": "vehicle_structure", "chassis": "vehicle_structure",
    "engine": "vehicle_structure", "battery": "vehicle_structure", "luggage": "luggage",
    "postal_item": "luggage", "body": "body", "body_internal": "body",
    # concealment methods
    "false_compartment": "hidden_compartment", "false_wall": "hidden_compartment",
    "natural_void": "vehicle_structure", "mixed_with_cargo": "cover_cargo",
    "inside_goods": "cover_cargo", "misdeclared": "cover_cargo", "on_body": "body",
    "swallowed": "body",
}  # fmt: skip

# Checked in this order; a keyword matches the start of a word ("suitcase" matches "suitcases").
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("body", ("body", "swallow", "clothing", "clothes", "pocket", "underwear", "waist",
              "shoe", "strapped", "trousers", "pants")),
    ("luggage", ("luggage", "suitcase", "baggage", "backpack", "handbag", "parcel", "postal",
                 "check-in", "checked-in", "mail")),
    ("fuel_tank", ("fuel", "tank", "reservoir", "diesel")),
    ("hidden_compartment", ("false", "compartment", "hidden", "secret", "double", "cavity",
                            "ceiling", "floorboard", "lined", "welded", "roof")),
    ("cover_cargo", ("cargo", "cover", "shipment", "consignment", "goods", "box", "pallet",
                     "carton", "load", "packet", "package", "machine", "speaker", "logs",
                     "cans", "barrel", "pipe", "tile", "fabric", "sack")),
    ("vehicle_structure", ("wheel", "tyre", "tire", "chassis", "frame", "engine", "battery",
                           "cab", "cabin", "sleeper", "berth", "door", "panel", "bumper",
                           "dashboard", "seat", "axle", "trailer")),
)  # fmt: skip
_PATTERNS = tuple(
    (category, re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + ")", re.I))
    for category, words in KEYWORDS
)


def concealment_category(location: str | None, method: str | None) -> str:
    """The category code of one item's concealment (a key of CATEGORIES)."""
    for code in (location, method):
        if code and code in _CODES:
            return _CODES[code]
    text = " ".join(t for t in (location, method) if t and t != "other").replace("_", " ")
    if not text.strip():
        return "other" if "other" in (location, method) else "not_stated"
    for category, pattern in _PATTERNS:
        if pattern.search(text):
            return category
    return "other"


def item_category(item: SeizureItem) -> str:
    """The concealment category of a seized item."""
    return concealment_category(item.concealment_location, item.concealment_method)


def seizure_categories(seizure: Seizure) -> set[str]:
    """The concealment categories of a seizure's items."""
    return {item_category(i) for i in seizure.items}


def concealment_counts(seizures: Iterable[Seizure]) -> list[tuple[str, int]]:
    """Seizure events per category (an event with two hiding places counts in both), most first.

    Likely duplicates are left out."""
    counts: Counter[str] = Counter()
    for seizure in seizures:
        if seizure.duplicate_of is None:
            counts.update(seizure_categories(seizure))
    return sorted(counts.items(), key=lambda kv: (-kv[1], list(CATEGORIES).index(kv[0])))
