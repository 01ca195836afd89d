"""Totals: units never mixed, duplicates out of totals, undated events in no month."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.analytics.builders import make_seizure

from kordon.analytics import Month, PeriodError, seizure_totals
from kordon.analytics.concealment import concealment_category, concealment_counts
from kordon.analytics.keys import commodity_key, route_counts
from kordon.domain import QuantityUnit, SeizureSource

NOV, OCT = Month(2026, 11), Month(2026, 10)


def test_units_are_never_added_together() -> None:
    totals = seizure_totals(
        [
            make_seizure(1, "methamphetamine", 12.5),
            make_seizure(2, "methamphetamine", 40000, QuantityUnit.PIECES),
            make_seizure(3, "Methamphetamine", 7.5),
            make_seizure(4, "methamphetamine", 30, QuantityUnit.LITRES),
        ]
    )
    kg = totals.get(NOV, "methamphetamine", QuantityUnit.KG)
    pieces = totals.get(NOV, "methamphetamine", QuantityUnit.PIECES)
    litres = totals.get(None, "methamphetamine", QuantityUnit.LITRES)
    assert (kg.quantity, kg.events) == (20.0, 2)
    assert (pieces.quantity, pieces.events) == (40000, 1)
    assert (litres.quantity, litres.events) == (30, 1)
    assert len(totals.series()) == 3


def test_duplicates_are_counted_but_not_added() -> None:
    totals = seizure_totals(
        [
            make_seizure(1, quantity=301.475),
            make_seizure(2, quantity=301.0, duplicate_of=1, source=SeizureSource.OPEN_SOURCE),
        ]
    )
    cell = totals.get(None, "heroin", QuantityUnit.KG)
    assert (cell.quantity, cell.events, cell.duplicates) == (301.475, 1, 1)
    assert (totals.events, totals.duplicates) == (1, 1)


def test_sources_months_unknown_quantities_and_undated_events() -> None:
    totals = seizure_totals(
        [
            make_seizure(1, quantity=5, occurred_on=date(2026, 10, 30)),
            make_seizure(2, quantity=None, source=SeizureSource.OPEN_SOURCE),
            make_seizure(3, quantity=2, source=SeizureSource.OPEN_SOURCE),
            make_seizure(4, quantity=100, occurred_on=None),
        ]
    )
    nov = totals.get(NOV, "heroin", QuantityUnit.KG)
    assert (nov.quantity, nov.events, nov.unknown_quantity) == (2, 2, 1)
    assert nov.by_source == {SeizureSource.OPEN_SOURCE: 2}
    assert totals.get(OCT, "heroin", QuantityUnit.KG).quantity == 5
    assert totals.get(None, "heroin", QuantityUnit.KG).quantity == 107
    assert totals.undated == 1 and totals.months() == [OCT, NOV]


def test_commodity_spellings_and_months() -> None:
    assert commodity_key("Cannabis resin") == commodity_key("cannabis_resin") == "cannabis_resin"
    assert commodity_key("Cannabis resin (hashish)") == "cannabis_resin"
    assert commodity_key("Ivory") == "ivory"
    assert Month.parse("2026-01").previous() == Month(2025, 12)
    assert Month(2025, 12).next() == Month(2026, 1)
    for bad in ("2026-13", "Nov 2026", "2026-1", ""):
        with pytest.raises(PeriodError, match="month"):
            Month.parse(bad)


@pytest.mark.parametrize(
    ("location", "method", "category"),
    [
        ("fuel_tank", "false_compartment", "fuel_tank"),
        ("fuel tank", "tank divided by a welded metal plate: diesel in one half", "fuel_tank"),
        ("trailer_wall", None, "hidden_compartment"),
        ("a secret compartment", None, "hidden_compartment"),
        ("driver's cab", None, "vehicle_structure"),
        ("Truck’s Wheels", None, "vehicle_structure"),
        ("40-foot container, behind the door-end rows", "cover load: paper towels", "cover_cargo"),
        ("boxes of ceramic tiles", None, "cover_cargo"),
        ("the trolley frames of his two check-in suitcases", None, "luggage"),
        ("the passenger’s body cavity", None, "body"),
        ("pants pocket", None, "body"),
        ("swallowed", None, "body"),
        ("tumble driers in the house of one of those arrested", None, "other"),
        (None, None, "not_stated"),
    ],
)
def test_concealment_grouping(location: str | None, method: str | None, category: str) -> None:
    assert concealment_category(location, method) == category


def test_concealment_and_route_counts_leave_duplicates_out() -> None:
    route: dict[str, Any] = {"origin_country": "IR", "destination_country": "MD"}
    seizures = [
        make_seizure(1, location="fuel_tank", **route),
        make_seizure(2, location="fuel tank", **route),
        make_seizure(3, location="fuel_tank", duplicate_of=1, **route),
        make_seizure(4, location="luggage", origin_country="BR", transit_countries=("AE",)),
    ]
    assert concealment_counts(seizures) == [("fuel_tank", 2), ("luggage", 1)]
    counted = [(r.label, n) for r, n in route_counts(seizures)]
    assert counted == [("IR → MD", 2), ("BR → AE → ?", 1)]


def test_a_public_report_without_a_date_counts_on_the_day_it_was_published() -> None:
    totals = seizure_totals(
        [
            make_seizure(
                1,
                quantity=7,
                occurred_on=None,
                reported_on=date(2026, 10, 3),
                source=SeizureSource.OPEN_SOURCE,
            ),
            # The event date wins over the publication date.
            make_seizure(2, quantity=3, reported_on=date(2026, 10, 20)),
        ]
    )
    assert totals.get(OCT, "heroin", QuantityUnit.KG).quantity == 7
    assert totals.get(NOV, "heroin", QuantityUnit.KG).quantity == 3
    assert totals.undated == 0
