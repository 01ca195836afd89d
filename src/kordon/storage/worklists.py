"""Read models for the pages: the checkpoint queue, and profile and watchlist views that are
derived from stored assessments until the profile and watchlist stores are connected."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from kordon.domain import Outcome
from kordon.services.ports import (
    ProfileChange,
    ProfilesReadOnly,
    ProfileView,
    QueueRow,
    WatchlistView,
)
from kordon.storage.declarations import _stored
from kordon.storage.tables import assessments, declarations, inspections


class SqlQueue:
    """QueueRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def rows(self, *, checkpoint: str | None, start: datetime, end: datetime) -> list[QueueRow]:
        """Declarations lodged in [start, end) at a checkpoint (every checkpoint for None)."""
        latest = (
            select(assessments.c.declaration_id, func.max(assessments.c.id).label("aid"))
            .group_by(assessments.c.declaration_id)
            .subquery()
        )
        joined = declarations.outerjoin(
            latest, latest.c.declaration_id == declarations.c.id
        ).outerjoin(assessments, assessments.c.id == latest.c.aid)
        conditions = [declarations.c.lodged_at >= start, declarations.c.lodged_at < end]
        if checkpoint:
            conditions.append(declarations.c.checkpoint == checkpoint)
        query = (
            select(declarations, assessments.c.score.label("score"))
            .select_from(joined)
            .where(*conditions)
        )
        found = list(self.connection.execute(query))
        outcomes = self._outcomes([row.id for row in found])
        return [QueueRow(_stored(row), row.score, outcomes.get(row.id)) for row in found]

    def _outcomes(self, ids: list[str]) -> dict[str, str]:
        outcomes: dict[str, str] = {}
        for begin in range(0, len(ids), 900):
            query = (
                select(inspections.c.declaration_id, inspections.c.outcome)
                .where(inspections.c.declaration_id.in_(ids[begin : begin + 900]))
                .order_by(inspections.c.inspected_at, inspections.c.id)
            )
            outcomes.update(
                {row.declaration_id: row.outcome for row in self.connection.execute(query)}
            )
        return outcomes

    def inspected_count(self, *, checkpoint: str, start: datetime, end: datetime) -> int:
        """Inspections recorded in [start, end) at a checkpoint."""
        query = (
            select(func.count())
            .select_from(inspections.join(declarations))
            .where(
                declarations.c.checkpoint == checkpoint,
                inspections.c.inspected_at >= start,
                inspections.c.inspected_at < end,
            )
        )
        return int(self.connection.execute(query).scalar_one())


def _latest_reasons(connection: Connection, source: str) -> dict[str, list[dict[str, Any]]]:
    """Reasons of `source` on each declaration's latest assessment."""
    latest: dict[str, tuple[int, list[dict[str, Any]]]] = {}
    query = select(assessments.c.id, assessments.c.declaration_id, assessments.c.reasons)
    for row in connection.execute(query):
        kept = latest.get(row.declaration_id)
        if kept is None or row.id > kept[0]:
            latest[row.declaration_id] = (row.id, list(row.reasons))
    return {
        declaration_id: [r for r in reasons if r.get("source") == source]
        for declaration_id, (_, reasons) in latest.items()
    }


def _findings(connection: Connection, ids: list[str]) -> dict[str, bool]:
    """For each inspected declaration: whether any inspection found something."""
    found: dict[str, bool] = {}
    for begin in range(0, len(ids), 900):
        query = select(inspections.c.declaration_id, inspections.c.outcome).where(
            inspections.c.declaration_id.in_(ids[begin : begin + 900])
        )
        for row in connection.execute(query):
            hit = row.outcome != Outcome.NOTHING_FOUND.value
            found[row.declaration_id] = found.get(row.declaration_id, False) or hit
    return found


class DerivedProfileCatalog:
    """ProfileCatalog built from the profile reasons of stored assessments and the inspections
    that followed: statistics stay right whatever engine wrote the assessments."""

    editable = False

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def list(self) -> list[ProfileView]:
        """Every profile that has fired, with statistics."""
        by_declaration = _latest_reasons(self.connection, "profile")
        fired_ids = [d for d, reasons in by_declaration.items() if reasons]
        findings = _findings(self.connection, fired_ids)
        seen: dict[str, dict[str, Any]] = {}
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for declaration_id in fired_ids:
            for reason in by_declaration[declaration_id]:
                code = str(reason.get("code"))
                seen.setdefault(code, reason)
                count = counts[code]
                count[0] += 1
                if declaration_id in findings:
                    count[1] += 1
                    count[2] += int(findings[declaration_id])
        return [_profile_view(code, seen[code], counts[code]) for code in sorted(seen)]

    def get(self, profile_id: str) -> ProfileView | None:
        """One profile, or None."""
        return next((p for p in self.list() if p.id == profile_id), None)

    def update(self, profile_id: str, change: ProfileChange, *, by: str) -> ProfileView:
        """Refused: derived profiles cannot be edited."""
        raise ProfilesReadOnly(
            "Profiles are read-only here: connect the profile store to edit them."
        )


def _profile_view(code: str, reason: dict[str, Any], counts: list[int]) -> ProfileView:
    details = reason.get("details") or {}
    version = details.get("version")
    return ProfileView(
        id=code,
        description=str(reason.get("description", "")),
        owner=str(details.get("owner", "")),
        version=int(version) if isinstance(version, int) else None,
        channel=reason.get("channel"),
        weight=reason.get("weight"),
        fired=counts[0],
        inspected=counts[1],
        findings=counts[2],
    )


class DerivedWatchlistCatalog:
    """WatchlistCatalog built from the watchlist hits of stored assessments."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def list(self) -> list[WatchlistView]:
        """Every entry that has had a hit."""
        entries: dict[str, dict[str, Any]] = {}
        hits: dict[str, int] = defaultdict(int)
        for reasons in _latest_reasons(self.connection, "watchlist").values():
            for reason in reasons:
                details = reason.get("details") or {}
                entry_id = str(details.get("entry_id") or reason.get("code"))
                entries.setdefault(entry_id, {"reason": reason, "names": set()})
                if details.get("matched_name"):
                    entries[entry_id]["names"].add(str(details["matched_name"]))
                hits[entry_id] += 1
        views = []
        for entry_id, seen in sorted(entries.items()):
            details = seen["reason"].get("details") or {}
            views.append(
                WatchlistView(
                    id=entry_id,
                    kind=str(details.get("kind", "")),
                    names=tuple(sorted(seen["names"])),
                    action=str(details.get("action", "")),
                    source=str(details.get("source", "")),
                    handling_code=str(details.get("handling_code", "")),
                    hits=hits[entry_id],
                    notes=str(seen["reason"].get("description", "")),
                )
            )
        return views

    def get(self, entry_id: str) -> WatchlistView | None:
        """One entry, or None."""
        return next((e for e in self.list() if e.id == entry_id), None)
