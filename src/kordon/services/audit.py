"""The audit trail: append-only entries, each hashing the one before, and its verification."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kordon.domain import Assessment
from kordon.domain.accounts import AuditEntry
from kordon.services.ports import Store, UnitOfWork

GENESIS = "0" * 64


def utcnow() -> datetime:
    """Now in UTC, without tzinfo, as every timestamp is stored."""
    return datetime.now(UTC).replace(tzinfo=None)


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    """SHA-256 of the previous hash and the canonical JSON of the entry's content."""
    content = {
        "seq": entry.seq,
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "details": entry.details,
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def record(
    uow: UnitOfWork,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Append one entry to the trail, in the caller's transaction, when it commits.

    Entries are chained at the end of the transaction: the chain's lock is then held only
    from the append to the commit, so concurrent requests wait for each other briefly."""
    stamped = (at or utcnow()).replace(tzinfo=None)
    uow.audit.before_commit(
        lambda: _append(uow, actor, action, subject_type, subject_id, details, stamped)
    )


def _append(
    uow: UnitOfWork,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    details: dict[str, Any] | None,
    at: datetime,
) -> None:
    """Chain one entry onto the trail's head, holding the trail's lock."""
    head = uow.audit.head(lock=True)
    seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS)
    # Round-trip through JSON so that the hash covers exactly what the database returns.
    clean = json.loads(json.dumps(details or {}, default=str))
    draft = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        details=clean,
        prev_hash=prev_hash,
    )
    entry = dataclasses.replace(draft, hash=entry_hash(prev_hash, draft))
    uow.audit.append(entry)


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of walking the chain: how many entries and the first problem, if any."""

    checked: int
    problem: str | None = None
    seq: int | None = None

    @property
    def ok(self) -> bool:
        """True when the chain is intact."""
        return self.problem is None


def verify(store: Store, *, batch: int = 5000) -> Verification:
    """Walk the whole trail and report the first altered, removed or reordered entry."""
    with store.transaction() as uow:
        head = uow.audit.head()
        # Every hash in the trail: a link to one of them from the wrong place means reordering.
        known_hashes = {entry.hash for entry in _walk(uow, batch)}
        prev_hash, expected_seq, checked = GENESIS, 1, 0
        for entry in _walk(uow, batch):
            problem = _check(entry, expected_seq, prev_hash, known_hashes)
            if problem:
                return Verification(checked, problem, entry.seq)
            prev_hash, expected_seq, checked = entry.hash, entry.seq + 1, checked + 1
    last_seq = expected_seq - 1
    if head is not None and (head[0] != last_seq or head[1] != prev_hash):
        if head[0] > last_seq:
            return Verification(
                checked,
                f"Entries {last_seq + 1} to {head[0]} were removed from the end of the trail.",
                last_seq + 1,
            )
        return Verification(checked, "The trail's head does not match its last entry.", last_seq)
    if head is None and checked:
        return Verification(checked, "The trail's head record is missing.", last_seq)
    return Verification(checked)


def _walk(uow: UnitOfWork, batch: int) -> Iterator[AuditEntry]:
    after = 0
    while entries := uow.audit.entries(after_seq=after, limit=batch):
        yield from entries
        after = entries[-1].seq


def _check(entry: AuditEntry, expected_seq: int, prev_hash: str, known: set[str]) -> str | None:
    if entry.seq != expected_seq:
        missing = (
            f"entry {expected_seq}"
            if entry.seq == expected_seq + 1
            else f"entries {expected_seq} to {entry.seq - 1}"
        )
        return (
            f"Audit {missing} was removed: the trail jumps from {expected_seq - 1} to {entry.seq}."
        )
    if entry.prev_hash != prev_hash:
        if entry.prev_hash in known:
            return (
                f"Entry {entry.seq} is out of order: it was chained after another entry than "
                f"{entry.seq - 1}."
            )
        return (
            f"Entry {entry.seq} does not follow entry {entry.seq - 1}: an entry between them was "
            "removed or the chain was rewritten."
        )
    if entry_hash(prev_hash, entry) != entry.hash:
        return f"Entry {entry.seq} was altered: its content no longer matches its hash."
    return None


def record_assessment(uow: UnitOfWork, assessment: Assessment, *, actor: str = "engine") -> None:
    """Append an assessment to the trail (the assessment service calls this after storing it)."""
    record(
        uow,
        actor=actor,
        action="assessment.create",
        subject_type="declaration",
        subject_id=assessment.declaration_id,
        details={
            "assessment_id": assessment.id,
            "channel": assessment.channel.value,
            "score": round(assessment.score, 6),
            "reasons": [[r.source.value, r.code] for r in assessment.reasons],
            "engine_version": assessment.engine_version,
            "model_version": assessment.model_version,
            "random_control": assessment.random_control,
        },
        at=assessment.assessed_at,
    )
