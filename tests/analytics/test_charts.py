"""Charts people can read: labelled ticks with the unit, bars that add up, routes on a map."""

from __future__ import annotations

import re
from datetime import date

from tests.analytics.builders import make_seizure

from kordon.analytics.keys import Route
from kordon.analytics.overview import Filters, overview
from kordon.analytics.route_map import legs, route_map
from kordon.analytics.svg import Bar, bar_chart, ticks
from kordon.services.seizure_analysis import NAME_KEYS


def test_ticks_are_round_and_cover_the_peak() -> None:
    assert ticks(620) == [0, 200, 400, 600, 800]
    assert ticks(7) == [0, 2, 4, 6, 8]
    assert ticks(0.3)[-1] >= 0.3
    assert ticks(0) == [0.0, 1.0]
    for peak in (1, 3.3, 45, 999, 12_500, 5_100_000):
        marks = ticks(peak)
        assert 3 <= len(marks) <= 7 and marks[-1] >= peak, peak


def test_a_chart_has_several_labelled_ticks_the_unit_and_bars_that_add_up() -> None:
    bars = [Bar(f"M{n}", float(n * 10), float(n)) for n in range(12)]
    svg = bar_chart(bars, title="Heroin, kg", unit="kg")
    assert re.search(r'<text class="unit"[^>]*>kg</text>', svg)
    tick_labels = re.findall(r'<text class="tick"[^>]*>([^<]+)</text>', svg)
    assert len(tick_labels) >= 4 and tick_labels[0] == "0"
    drawn = sum(float(v) for v in re.findall(r'data-value="([^"]+)"', svg))
    assert drawn == sum(b.total for b in bars)
    months = re.findall(r'<text class="month"[^>]*>([^<]+)</text>', svg)
    assert len(months) >= 4 and months[-1] == "M11"
    assert all(int(size) >= 12 for size in re.findall(r'font-size="(\d+)"', svg))


def test_routes_are_drawn_leg_by_leg_with_country_names() -> None:
    routes = [
        (Route("IR", ("AZ", "GE"), "MD"), 3),
        (Route("AF", ("IR", "AZ"), "RU"), 2),
        (Route(None, (), "AZ"), 4),  # no origin: nothing to draw
    ]
    counted = legs(routes)
    assert counted[("IR", "AZ")] == 5 and counted[("AZ", "GE")] == 3 and counted[("AZ", "RU")] == 2
    svg = route_map(routes, title="Routes")
    for name in ("Iran", "Azerbaijan", "Georgia", "Moldova", "Afghanistan", "Russian Federation"):
        assert f">{name}</text>" in svg, name
    assert "Iran → Azerbaijan: 5 seizures" in svg
    assert svg.count('class="leg"') == len(counted)
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_no_route_no_map() -> None:
    assert route_map([(Route(None, (), None), 2)], title="Routes") == ""


def test_the_bars_add_up_to_what_the_page_says_they_do() -> None:
    result = overview(
        [
            make_seizure(1, "heroin", quantity=300.0, occurred_on=date(2026, 10, 5)),
            make_seizure(2, "heroin", quantity=20.5, occurred_on=date(2026, 11, 7)),
            make_seizure(3, "heroin", quantity=100.0, occurred_on=None),
        ],
        Filters(),
        names=NAME_KEYS,
    )
    (heroin,) = result.series
    drawn = sum(float(v) for v in re.findall(r'data-value="([^"]+)"', heroin.chart))
    assert heroin.charted_quantity == drawn == 320.5
    assert heroin.total.quantity == 420.5 and heroin.undated == 1
