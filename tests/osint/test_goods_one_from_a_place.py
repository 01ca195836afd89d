"""Goods split into parts each said to come from a place ("two crates, one from Peru and another
from Chile") name their origin; "one" and "another" stand for the goods, not for people."""

from __future__ import annotations

from kordon.osint import extract_text


def test_one_part_from_a_place_gives_the_origin() -> None:
    text = (
        "Police at the port of Algeciras, Spain, found 120 kg of cocaine in two crates of "
        "fruit, one from Peru and another from Chile."
    )
    assert [r.origin_country for r in extract_text(text)] == ["PE"]


def test_one_of_the_people_from_a_place_gives_no_origin() -> None:
    text = (
        "Police at the port of Algeciras, Spain, found 120 kg of cocaine and held three men "
        "(two Moroccan nationals, one from Senegal) for importing it."
    )
    assert [r.origin_country for r in extract_text(text)] == [None]
