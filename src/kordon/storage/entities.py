"""The entity index in SQL: generations of entities, lookup keys and mentions."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from psycopg.rows import namedtuple_row
from sqlalchemy import (
    ARRAY,
    CompoundSelect,
    Connection,
    Dialect,
    Select,
    String,
    TextClause,
    any_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
    update,
)

from kordon.domain import clock, json_exact
from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.graph import Placed
from kordon.risk.network.index import MAX_NAME_CANDIDATES
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import Entity, Link
from kordon.storage.among import among, among_param, int_array, text_array
from kordon.storage.bulk import pipeline, write_rows
from kordon.storage.tables import (
    entities,
    entity_keys,
    entity_mentions,
    entity_state,
    inspections,
    seizures,
)
from kordon.storage.unindexed import SqlUnindexed

CHUNK = 500

_HOLD = (
    "INSERT INTO entity_state (id, live_generation, updated_at) VALUES (1, 1, %(now)s) "
    "ON CONFLICT (id) DO UPDATE SET live_generation = entity_state.live_generation "
    "RETURNING live_generation"
)
_TOP_ID = (
    "SELECT max(id) FROM entities "
    "WHERE generation = (SELECT live_generation FROM entity_state WHERE id = 1)"
)


_LIVE_GENERATION = "(SELECT live_generation FROM entity_state WHERE id = %(state)s)"


def _newest_filed(generation: str) -> str:
    """psycopg SQL: the entities filed under the keys %(keys)s (`text_array`), at most
    %(per_key)s of them a key, the newest (as the in-memory index compares them, so nothing it
    would consider is left out). A common name is filed under more entities every day; read
    whole, it would make each lookup slower than the last. The columns are those of
    `_filed_entity`."""
    return (
        f"SELECT {_FILED_COLUMNS} FROM entities WHERE generation = {generation} AND id = ANY(ARRAY("
        "SELECT newest.entity_id FROM unnest(CAST(%(keys)s AS VARCHAR[])) AS wanted(key) "
        "CROSS JOIN LATERAL (SELECT entity_id FROM entity_keys "
        f"WHERE generation = {generation} AND key = wanted.key "
        "ORDER BY entity_id DESC LIMIT %(per_key)s) AS newest))"
    )


# An entity's identifiers and keys as the JSON text they are stored as: read by
# `json_exact.loads` at once, without psycopg's loader around it for each value.
_FILED_COLUMNS = ("id, kind, label, country, CAST(identifiers AS TEXT) AS identifiers, "
                  "CAST(keys AS TEXT) AS keys")  # fmt: skip


# The same on SQLite, for ids only: a key at a time from a JSON list, each through the index
# on (generation, key, entity_id) from its newest end.
_NEWEST_FILED_SQLITE = text(
    "SELECT filed.entity_id FROM json_each(:keys) AS wanted JOIN entity_keys AS filed "
    "ON filed.rowid IN (SELECT newest.rowid FROM entity_keys AS newest "
    "WHERE newest.generation = :generation AND newest.key = wanted.value "
    "ORDER BY newest.entity_id DESC LIMIT :per_key)"
)
_LIVE_LOOKUP = _newest_filed(_LIVE_GENERATION)
_NEWEST_FILED = _newest_filed("%(generation)s")


def _live_keys(keys: Sequence[str]) -> dict[str, Any]:
    """The parameters of _LIVE_LOOKUP."""
    return {"state": 1, "keys": text_array(keys), "per_key": MAX_NAME_CANDIDATES}


_LIVE = "SELECT live_generation FROM entity_state WHERE id = %(state)s"


@lru_cache(maxsize=2)
def _live_mentions(dialect: Dialect) -> str:
    """The mentions of records of one kind (a list of ids) in the live generation, as
    psycopg SQL."""
    live = (
        select(entity_state.c.live_generation)
        .where(entity_state.c.id == bindparam("state"))
        .scalar_subquery()
    )
    query = select(entity_mentions).where(
        entity_mentions.c.generation == live,
        entity_mentions.c.record_kind == bindparam("kind"),
        entity_mentions.c.record_id == any_(bindparam("ids", type_=ARRAY(String))),
    )
    return str(query.compile(dialect=dialect))


def _without_hubs(
    found: dict[int, list[tuple[str, str]]], limit: int
) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
    """The records of each entity named on at most `limit` of them, and the hubs: those named
    on more."""
    hubs = {e for e, records in found.items() if len(records) > limit}
    return {e: records for e, records in found.items() if e not in hubs}, hubs


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# The kinds by their stored value: a lookup reads a thousand entities or so a batch, and the
# enumeration's own call costs several times a dictionary's.
_KINDS = {kind.value: kind for kind in WatchlistKind}


def _filed_entity(row: tuple[Any, ...]) -> Entity:
    """An entity from a row of `_newest_filed`'s columns (a plain tuple)."""
    entity_id, kind, label, country, identifiers, keys = row
    return Entity(entity_id, _KINDS[kind], label, country, _identifiers_read(identifiers),
                  _keys_read(keys))  # fmt: skip


