"""A report that names its service only as "Customs" ("Customs officers found ...", "Customs
said") means the customs of the country the find was made in. The reader knew that service's
name for 57 countries, none of them in South-East Asia, Japan, Korea, Oceania, sub-Saharan
Africa or the Americas beyond the United States, Colombia and Ecuador, so finds at Auckland, Da
Nang or Lagos had no agency. A service the report names keeps its own name, and a report that
names no service gets none. Russian and Azerbaijani reports name their service; their
sentences are guards."""

from .reading import field_found


def test_bare_customs_in_new_zealand() -> None:
    text = (
        "Customs officers at Auckland Airport found 3 kilograms of methamphetamine in the "
        "luggage of a traveller from Los Angeles."
    )
    assert field_found(text, "reporting_agency") == ["New Zealand Customs"]


def test_bare_customs_in_vietnam() -> None:
    text = "Customs in Vietnam seized 450 kilograms of pangolin scales hidden in cashew nuts."
    assert field_found(text, "reporting_agency") == ["Vietnamese customs"]


def test_a_named_service_keeps_its_name() -> None:
    text = "Royal Malaysian Customs seized 2 tonnes of ivory at Port Klang in Malaysia."
    (agency,) = field_found(text, "reporting_agency")
    assert agency is not None and "Royal Malaysian Customs" in agency


def test_no_service_named_gives_none() -> None:
    text = "A traveller was arrested at Auckland Airport with 3 kilograms of methamphetamine."
    assert field_found(text, "reporting_agency") == [None]


def test_russian_report_names_its_service() -> None:
    text = "Таможенники Хабаровской таможни изъяли 30 кг янтаря в аэропорту Хабаровска."
    (agency,) = field_found(text, "reporting_agency")
    assert agency is not None and "New Zealand" not in agency


def test_azerbaijani_report_names_its_service() -> None:
    text = "Dövlət Gömrük Komitəsinin əməkdaşları 5 kiloqram heroin aşkar ediblər."
    assert field_found(text, "reporting_agency") == ["State Customs Committee of Azerbaijan"]
