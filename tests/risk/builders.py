"""Small builders for risk tests: a realistic transit declaration, overridable field by field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kordon.domain import (
    Assessment,
    Channel,
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Reason,
    ReasonSource,
    Route,
)
from kordon.domain.profile import RiskProfile
from kordon.risk.profiles import parse_profiles

AT = datetime(2026, 3, 1, 9, 30)


def make_item(**overrides: Any) -> GoodsItem:
    fields: dict[str, Any] = {"hs_code": "080620", "net_mass_kg": 20000.0, "value": 30000.0}
    fields.update(overrides)
    return GoodsItem(**fields)


def make_declaration(**overrides: Any) -> Declaration:
    fields: dict[str, Any] = {
        "id": "AZ-1",
        "lodged_at": AT,
        "checkpoint": "AZ-AST",
        "direction": Direction.TRANSIT,
        "procedure": "T1",
        "items": (make_item(),),
        "consignor": Party(PartyKind.COMPANY, "Tabriz Dried Fruit Co", "IR", {"tin": "IR-77"}),
        "drivers": (Party(PartyKind.PERSON, "Məhəmməd Əlizadə", "IR"),),
        "conveyance": Conveyance(
            tractor_plate="12 ع 345 67",
            trailer_plate="10-AB-123",
            registration_country="IR",
            trailer_registration_country="AZ",
        ),
        "route": Route(origin="IR", departure="IR", transit=("AZ", "GE"), destination="MD"),
        "attributes": {"consignor_declarations_365d": "1", "payment": "cash"},
    }
    fields.update(overrides)
    return Declaration(**fields)


def one_profile(when: str, *, extra: str = "weight: 10", profile_id: str = "P-1") -> RiskProfile:
    """Parse a single profile whose `when:` block is the given YAML (indented by the caller)."""
    text = f"- id: {profile_id}\n  description: test\n  owner: tester\n  {extra}\n  when:\n{when}"
    (profile,) = parse_profiles(text)
    return profile


def make_assessment(declaration_id: str, score: float, **overrides: Any) -> Assessment:
    channel = Channel.RED if score >= 60 else Channel.YELLOW if score >= 30 else Channel.GREEN
    fields: dict[str, Any] = {
        "declaration_id": declaration_id,
        "channel": channel,
        "score": score,
        "reasons": (Reason(ReasonSource.PROFILE, "P", "test", weight=score),),
        "assessed_at": AT,
        "engine_version": "test",
    }
    fields.update(overrides)
    return Assessment(**fields)


def watchlist_stop() -> Reason:
    return Reason(ReasonSource.WATCHLIST, "WL-1", "Driver on the watchlist: stop", 0, Channel.RED)
