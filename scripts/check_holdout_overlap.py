"""Check that a hold-out entities file shares no entity and no name string with the other sets.

A hold-out set is only an honest measure if none of its entities, and none of their published
names, is in a set the matcher was developed on. The comparison is exact after case folding
and whitespace squeezing; a near spelling is not caught here and is left to the reader.

    python scripts/check_holdout_overlap.py data/screening/classes/holdout-5/entities.jsonl

Prints every entity that overlaps and exits with status 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "screening"


def fold(name: str) -> str:
    """A name compared case-insensitively, with runs of whitespace made one space."""
    return " ".join(name.casefold().split())


def names_of(record: dict[str, object]) -> list[str]:
    """The name strings of an entity, whether stored as [language, name] pairs or plain."""
    out = []
    for item in record["names"]:  # type: ignore[attr-defined]
        out.append(item[1] if isinstance(item, list) else item)
    return out


def reference_files(checked: Path) -> list[Path]:
    """Every other entities file of the screening data, and the alias development set."""
    classes = DATA / "classes"
    files = [classes / "entities.jsonl", *sorted(classes.glob("holdout-*/entities.jsonl"))]
    files.append(DATA / "aliases.jsonl")
    return [f for f in files if f.resolve() != checked.resolve()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entities", type=Path, help="the hold-out entities.jsonl to check")
    args = parser.parse_args()
    seen: dict[str, str] = {}
    ids: dict[str, str] = {}
    for path in reference_files(args.entities):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            ids[record["id"]] = path.name if path.parent == DATA else str(path.parent.name)
            for name in names_of(record):
                seen.setdefault(fold(name), f"{path.parent.name}/{path.name}: {record['id']}")
    clashes = 0
    for line in args.entities.open(encoding="utf-8"):
        record = json.loads(line)
        hits = [f"id in {ids[record['id']]}"] if record["id"] in ids else []
        hits += [
            f"{name!r} ({seen[fold(name)]})" for name in names_of(record) if fold(name) in seen
        ]
        if hits:
            clashes += 1
            print(f"{record['id']}: {'; '.join(hits)}")
    print(f"{clashes} overlapping entities", file=sys.stderr)
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
