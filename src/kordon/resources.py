"""Where Kordon's shipped data files are: the seed checkpoints, demo profiles, watchlist."""

from __future__ import annotations

from pathlib import Path


def data_file(relative: str) -> Path:
    """A file under the project's data/ folder (from the working directory or the source tree)."""
    candidates = [
        Path.cwd() / "data" / relative,
        Path(__file__).resolve().parents[2] / "data" / relative,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"The data file data/{relative} is missing; run Kordon from its project folder."
    )
