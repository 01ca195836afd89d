"""Everything the seizure intelligence page shows, from one list of seizures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kordon.analytics.concealment import concealment_counts
from kordon.analytics.keys import Route, commodity_key, commodity_label, route_counts
from kordon.analytics.links import Link, NameKeys, case_groups, find_links
from kordon.analytics.outliers import Outlier, flag_outliers
from kordon.analytics.period import Month, event_day, in_period, months_between
from kordon.analytics.svg import Bar, bar_chart
from kordon.analytics.totals import Tally, Totals, seizure_totals
from kordon.domain import QuantityUnit, Seizure, SeizureSource
from kordon.i18n.words import Words, words

# A chart of more months than this shows the latest ones only (the totals cover the period).
CHART_MONTHS = 36


@dataclass(frozen=True, slots=True)
class Filters:
    """Which seizures are analysed: months (open ends allowed), commodity key, source."""

    start: Month | None = None
    end: Month | None = None
    commodity: str | None = None
    source: SeizureSource | None = None

    def keep(self, seizure: Seizure) -> bool:
        """True when the seizure passes every filter."""
        if self.source is not None and seizure.source is not self.source:
            return False
        if self.commodity and all(
            commodity_key(i.commodity) != self.commodity for i in seizure.items
        ):
            return False
        return in_period(seizure, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Series:
    """One commodity in one unit: its total over the period and its monthly chart."""

    commodity: str
    unit: QuantityUnit
    total: Tally
    chart: str
    # Events of the period that happened in no known month (the record gives no date).
    undated: int = 0
    # Events in the months the chart shows (older ones are in the total only).
    in_chart: int = 0
    # What the bars add up to: the total less undated seizures and months not charted.
    charted_quantity: float = 0.0

    @property
    def label(self) -> str:
        """'Heroin (kg)'."""
        return f"{commodity_label(self.commodity)} ({self.unit.value})"


@dataclass
class Overview:
    """Trends, routes, concealment, outliers and links of the filtered seizures."""

    filters: Filters
    totals: Totals
    series: list[Series]
    routes: list[tuple[Route, int]]
    concealment: list[tuple[str, int]]
    outliers: list[Outlier]
    links: list[Link]
    groups: list[list[int]]
    chart_months: list[Month] = field(default_factory=list)
    months_cut: int = 0

    @property
    def charted(self) -> list[Series]:
        """The series with an event in the charted months: an empty chart says nothing."""
        return [s for s in self.series if s.in_chart]

    @property
    def uncharted(self) -> list[Series]:
        """The series with no event in the charted months (undated, or older)."""
        return [s for s in self.series if not s.in_chart]


def _bars(
    totals: Totals, months: Sequence[Month], commodity: str, unit: QuantityUnit, w: Words
) -> list[Bar]:
    bars = []
    for month in months:
        tally = totals.get(month, commodity, unit)
        bars.append(
            Bar(
                w.month_short(month.first_day),
                tally.by_source.get(SeizureSource.INSPECTION, 0.0),
                tally.by_source.get(SeizureSource.OPEN_SOURCE, 0.0),
            )
        )
    return bars


def overview(
    seizures: Sequence[Seizure],
    filters: Filters,
    *,
    names: NameKeys,
    parties: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    lang: str = "en",
) -> Overview:
    """Analyse the seizures that pass the filters (charts written in a language)."""
    w = words(lang)
    kept = [s for s in seizures if filters.keep(s)]
    totals = seizure_totals(kept)
    dated = totals.months()
    months: list[Month] = []
    if dated or (filters.start and filters.end):
        first = filters.start or dated[0]
        last = filters.end or dated[-1]
        months = months_between(first, last)
    cut = max(len(months) - CHART_MONTHS, 0)
    months = months[cut:]
    series = []
    for commodity, unit in totals.series():
        if filters.commodity and commodity != filters.commodity:
            continue
        title = w._("%(commodity)s seized per month, in %(unit)s") % {
            "commodity": w._(commodity_label(commodity)),
            "unit": w.unit(unit.value),
        }
        bars = _bars(totals, months, commodity, unit, w)
        chart = bar_chart(bars, title=title, unit=unit.value, lang=lang)
        total = totals.get(None, commodity, unit)
        in_months = sum(totals.get(m, commodity, unit).events for m in dated)
        in_chart = sum(totals.get(m, commodity, unit).events for m in months)
        charted = sum(b.total for b in bars)
        undated = total.events - in_months
        series.append(Series(commodity, unit, total, chart, undated, in_chart, charted))
    links = find_links(kept, names=names, parties=parties)
    return Overview(
        filters=filters,
        totals=totals,
        series=series,
        routes=route_counts(kept),
        concealment=concealment_counts(kept),
        outliers=flag_outliers(kept),
        links=links,
        groups=case_groups(links),
        chart_months=months,
        months_cut=cut,
    )


def latest_month(seizures: Sequence[Seizure]) -> Month | None:
    """The month of the latest dated seizure."""
    days = [d for d in (event_day(s) for s in seizures) if d is not None]
    return Month.of(max(days)) if days else None
