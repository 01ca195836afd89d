"""The audit trail: append-only entries, each hashing the one before, and its verification."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from kordon.domain import Assessment, clock
from kordon.domain.accounts import AuditEntry
from kordon.domain.errors import Invalid
from kordon.services import audit_json
from kordon.services.ports import Store, UnitOfWork

GENESIS = "0" * 64
# Without a configured key the chain is keyed with this published one: it still finds
# accidents, but not a forger, and `kordon audit verify` says so.
PUBLIC_KEY = "kordon-public-audit-key"


def entry_hash(prev_hash: str, entry: AuditEntry, key: str) -> str:
    """HMAC-SHA256, under the audit key, of the previous hash and the entry's content."""
    keyed = _keyed(key or PUBLIC_KEY).copy()
    keyed.update((prev_hash + _canonical(entry)).encode("utf-8"))
    return keyed.hexdigest()


@lru_cache(maxsize=4)
def _keyed(key: str) -> hmac.HMAC:
    """The HMAC under a key before any message: copied for each entry, as a lodged batch
    chains hundreds, where making it afresh works the key in each time."""
    return hmac.new(key.encode("utf-8"), digestmod=hashlib.sha256)


def unkeyed_hash(prev_hash: str, entry: AuditEntry) -> str:
    """Plain SHA-256 of the same, as trails were chained before they were keyed."""
    return hashlib.sha256((prev_hash + _canonical(entry)).encode("utf-8")).hexdigest()


def _canonical(entry: AuditEntry) -> str:
    content = {
        "seq": entry.seq,
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "details": entry.details,
    }
    return audit_json.canonical(content)


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
    stamped = (at or clock.now()).replace(tzinfo=None)
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
    clean = audit_json.as_stored(details or {})
    draft = AuditEntry(seq, at, actor, action, subject_type, subject_id, clean, prev_hash)
    # Made again with its hash rather than by `dataclasses.replace`, which costs a batch's
    # chaining several times as much.
    entry = AuditEntry(seq, at, actor, action, subject_type, subject_id, clean, prev_hash,
                       entry_hash(prev_hash, draft, uow.audit_key))  # fmt: skip
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
            problem = _check(entry, expected_seq, prev_hash, known_hashes, uow.audit_key)
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


def _check(
    entry: AuditEntry, expected_seq: int, prev_hash: str, known: set[str], key: str
) -> str | None:
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
    if entry_hash(prev_hash, entry, key) != entry.hash:
        if entry.hash in _before_keying(prev_hash, entry):
            return (
                f"Entry {entry.seq} was chained without a key, before the trail was keyed: "
                "check the trail's history, then run `kordon audit rekey` to key it."
            )
        return (
            f"Entry {entry.seq} was altered, or written under another audit key: its content "
            "no longer matches its hash."
        )
    return None


def _before_keying(prev_hash: str, entry: AuditEntry) -> tuple[str, str]:
    # Plain SHA-256 (trails before keying) and the public key (written before a key was set).
    return unkeyed_hash(prev_hash, entry), entry_hash(prev_hash, entry, "")


def rekey(store: Store, *, by: str) -> int:
    """Move a trail chained without a key (or partly keyed) onto the configured key.

    Every link and hash is checked first, under either scheme; a broken trail is refused, so
    that rekeying never blesses a forgery. Returns how many entries were rechained."""
    with store.transaction() as uow:
        uow.audit.head(lock=True)
        old_prev, new_prev, expected, moved = GENESIS, GENESIS, 1, 0
        for entry in list(_walk(uow, 5000)):
            sound = entry.seq == expected and entry.prev_hash == old_prev
            keyed = entry_hash(old_prev, entry, uow.audit_key)
            if not sound or entry.hash not in (keyed, *_before_keying(old_prev, entry)):
                raise Invalid(
                    f"The audit trail is broken at entry {entry.seq}: nothing was rekeyed. "
                    "Run `kordon audit verify` to see where."
                )
            new_hash = entry_hash(new_prev, entry, uow.audit_key)
            if (entry.prev_hash, entry.hash) != (new_prev, new_hash):
                uow.audit.rechain(entry.seq, prev_hash=new_prev, hash=new_hash)
                moved += 1
            old_prev, new_prev, expected = entry.hash, new_hash, entry.seq + 1
        record(uow, actor=by, action="audit.rekey", subject_type="audit", subject_id="*",
               details={"rechained": moved})  # fmt: skip
    return moved


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
