"""A few stored seizure cases with links, a duplicate, outliers and two months: shared by the
service, command-line and page tests."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from tests.analytics.builders import make_seizure
from tests.builders import make_document

from kordon.domain import (
    Assessment,
    Channel,
    Checkpoint,
    CheckpointKind,
    DetectionMethod,
    Inspection,
    Outcome,
    QuantityUnit,
    SeizureSource,
)
from kordon.intake.reader import read_documents
from kordon.services.assessing import store_assessment
from kordon.services.importing import import_rows
from kordon.services.ports import Store

AT = datetime(2026, 11, 8, 12, 0)
ASTARA_DECLARATION = "AZ-AST-0901"
SAMUR_DECLARATION = "AZ-SAM-0901"
ROUTE: dict[str, Any] = {"origin_country": "IR", "destination_country": "MD"}


def store_declarations(store: Store, *, checkpoints: bool = True) -> None:
    """Two declarations with the same consignor and consignee, one red, one a random control."""
    if checkpoints:
        with store.transaction() as uow:
            uow.checkpoints.upsert_many(
                [
                    Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", 4),
                    Checkpoint("AZ-SAM", "Samur", "AZ", CheckpointKind.LAND_BORDER, "RU", 3),
                ]
            )
    documents = [
        make_document(id=ASTARA_DECLARATION, checkpoint="AZ-AST", lodged_at="2026-11-05T08:00:00"),
        make_document(id=SAMUR_DECLARATION, checkpoint="AZ-SAM", lodged_at="2026-11-06T08:00:00"),
    ]
    summary = import_rows(store, read_documents(documents), source="analytics test")
    assert summary.rejected == 0, summary
    with store.transaction() as uow:
        for declaration_id, channel, control in (
            (ASTARA_DECLARATION, Channel.RED, False),
            (SAMUR_DECLARATION, Channel.RED, True),
        ):
            store_assessment(
                uow,
                Assessment(declaration_id, channel, 70.0, (), AT, "test", random_control=control),
            )
            uow.inspections.add(
                Inspection(
                    declaration_id,
                    AT,
                    "officer",
                    Outcome.SEIZURE,
                    DetectionMethod.RISK_PROFILE,
                )
            )


def store_cases(store: Store) -> dict[str, int]:
    """The seizures, stored; returns their ids by name."""
    cases = {
        "astara": make_seizure(
            0, quantity=301.475, location="fuel_tank", method="false_compartment",
            occurred_on=date(2026, 11, 5), checkpoint="AZ-AST", transit_countries=("AZ", "GE"),
            declaration_id=ASTARA_DECLARATION, persons=("Reza Hosseinzadeh",),
            conveyance="15 ع 482 - 35 / 10-RK-417", **ROUTE,
        ),
        "samur": make_seizure(
            0, quantity=320.6, location="fuel tank", occurred_on=date(2026, 11, 6),
            checkpoint="AZ-SAM", transit_countries=("RU",), declaration_id=SAMUR_DECLARATION,
            persons=("Elşən Qəmbərov",), conveyance="90-BH-265 / 90-BF-318", **ROUTE,
        ),
        "october": make_seizure(
            0, quantity=12.0, location="luggage", occurred_on=date(2026, 10, 10),
            checkpoint="AZ-AST", persons=("رضا حسین‌زاده",), conveyance="10 RK 417",
        ),
        "cigarettes": make_seizure(
            0, "cigarettes", 2_000_000, QuantityUnit.PIECES, occurred_on=date(2026, 11, 2),
            source=SeizureSource.OPEN_SOURCE, place="Batumi", country="GE",
        ),
        "undated": make_seizure(
            0, "cocaine", 5.0, occurred_on=None, source=SeizureSource.OPEN_SOURCE
        ),
    }  # fmt: skip
    for n, quantity in enumerate((10.0, 12.0, 9.0, 11.0, 10.0)):
        cases[f"background{n}"] = make_seizure(
            0,
            quantity=quantity,
            occurred_on=date(2026, 10, 12 + n),
            source=SeizureSource.OPEN_SOURCE,
            country="TR",
        )
    ids: dict[str, int] = {}
    with store.transaction() as uow:
        for name, seizure in cases.items():
            ids[name] = uow.seizures.add(dataclasses.replace(seizure, id=None, recorded_at=AT))
        news = make_seizure(
            0, quantity=320.0, occurred_on=date(2026, 11, 7), source=SeizureSource.OPEN_SOURCE,
            duplicate_of=ids["samur"], recorded_at=AT, id=None,
        )  # fmt: skip
        ids["news"] = uow.seizures.add(news)
    return ids
