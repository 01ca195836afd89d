"""The monthly seizure report: one object, rendered alike on the page and by the command line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kordon.analytics.concealment import concealment_counts
from kordon.analytics.keys import Route, commodity_key, commodity_label, route_counts
from kordon.analytics.links import Link, NameKeys, find_links
from kordon.analytics.outliers import Outlier, flag_outliers
from kordon.analytics.period import Month, event_day, in_period
from kordon.analytics.targeting import InspectionFact, TargetingResults, targeting_results
from kordon.analytics.totals import change, seizure_totals
from kordon.domain import QuantityUnit, Seizure, SeizureSource
from kordon.domain.text import N_
from kordon.i18n.words import Words, words

LARGEST = 5
TOP_ROUTES = 10
# Months before the report's month that outliers are judged against and links looked for in.
LOOKBACK_MONTHS = 12


@dataclass(frozen=True, slots=True)
class TotalRow:
    """One commodity in one unit: this month, the month before and the change."""

    commodity: str
    unit: QuantityUnit
    quantity: float
    events: int
    unknown_quantity: int
    inspection_events: int
    open_source_events: int
    previous_quantity: float
    previous_events: int

    @property
    def label(self) -> str:
        """The commodity as people read it."""
        return commodity_label(self.commodity)

    @property
    def change(self) -> float | None:
        """Relative change of the quantity against the month before (None: nothing before)."""
        return change(self.quantity, self.previous_quantity)

    @property
    def change_text(self) -> str:
        """The change in words: '+25%', 'new', 'none this month'."""
        return self.change_in(words("en"))

    def change_in(self, w: Words) -> str:
        """The change in words, in one language."""
        if self.events == 0:
            return w._("none this month")
        relative = self.change
        if relative is None:
            return w._("new this month")
        if relative >= 9:
            times = w.number(self.quantity / self.previous_quantity, "#,##0")
            return w._("%(times)s times the month before") % {"times": times}
        return w.percent(relative, "+#,##0%;-#,##0%")


@dataclass(frozen=True, slots=True)
class LargeSeizure:
    """One of the month's largest seizures in its unit."""

    seizure: Seizure
    commodity: str
    unit: QuantityUnit
    quantity: float

    @property
    def label(self) -> str:
        """The commodity as people read it."""
        return commodity_label(self.commodity)


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    """What was seized in a month, where, how, what stood out, and how targeting did."""

    month: Month
    generated_at: datetime
    events: int
    inspection_events: int
    open_source_events: int
    duplicates: int
    totals: tuple[TotalRow, ...]
    routes: tuple[tuple[Route, int], ...]
    concealment: tuple[tuple[str, int], ...]
    largest: tuple[LargeSeizure, ...]
    outliers: tuple[Outlier, ...]
    links: tuple[Link, ...]
    targeting: TargetingResults
    scope: str = N_("all seizures")


def _largest(seizures: Iterable[Seizure]) -> list[LargeSeizure]:
    by_unit: dict[QuantityUnit, list[LargeSeizure]] = {}
    for seizure in seizures:
        if seizure.duplicate_of is not None:
            continue
        for item in seizure.items:
            if item.quantity:
                row = LargeSeizure(seizure, commodity_key(item.commodity), item.unit, item.quantity)
                by_unit.setdefault(item.unit, []).append(row)
    rows: list[LargeSeizure] = []
    for unit in QuantityUnit:
        rows.extend(sorted(by_unit.get(unit, []), key=lambda r: -r.quantity)[:LARGEST])
    return rows


def monthly_report(
    month: Month,
    seizures: Sequence[Seizure],
    facts: Iterable[InspectionFact],
    *,
    generated_at: datetime,
    names: NameKeys,
    parties: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    scope: str = N_("all seizures"),
) -> MonthlyReport:
    """The report of one month; `seizures` may hold any months (earlier ones give context)."""
    first = month
    for _ in range(LOOKBACK_MONTHS):
        first = first.previous()
    window = [s for s in seizures if in_period(s, first, month) and event_day(s) is not None]
    this = [s for s in window if in_period(s, month, month)]
    before = [s for s in window if in_period(s, month.previous(), month.previous())]
    now, then = seizure_totals(this), seizure_totals(before)
    keys = now.series()
    keys += [key for key in then.series() if key not in keys]
    rows = []
    for commodity, unit in keys:
        cur, prev = now.get(None, commodity, unit), then.get(None, commodity, unit)
        rows.append(
            TotalRow(
                commodity=commodity,
                unit=unit,
                quantity=cur.quantity,
                events=cur.events,
                unknown_quantity=cur.unknown_quantity,
                inspection_events=cur.events_by_source.get(SeizureSource.INSPECTION, 0),
                open_source_events=cur.events_by_source.get(SeizureSource.OPEN_SOURCE, 0),
                previous_quantity=prev.quantity,
                previous_events=prev.events,
            )
        )
    rows.sort(key=lambda r: (-r.events, r.label, r.unit.value))
    this_ids = {s.id for s in this}
    new_links = [
        link
        for link in find_links(window, names=names, parties=parties)
        if link.second.id in this_ids
    ]
    return MonthlyReport(
        month=month,
        generated_at=generated_at,
        events=now.events,
        inspection_events=now.by_source.get(SeizureSource.INSPECTION, 0),
        open_source_events=now.by_source.get(SeizureSource.OPEN_SOURCE, 0),
        duplicates=now.duplicates,
        totals=tuple(rows),
        routes=tuple(route_counts(this)[:TOP_ROUTES]),
        concealment=tuple(concealment_counts(this)),
        largest=tuple(_largest(this)),
        outliers=tuple(flag_outliers(this, reference=window)),
        links=tuple(new_links),
        targeting=targeting_results(facts),
        scope=scope,
    )
