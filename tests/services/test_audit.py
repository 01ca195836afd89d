"""The audit trail is hash-chained: any altered, removed or reordered entry is found."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, update
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.domain import clock
from kordon.domain.clock import FixedClock
from kordon.services import audit
from kordon.storage.store import SqlStore, open_store
from kordon.storage.tables import audit_log


def _write(store: SqlStore, count: int = 5) -> None:
    for n in range(1, count + 1):
        with store.transaction() as uow:
            audit.record(
                uow,
                actor="officer",
                action="inspection.record",
                subject_type="declaration",
                subject_id=f"D{n}",
                details={"outcome": "seizure", "kg": 301.475, "n": n},
            )


def test_an_untouched_trail_verifies(store: SqlStore) -> None:
    _write(store)
    result = audit.verify(store)
    assert result.ok and result.checked == 5
    assert audit.verify(store, batch=2).checked == 5


def test_altered_entry(store: SqlStore) -> None:
    _write(store)
    with store.engine.begin() as connection:
        connection.execute(
            update(audit_log).where(audit_log.c.seq == 3).values(actor="someone else")
        )
    result = audit.verify(store)
    assert not result.ok and result.seq == 3 and "altered" in (result.problem or "")


def test_altered_details(store: SqlStore) -> None:
    _write(store)
    with store.engine.begin() as connection:
        connection.execute(
            update(audit_log).where(audit_log.c.seq == 2).values(details={"outcome": "nothing"})
        )
    assert audit.verify(store).seq == 2


def test_removed_entry(store: SqlStore) -> None:
    _write(store)
    with store.engine.begin() as connection:
        connection.execute(delete(audit_log).where(audit_log.c.seq == 2))
    result = audit.verify(store)
    assert result.seq == 3 and "entry 2 was removed" in (result.problem or "")


def test_removed_from_the_end(store: SqlStore) -> None:
    _write(store)
    with store.engine.begin() as connection:
        connection.execute(delete(audit_log).where(audit_log.c.seq >= 4))
    result = audit.verify(store)
    assert not result.ok and "Entries 4 to 5 were removed" in (result.problem or "")


def test_reordered_entries(store: SqlStore) -> None:
    _write(store)
    with store.engine.begin() as connection:
        rows = {r.seq: r for r in connection.execute(select(audit_log))}
        connection.execute(delete(audit_log).where(audit_log.c.seq.in_([2, 3])))
        for new_seq, old in ((2, rows[3]), (3, rows[2])):
            values = dict(old._mapping)
            values["seq"] = new_seq
            connection.execute(audit_log.insert().values(values))
    result = audit.verify(store)
    assert result.seq == 2 and "out of order" in (result.problem or "")


def test_rewritten_chain_is_caught_by_the_next_link(store: SqlStore) -> None:
    # Someone who recomputes the hash of an altered entry still breaks the link after it.
    _write(store)
    with store.engine.begin() as connection:
        row = connection.execute(select(audit_log).where(audit_log.c.seq == 2)).one()
    from kordon.domain.accounts import AuditEntry

    forged = AuditEntry(**{**dict(row._mapping), "actor": "forger"})
    with store.engine.begin() as connection:
        connection.execute(
            update(audit_log)
            .where(audit_log.c.seq == 2)
            .values(actor="forger", hash=audit.entry_hash(row.prev_hash, forged, ""))
        )
    result = audit.verify(store)
    assert result.seq == 3 and "does not follow entry 2" in (result.problem or "")


def test_cli_verify_exit_status(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", database_url)
    opened = open_store(database_url)
    try:
        _write(opened, 3)
        runner = CliRunner()
        good = runner.invoke(build_app(), ["audit", "verify"])
        assert good.exit_code == 0 and "intact: 3 entries" in good.stdout
        with opened.engine.begin() as connection:
            connection.execute(delete(audit_log).where(audit_log.c.seq == 2))
        bad = runner.invoke(build_app(), ["audit", "verify"])
        assert bad.exit_code == 1
        assert "entry 2 was removed" in bad.output
    finally:
        opened.close()


NOON_IN_BAKU = datetime(2026, 3, 2, 12, 0, tzinfo=timezone(timedelta(hours=4)))


def test_stored_timestamps_come_from_the_clock(store: SqlStore) -> None:
    with clock.use(FixedClock(NOON_IN_BAKU)), store.transaction() as uow:
        audit.record(
            uow, actor="cli:test", action="profile.edit", subject_type="profile", subject_id="P1"
        )
    with store.transaction() as uow:
        assert [e.at for e in uow.audit.latest(limit=1)] == [datetime(2026, 3, 2, 8, 0)]


def test_each_stored_hash_covers_the_entry_as_sorted_compact_json(store: SqlStore) -> None:
    # However an entry's text is put together when it is chained, its hash is that of the
    # whole entry written out as one sorted, compact JSON object, as trails already stored
    # were chained and are verified.
    details = {"zeta": [1, {"b": "ş", "a": None}], "alpha": 0.1, "when": datetime(2026, 3, 1)}
    with store.transaction() as uow:
        for n, subject in enumerate(["D1", 'Ə-2 "quoted"']):
            audit.record(uow, actor="officer", action="x.y", subject_type="declaration",
                         subject_id=subject, details={**details, "n": n})  # fmt: skip
    with store.transaction() as uow:
        entries = uow.audit.entries(after_seq=0, limit=100)
    key = (store.audit_key or audit.PUBLIC_KEY).encode()
    prev = audit.GENESIS
    for entry in entries:
        content = {"seq": entry.seq, "at": entry.at.isoformat(timespec="microseconds"),
                   "actor": entry.actor, "action": entry.action,
                   "subject_type": entry.subject_type, "subject_id": entry.subject_id,
                   "details": entry.details}  # fmt: skip
        text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        expected = hmac.new(key, (prev + text).encode(), hashlib.sha256).hexdigest()
        assert (entry.prev_hash, entry.hash) == (prev, expected)
        prev = entry.hash
    assert [e.subject_id for e in entries] == ["D1", 'Ə-2 "quoted"']
