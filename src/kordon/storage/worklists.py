"""Read models for the pages: the checkpoint queue and the watchlist with its hits."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from kordon.services.ports import QueueRow, WatchlistView
from kordon.storage.assessments import reason_from_json
from kordon.storage.declarations import _stored
from kordon.storage.tables import assessments, declarations, inspections, watchlist_entries


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
            select(
                declarations,
                assessments.c.score.label("score"),
                assessments.c.reasons.label("reasons"),
                assessments.c.random_control.label("random_control"),
            )
            .select_from(joined)
            .where(*conditions)
        )
        found = list(self.connection.execute(query))
        outcomes = self._outcomes([row.id for row in found])
        return [
            QueueRow(
                _stored(row),
                row.score,
                outcomes.get(row.id),
                tuple(reason_from_json(doc) for doc in row.reasons or ()),
                bool(row.random_control),
            )
            for row in found
        ]

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

    def latest_day(self, *, checkpoint: str, before: datetime) -> date | None:
        """The last day before `before` on which declarations were lodged at a checkpoint."""
        query = select(func.max(declarations.c.lodged_at)).where(
            declarations.c.checkpoint == checkpoint, declarations.c.lodged_at < before
        )
        latest = self.connection.execute(query).scalar_one_or_none()
        return latest.date() if latest is not None else None

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


class SqlWatchlistCatalog:
    """WatchlistCatalog: the stored entries, each with the hits stored assessments carry; hits on
    entries that are not (or no longer) stored are listed too, so no hit goes unseen."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def _hits(self) -> tuple[dict[str, list[str]], dict[str, dict[str, Any]], dict[str, set[str]]]:
        hits: dict[str, list[str]] = defaultdict(list)
        seen: dict[str, dict[str, Any]] = {}
        names: dict[str, set[str]] = defaultdict(set)
        for declaration_id, reasons in _latest_reasons(self.connection, "watchlist").items():
            for reason in reasons:
                details = reason.get("details") or {}
                entry_id = str(details.get("entry_id") or reason.get("code"))
                hits[entry_id].append(declaration_id)
                seen.setdefault(entry_id, reason)
                if details.get("matched_name"):
                    names[entry_id].add(str(details["matched_name"]))
        return hits, seen, names

    def list(self) -> list[WatchlistView]:
        """Every entry, stored or seen in a hit, by id."""
        hits, seen, names = self._hits()
        views = {
            row.id: WatchlistView(
                id=row.id,
                kind=row.kind,
                names=tuple(row.names),
                action=row.action,
                source=row.source,
                handling_code=row.handling_code or "",
                hits=len(hits.get(row.id, [])),
                notes=row.notes,
                declarations=tuple(sorted(set(hits.get(row.id, [])), reverse=True)),
                valid_until=row.valid_until,
            )
            for row in self.connection.execute(select(watchlist_entries))
        }
        for entry_id, reason in seen.items():
            if entry_id not in views:
                details = reason.get("details") or {}
                views[entry_id] = WatchlistView(
                    id=entry_id,
                    kind=str(details.get("kind", "")),
                    names=tuple(sorted(names[entry_id])),
                    action=str(details.get("action", "")),
                    source=str(details.get("source", "")),
                    handling_code=str(details.get("handling_code", "")),
                    hits=len(hits[entry_id]),
                    notes=str(reason.get("description", "")),
                    declarations=tuple(sorted(set(hits[entry_id]), reverse=True)),
                )
        return [views[key] for key in sorted(views)]

    def get(self, entry_id: str) -> WatchlistView | None:
        """One entry, or None."""
        return next((e for e in self.list() if e.id == entry_id), None)
