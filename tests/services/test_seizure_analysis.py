"""Seizure intelligence against each database: the monthly report, overview, linked cases."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.analytics.cases import store_cases, store_declarations

from kordon.analytics import LinkKind, Month
from kordon.domain import QuantityUnit, SeizureSource
from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid
from kordon.services import access
from kordon.services.seizure_analysis import (
    build_monthly_report,
    linked_cases,
    read_filters,
    seizure_overview,
)
from kordon.storage.store import SqlStore

ANALYST = User("enforcement", Role.ENFORCEMENT_ANALYST)


def test_the_monthly_report(store: SqlStore) -> None:
    store_declarations(store)
    ids = store_cases(store)
    report = build_monthly_report(store, month=Month(2026, 11), now=datetime(2026, 12, 1))
    rows = {(r.commodity, r.unit): r for r in report.totals}
    heroin = rows[("heroin", QuantityUnit.KG)]
    assert (heroin.quantity, heroin.events, heroin.previous_quantity) == (622.075, 2, 64.0)
    assert heroin.change_text == "+872%"
    assert rows[("cigarettes", QuantityUnit.PIECES)].quantity == 2_000_000
    assert (report.events, report.duplicates, report.inspection_events) == (3, 1, 2)
    assert {o.seizure.id for o in report.outliers} == {ids["astara"], ids["samur"]}
    links = {(link.first.id, link.second.id): link.kinds for link in report.links}
    assert links == {
        (ids["astara"], ids["samur"]): (LinkKind.PARTY, LinkKind.ROUTE_CONCEALMENT),
        (ids["october"], ids["astara"]): (LinkKind.PERSON, LinkKind.PLATE),
    }
    assert [r.label for r, _ in report.routes] == ["IR → AZ → GE → MD", "IR → RU → MD"]
    assert dict(report.concealment) == {"fuel_tank": 2, "not_stated": 1}
    targeting = report.targeting.groups
    assert (targeting["red_channel"].inspections, targeting["random_control"].inspections) == (1, 1)
    assert targeting["red_channel"].hit_rate is None
    assert report.targeting.verdict.startswith("Not enough inspections")


def test_the_overview_and_its_filters(store: SqlStore) -> None:
    ids = store_cases(store)
    everything = seizure_overview(store, user=ANALYST, filters=read_filters())
    assert everything.totals.undated == 1 and everything.totals.duplicates == 1
    assert [s.label for s in everything.series][:2] == ["Heroin (kg)", "Cigarettes (pieces)"]
    assert "<svg" in everything.series[0].chart
    november = seizure_overview(
        store,
        user=ANALYST,
        filters=read_filters(start="2026-11", end="2026-11", source="inspection"),
    )
    assert november.totals.events == 2 and november.totals.undated == 0
    assert [(link.first.id, link.second.id) for link in november.links] == [
        (ids["astara"], ids["samur"])
    ]
    assert november.totals.by_source == {SeizureSource.INSPECTION: 2}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": "2026-13"}, "from: '2026-13' is not a month"),
        ({"end": "November"}, "to: 'November' is not a month written YYYY-MM"),
        ({"start": "2026-11", "end": "2026-01"}, "ends (2026-01) before it starts (2026-11)"),
        ({"source": "rumour"}, "source: 'rumour' is not inspection or open_source"),
    ],
)
def test_bad_filters_are_sentences(fields: dict[str, str], message: str) -> None:
    with pytest.raises(Invalid, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_filters(**fields)


def test_officers_see_links_only_to_what_they_may_see(store: SqlStore) -> None:
    ids = store_cases(store)
    officer = User("officer.astara", Role.OFFICER, checkpoint="AZ-AST")
    seen = [
        link.other(ids["astara"]).id
        for link in linked_cases(store, user=officer, seizure_id=ids["astara"])
    ]
    assert seen == [ids["october"]]
    everyone = linked_cases(store, user=ANALYST, seizure_id=ids["astara"])
    assert {link.other(ids["astara"]).id for link in everyone} == {ids["october"], ids["samur"]}
    with pytest.raises(access.AccessDenied):
        seizure_overview(store, user=officer, filters=read_filters())
    with pytest.raises(access.AccessDenied):
        build_monthly_report(store, month=Month(2026, 11), user=officer)
