"""One search over declarations, seizures and the people, companies and vehicles on them.

What was typed is compared as an id, a plate and a name (kordon.services.matching), over any
date range, within the user's rights: officers search their own checkpoint's declarations and
seizures (and the published ones); only intelligence officers find watchlist entries, and
every such search is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from kordon.domain import Declaration, Seizure
from kordon.domain.accounts import User
from kordon.domain.document import from_document
from kordon.domain.errors import Invalid
from kordon.risk.network.mentions import RecordKind
from kordon.services import access, audit
from kordon.services.matching import Query
from kordon.services.ports import DeclarationFilter, SeizureFilter, Store, UnitOfWork

# Declarations are read newest first in batches, up to this many per search: beyond it the
# page says so and asks for a narrower date range.
SCANNED_AT_MOST = 50_000
BATCH = 2_000
SHOWN = 50
_ROLES = ("declarant", "consignor", "consignee", "carrier")


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, company or vehicle found on the matching declarations."""

    kind: str  # person, company or vehicle
    name: str
    spellings: tuple[str, ...]
    declarations: int
    last_seen: datetime
    checkpoints: tuple[str, ...]
    # A declaration naming it, where the entity index is asked for its number.
    seen_on: str = ""
    # The entity index's number for it, whose network page the results link to.
    entity_id: int | None = None


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


def _document_matches(query: Query, doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, kind, name) for each part of a stored declaration document matching the query.

    The document is read as stored (intake/layout.py writes it), so that the many that do not
    match are never built into declarations."""
    found: list[tuple[str, str, str]] = []
    if query.matches_id(doc["id"]):
        found.append(("id", "", doc["id"]))
    conveyance = doc.get("conveyance") or {}
    for key in ("tractor_plate", "trailer_plate"):
        plate = conveyance.get(key)
        if plate and query.matches_plate(plate):
            found.append(("plate", "vehicle", plate))
    parties = [(role, doc[role]) for role in _ROLES if doc.get(role)]
    parties += [("driver", driver) for driver in doc.get("drivers", ())]
    for role, party in parties:
        kind = str(party.get("kind", "person"))
        if query.matches_name(party.get("name"), company=kind == "company"):
            found.append((role, kind, str(party["name"])))
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


def _documents(uow: UnitOfWork, where: DeclarationFilter) -> Iterator[dict[str, Any]]:
    offset = 0
    while offset < SCANNED_AT_MOST:
        documents = uow.declarations.documents(where, limit=BATCH, offset=offset)
        yield from documents
        if len(documents) < BATCH:
            return
        offset += BATCH


@lru_cache(maxsize=100_000)
def _entity_key(kind: str, name: str) -> str:
    """One key for every spelling of an entity: a plate's canonical form, a name's skeletons."""
    read = Query.read(name)
    return read.plate if kind == "vehicle" else read.person_key()


def _entities(hits: list[tuple[dict[str, Any], list[tuple[str, str, str]]]]) -> list[Entity]:
    """The matching parties and vehicles, one entry per name as screening reads it."""
    grouped: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = {}
    for document, found in hits:
        for _, kind, name in found:
            if kind:
                grouped.setdefault((kind, _entity_key(kind, name)), []).append((document, name))
    entities = [
        Entity(
            kind=kind,
            name=seen[0][1],
            spellings=tuple(dict.fromkeys(name for _, name in seen)),
            declarations=len({d["id"] for d, _ in seen}),
            # ISO text sorts as the moments it names.
            last_seen=datetime.fromisoformat(max(str(d["lodged_at"]) for d, _ in seen)),
            checkpoints=tuple(sorted({str(d["checkpoint"]) for d, _ in seen})),
            seen_on=str(seen[0][0]["id"]),
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
        hits: list[tuple[dict[str, Any], list[tuple[str, str, str]]]] = []
        scanned = 0
        for document in _documents(uow, where):
            scanned += 1
            found = _document_matches(query, document)
            if found:
                hits.append((document, found))
        seizures, _ = uow.seizures.search(
            SeizureFilter(checkpoint=scope, with_open_source=True), limit=SCANNED_AT_MOST, offset=0
        )
        seizures = [
            s
            for s in seizures
            if _seizure_matches(query, s) and _within(_seizure_day(s), start, end)
        ]
        watchlist = _watchlist(uow, user, query)
        entities = _indexed(uow, _entities(hits))
    return Results(
        query=query.text,
        start=start,
        end=end,
        declarations=[
            DeclarationHit(from_document(d), tuple(dict.fromkeys(what for what, _, _ in found)))
            for d, found in hits[:SHOWN]
        ],
        declarations_total=len(hits),
        seizures=seizures[:SHOWN],
        seizures_total=len(seizures),
        entities=entities,
        watchlist=watchlist,
        scanned_all=scanned < SCANNED_AT_MOST,
    )


def _indexed(uow: UnitOfWork, entities: list[Entity]) -> list[Entity]:
    """The entities with their number in the entity index, read off one declaration each."""
    generation = uow.entities.live_generation()
    records = {(RecordKind.DECLARATION, e.seen_on) for e in entities}
    numbers = {
        (p.mention.record_id, p.mention.kind.value, p.mention.name): p.entity_id
        for p in uow.entities.for_records(generation, records)
    }
    return [replace(e, entity_id=numbers.get((e.seen_on, e.kind, e.name))) for e in entities]


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
