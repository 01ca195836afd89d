"""Goods of a country's origin came from it, and an official's unit or a city's officers are
who seized, not where."""

import pytest

from kordon.osint import extract_text


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "В Ярцевском районе таможенники выявили 488 тысяч пачек сигарет белорусского "
            "происхождения.",
            "BY",
        ),
        ("Astara gömrük postunda 4000 qutu İran mənşəli siqaret aşkar edilib.", "IR"),
    ],
)
def test_goods_of_a_country_s_origin_came_from_it(text: str, origin: str) -> None:
    (r,) = extract_text(text)
    assert r.origin_country == origin


def test_where_goods_were_made_is_not_where_they_came_from() -> None:
    (r,) = extract_text(
        "В Руднянском районе пограничники обнаружили 500 тысяч пачек сигарет белорусского "
        "производства."
    )
    assert r.origin_country is None


def test_the_name_after_an_official_s_unit_is_no_place() -> None:
    text = (
        "Таможенники обнаружили 300 тысяч пачек сигарет в грузовике.\n"
        "«Материалы переданы в полицию», – сообщил начальник Смоленской таможни Рустам Якубов."
    )
    (r,) = extract_text(text)
    assert r.place is None or "Якубов" not in r.place


def test_an_official_s_post_named_in_quotes_is_the_place() -> None:
    text = (
        "В сумке обнаружено 4 пакета марихуаны весом 2 кг, - сообщил Бахрам Дараев, начальник "
        "отдела пункта пропуска «Кайрак»."
    )
    (r,) = extract_text(text)
    assert r.place is not None and "Кайрак" in r.place


def test_a_city_s_officers_are_who_seized_not_where() -> None:
    (r,) = extract_text("Брестские таможенники изъяли 12 кг марихуаны в автомобиле.")
    assert r.place is None or "Брестск" not in r.place


def test_a_city_s_customs_office_as_a_locative_is_the_place() -> None:
    (r,) = extract_text("На Минераловодской таможне у пассажира изъяли 2 кг золота.")
    assert r.place is not None and "Минераловодской" in r.place


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "В акватории Малого залива Гызылагаджского национального парка у браконьеров "
            "изъяты 65 особей рыбы.",
            "акватории",
        ),
        (
            "На участке Пянджского погранотряда пограничники обнаружили тайник с 20 кг героина.",
            "участке",
        ),
        ("На станции Суземка пограничники нашли в вагоне 300 кг мяса.", "станции"),
    ],
)
def test_russian_waters_sectors_and_stations_are_places(text: str, words: str) -> None:
    (r,) = extract_text(text)
    assert r.place is not None and words in r.place


@pytest.mark.parametrize(
    "text",
    [
        "Bu barədə Dövlət Ekoloji Təhlükəsizlik Xidmətindən məlumat verilib. Hacıqabul "
        "rayonunda avtomobildə üç göyərçin aşkar olunub.",
        "Как сообщили в Министерстве экологии и природных ресурсов Азербайджана, в Астаре "
        "у браконьеров изъяты 65 особей рыбы.",
    ],
)
def test_the_ecological_service_is_the_ministry_of_ecology(text: str) -> None:
    (r,) = extract_text(text)
    assert r.reporting_agency == "Ministry of Ecology and Natural Resources of Azerbaijan"


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        (
            "На посту Забайкальск в тайнике автобуса, отправлявшегося в Китай, таможенники "
            "нашли 6 кг золота.",
            "CN",
        ),
        ("В Домодедове у пассажира рейса в Дубай изъяли 22 кг икры.", "AE"),
        ("В Хабаровске у вылетающей в Южную Корею женщины изъяли 2 кг золота.", "KR"),
    ],
)
def test_russian_destinations_named_in_the_accusative(text: str, destination: str) -> None:
    (r,) = extract_text(text)
    assert r.destination_country == destination


def test_azerbaijani_towns_named_in_russian_are_places_in_azerbaijan() -> None:
    text = (
        "В Гяндже полицейские изъяли у 28-летнего жителя 3 кг героина.\n"
        "Кроме того, в Шамкирском районе у 40-летнего мужчины обнаружено 2 кг марихуаны."
    )
    records = extract_text(text)
    assert [(r.place, r.country) for r in records] == [
        ("Гяндже", "AZ"),
        ("Шамкирском районе", "AZ"),
    ]
