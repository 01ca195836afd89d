"""A city whose name is also a word for goods ("police in Ganja", the Azerbaijani city) is the
place of the find, not goods; the word in lower case ("2 kg of ganja") is still cannabis."""

from __future__ import annotations

from kordon.osint import extract_text


def test_a_city_named_like_goods_is_the_place() -> None:
    records = extract_text("Police in Ganja found 2 kg of ganja in a car.")
    assert [(r.substance, r.quantity_kg, r.place, r.country) for r in records] == [
        ("cannabis herb", 2.0, "Ganja", "AZ")
    ]


def test_a_city_named_like_goods_is_no_find() -> None:
    records = extract_text("Police seized two pistols in a raid in Ganja.")
    assert [(r.substance, r.place) for r in records] == [("firearms", "Ganja")]
