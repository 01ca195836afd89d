"""A word for any motor vehicle is the truck or bus named beside it, and hiding places that
name a compartment, a niche, a neck or clothes."""

import pytest

from kordon.osint import extract_text


def test_a_generic_vehicle_word_is_the_truck_named_in_its_paragraph() -> None:
    text = (
        "На посту Кучурган задержан грузовик, следовавший из Одессы. В автомобиле таможенники "
        "обнаружили 31 тысячу пачек сигарет."
    )
    (r,) = extract_text(text)
    assert r.conveyance == "truck"


def test_a_generic_vehicle_word_stays_a_car_when_nothing_heavier_is_named() -> None:
    (r,) = extract_text("На посту Кучурган в автомобиле таможенники обнаружили 3 кг героина.")
    assert r.conveyance == "car"


def test_a_bus_in_another_paragraph_is_not_the_car_of_a_later_find() -> None:
    text = (
        "Biləsuvar gömrük postunda avtobusun sərnişininə məxsus çantadan 6 kq heroin aşkarlanıb.\n"
        "Daha sonra iki şəxs saxlanılıb. Bu zaman avtomobildən 1 kq marixuana aşkar olunub."
    )
    cars = {r.substance: r.conveyance for r in extract_text(text)}
    assert cars["cannabis herb"] == "car"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "В Ярцевском районе в грузовых отсеках автомобилей таможенники обнаружили 300 "
            "тысяч пачек сигарет.",
            "грузовых отсеках",
        ),
        (
            "На станции Казачья Лопань пограничники нашли в аккумуляторной нише вагона 2 кг "
            "золота.",
            "аккумуляторной нише",
        ),
        ("Во Внукове у пассажира на шее нашли золотую цепь весом 1 кг.", "шее"),
        ("В Паланке в багаже пассажира среди одежды нашли 3 кг золота.", "одежды"),
    ],
)
def test_russian_hiding_places(text: str, words: str) -> None:
    (r,) = extract_text(text)
    assert r.concealment is not None and words.split()[-1] in r.concealment


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники рассказали, как смогли укрыть груз от глаз пограничников и изъяли 300 "
        "кг мяса на станции Суземка.",
        "На посту Аксарайский пограничники досмотрели сумку. В ней находилось около двух "
        "килограммов гашиша.",
    ],
)
def test_a_verb_of_hiding_with_no_place_is_no_hiding_place(text: str) -> None:
    records = extract_text(text)
    assert records and all(r.concealment is None for r in records)


def test_a_verb_of_hiding_with_its_place_keeps_it() -> None:
    (r,) = extract_text(
        "На посту Сырым пограничники обнаружили 8 термокоробок черной икры весом 40 кг, "
        "укрытых в винограде."
    )
    assert r.concealment is not None and "винограде" in r.concealment
