"""One search over declarations, seizures and the people, companies and vehicles on them.

What was typed is compared as an id, a plate and a name (kordon.services.matching), over any
date range, within the user's rights: officers search their own checkpoint's declarations and
seizures (and the published ones); only intelligence officers find watchlist entries, and
every such search is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from kordon.domain import Declaration, Seizure
from kordon.domain.accounts import User
from kordon.domain.errors import Invalid
from kordon.services import access, audit
from kordon.services.matching import Query
from kordon.services.ports import DeclarationFilter, SeizureFilter, Store, UnitOfWork

# Declarations are read newest first in batches, up to this many per search: beyond it the
# page says so and asks for a narrower date range.
SCANNED_AT_MOST = 50_000
BATCH = 2_000
SHOWN = 50


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, company or vehicle found on the matching declarations."""

    kind: str  # person, company or vehicle
    name: str
    spellings: tuple[str, ...]
    declarations: int
    last_seen: datetime
    checkpoints: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeclarationHit:
    """A matching declaration and what matched on it."""

    declaration: Declaration
    matched: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Results:
    """What one search found, each list newest first and cut at SHOWN."""

    query: str
    start: date | None
    end: date | None
    declarations: list[DeclarationHit] = field(default_factory=list)
    declarations_total: int = 0
    seizures: list[Seizure] = field(default_factory=list)
    seizures_total: int = 0
    entities: list[Entity] = field(default_factory=list)
    watchlist: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    # True when the date range held more declarations than one search reads.
    scanned_all: bool = True


def _declaration_matches(query: Query, declaration: Declaration) -> list[tuple[str, str, str]]:
    """(what, kind, name) for each part of a declaration that matches the query."""
    found: list[tuple[str, str, str]] = []
    if query.matches_id(declaration.id):
        found.append(("id", "", declaration.id))
    for plate in declaration.plates():
        if query.matches_plate(plate):
            found.append(("plate", "vehicle", plate))
    for role, party in declaration.parties():
        company = party.kind.value == "company"
        if query.matches_name(party.name, company=company):
            found.append((role, party.kind.value, party.name))
    return found


def _seizure_matches(query: Query, seizure: Seizure) -> bool:
    plates = (seizure.conveyance or "").split("/")
    return (
        query.matches_id(seizure.declaration_id)
        or any(query.matches_plate(p) for p in plates)
        or any(query.matches_name(p.name) for p in seizure.persons)
        or query.matches_text(seizure.place)
    )


def _seizure_day(seizure: Seizure) -> date | None:
    if seizure.occurred_on or seizure.reported_on:
        return seizure.occurred_on or seizure.reported_on
    return seizure.recorded_at.date() if seizure.recorded_at else None


def _within(day: date | None, start: date | None, end: date | None) -> bool:
    """Whether a day is in the range; an undated record only when no range is given."""
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)


def _declarations(uow: UnitOfWork, where: DeclarationFilter) -> Iterator[Declaration]:
    offset = 0
    while offset < SCANNED_AT_MOST:
        rows, _ = uow.declarations.search(where, limit=BATCH, offset=offset)
        yield from (row.declaration for row in rows)
        if len(rows) < BATCH:
            return
        offset += BATCH


def _entities(hits: list[tuple[Declaration, list[tuple[str, str, str]]]]) -> list[Entity]:
    """The matching parties and vehicles, one entry per name as screening reads it."""
    grouped: dict[tuple[str, str], list[tuple[Declaration, str]]] = {}
    for declaration, found in hits:
        for _, kind, name in found:
            if kind:
                key = Query.read(name)
                ident = key.plate if kind == "vehicle" else " ".join(t.skeleton for t in key.person)
                grouped.setdefault((kind, ident), []).append((declaration, name))
    entities = [
        Entity(
            kind=kind,
            name=seen[0][1],
            spellings=tuple(dict.fromkeys(name for _, name in seen)),
            declarations=len({d.id for d, _ in seen}),
            last_seen=max(d.lodged_at for d, _ in seen),
            checkpoints=tuple(sorted({d.checkpoint for d, _ in seen})),
        )
        for (kind, _), seen in grouped.items()
    ]
    return sorted(entities, key=lambda e: (-e.declarations, e.name))[:SHOWN]


def search(
    store: Store, *, user: User, text: str, start: date | None = None, end: date | None = None
) -> Results:
    """Declarations, seizures and entities matching `text` in [start, end], as the user may
    see them."""
    if start and end and end < start:
        raise Invalid("The end of the date range is before its start.", field="end")
    query = Query.read(text)
    if len(query.folded) < 2:
        return Results(query=query.text, start=start, end=end)
    scope = access.scope_checkpoint(user, None)
    where = DeclarationFilter(
        checkpoint=scope,
        lodged_from=datetime.combine(start, time()) if start else None,
        lodged_before=datetime.combine(end + timedelta(days=1), time()) if end else None,
    )
    with store.transaction() as uow:
        hits: list[tuple[Declaration, list[tuple[str, str, str]]]] = []
        scanned = 0
        for declaration in _declarations(uow, where):
            scanned += 1
            found = _declaration_matches(query, declaration)
            if found:
                hits.append((declaration, found))
        seizures, _ = uow.seizures.search(
            SeizureFilter(checkpoint=scope, with_open_source=True), limit=SCANNED_AT_MOST, offset=0
        )
        seizures = [
            s
            for s in seizures
            if _seizure_matches(query, s) and _within(_seizure_day(s), start, end)
        ]
        watchlist = _watchlist(uow, user, query)
    return Results(
        query=query.text,
        start=start,
        end=end,
        declarations=[
            DeclarationHit(d, tuple(dict.fromkeys(what for what, _, _ in found)))
            for d, found in hits[:SHOWN]
        ],
        declarations_total=len(hits),
        seizures=seizures[:SHOWN],
        seizures_total=len(seizures),
        entities=_entities(hits),
        watchlist=watchlist,
        scanned_all=scanned < SCANNED_AT_MOST,
    )


def _watchlist(uow: UnitOfWork, user: User, query: Query) -> list[tuple[str, str, tuple[str, ...]]]:
    """Watchlist entries matching the query, for intelligence officers only (audited)."""
    if not access.sees_watchlist_details(user):
        return []
    found = []
    for entry in uow.watchlist.list():
        vehicle = entry.kind.value == "vehicle"
        company = entry.kind.value == "company"
        if any(
            query.matches_plate(n) if vehicle else query.matches_name(n, company=company)
            for n in entry.names
        ):
            found.append((entry.id, entry.kind.value, entry.names))
    if found:
        audit.record(
            uow,
            actor=user.username,
            action="watchlist.search",
            subject_type="watchlist",
            subject_id=query.text[:100],
            details={"entries": [entry_id for entry_id, _, _ in found]},
        )
    return found[:SHOWN]
