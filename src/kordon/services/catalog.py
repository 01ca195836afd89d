"""Changing the stored rules (profiles, watchlist entries), always on the audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kordon.domain.profile import RiskProfile
from kordon.domain.watchlist import WatchlistEntry
from kordon.risk.profiles import ImportResult, dump_profiles, import_profiles
from kordon.services import audit, entity_index
from kordon.services.ports import UnitOfWork


def save_profiles(
    uow: UnitOfWork,
    profiles: Sequence[RiskProfile],
    *,
    actor: str,
    dry_run: bool = False,
    details: dict[str, Any] | None = None,
) -> list[ImportResult]:
    """Store new and changed profiles (a change is the next version) and audit each change."""
    results = import_profiles(uow.profiles, profiles, dry_run=dry_run)
    if dry_run:
        return results
    for result in results:
        if result.action == "unchanged":
            continue
        saved = uow.profiles.get(result.id)
        assert saved is not None
        audit.record(
            uow,
            actor=actor,
            action="profile.edit",
            subject_type="profile",
            subject_id=result.id,
            details={"version": result.version, "action": result.action,
                     "definition": dump_profiles([saved]), **(details or {})},
        )  # fmt: skip
    return results


def save_watchlist(
    uow: UnitOfWork,
    entries: Sequence[WatchlistEntry],
    *,
    actor: str,
    details: dict[str, Any] | None = None,
) -> dict[str, str]:
    """Add or replace watchlist entries and audit each change; says what happened per id."""
    outcome = uow.watchlist.save_many(entries)
    entity_index.index_watchlist(uow, [e for e in entries if outcome.get(e.id) != "unchanged"])
    for entry_id, what in outcome.items():
        if what != "unchanged":
            audit.record(uow, actor=actor, action=f"watchlist.{what}",
                         subject_type="watchlist_entry", subject_id=entry_id,
                         details=details)  # fmt: skip
    return outcome
