"""A small, realistic checkpoint day for the page and API tests (not the demo generator)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.builders import make_document

from kordon.domain import (
    Assessment,
    Channel,
    Checkpoint,
    CheckpointKind,
    Reason,
    ReasonSource,
)
from kordon.domain.accounts import Role
from kordon.intake.reader import read_documents
from kordon.risk.profiles import parse_profiles
from kordon.services import accounts
from kordon.services.assessing import store_assessment
from kordon.services.importing import import_rows
from kordon.storage.store import SqlStore

PASSWORD = "correct horse battery"
RED_ID = "AZ-AST-0001"
SAMUR_ID = "AZ-SAM-0001"

USERS = {
    "officer": (Role.OFFICER, "AZ-AST"),
    "samur": (Role.OFFICER, "AZ-SAM"),
    "analyst": (Role.RISK_ANALYST, None),
    "intel": (Role.INTELLIGENCE_OFFICER, None),
    "supervisor": (Role.SUPERVISOR, None),
    "admin": (Role.ADMINISTRATOR, None),
    "enforcement": (Role.ENFORCEMENT_ANALYST, None),
}


@dataclass
class Seeded:
    """What the seed made: declaration ids and an API token per user."""

    tokens: dict[str, str]
    today: datetime


PROFILES = """
- id: AZ-HER-01
  description: Dried fruit in transit from Iran to Moldova via the Caucasus
  owner: analyst
  version: 3
  weight: 40
  when:
    all:
      - {field: item.hs_code, prefix: ["0806"]}
      - {field: route.destination, eq: MD}
- id: AZ-NUT-02
  description: Nuts under-valued per kg
  owner: analyst
  weight: 30
  when:
    all:
      - {field: item.hs_code, prefix: ["0802"]}
"""


def _reasons_red() -> tuple[Reason, ...]:
    return (
        Reason(
            ReasonSource.WATCHLIST,
            "WL-0042",
            "Driver matches watchlist entry WL-0042",
            channel=Channel.RED,
            details={
                "entry_id": "WL-0042",
                "matched_name": "Muhammad Alizadeh",
                "query_name": "Məhəmməd Əlizadə",
                "score": 0.93,
                "role": "driver",
                "action": "stop",
                "source": "Operational information, DTX-7 liaison",
                "handling_code": "H3-NOFORN",
                "kind": "person",
            },
        ),
        Reason(
            ReasonSource.PROFILE,
            "AZ-HER-01",
            "Dried fruit in transit from Iran to Moldova via the Caucasus",
            weight=40,
            details={
                "version": 3,
                "owner": "analyst",
                "look_for": "Fuel tanks larger than the tractor needs; fresh welds on the tank.",
            },
        ),
        Reason(
            ReasonSource.MODEL,
            "kordon-gbm",
            "Learned score in the top 2% of the day",
            weight=24,
            details={"contributions": [["route IR→MD", 0.21], ["HS 0806", 0.09]]},
        ),
    )


def _document(n: int, checkpoint: str, at: datetime, **changes: Any) -> dict[str, Any]:
    return make_document(
        id=f"{checkpoint}-{n:04d}",
        checkpoint=checkpoint,
        lodged_at=at.isoformat(timespec="seconds"),
        **changes,
    )


def seed(store: SqlStore) -> Seeded:
    """Checkpoints, a day of declarations with assessments, and one account per role."""
    now = datetime.now(UTC).replace(tzinfo=None)
    today = now.replace(hour=6, minute=0, second=0, microsecond=0)
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [
                Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", 4),
                Checkpoint("AZ-SAM", "Samur", "AZ", CheckpointKind.LAND_BORDER, "RU", 3),
            ]
        )
    pistachio = [{"hs_code": "080251", "description": "Pistachios", "net_mass_kg": 18000,
                  "value": 90000, "currency": "USD", "origin_country": "IR"}]  # fmt: skip
    documents = [
        _document(1, "AZ-AST", today + timedelta(minutes=20)),
        _document(
            2,
            "AZ-AST",
            today + timedelta(minutes=45),
            items=pistachio,
            conveyance={"mode": "road", "tractor_plate": "10-AB-777", "registration_country": "AZ"},
        ),
        _document(
            3,
            "AZ-AST",
            today + timedelta(hours=1),
            consignor={"kind": "company", "name": "Gilan Agro LLC", "country": "IR"},
        ),
        _document(
            4,
            "AZ-AST",
            today + timedelta(hours=2),
            route={"origin": "TR", "transit": ["GE"], "destination": "AZ"},
            direction="import",
            procedure="IM4",
        ),
        _document(1, "AZ-SAM", today + timedelta(minutes=30), items=pistachio),
    ]
    summary = import_rows(store, read_documents(documents), source="seed")
    assert summary.rejected == 0, summary
    plans = {
        RED_ID: (Channel.RED, 94.0, _reasons_red()),
        "AZ-AST-0002": (Channel.YELLOW, 41.0, (
            Reason(ReasonSource.PROFILE, "AZ-NUT-02", "Nuts under-valued per kg", 30,
                   details={"version": 1}),)),
        "AZ-AST-0003": (Channel.GREEN, 8.0, ()),
        "AZ-AST-0004": (Channel.RED, 35.0, (
            Reason(ReasonSource.RANDOM, "random", "Random control (5% of the day)"),)),
        SAMUR_ID: (Channel.RED, 81.0, (
            Reason(ReasonSource.PROFILE, "AZ-HER-01",
                   "Dried fruit in transit from Iran to Moldova via the Caucasus", 40,
                   details={"version": 3}),)),
    }  # fmt: skip
    with store.transaction() as uow:
        for profile in parse_profiles(PROFILES, source="seed"):
            uow.profiles.save(profile)
        for declaration_id, (channel, score, reasons) in plans.items():
            store_assessment(
                uow, Assessment(declaration_id, channel, score, reasons, now, "test-engine-1")
            )
    tokens = {}
    for username, (role, checkpoint) in USERS.items():
        accounts.create_user(
            store, username=username, role=role, password=PASSWORD, checkpoint=checkpoint
        )
        tokens[username] = accounts.issue_token(store, username)
    return Seeded(tokens=tokens, today=today)
