"""Outliers: flagged within commodity and unit by log-quantity median and MAD, with a reason."""

from __future__ import annotations

from tests.analytics.builders import make_seizure

from kordon.analytics import flag_outliers
from kordon.analytics.outliers import MIN_GROUP
from kordon.domain import QuantityUnit


def test_unusually_large_and_small_seizures_are_flagged_with_a_reason() -> None:
    usual = [make_seizure(i, quantity=q) for i, q in enumerate([8, 10, 12, 9, 11, 10, 13], 1)]
    huge = make_seizure(20, quantity=620.0)
    tiny = make_seizure(21, quantity=0.05)
    found = {o.seizure.id: o for o in flag_outliers([*usual, huge, tiny])}
    assert set(found) == {20, 21}
    assert found[20].direction == "large" and found[21].direction == "small"
    assert "620 kg is 62.0 times the median heroin seizure (10 kg, 9 seizures in kg)" in (
        found[20].reason
    )
    assert "beyond ±3.5" in found[21].reason


def test_units_and_commodities_are_judged_apart() -> None:
    kilos = [make_seizure(i, quantity=10 + i) for i in range(1, 8)]
    # Millions of cigarette pieces are usual for cigarettes, not against heroin kilograms.
    sticks = [make_seizure(10 + i, "cigarettes", 2e6 + i, QuantityUnit.PIECES) for i in range(1, 8)]
    heroin_pieces = make_seizure(30, quantity=2e6, unit=QuantityUnit.PIECES)
    assert flag_outliers([*kilos, *sticks, heroin_pieces]) == []


def test_small_groups_and_duplicates_are_not_judged() -> None:
    few = [make_seizure(i, quantity=10) for i in range(1, MIN_GROUP - 1)]
    assert flag_outliers([*few, make_seizure(9, quantity=5000)]) == []
    usual = [make_seizure(i, quantity=q) for i, q in enumerate([8, 10, 12, 9, 11, 10], 1)]
    copy = make_seizure(9, quantity=5000, duplicate_of=1)
    assert flag_outliers([*usual, copy]) == []


def test_a_month_is_judged_against_a_longer_reference() -> None:
    history = [make_seizure(i, quantity=q) for i, q in enumerate([8, 10, 12, 9, 11, 10], 1)]
    this_month = [make_seizure(10, quantity=900)]
    assert flag_outliers(this_month) == []
    flagged = flag_outliers(this_month, reference=[*history, *this_month])
    assert [o.seizure.id for o in flagged] == [10]
