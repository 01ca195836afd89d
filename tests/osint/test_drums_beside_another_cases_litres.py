"""Drums counted in one sentence keep their count when another sentence measures another
find in litres: only a volume or weight in the drums' own sentence is their load."""

from __future__ import annotations

from kordon.osint import extract_text


def _drums(text: str) -> list[float | None]:
    return [r.quantity_count for r in extract_text(text) if r.count_unit == "drums"]


def test_drums_keep_their_count_when_a_later_sentence_measures_litres() -> None:
    text = (
        "Customs officers impounded 130 drums of ethanol from a lorry at the border post. "
        "In a separate case, police found 75 litres of cognac in a car."
    )
    assert _drums(text) == [130.0]


def test_drums_keep_their_count_when_an_earlier_sentence_measures_litres() -> None:
    text = (
        "Police found 75 litres of cognac in a car. "
        "Customs officers later impounded 130 drums of ethanol from a lorry at the border post."
    )
    assert _drums(text) == [130.0]


def test_drums_holding_litres_of_their_own_sentence_are_no_count() -> None:
    text = "Customs officers impounded 2,600 litres of ethanol in 13 drums at the border post."
    assert _drums(text) == []
