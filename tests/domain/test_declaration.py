from datetime import datetime

from kordon.domain import (
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Route,
    hs_problem,
    is_country,
)


def make_declaration(**overrides: object) -> Declaration:
    fields: dict[str, object] = {
        "id": "AZ-1",
        "lodged_at": datetime(2026, 3, 1, 9, 30),
        "checkpoint": "AZ-AST",
        "direction": Direction.TRANSIT,
        "procedure": "T1",
        "items": (GoodsItem(hs_code="080620", net_mass_kg=20000.0, value=30000.0),),
        "consignor": Party(PartyKind.COMPANY, "Tabriz Dried Fruit Co", "IR"),
        "drivers": (Party(PartyKind.PERSON, "Məhəmməd Əlizadə", "IR"),),
        "conveyance": Conveyance(tractor_plate="12 ع 345 67", trailer_plate="10-AB-123"),
        "route": Route(origin="IR", departure="IR", transit=("AZ", "GE"), destination="MD"),
    }
    fields.update(overrides)
    return Declaration(**fields)  # type: ignore[arg-type]


def test_route_lists_each_country_once_in_order() -> None:
    assert make_declaration().route.countries() == ("IR", "AZ", "GE", "MD")


def test_parties_and_plates() -> None:
    declaration = make_declaration()
    assert [role for role, _ in declaration.parties()] == ["consignor", "driver"]
    assert declaration.plates() == ("12 ع 345 67", "10-AB-123")


def test_value_per_kg_and_totals() -> None:
    declaration = make_declaration()
    assert declaration.items[0].value_per_kg == 1.5
    assert declaration.total_value == 30000.0
    missing = make_declaration(items=(GoodsItem(hs_code="080620"),))
    assert missing.total_value is None


def test_hs_and_country_validation() -> None:
    assert hs_problem("080620") is None
    assert hs_problem("0806") is not None
    assert hs_problem("770000") is not None
    assert is_country("AZ") and is_country("ZZ") and not is_country("QQ")
