"""The entity index in SQL: generations of entities, lookup keys and mentions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, TextClause, delete, func, insert, or_, select, text, update

from kordon.domain import clock
from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.graph import Placed
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import Entity, Link
from kordon.storage.tables import (
    entities,
    entity_keys,
    entity_mentions,
    entity_state,
    inspections,
    seizures,
)

CHUNK = 500

# Names the lock that serialises taking new entity ids on PostgreSQL (any constant works).
_PG_LOCK_KEY = 7_419_002


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _entity(row: Any) -> Entity:
    return Entity(
        id=row.id,
        kind=WatchlistKind(row.kind),
        label=row.label,
        country=row.country,
        identifiers=tuple((f, v) for f, v in row.identifiers),
        keys=tuple(row.keys),
    )


def _entity_row(generation: int, entity: Entity) -> dict[str, Any]:
    return {
        "generation": generation,
        "id": entity.id,
        "kind": entity.kind.value,
        "label": entity.label[:300],
        "country": entity.country,
        "identifiers": [list(pair) for pair in entity.identifiers],
        "keys": list(entity.keys),
    }


def _mention_row(generation: int, placed: Placed) -> dict[str, Any]:
    m = placed.mention
    return {
        "generation": generation,
        "entity_id": placed.entity_id,
        "record_kind": m.record_kind,
        "record_id": m.record_id,
        "role": m.role[:60],
        "kind": m.kind.value,
        "name": m.name[:300],
        "country": m.country,
        "identifiers": [list(pair) for pair in m.identifiers],
        "on_date": m.on,
        "checkpoint": m.checkpoint,
        "link_kind": placed.link.kind if placed.link else None,
        "link_reason": placed.link.reason[:400] if placed.link else None,
        "link_values": [list(pair) for pair in placed.link.values] if placed.link else None,
    }


def _placed(row: Any) -> Placed:
    mention = Mention(
        record_kind=row.record_kind,
        record_id=row.record_id,
        role=row.role,
        kind=WatchlistKind(row.kind),
        name=row.name,
        country=row.country,
        identifiers=tuple((f, v) for f, v in row.identifiers),
        on=row.on_date,
        checkpoint=row.checkpoint,
    )
    values = tuple((k, v) for k, v in row.link_values or ())
    link = Link(row.link_kind, row.link_reason, values) if row.link_kind else None
    return Placed(mention, row.entity_id, link)


def _of_records(generation: int, records: Iterable[tuple[str, str]]) -> Iterator[list[Any]]:
    """Conditions for the mentions of these records, a kind and a chunk at a time: a plain
    IN on the record id uses the (generation, kind, id) index, where SQLite scans the whole
    generation for a pair IN."""
    by_kind: dict[str, set[str]] = {}
    for kind, rid in records:
        by_kind.setdefault(kind, set()).add(rid)
    for kind, ids in sorted(by_kind.items()):
        for chunk in _chunks(sorted(ids)):
            yield [
                entity_mentions.c.generation == generation,
                entity_mentions.c.record_kind == kind,
                entity_mentions.c.record_id.in_(chunk),
            ]


@lru_cache(maxsize=128)
def _bounded_records(count: int) -> TextClause:
    """The records of `count` entities (:e0, :e1 ...), at most :limit rows each. One bounded
    part per entity, without an order inside, which would make the database read all of a
    hub's rows to sort them. Kept by size: parsing the text is most of the cost."""
    return text(" UNION ALL ".join(
        f"SELECT * FROM (SELECT entity_id, record_kind, record_id FROM entity_mentions "
        f"WHERE generation = :g AND entity_id = :e{n} LIMIT :limit) AS p{n}"
        for n in range(count)
    ))  # fmt: skip


@lru_cache(maxsize=128)
def _bounded_counts(count: int) -> TextClause:
    """How many rows `count` entities have, counting at most :limit each."""
    return text(" UNION ALL ".join(
        f"SELECT CAST(:e{n} AS INTEGER) AS entity_id, (SELECT count(*) FROM "
        f"(SELECT 1 FROM entity_mentions WHERE generation = :g AND entity_id = :e{n} "
        f"LIMIT :limit) AS c{n}) AS n"
        for n in range(count)
    ))  # fmt: skip


