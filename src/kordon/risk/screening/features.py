"""Features of one name comparison: each a small function whose docstring explains it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler, Levenshtein

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.names import ParsedName
from kordon.risk.screening.text import PartRole, Token

# Below this similarity two name parts are not taken to be the same part.
ALIGN_MIN = 0.75
# Two parts this similar count as agreeing for the given-name rule.
AGREE_MIN = 0.84
# Weight of an unmatched extra part when two or more parts already agree (missing middle
# names, patronymics and extra given names are common; a different surname is not).
EXTRA_PART_WEIGHT = 0.5


def token_similarity(a: Token, b: Token) -> float:
    """How alike two name parts are, 0..1, by spelling or (across scripts) by skeleton."""
    if a.key == b.key:
        return 1.0
    jw = JaroWinkler.normalized_similarity(a.key, b.key)
    skel = 0.0
    if a.skeleton == b.skeleton and a.skeleton:
        if a.abjad or b.abjad:
            skel = 0.95
        elif len(a.skeleton) >= 3:
            skel = 0.9
        else:
            skel = 0.8
    elif (a.abjad or b.abjad) and min(len(a.skeleton), len(b.skeleton)) >= 3:
        skel = 0.9 * Levenshtein.normalized_similarity(a.skeleton, b.skeleton)
    return max(jw, skel)


@dataclass(slots=True)
class Comparison:
    """One screened name against one entry name: weights, aligned parts, context."""

    query: ParsedName
    candidate: ParsedName
    q_weights: list[float]
    c_weights: list[float]
    pairs: list[tuple[int, int, float]]
    query_country: str | None = None
    entry_country: str | None = None

    def agreeing_names(self) -> int:
        """How many aligned pairs are proper name parts that agree well."""
        q, c = self.query.tokens, self.candidate.tokens
        return sum(
            1
            for i, j, sim in self.pairs
            if sim >= AGREE_MIN and q[i].role == PartRole.NAME and c[j].role == PartRole.NAME
        )

    def coverage(self, weights: list[float], matched: dict[int, float]) -> float:
        """Weighted share of one side's parts found on the other side."""
        extra = EXTRA_PART_WEIGHT if self.agreeing_names() >= 2 else 1.0
        if self.query.kind == WatchlistKind.COMPANY:
            extra = 1.0
        found = sum(weights[i] * sim for i, sim in matched.items())
        total = sum(w if i in matched else w * extra for i, w in enumerate(weights))
        return found / total if total else 0.0


def align(q: ParsedName, c: ParsedName) -> list[tuple[int, int, float]]:
    """Pair each part of one name with its most similar free part of the other, greedily."""
    scored = [
        (token_similarity(a, b), i, j)
        for i, a in enumerate(q.tokens)
        for j, b in enumerate(c.tokens)
        if (a.role == PartRole.PARTICLE) == (b.role == PartRole.PARTICLE)
    ]
    scored.sort(reverse=True)
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for sim, i, j in scored:
        if sim < ALIGN_MIN:
            break
        if i not in used_q and j not in used_c:
            used_q.add(i)
            used_c.add(j)
            pairs.append((i, j, sim))
    return pairs


def query_coverage(cmp: Comparison) -> float:
    """Share of the screened name's weight (rare parts weigh more) found in the entry's name."""
    return cmp.coverage(cmp.q_weights, {i: s for i, _, s in cmp.pairs})


def entry_coverage(cmp: Comparison) -> float:
    """Share of the entry name's weight found in the screened name."""
    return cmp.coverage(cmp.c_weights, {j: s for _, j, s in cmp.pairs})


def given_name_agreement(cmp: Comparison) -> float:
    """1 when a person's given name agrees too, not the surname alone; 0 when it does not."""
    if cmp.query.kind != WatchlistKind.PERSON:
        return 1.0
    q_names = sum(1 for t in cmp.query.tokens if t.role == PartRole.NAME)
    c_names = sum(1 for t in cmp.candidate.tokens if t.role == PartRole.NAME)
    need = min(2, q_names, c_names) if min(q_names, c_names) >= 2 else max(q_names, c_names)
    return 1.0 if cmp.agreeing_names() >= min(need, 2) else 0.0


def weakest_part(cmp: Comparison) -> float:
    """Similarity of the least alike aligned pair of parts (small typos lower it)."""
    return min((s for _, _, s in cmp.pairs), default=0.0)


def reordered(cmp: Comparison) -> float:
    """1 when the parts agree in another order (SURNAME, Given; reordered parts)."""
    order = [j for _, j, _ in sorted(cmp.pairs)]
    return 1.0 if order != sorted(order) else 0.0


def cross_script(cmp: Comparison) -> float:
    """1 when one name was written in Persian/Arabic script and the other was not."""
    q_abjad = any(t.abjad for t in cmp.query.tokens)
    c_abjad = any(t.abjad for t in cmp.candidate.tokens)
    return 1.0 if q_abjad != c_abjad else 0.0


def joined_similarity(cmp: Comparison) -> float:
    """How alike the names are with spaces ignored (Mohammadreza / Mohammad Reza)."""
    if len(cmp.query.tokens) == len(cmp.candidate.tokens):
        return 0.0
    return JaroWinkler.normalized_similarity(cmp.query.joined, cmp.candidate.joined)


def legal_form_mismatch(cmp: Comparison) -> float:
    """1 when both companies state a legal form and the forms differ (LLC vs JSC)."""
    q, c = cmp.query.legal_form, cmp.candidate.legal_form
    return 1.0 if q and c and q != c else 0.0


def country_mismatch(cmp: Comparison) -> float:
    """1 when both the screened name and the entry carry a country and the countries differ."""
    q, c = cmp.query_country, cmp.entry_country
    return 1.0 if q and c and q.upper() != c.upper() else 0.0


FEATURES: tuple[Callable[[Comparison], float], ...] = (
    query_coverage,
    entry_coverage,
    given_name_agreement,
    weakest_part,
    reordered,
    cross_script,
    joined_similarity,
    legal_form_mismatch,
    country_mismatch,
)


def explain(name: str) -> str:
    """The one-line explanation of a feature, by name."""
    for func in FEATURES:
        if func.__name__ == name:
            return (func.__doc__ or name).strip()
    raise KeyError(name)
