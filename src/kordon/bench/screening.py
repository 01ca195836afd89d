"""`kordon bench screening`: speed on large generated lists and quality on labelled pairs."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import psutil

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.generate import generate_queries, generate_watchlist
from kordon.risk.screening.index import ScreeningIndex
from kordon.risk.screening.quality import (
    NOMENKLATURA_THRESHOLD,
    ClassQuality,
    Quality,
    best_threshold,
    by_class,
    candidate_index,
    kordon_scores,
    nomenklatura_scorer,
    quality,
    read_pairs,
    screened_scores,
)
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD

T = TypeVar("T")
# The class of a match whose names share no name at all (nom de guerre, nickname, former name,
# acronym): reported beside the recall over all matches.
OTHER_NAME = "other name"
Progress = Callable[[Iterable[T], str, int], Iterable[T]]


@dataclass(frozen=True, slots=True)
class SpeedResult:
    """Build cost and per-name latency of screening against one generated list."""

    entries: int
    names: int
    build_seconds: float
    memory_mb: float
    queries: int
    p50_ms: float
    p99_ms: float
    # Processor time per name: what the machine's other work does not inflate.
    cpu_p50_ms: float
    cpu_p99_ms: float
    load: float
    mean_ms: float
    throughput: float
    hit_share: float


def _percentile(sorted_values: Sequence[float], share: float) -> float:
    """The value below which `share` of the sorted values lie (nearest rank)."""
    rank = max(0, min(len(sorted_values) - 1, round(share * len(sorted_values)) - 1))
    return sorted_values[rank]


def measure_speed(
    size: int, query_count: int, progress: Progress[WatchlistEntry], seed: int = 7
) -> SpeedResult:
    """Generate a list of `size` entries, index it, and time `query_count` screenings."""
    gc.collect()
    before = psutil.Process().memory_info().rss
    entries = list(progress(generate_watchlist(size, seed), f"generating {size:,}", size))
    started = time.perf_counter()
    index = ScreeningIndex.build(entries)
    build_seconds = time.perf_counter() - started
    gc.collect()
    # A long-lived index should be kept out of the cyclic collector, as a service would do
    # after loading it: otherwise a full collection walks millions of objects mid-query.
    gc.freeze()
    memory_mb = (psutil.Process().memory_info().rss - before) / 2**20
    queries = generate_queries(entries, query_count)
    for name, kind in queries[:50]:  # warm the caches as a running service would have
        index.screen(name, kind=kind)
    timings: list[float] = []
    cpu: list[float] = []
    matched = 0
    for name, kind in queries:
        c0, t0 = time.process_time(), time.perf_counter()
        hits = index.screen(name, kind=kind)
        timings.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        matched += any(h.match for h in hits)
    timings.sort()
    cpu.sort()
    total = sum(timings)
    names = sum(len(e.names) for e in entries)
    del index, entries
    gc.unfreeze()
    gc.collect()
    return SpeedResult(
        entries=size,
        names=names,
        build_seconds=build_seconds,
        memory_mb=memory_mb,
        queries=len(queries),
        p50_ms=_percentile(timings, 0.5) * 1000,
        p99_ms=_percentile(timings, 0.99) * 1000,
        cpu_p50_ms=_percentile(cpu, 0.5) * 1000,
        cpu_p99_ms=_percentile(cpu, 0.99) * 1000,
        load=os.getloadavg()[0],
        mean_ms=total / len(timings) * 1000,
        throughput=len(timings) / total,
        hit_share=matched / len(timings),
    )


@dataclass(frozen=True, slots=True)
class QualityResult:
    """Precision and recall of both matchers on the same labelled pairs."""

    pairs: int
    positives: int
    kordon: Quality
    # The same pairs found through retrieval (screening the query against the whole list).
    kordon_screened: Quality
    kordon_best: Quality
    nomenklatura: Quality | None
    nomenklatura_best: Quality | None
    nomenklatura_error: str | None
    kordon_seconds: float
    nomenklatura_seconds: float | None
    # Per pair variant (alias, typo, shared-part ...): pairs, label, share each matcher got right.
    by_variant: list[tuple[str, int, bool, float, float | None]]
    # Per class, each matcher's precision and recall at its default threshold.
    kordon_classes: list[ClassQuality]
    nomenklatura_classes: list[ClassQuality] | None
    split: str = "all"
    # The same figures without the matches labelled "other name" (a nom de guerre, a former
    # name, an acronym: names sharing no name part, which a name matcher cannot find).
    other_names: int = 0
    kordon_named: Quality | None = None
    kordon_screened_named: Quality | None = None


def measure_quality(
    pairs_path: Path, with_nomenklatura: bool = True, split: str = "all"
) -> QualityResult:
    """Score labelled pairs (all, or one split) with Kordon's matcher and nomenklatura's."""
    pairs = read_pairs(pairs_path)
    if split != "all":
        pairs = [p for p in pairs if p.split == split]
        if not pairs:
            raise ValueError(f"{pairs_path}: no pairs in the {split!r} split")
    t0 = time.perf_counter()
    index = candidate_index(pairs)
    ours = kordon_scores(pairs, index)
    kordon_seconds = time.perf_counter() - t0
    screened_values = screened_scores(pairs)
    screened = quality("kordon, screened", screened_values, pairs, DEFAULT_THRESHOLD)
    named = [n for n, p in enumerate(pairs) if not (p.match and OTHER_NAME in p.classes)]
    named_pairs = [pairs[n] for n in named]
    nk = nk_best = None
    error = None
    nk_seconds = None
    theirs: list[float] = []
    if with_nomenklatura:
        try:
            scorer = nomenklatura_scorer()
        except ImportError as exc:
            error = f"nomenklatura is not installed here ({exc}); install the dev extras"
        else:
            t0 = time.perf_counter()
            theirs = [scorer(p) for p in pairs]
            nk_seconds = time.perf_counter() - t0
            nk = quality("nomenklatura logic-v2", theirs, pairs, NOMENKLATURA_THRESHOLD)
            nk_best = best_threshold("nomenklatura logic-v2", theirs, pairs)
    else:
        error = "skipped"
    by_variant = []
    for variant, label in sorted({(p.variant, p.match) for p in pairs}):
        rows = [n for n, p in enumerate(pairs) if p.variant == variant and p.match == label]
        ok = sum((ours[n] >= DEFAULT_THRESHOLD) == label for n in rows) / len(rows)
        nk_ok = (
            sum((theirs[n] >= NOMENKLATURA_THRESHOLD) == label for n in rows) / len(rows)
            if nk is not None
            else None
        )
        by_variant.append((variant, len(rows), label, ok, nk_ok))
    return QualityResult(
        split=split,
        kordon_classes=by_class(ours, pairs, DEFAULT_THRESHOLD),
        nomenklatura_classes=(
            by_class(theirs, pairs, NOMENKLATURA_THRESHOLD) if nk is not None else None
        ),
        by_variant=by_variant,
        pairs=len(pairs),
        positives=sum(p.match for p in pairs),
        kordon=quality("kordon", ours, pairs, DEFAULT_THRESHOLD),
        kordon_screened=screened,
        kordon_best=best_threshold("kordon", ours, pairs),
        nomenklatura=nk,
        nomenklatura_best=nk_best,
        nomenklatura_error=error,
        kordon_seconds=kordon_seconds,
        nomenklatura_seconds=nk_seconds,
        other_names=len(pairs) - len(named),
        kordon_named=quality("kordon", [ours[n] for n in named], named_pairs, DEFAULT_THRESHOLD),
        kordon_screened_named=quality(
            "kordon, screened", [screened_values[n] for n in named], named_pairs, DEFAULT_THRESHOLD
        ),
    )


@dataclass(frozen=True, slots=True)
class AlertResult:
    """Alerts raised by names of people and companies that are not on the list."""

    list_entries: int
    screened: int
    alerts: int
    # Of the alerts, those on a relative or a sister company of the screened entity.
    on_relatives: int

    @property
    def per_100k(self) -> float:
        """Alerts per 100,000 screened names."""
        return self.alerts / self.screened * 100_000 if self.screened else 0.0


def measure_alerts(entities_path: Path, generated: int = 100_000) -> AlertResult:
    """Screen real names that are not listed against a list that holds others like them.

    The real entities are halved by a hash of their id: one half joins `generated` synthetic
    entries on the list, every name of the other half is screened. Relatives and sister
    companies fall on both sides, so their false alerts count.
    """
    rows = [json.loads(line) for line in entities_path.open(encoding="utf-8") if line.strip()]
    listed: list[dict[str, Any]] = []
    screened: list[dict[str, Any]] = []
    for row in rows:
        half = int(hashlib.sha1(row["id"].encode()).hexdigest(), 16) % 2
        (listed if half == 0 else screened).append(row)
    entries = list(generate_watchlist(generated, seed=23))
    entries += [
        WatchlistEntry(
            f"real:{row['id']}", WatchlistKind(row["kind"]), tuple(n for _, n in row["names"])
        )
        for row in listed
    ]
    family = {f"real:{row['id']}": row.get("family") for row in listed}
    index = ScreeningIndex.build(entries)
    alerts = on_relatives = names = 0
    for row in screened:
        for _, name in row["names"]:
            names += 1
            hits = [h for h in index.screen(name, kind=WatchlistKind(row["kind"])) if h.match]
            if hits:
                alerts += 1
                own = row.get("family")
                on_relatives += any(own and family.get(h.entry_id) == own for h in hits)
    return AlertResult(len(entries), names, alerts, on_relatives)


@dataclass(frozen=True, slots=True)
class EntityClass:
    """Leave-one-name-out figures for the screened names of one class."""

    name: str
    screened: int
    # Names whose own entity was found among the alerts, and alerts on any other entry.
    found: int
    false_hits: int

    @property
    def recall(self) -> float:
        """Share of screened names that found their own entity."""
        return self.found / self.screened if self.screened else 0.0

    @property
    def precision(self) -> float:
        """Share of alerts that were on the screened name's own entity."""
        alerts = self.found + self.false_hits
        return self.found / alerts if alerts else 1.0


