"""Who sees which seizures: officers their checkpoint's and the published ones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource
from kordon.domain.accounts import Role, User
from kordon.services import access
from kordon.services.seizures import get_seizure, list_seizures
from kordon.storage.store import SqlStore

HEROIN = (SeizureItem("heroin", 120.0, QuantityUnit.KG),)


def _seizure(source: SeizureSource, **fields: Any) -> Seizure:
    return Seizure(source, HEROIN, country="AZ", recorded_at=datetime(2026, 3, 1), **fields)


def _seed(store: SqlStore) -> dict[str, int]:
    seizures = {
        "astara": _seizure(SeizureSource.INSPECTION, checkpoint="AZ-AST"),
        "samur": _seizure(SeizureSource.INSPECTION, checkpoint="AZ-SAM"),
        "news": _seizure(SeizureSource.OPEN_SOURCE, place="Astara"),
    }
    with store.transaction() as uow:
        return {name: uow.seizures.add(seizure) for name, seizure in seizures.items()}


def test_an_officer_sees_their_checkpoint_and_the_published_seizures(store: SqlStore) -> None:
    ids = _seed(store)
    officer = User("officer.astara", Role.OFFICER, checkpoint="AZ-AST")
    rows, total = list_seizures(store, user=officer)
    assert total == 2
    assert {row.checkpoint for row in rows} == {"AZ-AST", None}
    assert get_seizure(store, user=officer, seizure_id=ids["news"])[0].place == "Astara"
    with pytest.raises(access.NotVisible):
        get_seizure(store, user=officer, seizure_id=ids["samur"])


def test_other_roles_see_every_seizure(store: SqlStore) -> None:
    ids = _seed(store)
    analyst = User("analyst", Role.RISK_ANALYST)
    assert list_seizures(store, user=analyst)[1] == 3
    only_news = list_seizures(store, user=analyst, source=SeizureSource.OPEN_SOURCE)[0]
    assert [row.place for row in only_news] == ["Astara"]
    assert get_seizure(store, user=analyst, seizure_id=ids["samur"])[0].checkpoint == "AZ-SAM"
