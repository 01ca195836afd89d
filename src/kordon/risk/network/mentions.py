"""Mentions: each time a record names a person, a company or a vehicle."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date

from kordon.domain import Declaration, Inspection, PartyKind, Seizure, SeizureSource
from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.network.keys import identifier_pairs, plate_key

EntityKind = WatchlistKind
_PARTY_KIND = {PartyKind.PERSON: EntityKind.PERSON, PartyKind.COMPANY: EntityKind.COMPANY}


class RecordKind:
    """The kinds of record a mention comes from (plain strings, stored as such)."""

    DECLARATION = "declaration"
    SEIZURE = "seizure"
    WATCHLIST = "watchlist"


@dataclass(frozen=True, slots=True)
class Mention:
    """A person, company or vehicle as one record names it."""

    record_kind: str
    record_id: str
    role: str
    kind: WatchlistKind
    name: str
    country: str | None = None
    # (identifier type, normalised value): passport, national_id, tax_id, plate.
    identifiers: tuple[tuple[str, str], ...] = ()
    on: date | None = None
    checkpoint: str | None = None
    # The lookup keys (`kordon.risk.network.index.mention_keys`), worked out on first use and
    # kept with the mention: a lodged party is asked for them some seven times between its
    # network reasons and its indexing, and finding them in a cache by kind, name and
    # identifiers each time cost more than using them. Not part of what the mention is (they
    # follow from its fields).
    keys: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def record(self) -> tuple[str, str]:
        """The record this mention belongs to, as (kind, id)."""
        return (self.record_kind, self.record_id)


# Within `mentions_kept`: each declaration's mentions by the declaration's identity (the
# declaration kept beside them, so that its id is not taken by another object meanwhile).
_KEPT: ContextVar[dict[int, tuple[Declaration, list[Mention]]] | None] = ContextVar(
    "kept_mentions", default=None
)


@contextmanager
def mentions_kept() -> Iterator[None]:
    """Within the block, each declaration's mentions are worked out once: a lodgement reads
    its declarations' mentions for their network reasons and again to index them. Kept for
    the block only, never beyond the request that opened it."""
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)


def declaration_mentions(declaration: Declaration) -> list[Mention]:
    """Every party and plate a declaration names."""
    kept = _KEPT.get()
    if kept is None:
        return _declaration_mentions(declaration)
    found = kept.get(id(declaration))
    if found is None or found[0] is not declaration:
        found = (declaration, _declaration_mentions(declaration))
        kept[id(declaration)] = found
    return list(found[1])


def _declaration_mentions(declaration: Declaration) -> list[Mention]:
    day = declaration.lodged_at.date()
    out: list[Mention] = []
    for role, party in declaration.parties():
        kind = _PARTY_KIND[party.kind]
        out.append(
            Mention(
                RecordKind.DECLARATION,
                declaration.id,
                role,
                kind,
                party.name,
                party.country,
                identifier_pairs(kind, party.identifiers),
                day,
                declaration.checkpoint,
            )
        )
    conveyance = declaration.conveyance
    if conveyance is not None:
        for role, plate, country in (
            ("tractor", conveyance.tractor_plate, conveyance.registration_country),
            (
                "trailer",
                conveyance.trailer_plate,
                conveyance.trailer_registration_country or conveyance.registration_country,
            ),
        ):
            if plate and plate_key(plate):
                out.append(
                    _vehicle(
                        RecordKind.DECLARATION,
                        declaration.id,
                        role,
                        plate,
                        country,
                        day,
                        declaration.checkpoint,
                    )
                )
    return out


def _vehicle(
    record_kind: str,
    record_id: str,
    role: str,
    plate: str,
    country: str | None,
    day: date | None,
    checkpoint: str | None,
) -> Mention:
    key = plate_key(plate)
    return Mention(record_kind, record_id, role, EntityKind.VEHICLE, plate, country,
                   (("plate", key),), day, checkpoint)  # fmt: skip


def inspection_mentions(inspection: Inspection, checkpoint: str | None) -> list[Mention]:
    """The persons an inspection detained, as mentions of the inspected declaration."""
    day = inspection.inspected_at.date()
    return [
        Mention(
            RecordKind.DECLARATION,
            inspection.declaration_id,
            f"detained {person.role}".strip(),
            EntityKind.PERSON,
            person.name,
            person.nationality,
            identifier_pairs(EntityKind.PERSON, {"passport": person.identifier or ""}),
            day,
            checkpoint,
        )
        for person in inspection.persons
        if person.name.strip()
    ]


def seizure_mentions(seizure: Seizure) -> list[Mention]:
    """The persons and plates a seizure record names (own or open-source)."""
    # An own seizure names what its declaration and inspection already name.
    if seizure.id is None or seizure.source is SeizureSource.INSPECTION:
        return []
    day = seizure.occurred_on or seizure.reported_on
    sid = str(seizure.id)
    out = [
        Mention(
            RecordKind.SEIZURE,
            sid,
            person.role or "person",
            EntityKind.PERSON,
            person.name,
            person.nationality,
            identifier_pairs(EntityKind.PERSON, {"passport": person.identifier or ""}),
            day,
            seizure.checkpoint,
        )
        for person in seizure.persons
        if person.name.strip()
    ]
    if seizure.conveyance:
        for n, plate in enumerate(seizure.conveyance.split("/")):
            if plate_key(plate):
                out.append(_vehicle(RecordKind.SEIZURE, sid, f"vehicle {n + 1}", plate, None,
                                    day, seizure.checkpoint))  # fmt: skip
    return out


def watchlist_mentions(entry: WatchlistEntry) -> list[Mention]:
    """Every name or plate a watchlist entry is known by."""
    out: list[Mention] = []
    for name in entry.names:
        if entry.kind is EntityKind.VEHICLE:
            if plate_key(name):
                out.append(_vehicle(RecordKind.WATCHLIST, entry.id, "entry", name, entry.country,
                                    entry.valid_from, None))  # fmt: skip
            continue
        out.append(
            Mention(
                RecordKind.WATCHLIST,
                entry.id,
                "entry",
                entry.kind,
                name,
                entry.country,
                identifier_pairs(entry.kind, entry.identifiers),
                entry.valid_from,
                None,
            )
        )
    return out
