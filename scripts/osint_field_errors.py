"""Expected against read values of chosen fields, for every record the reader matched.

Lists, across the labelled set, each matched record whose field the reader missed, added or
read differently, so that the commonest classes of error in a field can be seen together:

    .venv/bin/python scripts/osint_field_errors.py place concealment [--data data/osint-eval]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kordon.osint.evaluate import FIELDS, load_labelled, present, records_match, value_matches
from kordon.osint.extract import extract_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fields", nargs="+", choices=FIELDS, metavar="FIELD")
    parser.add_argument("--data", type=Path, default=Path("data/osint-eval"))
    args = parser.parse_args()
    kinds: Counter[tuple[str, str]] = Counter()
    for item in load_labelled(args.data):
        left = list(extract_text(item.text))
        for expected in item.expected:
            found = next((f for f in left if records_match(expected, f)), None)
            if found is None:
                continue
            left.remove(found)
            for name in args.fields:
                e, g = getattr(expected, name), getattr(found, name)
                if present(e) and present(g) and value_matches(name, e, g):
                    continue
                if not present(e) and not present(g):
                    continue
                kind = "missed" if not present(g) else "extra" if not present(e) else "wrong"
                kinds[(name, kind)] += 1
                print(f"{item.name[:44]:44} {name:12} {kind:6} expected={e!r} read={g!r}")
    for (name, kind), n in sorted(kinds.items()):
        print(f"{name} {kind}: {n}")


if __name__ == "__main__":
    main()
