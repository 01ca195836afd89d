"""A city whose name is also a word for goods ("police in Ganja", the Azerbaijani city) is the
place of the find, not goods; the word in lower case ("2 kg of ganja") is still cannabis."""

from __future__ import annotations

from kordon.osint import extract_text
from kordon.osint.gazetteer import find_places
from kordon.osint.lexicon import find_substances


def test_a_city_named_like_goods_is_the_place() -> None:
    records = extract_text("Police in Ganja found 2 kg of ganja in a car.")
    assert [(r.substance, r.quantity_kg, r.place, r.country) for r in records] == [
        ("cannabis herb", 2.0, "Ganja", "AZ")
    ]


def test_a_city_named_like_goods_is_no_find() -> None:
    records = extract_text("Police seized two pistols in a raid in Ganja.")
    assert [(r.substance, r.place) for r in records] == [("firearms", "Ganja")]


def test_a_word_for_goods_with_a_capital_and_no_place_cue_is_the_goods() -> None:
    # A headline in capitals and a sentence that starts with the word name the drug.
    text = (
        "Officers Find Ganja In Clarendon\n\n"
        "Officers found 40 kilograms of ganja in a van at May Pen, Clarendon, Jamaica."
    )
    assert [(r.substance, r.quantity_kg, r.country) for r in extract_text(text)] == [
        ("cannabis herb", 40.0, "JM")
    ]
    assert [m.canonical for m in find_substances("Ganja and heroin were in the bag.")] == [
        "cannabis herb",
        "heroin",
    ]


def test_a_word_for_goods_after_a_place_cue_is_the_place() -> None:
    assert [p.code for p in find_places("Two men from Ganja were held.")] == ["AZ"]
    assert [p.code for p in find_places("The Ganja region police said so.")] == ["AZ"]
    assert find_substances("Officers near Ganja held a car.") == []
