"""Extraction of whole reports: the reference report, non-seizure texts, edge cases."""

import json
from pathlib import Path

import pytest

from kordon.osint import SeizureRecord, extract_text
from kordon.osint.evaluate import records_match, value_matches

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = "azerbaijan-622kg-heroin-fuel-tanks"
FIELDS_COMPARED = (
    "context", "date", "reporting_agency", "country", "place", "substance", "quantity_kg",
    "quantity_count", "count_unit", "quantity_litres", "quantity_qualifier", "conveyance",
    "cover_cargo", "origin_country", "transit_countries", "destination_country",
    "offender_nationality",
)  # fmt: skip


def _expected(name: str) -> list[SeizureRecord]:
    raw = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return [SeizureRecord.from_json(r) for r in raw]


def test_reference_report_gives_exactly_its_four_records() -> None:
    text = (FIXTURES / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    found = extract_text(text)
    expected = _expected(REFERENCE)
    assert len(found) == len(expected) == 4
    for exp, got in zip(expected, found, strict=True):
        assert records_match(exp, got)
        for name in FIELDS_COMPARED:
            e, g = getattr(exp, name), getattr(got, name)
            if e in (None, []):
                assert g in (None, []), (name, g)
            else:
                assert value_matches(name, e, g), (name, e, g)
        assert got.evidence


def test_every_record_has_the_issue_keys() -> None:
    text = (FIXTURES / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    keys = [list(r.to_json()) for r in extract_text(text)]
    assert all(k == keys[0] for k in keys)
    assert keys[0][18] == "evidence" and len(keys[0]) == 22


def test_a_report_about_something_else_gives_no_record() -> None:
    text = (
        "SOURCE: https://example.org/news/single-window\n"
        "The customs administrations of two countries signed a letter of intent on trade data "
        "sharing. The pilot will connect their single window systems next year, officials said."
    )
    assert extract_text(text) == []


def test_empty_and_blank_reports_give_no_record() -> None:
    assert extract_text("") == []
    assert extract_text("SOURCE: https://example.org\nDATE: 2024-01-01\n\n   \n") == []


def test_yearly_totals_are_not_records() -> None:
    text = (
        "In fiscal year 2019, the Coast Guard seized more than 230,000 pounds of cocaine from "
        "more than 100 suspected smuggling vessels."
    )
    assert extract_text(text) == []


def test_the_cover_load_weight_is_not_the_drug_weight() -> None:
    text = (
        "Officers found 68 kilograms 390 grams of opium in 26 bags with a total weight of "
        "19,230 kilograms of pumice stone at the Shahtakhti customs checkpoint."
    )
    (record,) = extract_text(text)
    assert record.substance == "opium"
    assert record.quantity_kg == pytest.approx(68.39)


def test_a_restated_total_is_not_a_record() -> None:
    text = (
        "Customs officers prevented the smuggling of more than 40 kilograms of heroin.\n"
        "A truck at the Astara customs checkpoint carried 25 kilograms of heroin.\n"
        "Another truck at the Samur customs checkpoint carried 15.2 kilograms of heroin."
    )
    found = extract_text(text)
    assert sorted(r.quantity_kg or 0 for r in found) == pytest.approx([15.2, 25.0])


def test_calendar_dates_take_the_year_of_the_header() -> None:
    text = (
        "DATE: 2024-01-10\n"
        "The seizure occurred on December 28 when officers found 5 kilograms of cocaine "
        "in a car at the Laredo Port of Entry."
    )
    (record,) = extract_text(text)
    assert record.date == "2023-12-28"
    assert record.country == "US"


def test_pills_counted_and_weighed_make_one_record() -> None:
    text = "Officers removed nearly 300,000 fentanyl pills weighing 71 pounds from the truck."
    (record,) = extract_text(text)
    assert record.substance == "fentanyl"
    assert record.quantity_count == 300_000 and record.count_unit == "pills"
    assert record.quantity_kg == pytest.approx(71 * 0.45359237)
