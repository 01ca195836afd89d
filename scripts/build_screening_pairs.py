"""Build data/screening/pairs.jsonl (labelled name pairs) from data/screening/aliases.jsonl.

Positives pair two names of one person or company; inversions and one-letter typos are
derived from real aliases. Negatives pair names of different entities of the same kind,
first those that share a name part (same surname, same given name, same word), then random.
Deterministic: the same aliases file always gives the same pairs.
"""

from __future__ import annotations

import json
import random
import sys
from itertools import combinations
from pathlib import Path

from anyascii import anyascii

HERE = Path(__file__).resolve().parent.parent / "data" / "screening"
MAX_ALIAS_PAIRS = 12
MAX_SHARED_PAIRS = 4
RANDOM_NEGATIVES = 160


def ascii_parts(name: str) -> set[str]:
    """Lower-case ASCII words of a name, for finding entities that share a part."""
    words = anyascii(name).lower().replace(",", " ").replace("-", " ").split()
    return {w[:5] for w in words if len(w) >= 3}


def inverted(name: str) -> str | None:
    """'Given Surname' as 'SURNAME, Given', or None for a name of one word."""
    parts = name.split()
    if len(parts) < 2 or "," in name:
        return None
    return f"{parts[-1].upper()}, {' '.join(parts[:-1])}"


def typo(name: str, rng: random.Random) -> str:
    """The name with one letter dropped or two neighbouring letters swapped."""
    words = name.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 5]
    if not long_words:
        return name
    i = rng.choice(long_words)
    w = words[i]
    at = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.5:
        words[i] = w[:at] + w[at + 1 :]
    else:
        words[i] = w[:at] + w[at + 1] + w[at] + w[at + 2 :]
    return " ".join(words)


def main() -> None:
    """Write the pairs file next to the aliases file."""
    rng = random.Random(20261129)
    entities = [json.loads(line) for line in (HERE / "aliases.jsonl").open(encoding="utf-8")]
    pairs: list[dict[str, object]] = []

    def add(a: dict, b: dict, q: str, c: str, variant: str) -> None:
        pairs.append(
            {
                "query": q,
                "candidate": c,
                "kind": a["kind"],
                "match": a["id"] == b["id"],
                "variant": variant,
                "query_entity": a["id"],
                "candidate_entity": b["id"],
            }
        )

    for e in entities:
        names = e["names"]
        alias_pairs = list(combinations(names, 2))
        rng.shuffle(alias_pairs)
        for q, c in alias_pairs[:MAX_ALIAS_PAIRS]:
            add(e, e, q, c, "alias")
        if e["kind"] == "person" and (inv := inverted(names[0])):
            add(e, e, inv, names[min(2, len(names) - 1)], "inversion")
        add(e, e, typo(names[0], rng), names[1], "typo")
    for a, b in combinations(entities, 2):
        if a["kind"] != b["kind"]:
            continue
        if ascii_parts(a["names"][0]) & ascii_parts(b["names"][0]):
            cross = [(q, c) for q in a["names"] for c in b["names"]]
            rng.shuffle(cross)
            for q, c in cross[:MAX_SHARED_PAIRS]:
                add(a, b, q, c, "shared-part")
    by_kind: dict[str, list[dict]] = {}
    for e in entities:
        by_kind.setdefault(e["kind"], []).append(e)
    for _ in range(RANDOM_NEGATIVES):
        kind = rng.choice(sorted(by_kind))
        a, b = rng.sample(by_kind[kind], 2)
        add(a, b, rng.choice(a["names"]), rng.choice(b["names"]), "random")
    with (HERE / "pairs.jsonl").open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    positives = sum(1 for p in pairs if p["match"])
    print(
        f"{len(pairs)} pairs: {positives} positive, {len(pairs) - positives} negative",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
