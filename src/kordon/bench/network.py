"""Entity linking at scale: building an index from generated mentions and linking new
declarations against it, timed against a plain identifier lookup measured in the same run."""

from __future__ import annotations

import gc
import random
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.index import EntityIndex, identifier_key
from kordon.risk.network.keys import identifier_pairs, plate_key
from kordon.risk.network.mentions import Mention
from kordon.risk.screening.generate import (
    SCRIPTS,
    company_words,
    company_written,
    person_name,
    plate,
)

WARM_UP = 20
ROLES = ("consignor", "consignee", "carrier", "driver", "tractor", "trailer")


@dataclass(frozen=True, slots=True)
class _Identity:
    kind: WatchlistKind
    spellings: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]


def _identity(rng: random.Random, n: int) -> _Identity:
    roll = rng.random()
    scripts = rng.sample(SCRIPTS, 2)
    if roll < 0.5:
        name = person_name(rng)
        ids = identifier_pairs(WatchlistKind.PERSON, {"passport": f"P{n:08d}"})
        kept = ids if rng.random() < 0.8 else ()
        return _Identity(WatchlistKind.PERSON, tuple(name.written(s) for s in scripts), kept)
    if roll < 0.8:
        words = company_words(rng)
        spellings = tuple(company_written(words, s, rng) for s in scripts)
        ids = identifier_pairs(WatchlistKind.COMPANY, {"tax_id": f"{n:010d}"})
        return _Identity(WatchlistKind.COMPANY, spellings, ids if rng.random() < 0.8 else ())
    written, variant = plate(rng)
    return _Identity(WatchlistKind.VEHICLE, (written, variant), (("plate", plate_key(written)),))


def _mention(rng: random.Random, who: _Identity, record: str) -> Mention:
    name = rng.choice(who.spellings)
    ids = who.identifiers
    if who.kind is WatchlistKind.VEHICLE:
        ids = (("plate", plate_key(name)),)
    role = rng.choice(ROLES[3:]) if who.kind is not WatchlistKind.COMPANY else rng.choice(ROLES[:3])
    return Mention("declaration", record, role, who.kind, name, None, ids)


def generate_mentions(count: int, repeat: float = 0.2, seed: int = 7) -> Iterator[Mention]:
    """`count` mentions; a share `repeat` of them names someone named before."""
    rng = random.Random(seed)
    known: list[_Identity] = []
    for n in range(count):
        if known and rng.random() < repeat:
            who = rng.choice(known)
        else:
            who = _identity(rng, n)
            if len(known) < 200_000:
                known.append(who)
            else:
                known[rng.randrange(len(known))] = who
        yield _mention(rng, who, f"B-{n // 8:07d}")


@dataclass(frozen=True, slots=True)
class SpeedResult:
    """What building and linking cost."""

    mentions: int
    entities: int
    build_seconds: float
    peak_rss_mb: float
    declarations: int
    p50_ms: float
    p99_ms: float
    baseline_p50_ms: float
    baseline_p99_ms: float
    # Processor time of the same linking: wall time on a shared machine also counts the time
    # other processes held the processor.
    cpu_p50_ms: float
    cpu_p99_ms: float


def new_declarations(count: int, seed: int = 11) -> list[list[Mention]]:
    """New declarations of eight mentions, half naming parties the index knows."""
    replay = list(generate_mentions(count * 4, repeat=0.2))
    rng = random.Random(seed)
    out = []
    for n in range(count):
        fresh = list(generate_mentions(4, seed=seed * 1000 + n))
        out.append(rng.sample(replay, 4) + fresh)
    return out


def percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return statistics.median(samples), p99


def measure_speed(
    mentions: int,
    declarations: int = 2000,
    progress: Callable[[int], None] | None = None,
    repeat: float = 0.0,
) -> SpeedResult:
    """Build an index from generated mentions (a share `repeat` naming someone named before),
    then time linking new declarations against it."""
    index = EntityIndex()
    started = time.perf_counter()
    for n, mention in enumerate(generate_mentions(mentions, repeat), 1):
        index.add(mention)
        if progress is not None and n % 10_000 == 0:
            progress(10_000)
    build = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # As the engine cache does with a built engine: a long-lived index is moved out of the
    # cyclic collector's reach, whose full passes over millions of objects would stall linking.
    gc.collect()
    gc.freeze()
    batch = new_declarations(declarations + WARM_UP)
    # The first few pay for tables built on first use (legal forms, transliteration); the
    # names of every declaration after them are as new to the caches as they come.
    for declaration in batch[:WARM_UP]:
        for mention in declaration:
            index.resolve(mention)
    batch = batch[WARM_UP:]
    plain: dict[str, int] = {}
    for entity in index.entities.values():
        for family, value in entity.identifiers:
            plain.setdefault(identifier_key(family, value), entity.id)
    timed, baseline, cpu = [], [], []
    for declaration in batch:
        c0 = time.process_time()
        t0 = time.perf_counter()
        for mention in declaration:
            index.resolve(mention)
        t1 = time.perf_counter()
        cpu.append((time.process_time() - c0) * 1000)
        for mention in declaration:
            for family, value in mention.identifiers:
                plain.get(identifier_key(family, value))
        t2 = time.perf_counter()
        timed.append((t1 - t0) * 1000)
        baseline.append((t2 - t1) * 1000)
    p50, p99 = percentiles(timed)
    b50, b99 = percentiles(baseline)
    c50, c99 = percentiles(cpu)
    return SpeedResult(mentions, len(index), build, rss, declarations, p50, p99, b50, b99, c50, c99)
