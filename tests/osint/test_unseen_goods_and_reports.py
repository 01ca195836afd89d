"""Goods no labelled text has named are read under the taxonomy's labels in each language;
reports of several finds in several places, and reports of a period's tallies only."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gömrükçülər Astara gömrük postunda yük avtomobilində 45 kq zəfəran aşkar ediblər.",
            ("saffron", 45.0, None, None),
        ),
        (
            "Таможенники на посту Верхний Ларс обнаружили в грузовике 120 ковров.",
            ("carpets", None, 120.0, "items"),
        ),
        (
            "Customs officers at the Astara crossing found 14 drones in a truck.",
            ("drones", None, 14.0, "items"),
        ),
        (
            "Gömrükçülər Astara gömrük postunda yük avtomobilində 3 ton metal qırıntısı aşkar "
            "ediblər.",
            ("scrap metal", 3000.0, None, None),
        ),
        (
            "Polis Astarada brakonyerdən 12 kq balıq kürüsü götürüb.",
            ("caviar", 12.0, None, None),
        ),
    ],
)
def test_goods_never_labelled_are_read_under_the_taxonomy(text: str, expected: Goods) -> None:
    assert goods_found(text) == [expected]


def test_everyday_goods_beside_drugs_are_the_load() -> None:
    text = "В Астаре таможенники обнаружили 12 кг героина в коврах, которые вез грузовик."
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ganja seized 3 kg of heroin from a resident. Separately, in Sumgait, "
        "officers found 1.5 kg of marijuana in a garage.",
        "Polis əməkdaşları Gəncədə bir sakinin evindən 3 kq heroin götürüb. Sumqayıtda isə "
        "qarajdan 1,5 kq marixuana aşkar edilib.",
        "В Гяндже полицейские изъяли у жителя 3 кг героина. В Сумгайыте в гараже обнаружено "
        "1,5 кг марихуаны.",
    ],
)
def test_finds_in_several_places_are_a_record_each(text: str) -> None:
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("heroin", 3.0), ("cannabis herb", 1.5)]


@pytest.mark.parametrize(
    "text",
    [
        "За первое полугодие таможенники республики изъяли 3 тонны наркотиков.",
        "За девять месяцев пограничники изъяли 1,2 тонны наркотиков и 45 единиц оружия.",
        "С начала года таможенники Брестской таможни изъяли 300 кг кокаина.",
        "Ötən həftə ərzində respublika üzrə polis əməkdaşları tərəfindən 25 kq narkotik götürülüb.",
        "In the first nine months of the year, customs officers across the country seized 1.2 "
        "tonnes of drugs and 45 firearms.",
    ],
)
def test_a_period_s_tally_is_no_record(text: str) -> None:
    assert goods_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Respublikanın müxtəlif bölgələrində keçirilən əməliyyatlar zamanı 30 kq narkotik "
        "götürülüb.",
        "В октябре пограничники изъяли 350 кг наркотиков на различных участках границы.",
        "In October, border guards seized 350 kg of drugs at various points along the border.",
    ],
)
def test_finds_at_various_places_are_a_tally(text: str) -> None:
    assert goods_found(text) == []


def test_a_find_followed_by_the_year_s_total_keeps_its_record() -> None:
    text = (
        "На посту Бачевск таможенники изъяли у водителя 3 кг героина. С начала года здесь "
        "изъято почти 79 кг наркотиков."
    )
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("heroin", 3.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Gömrükçülər Astara gömrük postunda İrandan gələn yük avtomobilində 3 kq heroin aşkar "
        "ediblər.\nDigər bir halda polis əməkdaşları 40 yaşlı şəxsdən 2 kq marixuana götürüb.",
        "Таможенники на посту Астара обнаружили в грузовике из Ирана 3 кг героина.\n"
        "В другом случае полицейские изъяли у 40-летнего мужчины 2 кг марихуаны.",
        "Customs officers at the Astara crossing found 3 kg of heroin in a truck from Iran.\n"
        "In a separate case, police seized 2 kg of marijuana from a 40-year-old man.",
    ],
)
def test_a_find_told_apart_takes_nothing_from_the_find_before_it(text: str) -> None:
    first, second = extract_text(text)
    assert (first.conveyance, first.origin_country) == ("truck", "IR")
    assert (second.conveyance, second.origin_country, second.place) == (None, None, None)
    # The police named in the second find are not the customs of the first (the English
    # reader names no agency from "customs officers" or "police" alone).
    assert second.reporting_agency is None or second.reporting_agency != first.reporting_agency
