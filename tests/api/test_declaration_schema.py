"""The API's declaration schema is the document layout, key for key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from tests.builders import make_document

from kordon.api.schemas import (
    ConveyanceDoc,
    DeclarationIn,
    ItemDoc,
    OutcomeDoc,
    PartyDoc,
    RouteDoc,
)
from kordon.app import create_app
from kordon.domain import document
from kordon.intake.errors import FieldErrors
from kordon.intake.layout import parse_document
from kordon.settings import Settings


@pytest.mark.parametrize(
    ("schema", "keys"),
    [
        (DeclarationIn, document.DOCUMENT_KEYS),
        (PartyDoc, document.PARTY_KEYS),
        (ConveyanceDoc, document.CONVEYANCE_KEYS),
        (RouteDoc, document.ROUTE_KEYS),
        (ItemDoc, document.ITEM_KEYS),
        (OutcomeDoc, document.OUTCOME_KEYS),
    ],
)
def test_each_schema_has_exactly_the_keys_intake_accepts(
    schema: type[BaseModel], keys: frozenset[str]
) -> None:
    assert set(schema.model_fields) == set(keys)


def test_a_full_document_round_trips_through_the_schema_and_intake() -> None:
    full = make_document(
        conveyance={"mode": "road", "tractor_plate": "10-AB-123", "trailer_plate": "10-AC-456",
                    "registration_country": "AZ", "trailer_registration_country": "GE"},
        outcome={"result": "seizure", "critical": True, "detection_method": "xray"},
    )  # fmt: skip
    errors = FieldErrors("request", 1)
    record = parse_document(errors, full)
    assert record is not None, errors.errors
    written = document.to_document(record.declaration)
    wire = DeclarationIn.model_validate({**written, "outcome": full["outcome"]})
    assert wire.conveyance is not None
    assert wire.conveyance.trailer_registration_country == "GE"
    assert wire.outcome is not None and wire.outcome.result == "seizure"
    assert document.from_document(written) == record.declaration


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node))
    return set()


def test_openapi_describes_the_lodging_body_and_every_ref_resolves(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'k.db'}", secret_key="k" * 40)
    with TestClient(create_app(settings)) as client:
        schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    assert set(components["DeclarationIn"]["properties"]) == set(document.DOCUMENT_KEYS)
    body = schema["paths"]["/api/declarations"]["post"]["requestBody"]["content"]
    assert "#/components/schemas/DeclarationIn" in _refs(body)
    missing = {ref for ref in _refs(schema) if ref.split("/")[-1] not in components}
    assert not missing
