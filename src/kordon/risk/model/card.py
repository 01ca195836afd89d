"""A saved model's card: its name and how to read it, apart so that needs no LightGBM."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kordon.domain.errors import Invalid

CARD = "model.json"


class ArtefactError(Invalid, ValueError):
    """A model directory cannot be written or read."""


def read_card(directory: str | Path) -> dict[str, Any]:
    """The model card of a saved model."""
    path = Path(directory) / CARD
    if not path.is_file():
        raise ArtefactError(f"{directory}: not a Kordon model directory (no {CARD})")
    try:
        card: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ArtefactError(f"{path}: unreadable model card ({exc})") from exc
    return card