# A batch's network reasons and its indexing read mostly the same entities, and the regular
# parties' again in the next batch: each stored text is decoded once (some 2 µs for the
# two), and the entities share the tuples it gives (which `Entity.absorb` replaces, never
# changes). Up to 50,000 texts each, some 0.3 kB an entry.
@lru_cache(maxsize=50_000)
def _identifiers_read(text: str) -> tuple[tuple[str, str], ...]:
    return tuple([(f, v) for f, v in json_exact.loads(text)])


@lru_cache(maxsize=50_000)
def _keys_read(text: str) -> tuple[str, ...]:
    return tuple(json_exact.loads(text))


def _entity(row: Any) -> Entity:
    return Entity(
        id=row.id,
        kind=_KINDS[row.kind],
        label=row.label,
        country=row.country,
        identifiers=tuple((f, v) for f, v in row.identifiers),
        keys=tuple(row.keys),
    )


_KEY_COLUMNS = ("generation", "key", "entity_id")
_ENTITY_COLUMNS = ("generation", "id", "kind", "label", "country", "identifiers", "keys")
_MENTION_COLUMNS = ("generation", "entity_id", "record_kind", "record_id", "role", "kind",
                    "name", "country", "identifiers", "on_date", "checkpoint", "link_kind",
                    "link_reason", "link_values")  # fmt: skip


def _entity_values(generation: int, entity: Entity) -> tuple[Any, ...]:
    # Tuples, not lists, inside: bulk inserts take hashable values (JSON writes them as lists).
    # An entity's identifiers and keys, and a mention's, are tuples of tuples already.
    return (
        generation,
        entity.id,
        entity.kind.value,
        entity.label[:300],
        entity.country,
        entity.identifiers,
        entity.keys,
    )


def _mention_values(generation: int, placed: Placed) -> tuple[Any, ...]:
    m = placed.mention
    return (
        generation,
        placed.entity_id,
        m.record_kind,
        m.record_id,
        m.role[:60],
        m.kind.value,
        m.name[:300],
        m.country,
        m.identifiers,
        m.on,
        m.checkpoint,
        placed.link.kind if placed.link else None,
        placed.link.reason[:400] if placed.link else None,
        placed.link.values if placed.link else None,
    )


def _placed(row: Any) -> Placed:
    mention = Mention(
        record_kind=row.record_kind,
        record_id=row.record_id,
        role=row.role,
        kind=_KINDS[row.kind],
        name=row.name,
        country=row.country,
        identifiers=tuple((f, v) for f, v in row.identifiers),
        on=row.on_date,
        checkpoint=row.checkpoint,
    )
    values = tuple((k, v) for k, v in row.link_values or ())
    link = Link(row.link_kind, row.link_reason, values) if row.link_kind else None
    return Placed(mention, row.entity_id, link)


