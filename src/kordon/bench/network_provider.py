"""The network reason provider on the lodgement path: a stored index of generated entities with
own seizures among their declarations, and new declarations (already indexed, as intake leaves
them) assessed one at a time, timed against a plain identifier lookup in the same database."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from kordon.bench.network import generate_mentions, new_declarations, percentiles
from kordon.domain import Declaration, Direction, Seizure, SeizureItem, SeizureSource
from kordon.domain.quantity import QuantityUnit
from kordon.risk.network.graph import Placed
from kordon.risk.network.index import EntityIndex, identifier_key, mention_keys
from kordon.risk.network.mentions import Mention
from kordon.risk.network.provider import NetworkConfig
from kordon.services.network_risk import StoredNetworkProvider
from kordon.storage.store import SqlStore, open_store
from kordon.storage.tables import entity_keys

PAGE = 5000
BATCH = 100
TODAY = datetime(2026, 6, 1, 9, 0)
WARM_UP = 20


@dataclass(frozen=True, slots=True)
class ProviderResult:
    """What the provider costs per declaration, and the plain lookup beside it."""

    entities: int
    seizures: int
    declarations: int
    flagged: int
    p50_ms: float
    p99_ms: float
    cpu_p50_ms: float
    cpu_p99_ms: float
    baseline_p50_ms: float
    baseline_p99_ms: float
    # The same declarations assessed BATCH at a time, as a lodgement or a day's import does.
    batch_cpu_ms_each: float = 0.0
    batch_wall_ms_each: float = 0.0


def _write(store: SqlStore, index: EntityIndex, placed: list[Placed]) -> None:
    """Write what the index made since the last write (one generation, as intake does)."""
    with store.transaction() as uow:
        uow.entities.write(
            1,
            created=[index.entities[i] for i in sorted(index.created)],
            changed=[index.entities[i] for i in sorted(index.changed - index.created)],
            new_keys=index.new_keys,
            placed=placed,
        )
    index.created.clear()
    index.changed.clear()
    index.new_keys.clear()


def build_stored_index(
    store: SqlStore, mentions: int, progress: Callable[[int], None] | None = None
) -> tuple[int, int]:
    """Index `mentions` generated mentions (declarations of eight) and put heroin on one
    declaration in 500; return (entities, seizures)."""
    index = EntityIndex()
    page: list[Placed] = []
    for n, mention in enumerate(generate_mentions(mentions), 1):
        page.append(Placed(mention, *index.add(mention)))
        if n % PAGE == 0:
            _write(store, index, page)
            page = []
            if progress is not None:
                progress(PAGE)
    _write(store, index, page)
    rng = random.Random(5)
    records = mentions // 8
    seized = sorted(rng.sample(range(records), max(1, records // 500)))
    with store.transaction() as uow:
        for k in seized:
            day = TODAY.date() - timedelta(days=rng.randrange(1, 60))
            uow.seizures.add(Seizure(
                SeizureSource.INSPECTION, (SeizureItem("heroin", 100.0, QuantityUnit.KG),),
                occurred_on=day, place="Astara", checkpoint="AZ-AST",
                declaration_id=f"B-{k:07d}", recorded_at=TODAY,
            ))  # fmt: skip
    return len(index), len(seized)


def _new_declarations(store: SqlStore, count: int) -> tuple[list[Declaration], list[list[Mention]]]:
    """New declarations, half of whose parties the index knows, indexed as intake would."""
    batch = new_declarations(count)
    with store.transaction() as uow:
        index = EntityIndex(first_id=uow.entities.next_id(1))
        keys = {k for found in batch for m in found for k in mention_keys(m)}
        index.seed(uow.entities.lookup(1, keys))
    out: list[Declaration] = []
    placed: list[Placed] = []
    named: list[list[Mention]] = []
    for n, found in enumerate(batch):
        declaration_id = f"T-{n:06d}"
        lodged = TODAY + timedelta(minutes=n)
        mentions = [dataclasses.replace(m, record_id=declaration_id, on=lodged.date())
                    for m in found]  # fmt: skip
        placed.extend(Placed(m, *index.add(m)) for m in mentions)
        out.append(Declaration(declaration_id, lodged, "AZ-SAM", Direction.TRANSIT, "T1", ()))
        named.append(mentions)
    _write(store, index, placed)
    return out, named


def _plain_lookup(store: SqlStore, mentions: list[Mention]) -> None:
    """The baseline: the declaration's identifiers looked up in the key table, one query."""
    keys = [identifier_key(f, v) for m in mentions for f, v in m.identifiers]
    with store.transaction() as uow:
        uow.connection.execute(
            select(entity_keys.c.entity_id).where(
                entity_keys.c.generation == 1, entity_keys.c.key.in_(keys)
            )
        ).all()


def measure_provider(
    url: str,
    mentions: int,
    declarations: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> ProviderResult:
    """Build a stored index at `url` (an empty database), then time the network provider on
    new declarations one at a time, and a plain identifier lookup after each."""
    store = open_store(url)
    try:
        entities, seizures = build_stored_index(store, mentions, progress)
        batch, named = _new_declarations(store, declarations + WARM_UP)
        provider = StoredNetworkProvider(store, NetworkConfig(), 1)
        for declaration in batch[:WARM_UP]:
            provider.reasons(declaration)
        timed, cpu, baseline, flagged = [], [], [], 0
        for declaration, mentioned in zip(batch[WARM_UP:], named[WARM_UP:], strict=True):
            c0, t0 = time.process_time(), time.perf_counter()
            found = provider.reasons_many([declaration])[0]
            t1 = time.perf_counter()
            cpu.append((time.process_time() - c0) * 1000)
            _plain_lookup(store, mentioned)
            t2 = time.perf_counter()
            timed.append((t1 - t0) * 1000)
            baseline.append((t2 - t1) * 1000)
            flagged += bool(found)
        timed_batch = batch[WARM_UP:]
        c0, t0 = time.process_time(), time.perf_counter()
        for start in range(0, len(timed_batch), BATCH):
            provider.reasons_many(timed_batch[start : start + BATCH])
        batch_cpu = (time.process_time() - c0) * 1000 / len(timed_batch)
        batch_wall = (time.perf_counter() - t0) * 1000 / len(timed_batch)
    finally:
        store.close()
    p50, p99 = percentiles(timed)
    c50, c99 = percentiles(cpu)
    b50, b99 = percentiles(baseline)
    return ProviderResult(entities, seizures, declarations, flagged, p50, p99, c50, c99, b50, b99,
                          batch_cpu, batch_wall)  # fmt: skip
