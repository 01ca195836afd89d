"""A weight written after two or more counted finds weighs them together: it is neither a
find of its own nor the weight of the last count."""

from .reading import goods_found


def test_russian_weight_over_counted_pistols_and_rounds() -> None:
    text = (
        "На посту пограничники нашли в тайнике под сиденьем 3 пистолета и 240 патронов "
        "общим весом 6,5 кг."
    )
    assert goods_found(text) == [
        ("firearms", None, 3.0, "pieces"),
        ("ammunition", None, 240.0, "rounds"),
    ]


def test_russian_bullets_and_cartridge_cases_are_ammunition() -> None:
    text = "При досмотре поезда в купе нашли 415 пуль и 52 гильзы общей массой 4 кг."
    assert [g[:3] for g in goods_found(text)] == [
        ("ammunition", None, 415.0),
        ("ammunition", None, 52.0),
    ]


def test_azerbaijani_weight_after_a_list_of_counts() -> None:
    text = (
        "Tovuzda silah-sursat aşkarlanıb.\n"
        "Polis əməkdaşları onun evindən 2 ədəd tapança və 150 ədəd patron, ümumi çəkisi "
        "3 kq olmaqla, aşkar ediblər."
    )
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("ammunition", None, 150.0, "rounds"),
    ]


def test_english_weight_over_counted_finds() -> None:
    text = (
        "Customs officers found two pistols and 150 rounds of ammunition weighing a total of "
        "3 kg hidden in the spare wheel."
    )
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("ammunition", None, 150.0, "rounds"),
    ]
