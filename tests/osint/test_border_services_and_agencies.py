"""Kyrgyz and Kazakh border service reports: the agency and its country from its name (ГКНБ is
Kyrgyzstan's, КНБ Kazakhstan's), whatever countries the route names; a locality ("в
местности Сай") is the place; English agencies are gazetteer data."""

import pytest

from kordon.osint import extract_text
from kordon.osint.gazetteer import AGENCIES, find_agencies
from kordon.osint.vocabulary import load_data


@pytest.mark.parametrize(
    ("text", "agency", "country"),
    [
        (
            "Пограничная служба ГКНБ сообщила, что в местности Сай пограничники задержали "
            "гражданина, который пытался вывезти из Таджикистана 150 кг арахиса.",
            "Border Service of Kyrgyzstan",
            "KG",
        ),
        (
            "Пограничники Кыргызстана пресекли провоз груза из Узбекистана: в ходе досмотра "
            "обнаружено 800 блоков табачных изделий.",
            "Border Service of Kyrgyzstan",
            "KG",
        ),
        (
            "На пункте пропуска задержан гражданин, который шёл в Китай пешком. При досмотре "
            "обнаружено 150 кг мяса, сообщает пресс-служба ПС КНБ РК.",
            "Border Service of Kazakhstan",
            "KZ",
        ),
        (
            "Государственная пограничная служба Кыргызской Республики сообщает, что у "
            "границы с Таджикистаном задержаны 2 тонны курута.",
            "Border Service of Kyrgyzstan",
            "KG",
        ),
        (
            "UK Border Agency officers at Dover seized five tonnes of hand-rolling tobacco "
            "that was hidden in a lorry arriving from Calais.",
            "UK Border Agency",
            "GB",
        ),
        (
            "Как сообщили в пресс-службе агентства по контролю за наркотиками при президенте "
            "Таджикистана, на границе изъято 42 кг героина.",
            "Drug Control Agency of Tajikistan",
            "TJ",
        ),
        (
            "Как сообщили в пресс-службе Погранвойск ГКНБ РТ, на заставе изъято 42 кг героина.",
            "Border Troops of the State Committee for National Security of Tajikistan",
            "TJ",
        ),
        (
            "Türkiyə Gömrüklərin Mühafizəsi Baş İdarəsinin apardığı əməliyyat nəticəsində yük "
            "avtomobilində 40 kq heroin tapılıb.",
            "Turkish Customs Enforcement",
            "TR",
        ),
    ],
)
def test_an_agency_s_name_says_its_country(text: str, agency: str, country: str) -> None:
    (record,) = extract_text(text)
    assert (record.reporting_agency, record.country) == (agency, country)


def test_a_kyrgyz_province_is_kyrgyzstan_s() -> None:
    text = (
        "Государственная пограничная служба сообщила: в Баткенской области пограничники "
        "задержали двоих, которые пытались провезти в Таджикистан 2 тонны курута."
    )
    (record,) = extract_text(text)
    assert (record.reporting_agency, record.country) == ("Border Service of Kyrgyzstan", "KG")


def test_a_locality_is_the_place() -> None:
    text = (
        "Пограничники задержали в местности Кушулук-Сай гражданина, который пытался "
        "перевезти в Таджикистан около 1050 кг сахара."
    )
    (record,) = extract_text(text)
    assert record.place is not None and "Кушулук-Сай" in record.place


def test_a_local_word_alone_is_no_place() -> None:
    text = "Пограничники изъяли у местного жителя 1050 кг сахара, который он вёз в Таджикистан."
    (record,) = extract_text(text)
    assert record.place is None or "местн" not in record.place


def test_english_agencies_are_gazetteer_data() -> None:
    rows = load_data("gazetteer.json")["agencies_en"]
    assert [(r["name"], tuple(r["forms"]), r["country"]) for r in rows] == list(AGENCIES)
    (found,) = find_agencies("UK Border Force officers searched the lorry.")
    assert (found.name, found.country) == ("Border Force", "GB")
    assert find_agencies("The officers searched the lorry.") == []


def test_a_region_s_adjective_before_a_border_unit_is_no_place() -> None:
    text = (
        "Пограничники Таласского пограничного отряда задержали автомобиль, водитель которого "
        "пытался вывезти в Казахстан 500 пачек сигарет."
    )
    (record,) = extract_text(text)
    assert record.place is None or "Таласск" not in record.place
    at = (
        "На Таласской заставе пограничники задержали автомобиль, водитель которого пытался "
        "вывезти в Казахстан 500 пачек сигарет."
    )
    assert extract_text(at)[0].country == "KG"
