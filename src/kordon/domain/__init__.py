"""Kordon's domain: plain dataclasses and enums, with no I/O and no framework imports."""

from kordon.domain.assessment import Assessment, Channel, Override, Reason, ReasonSource
from kordon.domain.checkpoint import Checkpoint, CheckpointKind
from kordon.domain.countries import country_name, is_country
from kordon.domain.declaration import (
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Route,
    TransportMode,
)
from kordon.domain.hs import format_hs, hs_problem, normalise_hs
from kordon.domain.inspection import (
    DetectionMethod,
    Inspection,
    Outcome,
    Person,
    QuantityUnit,
    Seizure,
    SeizureItem,
    SeizureReport,
    SeizureSource,
)

__all__ = [
    "Assessment",
    "Channel",
    "Checkpoint",
    "CheckpointKind",
    "Conveyance",
    "Declaration",
    "DetectionMethod",
    "Direction",
    "GoodsItem",
    "Inspection",
    "Outcome",
    "Override",
    "Party",
    "PartyKind",
    "Person",
    "QuantityUnit",
    "Reason",
    "ReasonSource",
    "Route",
    "Seizure",
    "SeizureItem",
    "SeizureReport",
    "SeizureSource",
    "TransportMode",
    "country_name",
    "format_hs",
    "hs_problem",
    "is_country",
    "normalise_hs",
]
