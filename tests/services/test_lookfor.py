"""What to look for: from the firing profiles and from seizures linked to the declaration."""

from __future__ import annotations

from datetime import date

from tests.builders import make_document

from kordon.domain import (
    Person,
    QuantityUnit,
    Reason,
    ReasonSource,
    Seizure,
    SeizureItem,
    SeizureSource,
)
from kordon.intake.layout import from_document
from kordon.services.lookfor import Hint, from_reasons, from_seizures, unique

DECLARATION = from_document(make_document())  # raisins IR -> MD, trailer 10-AB-123


def _seizure(n: int, **fields: object) -> Seizure:
    item = SeizureItem("heroin", 300.0, QuantityUnit.KG, concealment_location="fuel_tank")
    values: dict[str, object] = {"source": SeizureSource.INSPECTION, "items": (item,), "id": n}
    values.update(fields)
    return Seizure(**values)  # type: ignore[arg-type]


def test_a_profile_names_the_hiding_place_and_the_cover_cargo() -> None:
    reason = Reason(
        ReasonSource.PROFILE,
        "AZ-HER-07",
        "Heroin in divided fuel tanks of dried-fruit trucks",
        weight=40,
        details={"items": [1], "hs_codes": ["080620"]},
    )
    hints = from_reasons(DECLARATION, [reason])
    assert Hint("concealment", {"category": "fuel_tank", "profile": "AZ-HER-07"}) in hints
    cover = [h for h in hints if h.kind == "cover_cargo"]
    assert cover and cover[0].values["goods"] == "Raisins" and cover[0].values["item"] == 1


def test_a_profile_that_names_no_hiding_place_gives_no_concealment_hint() -> None:
    reason = Reason(ReasonSource.PROFILE, "AZ-TR-01", "Transit from Iran to Moldova", weight=20)
    assert [h for h in from_reasons(DECLARATION, [reason]) if h.kind == "concealment"] == []


def test_seizures_linked_by_plate_or_driver_across_scripts() -> None:
    by_plate = _seizure(1, conveyance="10 АВ 123")  # Cyrillic look-alike letters
    by_driver = _seizure(
        2,
        persons=(Person("Мухаммад Ализаде", "driver"),),
        items=(SeizureItem("opium", 20.0, QuantityUnit.KG, concealment_location="spare_wheel"),),
    )
    unrelated = _seizure(3, conveyance="77-ZZ-999", origin_country="TR", destination_country="DE")
    hints = from_seizures(DECLARATION, [by_plate, by_driver, unrelated], {})
    linked = {h.values["seizure"]: h.values for h in hints if h.kind == "linked_seizure"}
    assert linked[1]["how"] == "plate" and linked[1]["categories"] == ["fuel_tank"]
    assert linked[2]["how"] == "person" and linked[2]["categories"] == ["vehicle_structure"]
    assert 3 not in linked


def test_seizures_on_the_same_route_are_counted_by_hiding_place() -> None:
    route = {"origin_country": "IR", "destination_country": "MD", "occurred_on": date(2026, 1, 5)}
    seizures = [_seizure(n, **route) for n in range(1, 4)]
    seizures.append(
        _seizure(
            9,
            items=(SeizureItem("heroin", 5.0, QuantityUnit.KG, concealment_location="cargo"),),
            **route,
        )
    )
    (hint,) = [h for h in from_seizures(DECLARATION, seizures, {}) if h.kind == "route_seizures"]
    assert hint.values["counts"] == [["fuel_tank", 3], ["cover_cargo", 1]]


def test_a_likely_duplicate_is_not_counted() -> None:
    seizures = [
        _seizure(1, origin_country="IR", destination_country="MD"),
        _seizure(2, origin_country="IR", destination_country="MD", duplicate_of=1),
    ]
    (hint,) = [h for h in from_seizures(DECLARATION, seizures, {}) if h.kind == "route_seizures"]
    assert hint.values["counts"] == [["fuel_tank", 1]]


def test_unique_keeps_one_of_each_hiding_place() -> None:
    a = Hint("concealment", {"category": "fuel_tank", "profile": "A"})
    b = Hint("concealment", {"category": "fuel_tank", "profile": "B"})
    assert unique([a, b]) == (a,)
