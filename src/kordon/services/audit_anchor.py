"""Anchors of the audit trail: its head (sequence, hash, time) kept outside the database.

The keyed chain stops anyone without the key from rewriting entries; an anchor also catches
what the chain alone cannot see: entries cut from the end with the head moved back, and both
tables emptied. Anchors go to an append-only file (or a printout) out of the database's reach.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kordon.domain import clock
from kordon.services import audit
from kordon.services.ports import Store


class AnchorInvalid(ValueError):
    """The anchors file cannot be trusted; the message names the line and why."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """The trail's head at one moment, sealed with the audit key."""

    seq: int
    hash: str
    at: datetime
    mac: str

    def to_json(self) -> str:
        """One line of the anchors file."""
        at = self.at.isoformat(timespec="seconds")
        return json.dumps({"seq": self.seq, "hash": self.hash, "at": at, "mac": self.mac})


def _mac(key: str, seq: int, head_hash: str, at: datetime) -> str:
    message = f"{seq}:{head_hash}:{at.isoformat(timespec='seconds')}".encode()
    return hmac.new((key or audit.PUBLIC_KEY).encode(), message, hashlib.sha256).hexdigest()


def checkpoint(store: Store) -> Anchor:
    """The trail's head now, after checking that the trail is intact."""
    result = audit.verify(store)
    if not result.ok:
        raise AnchorInvalid(f"The audit trail is broken, so it is not anchored: {result.problem}")
    with store.transaction() as uow:
        head = uow.audit.head() or (0, audit.GENESIS)
        key = uow.audit_key
    at = clock.now().replace(microsecond=0)
    return Anchor(head[0], head[1], at, _mac(key, head[0], head[1], at))


def append(path: Path, anchor: Anchor) -> None:
    """Add an anchor to the end of the anchors file, flushed to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as file:
        file.write(anchor.to_json() + "\n")
        file.flush()
        os.fsync(file.fileno())


def last(path: Path, *, key: str) -> Anchor | None:
    """The newest anchor of a file, after checking every line's seal and order."""
    if not path.exists():
        return None
    newest: Anchor | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            anchor = Anchor(
                int(raw["seq"]), str(raw["hash"]), datetime.fromisoformat(raw["at"]), raw["mac"]
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise AnchorInvalid(f"{path} line {number} is not an anchor ({exc}).") from exc
        if not hmac.compare_digest(anchor.mac, _mac(key, anchor.seq, anchor.hash, anchor.at)):
            raise AnchorInvalid(
                f"{path} line {number} was altered or sealed with another audit key."
            )
        if newest is not None and anchor.seq < newest.seq:
            raise AnchorInvalid(f"{path} line {number} goes back to entry {anchor.seq}.")
        newest = anchor
    return newest


def verify_against(store: Store, anchor: Anchor | None) -> audit.Verification:
    """Walk the chain, then check that the anchored entry is still there, unchanged."""
    result = audit.verify(store)
    if not result.ok or anchor is None or anchor.seq == 0:
        return result
    when = anchor.at.isoformat(sep=" ", timespec="minutes")
    if result.checked == 0:
        problem = (
            f"The audit trail is empty, yet the anchor of {when} recorded {anchor.seq} entries."
        )
        return audit.Verification(0, problem, 1)
    with store.transaction() as uow:
        anchored = uow.audit.get(anchor.seq)
    if anchored is None:
        problem = (
            f"The trail ends at entry {result.checked}, yet the anchor of {when} recorded entry "
            f"{anchor.seq}: entries were removed from the end."
        )
        return audit.Verification(result.checked, problem, result.checked + 1)
    if anchored.hash != anchor.hash:
        problem = (
            f"Entry {anchor.seq} differs from the anchor of {when}: the trail up to it was "
            "rewritten."
        )
        return audit.Verification(result.checked, problem, anchor.seq)
    return result