def _of_records(
    connection: Connection, generation: int, records: Iterable[tuple[str, str]]
) -> Iterator[list[Any]]:
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
                among(connection, entity_mentions.c.record_id, chunk),
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


# `_bounded_records` for a list of entities (:ids) with each mention's id, joined to every
# mention of its record unless its entity is a hub (more than :hub rows): the records' entities
# in the same statement (PostgreSQL). One LATERAL part per entity id of the array keeps each
# entity's rows bounded, and the statement's text the same whatever the number of entities, so
# that it is planned quickly (a UNION of a hundred parts takes about 10 ms to plan).
_BOUNDED_LINKED = text(
    "WITH r AS (SELECT p.id, e.id AS entity_id, p.record_kind, p.record_id "
    "FROM unnest(CAST(:ids AS INTEGER[])) AS e(id) CROSS JOIN LATERAL "
    "(SELECT id, record_kind, record_id FROM entity_mentions "
    "WHERE generation = :g AND entity_id = e.id LIMIT :limit) AS p), "
    "hubs AS (SELECT entity_id FROM r GROUP BY entity_id HAVING count(*) > :hub), "
    "kept AS (SELECT * FROM r WHERE entity_id NOT IN (SELECT entity_id FROM hubs)) "
    # Three kinds of rows: a record reached through an entity that is not a hub; a hub, once,
    # whatever it names; and each record reached, once, with its mentions' entities and roles
    # as two arrays. Sent a mention a row, a record reached from several entities came back
    # once for each, and parsing those rows was most of a group's network reasons.
    "SELECT id AS mention_id, entity_id, record_kind, record_id, "
    "CAST(NULL AS INTEGER[]) AS linked_ids, CAST(NULL AS TEXT[]) AS linked_roles FROM kept "
    "UNION ALL SELECT NULL, entity_id, NULL, NULL, NULL, NULL FROM hubs "
    "UNION ALL SELECT NULL, NULL, k.record_kind, k.record_id, l.ids, l.roles "
    "FROM (SELECT DISTINCT record_kind, record_id FROM kept) AS k CROSS JOIN LATERAL "
    # By the (generation, kind, id) index: an aggregate a record keeps the planner from
    # hashing the whole generation's mentions, which grows with the index.
    "(SELECT array_agg(entity_id) AS ids, CAST(array_agg(role) AS TEXT[]) AS roles "
    "FROM entity_mentions WHERE generation = :g AND record_kind = k.record_kind "
    "AND record_id = k.record_id) AS l"
)


@lru_cache(maxsize=128)
def _bounded_counts(count: int) -> TextClause:
    """How many rows `count` entities have, counting at most :limit each."""
    return text(" UNION ALL ".join(
        f"SELECT CAST(:e{n} AS INTEGER) AS entity_id, (SELECT count(*) FROM "
        f"(SELECT 1 FROM entity_mentions WHERE generation = :g AND entity_id = :e{n} "
        f"LIMIT :limit) AS c{n}) AS n"
        for n in range(count)
    ))  # fmt: skip


@lru_cache(maxsize=4)
def _flags_query(dialect: str) -> Select[Any]:
    """The mentions of some entities (:ids) whose records may raise a network flag: built
    once, since every group of lodgements runs it."""
    m = entity_mentions
    seized = select(seizures.c.id).where(
        seizures.c.declaration_id == m.c.record_id, seizures.c.duplicate_of.is_(None)
    )
    critical = select(inspections.c.id).where(
        inspections.c.declaration_id == m.c.record_id, inspections.c.critical.is_(True)
    )
    return select(m.c.entity_id, m.c.record_kind, m.c.record_id).where(
        m.c.generation == bindparam("g"),
        among_param(dialect, m.c.entity_id, "ids"),
        or_(m.c.record_kind != RecordKind.DECLARATION, seized.exists(), critical.exists()),
    )


