"""One inspection per declaration, unless a supervisor records a re-inspection with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.services.test_inspections import cheap_hashing  # noqa: F401
from tests.web.seed import RED_ID, seed

from kordon.domain.accounts import Role, User
from kordon.domain.errors import Conflict, Denied, Invalid
from kordon.services.inspections import InspectionInput, record_inspection
from kordon.storage.store import SqlStore

OFFICER = User("officer", Role.OFFICER, checkpoint="AZ-AST", id=1)
SUPERVISOR = User("supervisor", Role.SUPERVISOR, id=5)
NOTHING = InspectionInput("nothing_found", "random_control")


def _record(store: SqlStore, tmp_path: Path, user: User, form: InspectionInput = NOTHING) -> int:
    done = record_inspection(store, user=user, declaration_id=RED_ID, form=form, data_dir=tmp_path)
    return done.inspection_id


def test_a_second_inspection_is_refused(store: SqlStore, tmp_path: Path) -> None:
    seed(store)
    _record(store, tmp_path, OFFICER)
    with pytest.raises(Conflict, match="inspected already"):
        _record(store, tmp_path, OFFICER)
    with pytest.raises(Conflict, match="reason"):
        _record(store, tmp_path, SUPERVISOR)
    with store.transaction() as uow:
        assert len(uow.inspections.for_declaration(RED_ID)) == 1


def test_a_supervisor_records_a_reinspection_with_its_reason(
    store: SqlStore, tmp_path: Path
) -> None:
    seed(store)
    _record(store, tmp_path, OFFICER)
    again = InspectionInput(
        "nothing_found", "xray", reinspection_reason="Scanner image shows a false floor."
    )
    with pytest.raises(Denied):
        _record(store, tmp_path, OFFICER, again)
    blank = InspectionInput("nothing_found", "xray", reinspection_reason="  ")
    with pytest.raises(Conflict, match="reason"):
        _record(store, tmp_path, SUPERVISOR, blank)
    rambling = InspectionInput("nothing_found", "xray", reinspection_reason="x " * 300)
    with pytest.raises(Invalid, match="too long"):
        _record(store, tmp_path, SUPERVISOR, rambling)
    _record(store, tmp_path, SUPERVISOR, again)
    with store.transaction() as uow:
        first, second = uow.inspections.for_declaration(RED_ID)
        entries = [e for e in uow.audit.latest(limit=50) if e.action == "inspection.record"]
    assert first.reinspection_reason is None
    assert second.reinspection_reason == "Scanner image shows a false floor."
    assert entries[0].details["reinspection_reason"] == "Scanner image shows a false floor."
