"""The screening algorithm: weights name parts, aligns them and combines the features."""

from __future__ import annotations

from collections.abc import Callable

from kordon.risk.screening.features import (
    FEATURES,
    Comparison,
    align,
    entry_coverage,
    given_name_agreement,
    joined_similarity,
    query_coverage,
)
from kordon.risk.screening.names import ParsedName
from kordon.risk.screening.text import PartRole

NAME = "kordon-names"
VERSION = "1"
# A hit at or above this score is a match: officers see it as an alert.
DEFAULT_THRESHOLD = 0.8
# A score cap for a person whose surname alone agrees, so common surnames do not flood.
SURNAME_ONLY_CAP = 0.6
JOINED_MIN = 0.93
PENALTIES = {"legal_form_mismatch": 0.05, "country_mismatch": 0.05}
ROLE_WEIGHT = {PartRole.NAME: 1.0, PartRole.PATRONYMIC: 0.15, PartRole.PARTICLE: 0.1}
GENERIC_WEIGHT = 0.25

WeightFn = Callable[[str], float]


def weights(name: ParsedName, rarity: WeightFn) -> list[float]:
    """Each part's weight: its rarity in the list, less for patronymics and generic words."""
    out = []
    for token, generic in zip(name.tokens, name.generic or [False] * len(name.tokens), strict=True):
        w = ROLE_WEIGHT[token.role] * rarity(token.skeleton)
        out.append(w * GENERIC_WEIGHT if generic else w)
    return out


def compare(
    query: ParsedName,
    candidate: ParsedName,
    rarity: WeightFn,
    query_country: str | None = None,
    entry_country: str | None = None,
) -> tuple[float, dict[str, float]]:
    """Score one screened name against one entry name; return the score and its features."""
    cmp = Comparison(
        query,
        candidate,
        weights(query, rarity),
        weights(candidate, rarity),
        align(query, candidate),
        query_country,
        entry_country,
    )
    features = {func.__name__: round(func(cmp), 4) for func in FEATURES}
    score = 0.5 * (query_coverage(cmp) + entry_coverage(cmp))
    if given_name_agreement(cmp) < 1.0:
        score = min(score, SURNAME_ONLY_CAP)
    joined = joined_similarity(cmp)
    if joined >= JOINED_MIN:
        score = max(score, joined * 0.97)
    for name, penalty in PENALTIES.items():
        score -= penalty * features[name]
    return max(0.0, min(1.0, score)), features
