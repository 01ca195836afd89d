"""Reading Russian and Azerbaijani reports into the same records as English ones."""

from pathlib import Path

import pytest

from kordon.osint import extract_text

FIXTURES = Path(__file__).parent / "fixtures"

RUSSIAN = (FIXTURES / "samur-heroin-fuel-tank.ru.txt").read_text(encoding="utf-8")

AZERBAIJANI = (FIXTURES / "astara-heroin-raisins.az.txt").read_text(encoding="utf-8")


def test_a_russian_report_gives_english_values_and_its_own_words() -> None:
    records = extract_text(RUSSIAN)
    primary = [r for r in records if r.context == "primary"]
    assert len(primary) == 1, records
    r = primary[0]
    assert (r.substance, r.quantity_kg, r.date) == ("heroin", 320.6, "2025-11-21")
    assert r.reporting_agency == "State Customs Committee of Azerbaijan"
    assert (r.country, r.origin_country, r.destination_country) == ("AZ", "IR", "MD")
    assert r.conveyance == "truck" and r.offender_nationality == ["IR"]
    assert r.place is not None and "Самур" in r.place  # the text's own words
    assert r.concealment is not None and "топливном баке" in r.concealment
    assert r.cover_cargo == "фисташек"
    assert r.evidence and "320 кг 600 граммов" in r.evidence


def test_a_yearly_total_is_not_a_record_and_a_recalled_seizure_is_background() -> None:
    records = extract_text(RUSSIAN)
    assert all(r.quantity_kg != 2000 for r in records)
    (recalled,) = [r for r in records if r.context == "background"]
    assert recalled.quantity_kg == 11.7


def test_an_azerbaijani_report_reads_case_endings_and_dates() -> None:
    (r,) = extract_text(AZERBAIJANI)
    assert (r.substance, r.quantity_kg, r.date) == ("heroin", 301.475, "2025-11-21")
    assert r.reporting_agency == "State Customs Committee of Azerbaijan"
    assert (r.origin_country, r.destination_country) == ("IR", "RU")
    assert r.conveyance == "truck" and r.cover_cargo == "kişmiş"
    assert r.offender_nationality == ["TR"]
    assert r.place is not None and "Astara" in r.place


def test_goods_arriving_or_imported_go_to_the_country_that_seized_them() -> None:
    (arrived,) = extract_text(
        "В порту Санкт-Петербург таможенники обнаружили 300 кг кокаина в контейнере с "
        "бананами, прибывшем на судне из Эквадора."
    )
    assert (arrived.origin_country, arrived.destination_country) == ("EC", "RU")
    (entering,) = extract_text(
        "На посту «Айритом» у грузовика, въезжавшего на территорию Республики Узбекистан, "
        "обнаружили 12 кг гашиша."
    )
    assert entering.destination_country == "UZ"


@pytest.mark.parametrize(
    ("sentence", "cover"),
    [
        ("Из Беларуси везли контрабандные сигареты, спрятанные под картофелем.", "картофелем"),
        ("Согласно документам, водитель перевозил 20,8 тонны помидоров.", "помидоров"),
        ("В машине, перевозившей овощной груз из Ирана, нашли гашиш.", "овощной груз"),
        # a load written without a name of its own is no load named
        ("Груз передали сотрудникам полиции.", None),
    ],
)
def test_russian_cover_loads_under_hiding_verbs_figures_and_kinds(
    sentence: str, cover: str | None
) -> None:
    from kordon.osint.readings import find_cover_cargo
    from kordon.osint.vocabulary import vocabulary

    found = find_cover_cargo(sentence, vocabulary("ru"), "heroin")
    assert (found.value if found else None) == cover
