"""Customs offices where declarations are lodged and consignments inspected."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CheckpointKind(StrEnum):
    """What kind of border crossing or office a checkpoint is."""

    LAND_BORDER = "land_border"
    PORT = "port"
    AIRPORT = "airport"
    RAIL = "rail"
    INLAND = "inland"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A customs office, with the neighbouring country for border crossings."""

    code: str
    name: str
    country: str
    kind: CheckpointKind
    border_with: str | None = None
    # Physical inspections the office can carry out in one day; None means no limit is set.
    daily_capacity: int | None = None
    latitude: float | None = None
    longitude: float | None = None
