"""Write data/demo/watchlist.jsonl from the default demo scenario (seed 7, 60 days)."""

from __future__ import annotations

import sys
from pathlib import Path

from kordon.scenario import generate_scenario

TARGET = Path(__file__).resolve().parent.parent / "data" / "demo" / "watchlist.jsonl"


def main() -> None:
    """Regenerate the committed demo watchlist; pass a path to write elsewhere."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    text = generate_scenario().watchlist_jsonl()
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} entries to {target}")


if __name__ == "__main__":
    main()
