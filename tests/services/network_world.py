"""A small world with one seizure, its network and its decoys, for the network tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.builders import make_document

from kordon.domain import Channel, Checkpoint, CheckpointKind
from kordon.domain.accounts import Role, User
from kordon.intake.reader import read_documents
from kordon.risk.network.mentions import RecordKind
from kordon.services.importing import import_rows
from kordon.services.inspections import InspectionInput, ItemInput, PersonInput, record_inspection
from kordon.storage.store import SqlStore

INTEL = User("intel", Role.INTELLIGENCE_OFFICER, id=3)
SUPERVISOR = User("super", Role.SUPERVISOR, id=4)
ASTARA = User("astara", Role.OFFICER, checkpoint="AZ-AST", id=1)
SAMUR = User("samur", Role.OFFICER, checkpoint="AZ-SAM", id=2)

BROKER = {"kind": "company", "name": "Astara Broker MMC", "country": "AZ",
          "identifiers": {"tax_id": "1700000011"}}  # fmt: skip
NISTRU = {"kind": "company", "name": "Nistru Fruct Trade SRL", "country": "MD",
          "identifiers": {"tax_id": "1019600044127"}}  # fmt: skip


def person(name: str, passport: str | None = None, country: str = "AZ") -> dict[str, Any]:
    """A driver as a declaration names them."""
    ids = {"passport": passport} if passport else {}
    return {"kind": "person", "name": name, "country": country, "identifiers": ids}


def company(name: str, tax_id: str | None = None, country: str = "AZ") -> dict[str, Any]:
    """A company as a declaration names it."""
    ids = {"tax_id": tax_id} if tax_id else {}
    return {"kind": "company", "name": name, "country": country, "identifiers": ids}


def truck(tractor: str, trailer: str | None = None) -> dict[str, Any]:
    """A conveyance."""
    return {"mode": "road", "tractor_plate": tractor, "trailer_plate": trailer,
            "registration_country": "AZ"}  # fmt: skip


@dataclass
class World:
    """What the world holds: the seizure's id and the declarations by the part they play."""

    seizure_id: int
    today: datetime


# id -> (checkpoint, days ago, changes). SEIZED is the declaration the heroin is found on.
SEIZED = "AZ-AST-S"
DECLARATIONS: dict[str, tuple[str, int, dict[str, Any]]] = {
    SEIZED: ("AZ-AST", 10, {"drivers": [person("Elçin Həsənov", "C01928374")],
                            "consignee": NISTRU, "conveyance": truck("10-AB-321", "10-AB-322")}),
    # One hop, by each kind of link.
    "NET-PASSPORT": ("AZ-SAM", 0, {"drivers": [person("Эльчин Гасанов", "C01928374")]}),
    "NET-PLATE": ("AZ-SAM", 0, {"conveyance": truck("10 ab 321")}),
    "NET-TAX": ("AZ-SAM", 0, {"consignee": company("NISTRU FRUCT TRADE S.R.L.", "1019600044127",
                                                   "MD")}),
    "NET-NAME": ("AZ-AST", 0, {"drivers": [person("Elchin Hasanov")]}),
    # Two hops: shares its consignee with the seized truck, and its driver with NET-TWO.
    "NET-PAST": ("AZ-AST", 40, {"consignee": NISTRU,
                                "drivers": [person("Kamran Əliyev", "C05550001")]}),
    "NET-TWO": ("AZ-SAM", 0, {"drivers": [person("Камран Алиев", "C05550001")]}),
    # Past the 90-day window, but connected.
    "NET-OLD": ("AZ-AST", 120, {"consignee": NISTRU}),
    # Decoys.
    "DECOY-SURNAME": ("AZ-SAM", 0, {"drivers": [person("Rauf Həsənov", "C07770001")]}),
    "DECOY-CONFLICT": ("AZ-SAM", 0, {"drivers": [person("Elçin Həsənov", "C09990001")]}),
    "DECOY-ROUTE": ("AZ-SAM", 0, {"consignor": company("Urmia Raisin Co.", "1400000077", "IR"),
                                  "consignee": company("Moldfruct SRL", "1000000088", "MD")}),
    "DECOY-WORDS": ("AZ-SAM", 0, {"consignee": company("Fruct Trade Logistic SRL", None, "MD")}),
    "DECOY-PLATE": ("AZ-SAM", 0, {"conveyance": truck("10-AB-328")}),
}  # fmt: skip
NETWORK = {"NET-PASSPORT", "NET-PLATE", "NET-TAX", "NET-NAME", "NET-PAST", "NET-TWO"}
DECOYS = {d for d in DECLARATIONS if d.startswith("DECOY")}


def _document(declaration_id: str, today: datetime) -> dict[str, Any]:
    checkpoint, days_ago, changes = DECLARATIONS[declaration_id]
    n = sorted(DECLARATIONS).index(declaration_id)
    base: dict[str, Any] = {
        "drivers": [person(f"Driver{n} Plain", f"P0{n:07d}")],
        "consignor": company(f"Consignor{n} Plain", f"90{n:08d}", "IR"),
        "consignee": company(f"Consignee{n} Plain", f"80{n:08d}", "MD"),
        "conveyance": truck(f"7{n}-ZZ-{n:03d}"),
        "declarant": BROKER,
    }
    base.update(changes)
    at = today - timedelta(days=days_ago) + timedelta(minutes=n)
    return make_document(id=declaration_id, checkpoint=checkpoint,
                         lodged_at=at.isoformat(timespec="seconds"), **base)  # fmt: skip


def build_world(store: SqlStore, tmp_path: Path) -> World:
    """Checkpoints, the declarations, and heroin found on the seized one."""
    today = datetime.now(UTC).replace(tzinfo=None, hour=8, minute=0, second=0, microsecond=0)
    with store.transaction() as uow:
        uow.checkpoints.upsert_many([
            Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", 4),
            Checkpoint("AZ-SAM", "Samur", "AZ", CheckpointKind.LAND_BORDER, "RU", 3),
        ])  # fmt: skip
    ordered = sorted(DECLARATIONS, key=lambda d: -DECLARATIONS[d][1])
    summary = import_rows(store, read_documents([_document(d, today) for d in ordered]),
                          source="test")  # fmt: skip
    assert summary.rejected == 0, summary.errors
    with store.transaction() as uow:
        # The past was assessed and released; today's queue is not assessed yet.
        for declaration_id, (_, days_ago, _) in DECLARATIONS.items():
            if days_ago:
                uow.declarations.set_channel(declaration_id, Channel.GREEN)
    form = InspectionInput(
        "seizure",
        "intelligence",
        items=(ItemInput("heroin", "301.5 kg", "fuel_tank"),),
        persons=(PersonInput("Elçin Həsənov", "driver", "AZ", "C01928374"),),
    )
    done = record_inspection(store, user=SUPERVISOR, declaration_id=SEIZED, form=form,
                             data_dir=tmp_path)  # fmt: skip
    assert done.seizure_id is not None
    return World(done.seizure_id, today)


def entity_of(store: SqlStore, declaration_id: str, role: str) -> int:
    """The index's entity for the party of a declaration in a role."""
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        placed = uow.entities.for_records(generation, [(RecordKind.DECLARATION, declaration_id)])
    return next(p.entity_id for p in placed if p.mention.role == role)
