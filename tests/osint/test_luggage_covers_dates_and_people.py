"""Fields read from a seizure's sentences, by class: luggage carried on a train or a bus, a
passenger at an airport, ferries and rafts, stretches of time and the vessel itself as no
hiding place, generic words and goods seized in their own right as no cover load, the people
goods were had through as no offenders, nationalities told by an adjective before an
offender, and the day a report was told as no date of the find."""

import pytest

from kordon.osint import extract_text


@pytest.mark.parametrize(
    ("text", "conveyance"),
    [
        (
            "Харьковские пограничники задержали пассажира поезда, который пытался перевезти в "
            "рундуках вагона 8 чемоданов с одеждой.",
            "train",
        ),
        (
            "Таможенники обнаружили 2 кг каннабиса в багаже одного из пассажиров автобуса.",
            "bus",
        ),
        (
            "Таможенники аэропорта Внуково обнаружили 2 кг золота в багаже пассажира рейса "
            "из Дубая.",
            "air_passenger",
        ),
        (
            "На пункте «Термез аэропорти» таможенники задержали одного из пассажиров и изъяли "
            "у него 117 старинных монет.",
            "air_passenger",
        ),
        ("Пограничники изъяли 30 кг золотого песка на пароме из Китая.", "vessel"),
        ("Пограничники изъяли 50 кг героина на плотах на реке Пяндж.", "vessel"),
    ],
)
def test_the_conveyance_is_the_one_the_luggage_travelled_on(text: str, conveyance: str) -> None:
    assert extract_text(text)[0].conveyance == conveyance


def test_a_passenger_away_from_any_airport_is_no_air_passenger() -> None:
    text = "На посту Кордай таможенники задержали пассажира и изъяли у него 117 монет."
    assert extract_text(text)[0].conveyance != "air_passenger"


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers discovered 1840 cigarettes in just one day at customs post Lipcani.",
        "Upon search, 250 kilogrammes of bird's nests were found on board the vessel.",
    ],
)
def test_a_stretch_of_time_or_the_vessel_itself_is_no_hiding_place(text: str) -> None:
    assert extract_text(text)[0].concealment is None


def test_a_hiding_place_after_found_is_still_read() -> None:
    text = "Customs officers discovered 1840 cigarettes in the ceiling of a car."
    assert extract_text(text)[0].concealment == "the ceiling of a car"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Border guards stopped a Mitsubishi Delica which was transporting clothes. "
            "The weight of goods was 1.5 tons. They also seized 200 kg of tea in the car."
        ),
        "Officers seized a shipment containing a variety of goods, among them 20 kg of heroin.",
        "Officers stopped a truck carrying a load of 20 kg of heroin.",
    ],
)
def test_goods_seized_in_their_own_right_or_generic_words_are_no_cover(text: str) -> None:
    assert all(r.cover_cargo is None for r in extract_text(text))


def test_a_legitimate_load_is_still_a_cover() -> None:
    text = "Officers found 20 kg of cocaine in a truck carrying bananas to Odesa."
    assert extract_text(text)[0].cover_cargo == "bananas"


@pytest.mark.parametrize(
    "text",
    [
        "Следствие установило, что задержанные получали 5 кг героина через граждан Ирана.",
        (
            "Araşdırmalarla müəyyən edilib ki, o, İran vətəndaşı ilə əlbir olaraq ölkəyə 5 kq "
            "heroin gətirib."
        ),
        (
            "Saxlanılanlar 5 kq heroini tanımadıqları İran vətəndaşlarından onlayn yolla əldə "
            "etdiklərini deyiblər."
        ),
    ],
)
def test_the_people_goods_were_had_through_are_no_offenders(text: str) -> None:
    assert extract_text(text)[0].offender_nationality == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Таможенники изъяли у гражданина Ирана 5 кг героина.", ["IR"]),
        ("İran vətəndaşından 5 kq heroin götürülüb.", ["IR"]),
        ("Четверо афганских контрабандистов пересекли границу с 46 кг гашиша.", ["AF"]),
    ],
)
def test_the_offenders_nationality_is_read(text: str, codes: list[str]) -> None:
    assert extract_text(text)[0].offender_nationality == codes


@pytest.mark.parametrize(
    "text",
    [
        (
            "DATE: 2025-11-12\nВ багаже у мужчины нашли 2 кг золота, сообщили 12 ноября в "
            "Федеральной таможенной службе."
        ),
        (
            "DATE: 2018-04-30\nВ понедельник, 30 апреля, Таможенная служба снова сообщила о "
            "задержании 5000 пачек сигарет."
        ),
    ],
)
def test_the_day_a_report_was_told_is_no_date_of_the_find(text: str) -> None:
    assert extract_text(text)[0].date is None


def test_the_day_of_the_find_is_still_read() -> None:
    text = "DATE: 2025-11-14\nТаможенники 12 ноября нашли в багаже пассажира 2 кг золота."
    assert extract_text(text)[0].date == "2025-11-12"
