"""Match quality on labelled name pairs, for Kordon's matcher and nomenklatura's logic-v2."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.index import ScreeningIndex

# yente, the screening API built on nomenklatura, calls a result a match from this score.
NOMENKLATURA_THRESHOLD = 0.7


@dataclass(frozen=True, slots=True)
class Pair:
    """Two names and whether they name the same person or company."""

    query: str
    candidate: str
    kind: WatchlistKind
    match: bool
    variant: str = ""
    candidate_entity: str = ""
    # The classes the pair stands for (cross-script cyrillic/latin, relatives ...).
    classes: tuple[str, ...] = ()
    # "train" or "test" when the pair set is split; empty when it is not.
    split: str = ""


@dataclass(frozen=True, slots=True)
class Quality:
    """Precision, recall and F1 of one matcher at one threshold."""

    matcher: str
    threshold: float
    precision: float
    recall: float
    f1: float
    true_pos: int
    false_pos: int
    false_neg: int


def read_pairs(path: str | Path) -> list[Pair]:
    """Read labelled pairs from JSON Lines ({query, candidate, kind, match, variant})."""
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                pairs.append(
                    Pair(
                        row["query"],
                        row["candidate"],
                        WatchlistKind(row["kind"]),
                        bool(row["match"]),
                        row.get("variant", ""),
                        row.get("candidate_entity", ""),
                        tuple(row.get("classes") or [row.get("variant", "")]),
                        row.get("split", ""),
                    )
                )
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}, line {number}: bad pair ({exc})") from None
    return pairs


@dataclass(frozen=True, slots=True)
class ClassQuality:
    """Precision and recall of one matcher on the pairs of one class."""

    name: str
    matches: int
    non_matches: int
    # None where the class has no pair of that label to measure it on.
    precision: float | None
    recall: float | None
    false_hits: int


def by_class(
    scores: Sequence[float], pairs: Sequence[Pair], threshold: float
) -> list[ClassQuality]:
    """Precision and recall on each class's pairs at a threshold, classes in name order."""
    counts: dict[str, list[int]] = {}
    for value, pair in zip(scores, pairs, strict=True):
        hit = value >= threshold
        for name in dict.fromkeys(pair.classes):  # a class named twice counts once
            tp_fp_fn_tn = counts.setdefault(name, [0, 0, 0, 0])
            index = (0 if hit else 2) if pair.match else (1 if hit else 3)
            tp_fp_fn_tn[index] += 1
    out = []
    for name in sorted(counts):
        tp, fp, fn, tn = counts[name]
        # Precision needs both labels: on a class of matches only every hit is right.
        precision = tp / (tp + fp) if tp + fp and fp + tn and tp + fn else None
        recall = tp / (tp + fn) if tp + fn else None
        out.append(ClassQuality(name, tp + fn, fp + tn, precision, recall, fp))
    return out


def quality(name: str, scores: Sequence[float], pairs: Sequence[Pair], threshold: float) -> Quality:
    """Precision, recall and F1 of scores against the pairs' labels at a threshold."""
    tp = sum(1 for s, p in zip(scores, pairs, strict=True) if s >= threshold and p.match)
    fp = sum(1 for s, p in zip(scores, pairs, strict=True) if s >= threshold and not p.match)
    fn = sum(1 for s, p in zip(scores, pairs, strict=True) if s < threshold and p.match)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Quality(name, threshold, precision, recall, f1, tp, fp, fn)


def _entry_id(pair: Pair, n: int) -> str:
    """The id of the candidate's entry in the list built from the pairs."""
    return f"{pair.kind.value}:{pair.candidate_entity or f'pair-{n}'}"


def candidate_index(pairs: Sequence[Pair]) -> ScreeningIndex:
    """A list of every candidate name in the pairs, one entry per candidate entity."""
    names: dict[tuple[WatchlistKind, str], list[str]] = {}
    for n, p in enumerate(pairs):
        group = names.setdefault((p.kind, _entry_id(p, n)), [])
        if p.candidate not in group:
            group.append(p.candidate)
    entries = [WatchlistEntry(ident, kind, tuple(group)) for (kind, ident), group in names.items()]
    return ScreeningIndex.build(entries)


def kordon_scores(pairs: Sequence[Pair], index: ScreeningIndex | None = None) -> list[float]:
    """Kordon's score for every pair, with part weights from a list of all candidates."""
    index = index or candidate_index(pairs)
    return [index.score_name(p.query, p.candidate, p.kind) for p in pairs]


def screened_scores(pairs: Sequence[Pair]) -> list[float]:
    """The score screening gives each pair's candidate name (0 when retrieval misses it).

    Unlike `kordon_scores` this goes through retrieval: the query is screened against a list
    holding every candidate name as an entry of its own, as an officer's screening would be.
    """
    ids: dict[tuple[WatchlistKind, str], str] = {}
    for p in pairs:
        ids.setdefault((p.kind, p.candidate), f"name-{len(ids)}")
    index = ScreeningIndex.build(
        WatchlistEntry(ident, kind, (name,)) for (kind, name), ident in ids.items()
    )
    out = []
    for p in pairs:
        wanted = ids[(p.kind, p.candidate)]
        hits = index.screen(p.query, kind=p.kind, limit=len(index))
        out.append(max((h.score for h in hits if h.entry_id == wanted), default=0.0))
    return out


def nomenklatura_scorer() -> Callable[[Pair], float]:
    """A function scoring a pair with nomenklatura's logic-v2 (ImportError if absent)."""
    from followthemoney import model
    from nomenklatura.matching import get_algorithm

    algorithm = get_algorithm("logic-v2")
    if algorithm is None:
        raise ImportError("nomenklatura has no logic-v2 matcher")
    config = algorithm.default_config()
    ids = count()
    schema = {WatchlistKind.PERSON: "Person", WatchlistKind.COMPANY: "Company"}

    def entity(kind: WatchlistKind, name: str) -> Any:
        """A followthemoney entity with just a name; ids unique so nothing is cached."""
        proxy = model.make_entity(schema[kind])
        proxy.id = f"pair-{next(ids)}"
        proxy.add("name", name)
        return proxy

    def score(pair: Pair) -> float:
        """logic-v2's score for one pair."""
        result = algorithm.compare(
            entity(pair.kind, pair.query), entity(pair.kind, pair.candidate), config
        )
        return float(result.score)

    return score


def best_threshold(name: str, scores: Sequence[float], pairs: Sequence[Pair]) -> Quality:
    """The threshold with the highest F1 on these pairs (an optimistic, in-sample figure)."""
    candidates = sorted(set(round(s, 3) for s in scores))
    return max((quality(name, scores, pairs, t) for t in candidates), key=lambda q: q.f1)