@dataclass(frozen=True, slots=True)
class EntityResult:
    """Each published name screened against a list holding its entity's other names."""

    entities: int
    list_entries: int
    # Entities with a single distinct name have nothing left to be found by.
    single_named: int
    overall: EntityClass
    classes: list[EntityClass]


def name_script(name: str) -> str:
    """The script a name is written in, by its first letter (latin, cyrillic, arabic ...)."""
    for char in name:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ")[0].lower()
            return _SCRIPTS.get(script, script)
    return "none"


_SCRIPTS = {"hangul": "korean", "cjk": "chinese", "persian": "arabic"}


def measure_entities(entities_path: Path, generated: int = 100_000) -> EntityResult:
    """Screen every published name of every entity, leaving that one name out of the list.

    The list holds every entity with all its names, plus `generated` synthetic entries; a
    screened name counts as found when its own entity, holding only its other names, is among
    the alerts. Every alert on another entry (a relative, a namesake, a generated entry) is a
    false hit. Classes: the entity's kind and the screened name's script.
    """
    rows = [json.loads(line) for line in entities_path.open(encoding="utf-8") if line.strip()]
    entries = list(generate_watchlist(generated, seed=23))
    real = [
        WatchlistEntry(
            f"real:{row['id']}",
            WatchlistKind(row["kind"]),
            tuple(dict.fromkeys(n for _, n in row["names"])),
        )
        for row in rows
    ]
    index = ScreeningIndex.build(entries + real)
    counts: dict[str, list[int]] = {}
    single = 0
    for entry in real:
        if len(entry.names) < 2:
            single += 1
            continue
        for name in entry.names:
            hits = index.screen(name, kind=entry.kind, leave_out=(entry.id, name))
            alerts = [h for h in hits if h.match]
            found = any(h.entry_id == entry.id for h in alerts)
            wrong = sum(h.entry_id != entry.id for h in alerts)
            for key in ("all", entry.kind.value, f"script {name_script(name)}"):
                tally = counts.setdefault(key, [0, 0, 0])
                tally[0] += 1
                tally[1] += found
                tally[2] += wrong
    classes = [EntityClass(k, *v) for k, v in sorted(counts.items()) if k != "all"]
    return EntityResult(
        entities=len(real),
        list_entries=len(entries) + len(real),
        single_named=single,
        overall=EntityClass("all", *counts.get("all", [0, 0, 0])),
        classes=classes,
    )