class SqlEntities:
    """The entity index's rows, always read and written in one generation."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def live_generation(self) -> int:
        """The generation queries read and updates write."""
        value = self.connection.execute(
            select(entity_state.c.live_generation).where(entity_state.c.id == 1)
        ).scalar()
        return int(value) if value is not None else 1

    def lookup(self, generation: int, keys: Iterable[str]) -> list[Entity]:
        """The entities filed under any of the keys."""
        wanted = sorted(set(keys))
        ids: set[int] = set()
        for chunk in _chunks(wanted):
            ids.update(
                self.connection.execute(
                    select(entity_keys.c.entity_id).where(
                        entity_keys.c.generation == generation, entity_keys.c.key.in_(chunk)
                    )
                ).scalars()
            )
        return self.get_many(generation, sorted(ids))

    def get_many(self, generation: int, ids: Sequence[int]) -> list[Entity]:
        """Entities by id."""
        out: list[Entity] = []
        for chunk in _chunks(ids):
            rows = self.connection.execute(
                select(entities).where(
                    entities.c.generation == generation, entities.c.id.in_(chunk)
                )
            )
            out.extend(_entity(row) for row in rows)
        return out

    def next_id(self, generation: int) -> int:
        """The first unused entity id (held for this transaction: concurrent imports on
        PostgreSQL wait here for each other instead of taking the same ids)."""
        if self.connection.dialect.name == "postgresql":
            self.connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})"))
        value = self.connection.execute(
            select(func.max(entities.c.id)).where(entities.c.generation == generation)
        ).scalar()
        return int(value or 0) + 1

    def write(
        self,
        generation: int,
        *,
        created: Sequence[Entity],
        changed: Sequence[Entity],
        new_keys: Sequence[tuple[str, int]],
        placed: Sequence[Placed],
    ) -> None:
        """Store new entities, changed ones, their new keys and the resolved mentions."""
        if created:
            self.connection.execute(insert(entities), [_entity_row(generation, e) for e in created])
        for entity in changed:
            row = _entity_row(generation, entity)
            self.connection.execute(
                update(entities)
                .where(entities.c.generation == generation, entities.c.id == entity.id)
                .values(identifiers=row["identifiers"], keys=row["keys"], country=row["country"])
            )
        if new_keys:
            rows = [{"generation": generation, "key": k[:300], "entity_id": i} for k, i in new_keys]
            self.connection.execute(insert(entity_keys), rows)
        if placed:
            self.connection.execute(
                insert(entity_mentions), [_mention_row(generation, p) for p in placed]
            )

    def for_records(self, generation: int, records: Iterable[tuple[str, str]]) -> list[Placed]:
        """The mentions of these records."""
        rows: list[Any] = []
        for of_records in _of_records(generation, records):
            rows.extend(self.connection.execute(select(entity_mentions).where(*of_records)))
        return [_placed(row) for row in sorted(rows, key=lambda row: row.id)]

    def for_entities(self, generation: int, ids: Iterable[int], limit: int) -> list[Placed]:
        """The mentions of these entities, leaving out entities named more than `limit` times
        (brokers and big carriers join everything and explain nothing)."""
        wanted = sorted(set(ids))
        out: list[Placed] = []
        for chunk in _chunks(wanted):
            small = (
                select(entity_mentions.c.entity_id)
                .where(
                    entity_mentions.c.generation == generation,
                    entity_mentions.c.entity_id.in_(chunk),
                )
                .group_by(entity_mentions.c.entity_id)
                .having(func.count() <= limit)
            )
            rows = self.connection.execute(
                select(entity_mentions)
                .where(
                    entity_mentions.c.generation == generation,
                    entity_mentions.c.entity_id.in_(small),
                )
                .order_by(entity_mentions.c.id)
            )
            out.extend(_placed(row) for row in rows)
        return out

    def reach(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
        """The records naming each of these entities, and apart the entities named more than
        `limit` times (hubs), of which nothing more is read: no entity costs more than
        `limit` + 1 rows of three short columns, however common it is."""
        found: dict[int, list[tuple[str, str]]] = {}
        wanted = sorted(set(ids))
        for chunk in _chunks(wanted, 100):
            values: dict[str, Any] = {f"e{n}": entity_id for n, entity_id in enumerate(chunk)}
            values.update(g=generation, limit=limit + 1)
            for row in self.connection.execute(_bounded_records(len(chunk)), values):
                found.setdefault(row.entity_id, []).append((row.record_kind, row.record_id))
        hubs = {e for e, records in found.items() if len(records) > limit}
        return {e: records for e, records in found.items() if e not in hubs}, hubs

    def reach_flags(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
        """As `reach`, but only the records that may raise a network flag: seizures, watchlist
        entries, and declarations with a seizure or a critical finding. Hubs are told by
        counting at most `limit` + 1 rows each; the flags are found through the indexes on
        the seizures' and inspections' declaration, so nothing else leaves the database."""
        wanted = sorted(set(ids))
        hubs: set[int] = set()
        for chunk in _chunks(wanted, 100):
            values: dict[str, Any] = {f"e{n}": entity_id for n, entity_id in enumerate(chunk)}
            values.update(g=generation, limit=limit + 1)
            rows = self.connection.execute(_bounded_counts(len(chunk)), values)
            hubs.update(row.entity_id for row in rows if row.n > limit)
        found: dict[int, list[tuple[str, str]]] = {}
        m = entity_mentions
        seized = select(seizures.c.id).where(
            seizures.c.declaration_id == m.c.record_id, seizures.c.duplicate_of.is_(None)
        )
        critical = select(inspections.c.id).where(
            inspections.c.declaration_id == m.c.record_id, inspections.c.critical.is_(True)
        )
        for chunk in _chunks([e for e in wanted if e not in hubs]):
            query = select(m.c.entity_id, m.c.record_kind, m.c.record_id).where(
                m.c.generation == generation,
                m.c.entity_id.in_(chunk),
                or_(m.c.record_kind != RecordKind.DECLARATION, seized.exists(), critical.exists()),
            )
            for row in self.connection.execute(query):
                found.setdefault(row.entity_id, []).append((row.record_kind, row.record_id))
        return found, hubs

    def entities_of(
        self, generation: int, records: Iterable[tuple[str, str]]
    ) -> list[tuple[tuple[str, str], int, str]]:
        """(record, entity id, role) for every mention of these records: no names read."""
        out: list[tuple[tuple[str, str], int, str]] = []
        columns = (entity_mentions.c.record_kind, entity_mentions.c.record_id,
                   entity_mentions.c.entity_id, entity_mentions.c.role)  # fmt: skip
        for of_records in _of_records(generation, records):
            rows = self.connection.execute(select(*columns).where(*of_records))
            out.extend(((r.record_kind, r.record_id), r.entity_id, r.role) for r in rows)
        return out

    def forget_record(self, generation: int, record: tuple[str, str]) -> None:
        """Remove a record's mentions (a watchlist entry changed or was deleted)."""
        self.connection.execute(
            delete(entity_mentions).where(
                entity_mentions.c.generation == generation,
                entity_mentions.c.record_kind == record[0],
                entity_mentions.c.record_id == record[1],
            )
        )

    def fingerprint(self) -> str:
        """Changes whenever the live index changes."""
        generation = self.live_generation()
        count, last = self.connection.execute(
            select(func.count(), func.max(entity_mentions.c.id)).where(
                entity_mentions.c.generation == generation
            )
        ).one()
        return f"{generation}.{count}.{last or 0}"

    def begin_rebuild(self) -> int:
        """Clear what a killed rebuild left aside; return the generation to build."""
        live = self.live_generation()
        for table in (entities, entity_keys, entity_mentions):
            self.connection.execute(delete(table).where(table.c.generation > live))
        return live + 1

    def swap(self, generation: int) -> None:
        """Make a rebuilt generation live and drop the older ones."""
        now = clock.now()
        done = self.connection.execute(
            update(entity_state)
            .where(entity_state.c.id == 1)
            .values(live_generation=generation, updated_at=now)
        )
        if done.rowcount == 0:
            self.connection.execute(
                insert(entity_state).values(id=1, live_generation=generation, updated_at=now)
            )
        for table in (entities, entity_keys, entity_mentions):
            self.connection.execute(delete(table).where(table.c.generation < generation))
