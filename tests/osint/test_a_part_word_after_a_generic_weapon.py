"""Only a weapon's model name ("AK-47", "Kalashnikov") written right before a part word
names a firearm part: "weapons stocks" and "rifle barrels" after a list of rifles are no parts of
a model."""

from __future__ import annotations

from kordon.osint import extract_text


def _goods(text: str) -> list[str]:
    return [r.substance for r in extract_text(text)]


def test_stocks_of_weapons_are_no_firearm_parts() -> None:
    text = "Police seized three AK-47 rifles and weapons stocks from a garage in the village."
    assert "firearm parts" not in _goods(text)


def test_a_models_stocks_are_firearm_parts() -> None:
    text = "Police seized three AK-47 stocks from a garage in the village."
    assert _goods(text) == ["firearm parts"]


def test_a_named_makes_receivers_are_firearm_parts() -> None:
    text = "Officers found four Kalashnikov receivers in a parcel from abroad."
    assert _goods(text) == ["firearm parts"]
