"""A deterministic generator of realistic border traffic, with planted smuggling networks.

Layer: core. Imports only `kordon.domain`; the demo service stores what it generates.
"""

from kordon.scenario.generator import DEFAULT_END, generate_scenario
from kordon.scenario.model import (
    Fate,
    HiddenViolation,
    Member,
    Network,
    PlantedCase,
    Scenario,
)
from kordon.scenario.summary import scenario_summary

__all__ = [
    "DEFAULT_END",
    "Fate",
    "HiddenViolation",
    "Member",
    "Network",
    "PlantedCase",
    "Scenario",
    "generate_scenario",
    "scenario_summary",
]
