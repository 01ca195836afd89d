"""Link precision and recall on labelled pairs of mentions."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.keys import identifier_pairs, plate_key
from kordon.risk.network.mentions import Mention
from kordon.risk.network.resolve import same_entity


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two mentions and whether they name the same entity."""

    kind: str
    a: Mention
    b: Mention
    same: bool


@dataclass(slots=True)
class LinkQuality:
    """Counts of right and wrong link decisions, overall and by class of pair."""

    true_links: int = 0
    false_links: int = 0
    missed_links: int = 0
    pairs: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        """Share of the links made that are right."""
        made = self.true_links + self.false_links
        return self.true_links / made if made else 1.0

    @property
    def recall(self) -> float:
        """Share of the right links that were made."""
        right = self.true_links + self.missed_links
        return self.true_links / right if right else 1.0


def _mention(data: dict[str, Any], record: str) -> Mention:
    kind = WatchlistKind(data["kind"])
    identifiers = identifier_pairs(kind, data.get("identifiers") or {})
    if kind is WatchlistKind.VEHICLE:
        identifiers = (("plate", plate_key(data["name"])),)
    return Mention("pair", record, "party", kind, data["name"], data.get("country"), identifiers)


def load_pairs(path: Path) -> list[LabelledPair]:
    """Read labelled pairs from JSON Lines (see data/network/README.md)."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out.append(
                    LabelledPair(
                        row["class"], _mention(row["a"], f"{n}a"), _mention(row["b"], f"{n}b"),
                        bool(row["same"]),
                    )
                )  # fmt: skip
            except (KeyError, ValueError, TypeError) as error:
                raise ValueError(f"{path}, line {n}: not a labelled pair ({error})") from error
    return out


def measure(pairs: list[LabelledPair]) -> LinkQuality:
    """Decide every pair both ways round and count the decisions against the labels."""
    quality = LinkQuality()
    for pair in pairs:
        for a, b in ((pair.a, pair.b), (pair.b, pair.a)):
            linked = same_entity(a, b) is not None
            quality.pairs += 1
            if linked and pair.same:
                quality.true_links += 1
            elif linked:
                quality.false_links += 1
                quality.errors[f"false link: {pair.kind}"] += 1
            elif pair.same:
                quality.missed_links += 1
                quality.errors[f"missed: {pair.kind}"] += 1
    return quality
