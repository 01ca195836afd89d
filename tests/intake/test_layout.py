"""A checked declaration is the one its stored document gives back: lodging scores the
checked declarations without reading their documents again."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from tests.builders import make_document

from kordon.domain import Declaration
from kordon.domain.document import canonical_json, from_document, to_document
from kordon.intake.errors import FieldErrors
from kordon.intake.layout import parse_document

UNSORTED_PARTY = {
    "kind": "person",
    "name": "Elvin Mammadov",
    "identifiers": {"tax_id": "1234567890", "passport": "C01234567", "national_id": "5ABCDEF"},
}


def _checked(document: dict[str, Any]) -> Declaration:
    errors = FieldErrors("request", 1)
    record = parse_document(errors, document)
    assert record is not None, errors.errors
    return record.declaration


def _stored(declaration: Declaration) -> Declaration:
    """What the stored document of a checked declaration reads back as."""
    return from_document(orjson.loads(canonical_json(to_document(declaration))))


def _orders(declaration: Declaration) -> list[list[str]]:
    parties = [declaration.declarant, declaration.consignor, declaration.consignee,
               declaration.carrier, *declaration.drivers]  # fmt: skip
    return [list(p.identifiers) for p in parties if p is not None] + [list(declaration.attributes)]


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"declarant": UNSORTED_PARTY, "attributes": {"zone": "free", "bank": "IBA", "lot": "7"}},
        {"drivers": [UNSORTED_PARTY, {"name": "Ali Rezaei", "kind": "person"}]},
        {"route": {}, "conveyance": {"mode": "road"}, "lodged_at": "2026-03-01T09:30:00+04:00"},
        {"items": [{"hs_code": "080620", "value": 0, "net_mass_kg": 12.5, "description": ""}]},
    ],
)
def test_a_checked_declaration_is_its_stored_document(overrides: dict[str, Any]) -> None:
    checked = _checked(make_document(**overrides))
    stored = _stored(checked)
    assert checked == stored
    # Equal dictionaries may still be walked in another order: the keys and features made
    # from them must come out the same for the checked and the stored declaration.
    assert _orders(checked) == _orders(stored)
