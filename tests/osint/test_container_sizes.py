"""A measure written after a count of containers and "of" is each container's size."""

from __future__ import annotations

from kordon.osint import extract_text


def _volumes(text: str) -> list[tuple[str, float | None]]:
    return [(r.substance, r.quantity_litres) for r in extract_text(text)]


def test_size_of_each_container_is_no_find_beside_the_total() -> None:
    text = (
        "Border officers stopped a lorry carrying 30 steel drums of 180 liters "
        "(5,400 liters in all) of smuggled diesel."
    )
    assert _volumes(text) == [("fuel", 5400.0)]


def test_size_of_each_container_is_not_read_as_the_load() -> None:
    text = "Customs found 12 plastic jerrycans of 25 liters of petrol in the van."
    assert _volumes(text) == [("fuel", None)]


def test_a_load_told_before_its_vehicles_stays() -> None:
    text = "Customs officers seized 40,000 liters of smuggled diesel from 3 oil tankers."
    assert _volumes(text) == [("fuel", 40000.0)]
