"""Controlled vocabularies for seizure records (after the WCO CEN and UNODC IDS code lists)."""

from __future__ import annotations

from kordon.domain.errors import Invalid
from kordon.domain.text import N_

# Each vocabulary maps a stable code to the label officers see (marked for translation, which
# happens where it is shown). Codes are what is stored.
COMMODITIES: dict[str, str] = {
    "heroin": N_("Heroin"),
    "opium": N_("Opium"),
    "morphine": N_("Morphine"),
    "cocaine": N_("Cocaine"),
    "cannabis_resin": N_("Cannabis resin (hashish)"),
    "cannabis_herb": N_("Cannabis herb (marijuana)"),
    "methamphetamine": N_("Methamphetamine"),
    "amphetamine": N_("Amphetamine"),
    "captagon": N_("Captagon (fenethylline) tablets"),
    "mdma": N_("MDMA (ecstasy)"),
    "tramadol": N_("Tramadol"),
    "precursor_chemicals": N_("Precursor chemicals"),
    "cigarettes": N_("Cigarettes"),
    "tobacco": N_("Tobacco"),
    "alcohol": N_("Alcoholic beverages"),
    "fuel": N_("Fuel"),
    "currency": N_("Currency"),
    "weapons": N_("Weapons"),
    "ammunition": N_("Ammunition"),
    "counterfeit_goods": N_("Counterfeit goods"),
    "wildlife": N_("Wildlife (CITES)"),
    "cultural_goods": N_("Cultural goods"),
    "other": N_("Other"),
}

DRUGS: frozenset[str] = frozenset(
    {
        "heroin",
        "opium",
        "morphine",
        "cocaine",
        "cannabis_resin",
        "cannabis_herb",
        "methamphetamine",
        "amphetamine",
        "captagon",
        "mdma",
        "tramadol",
    }
)

CONCEALMENT_LOCATIONS: dict[str, str] = {
    "fuel_tank": N_("Fuel tank"),
    "cargo": N_("In the cargo"),
    "trailer_floor": N_("Trailer floor"),
    "trailer_wall": N_("Trailer wall"),
    "roof": N_("Roof"),
    "cab": N_("Driver's cab"),
    "spare_wheel": N_("Spare wheel or tyres"),
    "chassis": N_("Chassis or frame"),
    "engine": N_("Engine compartment"),
    "battery": N_("Battery"),
    "luggage": N_("Luggage"),
    "body": N_("On the body"),
    "body_internal": N_("Inside the body"),
    "postal_item": N_("Postal item"),
    "container": N_("Container structure"),
    "other": N_("Other"),
}

CONCEALMENT_METHODS: dict[str, str] = {
    "false_compartment": N_("False compartment (divided tank, plate welded in)"),
    "false_wall": N_("False wall or floor"),
    "natural_void": N_("Natural voids"),
    "mixed_with_cargo": N_("Mixed in with the cargo"),
    "inside_goods": N_("Inside the goods (hollowed, stuffed)"),
    "misdeclared": N_("Misdeclared as other goods"),
    "undeclared": N_("Undeclared, not hidden"),
    "on_body": N_("Strapped or carried on the body"),
    "swallowed": N_("Swallowed or inserted"),
    "other": N_("Other"),
}

PACKAGING: dict[str, str] = {
    "packets": N_("Packets or bricks"),
    "bags": N_("Bags"),
    "sealed_bags": N_("Vacuum-sealed bags"),
    "boxes": N_("Boxes or cartons"),
    "bottles": N_("Bottles or canisters"),
    "capsules": N_("Capsules (body packs)"),
    "bulk": N_("Loose, in bulk"),
    "none": N_("No packaging"),
    "other": N_("Other"),
}

PERSON_ROLES: dict[str, str] = {
    "driver": N_("Driver"),
    "co_driver": N_("Co-driver"),
    "passenger": N_("Passenger"),
    "owner": N_("Owner of the goods"),
    "courier": N_("Courier"),
    "consignor": N_("Consignor"),
    "consignee": N_("Consignee"),
    "organiser": N_("Organiser"),
    "other": N_("Other"),
}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The label of a code, or the code itself when it is not in the vocabulary."""
    if code is None:
        return ""
    return vocabulary.get(code, code)


class VocabularyError(Invalid, ValueError):
    """A value is not in its controlled vocabulary."""


def check(vocabulary: dict[str, str], code: str, field_name: str) -> str:
    """The code when the vocabulary has it; a VocabularyError naming the field otherwise."""
    if code not in vocabulary:
        raise VocabularyError(f"{field_name}: {code!r} is not one of the accepted values.")
    return code
