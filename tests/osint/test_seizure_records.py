"""Records as domain Seizures, and the duplicate test the ingest uses."""

from datetime import date

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource
from kordon.osint import SeizureRecord, likely_duplicate, to_seizure, to_seizures


def make_record(**overrides: object) -> SeizureRecord:
    fields: dict[str, object] = {
        "context": "primary",
        "substance": "heroin",
        "date": "2024-05-25",
        "country": "AZ",
        "place": "Astara customs checkpoint",
        "quantity_kg": 301.475,
        "quantity_qualifier": "exact",
        "concealment": "fuel tank",
        "conveyance": "truck",
        "transit_countries": ["AZ"],
        "destination_country": "MD",
        "reporting_agency": "State Customs Committee",
        "evidence": "Heroin weighing 301 kilograms 475 grams was found.",
    }
    fields.update(overrides)
    return SeizureRecord(**fields)  # type: ignore[arg-type]


def make_seizure(**overrides: object) -> Seizure:
    item = SeizureItem(
        commodity=str(overrides.pop("commodity", "heroin")),
        quantity=overrides.pop("quantity", 301.475),  # type: ignore[arg-type]
        unit=overrides.pop("unit", QuantityUnit.KG),  # type: ignore[arg-type]
    )
    fields: dict[str, object] = {
        "source": SeizureSource.INSPECTION,
        "items": (item,),
        "occurred_on": date(2024, 5, 25),
        "country": "AZ",
    }
    fields.update(overrides)
    return Seizure(**fields)  # type: ignore[arg-type]


def test_a_record_becomes_an_open_source_seizure_with_provenance() -> None:
    seizure = to_seizure(make_record(), provenance_url="https://example.org/report")
    assert seizure.source is SeizureSource.OPEN_SOURCE
    assert seizure.provenance_url == "https://example.org/report"
    assert seizure.occurred_on == date(2024, 5, 25)
    assert seizure.items[0].quantity == 301.475 and seizure.items[0].unit is QuantityUnit.KG
    assert seizure.items[0].concealment_location == "fuel tank"
    assert seizure.transit_countries == ("AZ",) and seizure.destination_country == "MD"
    assert seizure.evidence and seizure.reporting_agency == "State Customs Committee"
    assert seizure.items[0].quantity_as_written == "301.475 kg"


def test_nationalities_become_unnamed_offenders_and_qualifiers_stay_written() -> None:
    record = make_record(offender_nationality=["IR"], quantity_qualifier="more_than")
    seizure = to_seizure(record)
    assert [(p.role, p.nationality) for p in seizure.persons] == [("offender", "IR")]
    assert seizure.items[0].quantity_as_written == "more than 301.475 kg"


def test_counts_and_volumes_keep_their_units() -> None:
    pills = make_record(quantity_kg=None, quantity_count=565000, count_unit="pills")
    litres = make_record(quantity_kg=None, quantity_litres=7200.0)
    seizures = to_seizures([pills, litres])
    assert [s.items[0].unit for s in seizures] == [QuantityUnit.PIECES, QuantityUnit.LITRES]


def test_a_month_alone_is_no_day() -> None:
    assert to_seizure(make_record(date="2017-08")).occurred_on is None


def test_same_find_from_two_sources_is_a_likely_duplicate() -> None:
    own = make_seizure()
    reported = make_seizure(source=SeizureSource.OPEN_SOURCE, quantity=300.0)
    assert likely_duplicate(own, reported)


def test_different_substance_country_quantity_or_date_is_not() -> None:
    own = make_seizure()
    assert not likely_duplicate(own, make_seizure(commodity="opium"))
    assert not likely_duplicate(own, make_seizure(country="IR"))
    assert not likely_duplicate(own, make_seizure(quantity=320.6))
    assert not likely_duplicate(own, make_seizure(occurred_on=date(2024, 9, 1)))


def test_unknown_dates_are_compatible() -> None:
    assert likely_duplicate(make_seizure(occurred_on=None), make_seizure())
