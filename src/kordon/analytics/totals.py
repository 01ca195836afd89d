"""Seizure totals by month, commodity and unit: kg, pieces and litres are never added together.

One seizure event counts once per commodity and unit it holds. A record flagged as the likely
duplicate of another (the same event read from a second source) is left out of every total and
counted apart, so one event reported twice is not seized twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kordon.analytics.keys import commodity_key
from kordon.analytics.period import Month, event_day
from kordon.domain import QuantityUnit, Seizure, SeizureSource


@dataclass
class Tally:
    """Quantity and events of one commodity in one unit, split by source."""

    quantity: float = 0.0
    events: int = 0
    # Events whose record gives no quantity: counted as events, nothing added to the quantity.
    unknown_quantity: int = 0
    duplicates: int = 0
    by_source: dict[SeizureSource, float] = field(default_factory=dict)
    events_by_source: dict[SeizureSource, int] = field(default_factory=dict)

    def add(self, quantity: float | None, source: SeizureSource) -> None:
        """Count one event (its quantity, when known)."""
        self.events += 1
        self.events_by_source[source] = self.events_by_source.get(source, 0) + 1
        if quantity is None:
            self.unknown_quantity += 1
            return
        self.quantity += quantity
        self.by_source[source] = self.by_source.get(source, 0.0) + quantity


# (month or None for all months, commodity key, unit)
TotalKey = tuple[Month | None, str, QuantityUnit]


@dataclass
class Totals:
    """Tallies per month, commodity and unit, and what was left out and why."""

    cells: dict[TotalKey, Tally] = field(default_factory=dict)
    events: int = 0
    duplicates: int = 0
    undated: int = 0
    by_source: dict[SeizureSource, int] = field(default_factory=dict)

    def cell(self, month: Month | None, commodity: str, unit: QuantityUnit) -> Tally:
        """The tally of one month (None: the whole period), commodity and unit."""
        return self.cells.setdefault((month, commodity, unit), Tally())

    def get(self, month: Month | None, commodity: str, unit: QuantityUnit) -> Tally:
        """The tally, or an empty one when nothing was seized."""
        return self.cells.get((month, commodity, unit), Tally())

    def series(self) -> list[tuple[str, QuantityUnit]]:
        """Every commodity and unit seized (duplicates aside), the most events first."""
        keys = {(c, u) for (m, c, u), t in self.cells.items() if m is None and t.events}
        return sorted(keys, key=lambda k: (-self.get(None, *k).events, k[0], k[1].value))

    def months(self) -> list[Month]:
        """The months with any dated event, in order."""
        return sorted({m for (m, _, _) in self.cells if m is not None})


def seizure_totals(seizures: Iterable[Seizure]) -> Totals:
    """Totals by month (dated events only) and over the whole list, per commodity and unit."""
    totals = Totals()
    for seizure in seizures:
        keys = {(commodity_key(i.commodity), i.unit) for i in seizure.items}
        if seizure.duplicate_of is not None:
            totals.duplicates += 1
            for commodity, unit in keys:
                totals.cell(None, commodity, unit).duplicates += 1
            continue
        totals.events += 1
        totals.by_source[seizure.source] = totals.by_source.get(seizure.source, 0) + 1
        day = event_day(seizure)
        totals.undated += day is None
        for commodity, unit in keys:
            quantity = _quantity(seizure, commodity, unit)
            totals.cell(None, commodity, unit).add(quantity, seizure.source)
            if day is not None:
                totals.cell(Month.of(day), commodity, unit).add(quantity, seizure.source)
    return totals


def _quantity(seizure: Seizure, commodity: str, unit: QuantityUnit) -> float | None:
    """The seizure's quantity of one commodity in one unit; None when any line lacks it."""
    lines = [i for i in seizure.items if commodity_key(i.commodity) == commodity and i.unit is unit]
    if any(i.quantity is None for i in lines):
        return None
    return sum(i.quantity or 0.0 for i in lines)


def change(current: float, previous: float) -> float | None:
    """The relative change from the previous figure, None when there was nothing before."""
    if previous == 0:
        return None
    return (current - previous) / previous