@lru_cache(maxsize=4)
def _facts_query(dialect: str) -> CompoundSelect[Any]:
    """Which of some seizures (:seizure_ids) are recorded, and which of some declarations
    (:declared) have a seizure or a critical finding: built once, as `_flags_query`."""
    own = seizures.c.duplicate_of.is_(None)
    return union_all(
        select(literal("s").label("kind"), cast(seizures.c.id, String).label("ref"))
        .where(among_param(dialect, seizures.c.id, "seizure_ids"), own),
        select(literal("d").label("kind"), seizures.c.declaration_id.label("ref"))
        .where(among_param(dialect, seizures.c.declaration_id, "declared"), own),
        select(literal("d").label("kind"), inspections.c.declaration_id.label("ref"))
        .where(among_param(dialect, inspections.c.declaration_id, "declared"),
               inspections.c.critical.is_(True)),
    )  # fmt: skip


class SqlEntities:
    """The entity index's rows, always read and written in one generation."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._dialect = connection.dialect.name

    def live_generation(self) -> int:
        """The generation queries read and updates write."""
        value = self.connection.execute(
            select(entity_state.c.live_generation).where(entity_state.c.id == 1)
        ).scalar()
        return int(value) if value is not None else 1

    def lookup(self, generation: int, keys: Iterable[str]) -> list[Entity]:
        """The entities filed under any of the keys: at most MAX_NAME_CANDIDATES a key, the
        newest, which are all the entity index compares a mention with."""
        wanted = sorted(set(keys))
        if not wanted:
            return []
        if self.connection.dialect.name == "postgresql":
            return self._lookup_at_once(generation, wanted)
        # Ids first, then the entities by id: on a young table with no statistics yet, a join
        # may walk every entity for each key.
        ids = self.connection.execute(
            _NEWEST_FILED_SQLITE,
            {"keys": json.dumps(wanted), "generation": generation,
             "per_key": MAX_NAME_CANDIDATES},
        ).scalars()  # fmt: skip
        return self.get_many(generation, sorted(set(ids)))

    def _lookup_at_once(self, generation: int, wanted: Sequence[str]) -> list[Entity]:
        # One round trip: the ids filed under the keys are gathered into an array first (an
        # init plan, computed once), then the entities are read by their primary key,
        # whatever statistics the planner has (a join may walk every entity for each key).
        found: dict[int, Entity] = {}
        for chunk in _chunks(wanted):
            rows = self.connection.exec_driver_sql(
                _NEWEST_FILED,
                {"generation": generation, "keys": text_array(chunk),
                 "per_key": MAX_NAME_CANDIDATES},
            ).fetchall()  # fmt: skip
            for row in rows:
                entity = _filed_entity(tuple(row))
                found[entity.id] = entity
        return [found[key] for key in sorted(found)]

    def get_many(self, generation: int, ids: Sequence[int]) -> list[Entity]:
        """Entities by id."""
        out: list[Entity] = []
        for chunk in _chunks(ids):
            rows = self.connection.execute(
                select(entities).where(
                    entities.c.generation == generation,
                    among(self.connection, entities.c.id, chunk),
                )
            )
            out.extend(_entity(row) for row in rows)
        return out

    def next_id(self, generation: int) -> int:
        """The first unused entity id (held for this transaction, see `hold`)."""
        if self.connection.dialect.name == "postgresql":
            return self.hold()[1]
        value = self.connection.execute(
            select(func.max(entities.c.id)).where(entities.c.generation == generation)
        ).scalar()
        return int(value or 0) + 1

    def hold(self) -> tuple[int, int]:
        """Take the index's writer lock for the transaction (concurrent writers wait here for
        each other instead of taking the same ids or making the same entity twice); return
        the live generation and its first unused entity id."""
        if self.connection.dialect.name != "postgresql":
            generation = self.live_generation()
            return generation, self.next_id(generation)
        # The state row is the lock: an upsert waits for it and reads its newest version (a
        # generation swapped in meanwhile is seen). The id count after it goes in the same
        # round trip but is a statement of its own, so it sees what the last writer committed.
        with pipeline(self.connection) as cursor:
            held, top = cursor.connection.cursor(), cursor.connection.cursor()
            held.execute(_HOLD, {"now": clock.now()})
            top.execute(_TOP_ID)
        with held, top:
            generation = int(held.fetchone()[0])
            highest = top.fetchone()[0]
        return generation, int(highest or 0) + 1

    def hold_and_lookup(self, keys: Iterable[str]) -> tuple[int, int, list[Entity]]:
        """`hold`, then `lookup` of the keys in the live generation: on PostgreSQL in one
        round trip (each lookup a statement of its own, run once the lock is granted)."""
        if self.connection.dialect.name != "postgresql":
            generation, first_id = self.hold()
            return generation, first_id, self.lookup(generation, keys)
        generation, first_id, found, _ = self._held_lookup(keys, None)
        return generation, first_id, found

    def hold_claim_and_lookup(
        self, keys: Iterable[str], ids: Sequence[str], *, others: int, queued_before: datetime
    ) -> tuple[int, int, list[Entity], list[str]]:
        """`hold_and_lookup`, and once the lock is held the claim of these lodged
        declarations waiting for the index and up to `others` queued before `queued_before`
        (`SqlUnindexed.claim`): on PostgreSQL all in one round trip, with the BEGIN."""
        waiting = SqlUnindexed(self.connection)
        if self.connection.dialect.name != "postgresql":
            generation, first_id = self.hold()
            claimed = waiting.claim(ids, others=others, queued_before=queued_before)
            return generation, first_id, self.lookup(generation, keys), claimed

        def claim(cursor: Any) -> Callable[[], list[str]]:
            return waiting.claim_queued(cursor, ids, others=others, queued_before=queued_before)

        return self._held_lookup(keys, claim)

    def _held_lookup(
        self, keys: Iterable[str], claim: Callable[[Any], Callable[[], list[str]]] | None
    ) -> tuple[int, int, list[Entity], list[str]]:
        # The lock, the id count, the claim and the lookups go in one pipeline: the server
        # runs them in order, each a statement of its own that sees what was committed by
        # the time the lock was granted.
        with pipeline(self.connection) as cursor:
            held, top = cursor.connection.cursor(), cursor.connection.cursor()
            held.execute(_HOLD, {"now": clock.now()})
            top.execute(_TOP_ID)
            taken = claim(cursor) if claim is not None else list
            lookups = []
            for chunk in _chunks(sorted(set(keys))):
                lookup = cursor.connection.cursor()
                lookup.execute(_LIVE_LOOKUP, _live_keys(chunk))
                lookups.append(lookup)
        found: dict[int, Entity] = {}
        with held, top:
            generation = int(held.fetchone()[0])
            highest = top.fetchone()[0]
        for lookup in lookups:
            with lookup:
                found.update((row[0], _filed_entity(row)) for row in lookup.fetchall())
        return generation, int(highest or 0) + 1, [found[k] for k in sorted(found)], taken()

    def write(
        self,
        generation: int,
        *,
        created: Sequence[Entity],
        changed: Sequence[Entity],
        new_keys: Sequence[tuple[str, int]],
        placed: Sequence[Placed],
    ) -> None:
        """Store new entities, changed ones, their new keys and the resolved mentions, a
        statement (or a COPY) for each kind of row, whatever their number."""
        if changed:
            self.connection.execute(
                update(entities)
                .where(
                    entities.c.generation == generation,
                    entities.c.id == bindparam("entity_id"),
                )
                .values(
                    identifiers=bindparam("new_identifiers"),
                    keys=bindparam("new_keys"),
                    country=bindparam("new_country"),
                ),
                [
                    {
                        "entity_id": entity.id,
                        "new_identifiers": [list(pair) for pair in entity.identifiers],
                        "new_keys": list(entity.keys),
                        "new_country": entity.country,
                    }
                    for entity in changed
                ],
            )
        batches = (
            (entities, _ENTITY_COLUMNS, [_entity_values(generation, e) for e in created]),
            (entity_keys, _KEY_COLUMNS, [(generation, k[:300], i) for k, i in new_keys]),
            (entity_mentions, _MENTION_COLUMNS, [_mention_values(generation, p) for p in placed]),
        )
        write_rows(self.connection, batches)

    def starts(
        self, records: Iterable[tuple[str, str]], keys: Iterable[str]
    ) -> tuple[int, list[Placed], list[Entity]]:
        """The live generation, the mentions of these records and the entities filed under
        these keys in it: on PostgreSQL in one round trip (each read finds the generation
        from the state row itself, so that none waits for another's answer)."""
        records, wanted = list(records), sorted(set(keys))
        if self.connection.dialect.name != "postgresql":
            generation = self.live_generation()
            found = self.lookup(generation, wanted) if wanted else []
            return generation, self.for_records(generation, records), found
        dialect = self.connection.dialect
        by_kind: dict[str, set[str]] = {}
        for kind, rid in records:
            by_kind.setdefault(kind, set()).add(rid)
        with pipeline(self.connection) as cursor:
            raw = cursor.connection
            state = raw.cursor()
            state.execute(_LIVE, {"state": 1})
            mentions, lookups = [], []
            for kind, ids in sorted(by_kind.items()):
                for chunk in _chunks(sorted(ids)):
                    read = raw.cursor(row_factory=namedtuple_row)
                    read.execute(_live_mentions(dialect),
                                 {"state": 1, "kind": kind, "ids": text_array(chunk)})  # fmt: skip
                    mentions.append(read)
            for chunk in _chunks(wanted):
                read = raw.cursor()
                read.execute(_LIVE_LOOKUP, _live_keys(chunk))
                lookups.append(read)
        with state:
            row = state.fetchone()
        generation = int(row[0]) if row and row[0] is not None else 1
        rows: list[Any] = []
        for read in mentions:
            with read:
                rows.extend(read.fetchall())
        entities_found: dict[int, Entity] = {}
        for read in lookups:
            with read:
                entities_found.update((row[0], _filed_entity(row)) for row in read.fetchall())
        placed = [_placed(row) for row in sorted(rows, key=lambda row: row.id)]
        return generation, placed, [entities_found[key] for key in sorted(entities_found)]

    def for_records(self, generation: int, records: Iterable[tuple[str, str]]) -> list[Placed]:
        """The mentions of these records."""
        rows: list[Any] = []
        for of_records in _of_records(self.connection, generation, records):
            rows.extend(
                self.connection.execute(select(entity_mentions).where(*of_records)).fetchall()
            )
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
                    among(self.connection, entity_mentions.c.entity_id, chunk),
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
        return _without_hubs(found, limit)

    def reach_linked(
        self, generation: int, ids: Iterable[int], limit: int, seen: set[tuple[str, str]]
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int], list[tuple[tuple[str, str], int, str]]]:
        """`reach`, and `entities_of` the records reached (hubs' aside) that are not in
        `seen`: on PostgreSQL in one statement, the second read joined to the first."""
        if self.connection.dialect.name != "postgresql":
            plain, plain_hubs = self.reach(generation, ids, limit)
            fresh = {r for records in plain.values() for r in records} - seen
            return plain, plain_hubs, self.entities_of(generation, fresh)
        mentions: list[tuple[int, int, tuple[str, str]]] = []
        hubs: set[int] = set()
        links: dict[tuple[str, str], list[tuple[int, str]]] = {}
        wanted = sorted(set(ids))
        for chunk in _chunks(wanted):
            values = {"ids": int_array(chunk), "g": generation,
                      "limit": limit + 1, "hub": limit}  # fmt: skip
            # All rows at once: psycopg makes them in one call, where iterating the result
            # asks the driver for each row in turn.
            rows = self.connection.execute(_BOUNDED_LINKED, values).fetchall()
            for mention_id, entity_id, kind, record_id, linked_ids, roles in rows:
                if mention_id is not None:
                    mentions.append((mention_id, entity_id, (kind, record_id)))
                elif kind is None:
                    hubs.add(entity_id)
                else:
                    links[(kind, record_id)] = list(zip(linked_ids, roles, strict=True))
        mentions.sort()
        reached: dict[int, list[tuple[str, str]]] = {}
        for _, entity_id, record in mentions:
            reached.setdefault(entity_id, []).append(record)
        out: list[tuple[tuple[str, str], int, str]] = []
        done: set[tuple[str, str]] = set(seen)
        for _, _, record in mentions:
            if record in done:
                continue
            done.add(record)
            out.extend((record, entity_id, role) for entity_id, role in links[record])
        return reached, hubs, out

    def reach_flags(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
        """As `reach`, but only the records that may raise a network flag: seizures, watchlist
        entries, and declarations with a seizure or a critical finding. The flags are found
        first, through the indexes on the seizures' and inspections' declaration; only the
        few entities that reach one are then counted (at most `limit` + 1 rows each) to tell
        the hubs, whose flags are dropped. An entity that reaches no flag ends no path, so
        whether it is a hub does not matter, and the common case reads no counts at all."""
        found: dict[int, list[tuple[str, str]]] = {}
        query = _flags_query(self._dialect)
        for chunk in _chunks(sorted(set(ids))):
            rows = self.connection.execute(query, {"g": generation, "ids": list(chunk)})
            for row in rows.fetchall():
                found.setdefault(row.entity_id, []).append((row.record_kind, row.record_id))
        hubs: set[int] = set()
        for chunk in _chunks(sorted(found), 100):
            values: dict[str, Any] = {f"e{n}": entity_id for n, entity_id in enumerate(chunk)}
            values.update(g=generation, limit=limit + 1)
            rows = self.connection.execute(_bounded_counts(len(chunk)), values)
            hubs.update(row.entity_id for row in rows if row.n > limit)
        return {e: records for e, records in found.items() if e not in hubs}, hubs

    def with_facts(
        self, seizure_ids: Iterable[int], declaration_ids: Iterable[str]
    ) -> tuple[set[int], set[str]]:
        """Which of these seizures are recorded (not as duplicates), and which of these
        declarations have such a seizure or a critical finding: one statement a chunk, so
        that a batch whose records have neither costs one round trip."""
        seizure_ids, declaration_ids = sorted(set(seizure_ids)), sorted(set(declaration_ids))
        found_seizures: set[int] = set()
        found_declarations: set[str] = set()
        for start in range(0, max(len(seizure_ids), len(declaration_ids)), CHUNK):
            ids = seizure_ids[start : start + CHUNK]
            declared = declaration_ids[start : start + CHUNK]
            values = {"seizure_ids": ids, "declared": declared}
            rows = self.connection.execute(_facts_query(self._dialect), values).fetchall()
            for kind, ref in rows:
                if kind == "s":
                    found_seizures.add(int(ref))
                else:
                    found_declarations.add(ref)
        return found_seizures, found_declarations

    def entities_of(
        self, generation: int, records: Iterable[tuple[str, str]]
    ) -> list[tuple[tuple[str, str], int, str]]:
        """(record, entity id, role) for every mention of these records: no names read."""
        out: list[tuple[tuple[str, str], int, str]] = []
        columns = (entity_mentions.c.record_kind, entity_mentions.c.record_id,
                   entity_mentions.c.entity_id, entity_mentions.c.role)  # fmt: skip
        for of_records in _of_records(self.connection, generation, records):
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
