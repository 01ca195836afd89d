"""The entity index in SQL: generations of entities, lookup keys and mentions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, tuple_, union_all, update

from kordon.domain import clock
from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.graph import Placed
from kordon.risk.network.mentions import Mention
from kordon.risk.network.resolve import Entity, Link
from kordon.storage.tables import entities, entity_keys, entity_mentions, entity_state

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
        wanted = sorted(set(records))
        out: list[Placed] = []
        pair = tuple_(entity_mentions.c.record_kind, entity_mentions.c.record_id)
        for chunk in _chunks(wanted):
            rows = self.connection.execute(
                select(entity_mentions)
                .where(entity_mentions.c.generation == generation, pair.in_(chunk))
                .order_by(entity_mentions.c.id)
            )
            out.extend(_placed(row) for row in rows)
        return out

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

    def around(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[list[Placed], set[int]]:
        """The mentions of these entities, and apart the entities named more than `limit`
        times (hubs), of which nothing more is read: no entity costs more than `limit` + 1
        rows, however common it is."""
        by_entity: dict[int, list[Any]] = {}
        for chunk in _chunks(sorted(set(ids)), 100):
            # No order inside the parts: it would make the database sort all of a hub's rows.
            parts = [
                select(entity_mentions)
                .where(entity_mentions.c.generation == generation,
                       entity_mentions.c.entity_id == entity_id)
                .limit(limit + 1)
                for entity_id in chunk
            ]  # fmt: skip
            query = union_all(*(select(part.subquery()) for part in parts))
            for row in self.connection.execute(query):
                by_entity.setdefault(row.entity_id, []).append(row)
        hubs = {e for e, rows in by_entity.items() if len(rows) > limit}
        rows = sorted(
            (row for e, found in by_entity.items() if e not in hubs for row in found),
            key=lambda row: row.id,
        )
        return [_placed(row) for row in rows], hubs

    def all_placed(self, generation: int) -> Iterator[Placed]:
        """Every mention of a generation, oldest first."""
        rows = self.connection.execute(
            select(entity_mentions)
            .where(entity_mentions.c.generation == generation)
            .order_by(entity_mentions.c.id)
        )
        for row in rows:
            yield _placed(row)

    def all_entities(self, generation: int) -> Iterator[Entity]:
        """Every entity of a generation."""
        rows = self.connection.execute(select(entities).where(entities.c.generation == generation))
        for row in rows:
            yield _entity(row)

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
