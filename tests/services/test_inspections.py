"""Recording inspections: validation, normalised seizure items, labels and the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.web.seed import RED_ID, SAMUR_ID, seed

from kordon.domain import QuantityUnit
from kordon.domain.accounts import Role, User
from kordon.services import access, accounts
from kordon.services.audit import verify
from kordon.services.inspections import (
    InspectionInput,
    InspectionInvalid,
    ItemInput,
    record_inspection,
)
from kordon.services.ports import SeizureFilter
from kordon.storage.store import SqlStore

OFFICER = User("officer", Role.OFFICER, checkpoint="AZ-AST", id=1)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)


def _record(store: SqlStore, tmp_path: Path, form: InspectionInput, user: User = OFFICER) -> int:
    done = record_inspection(store, user=user, declaration_id=RED_ID, form=form, data_dir=tmp_path)
    return done.inspection_id


@pytest.mark.parametrize(
    ("form", "field"),
    [
        (InspectionInput("seizure", "intelligence"), "items"),
        (InspectionInput("nothing_found", "dog", items=(ItemInput("heroin", "1 kg"),)), "outcome"),
        (InspectionInput("seizure", "unknown", items=(ItemInput("heroin", "1 kg"),)),
         "detection method"),
        (InspectionInput("seizure", "dog", items=(ItemInput("sugar", "1 kg"),)),
         "item 1 commodity"),
        (InspectionInput("seizure", "dog", items=(ItemInput("heroin", "1 kg", "glovebox"),)),
         "item 1 concealment location"),
    ],
)  # fmt: skip
def test_refused_forms_name_the_field(
    store: SqlStore, tmp_path: Path, form: InspectionInput, field: str
) -> None:
    seed(store)
    with pytest.raises(InspectionInvalid) as raised:
        _record(store, tmp_path, form)
    assert field in raised.value.problems


def test_seizure_is_normalised_labelled_and_audited(store: SqlStore, tmp_path: Path) -> None:
    seed(store)
    form = InspectionInput(
        "seizure",
        "intelligence",
        items=(
            ItemInput("heroin", "301 kilograms 475 grams", "fuel_tank", "false_compartment"),
            ItemInput("cigarettes", "12000 pcs", "cargo", "mixed_with_cargo"),
        ),
    )
    _record(store, tmp_path, form)
    with store.transaction() as uow:
        (inspection,) = uow.inspections.for_declaration(RED_ID)
        seizures, _ = uow.seizures.search(SeizureFilter(declaration_id=RED_ID), limit=5, offset=0)
        entries = uow.audit.latest(limit=1)
    assert inspection.found_violation and inspection.critical
    items = seizures[0].items
    assert [(i.quantity, i.unit) for i in items] == [
        (301.475, QuantityUnit.KG),
        (12000.0, QuantityUnit.PIECES),
    ]
    assert seizures[0].transit_countries == ("AZ", "GE") and seizures[0].checkpoint == "AZ-AST"
    assert entries[0].action == "inspection.record" and entries[0].actor == "officer"
    assert verify(store).ok


def test_roles_and_checkpoints_are_enforced_in_the_service(store: SqlStore, tmp_path: Path) -> None:
    seed(store)
    form = InspectionInput("nothing_found", "random_control")
    analyst = User("analyst", Role.RISK_ANALYST, id=3)
    with pytest.raises(access.AccessDenied):
        _record(store, tmp_path, form, analyst)
    with pytest.raises(access.NotVisible):
        record_inspection(
            store, user=OFFICER, declaration_id=SAMUR_ID, form=form, data_dir=tmp_path
        )
