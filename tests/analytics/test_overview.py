"""The overview: a chart only for what the charted months hold."""

from __future__ import annotations

from datetime import date

from tests.analytics.builders import make_seizure

from kordon.analytics.overview import Filters, overview
from kordon.services.seizure_analysis import NAME_KEYS


def test_series_outside_the_charted_months_are_listed_not_drawn_empty() -> None:
    result = overview(
        [
            make_seizure(1, "heroin", occurred_on=date(2026, 11, 5)),
            make_seizure(2, "cocaine", occurred_on=date(2020, 1, 9)),
            make_seizure(3, "opium", occurred_on=None),
        ],
        Filters(),
        names=NAME_KEYS,
    )
    assert len(result.chart_months) == 36 and result.months_cut > 0
    assert [s.commodity for s in result.charted] == ["heroin"]
    assert sorted(s.commodity for s in result.uncharted) == ["cocaine", "opium"]
    assert "<svg" in result.charted[0].chart
