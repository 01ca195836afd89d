"""A milligram figure beside a count of doses of the same drug ("12,000 tablets of 100mg
tramadol") is the strength of one dose, not a find's weight; milligrams with no doses counted
are the find's weight."""

from .reading import goods_found


def test_english_strength_beside_counted_tablets_is_no_weight() -> None:
    text = "Customs officers seized 12,000 tablets of prohibited 100mg tramadol at the port."
    assert goods_found(text) == [("tramadol", None, 12000.0, "tablets")]


def test_russian_strength_beside_counted_tablets_is_no_weight() -> None:
    text = "Таможенники изъяли 3000 таблеток трамадола дозировкой 225 мг."
    assert goods_found(text) == [("tramadol", None, 3000.0, "tablets")]


def test_azerbaijani_strength_beside_counted_pills_is_no_weight() -> None:
    text = "Gömrük postunda 3000 ədəd tramadol həbi və 225 mq tramadol aşkar edilib."
    assert goods_found(text) == [("tramadol", None, 3000.0, "pills")]


def test_milligrams_with_no_doses_counted_are_the_weight() -> None:
    for text in (
        "Police found 500 mg of heroin in the suspect's pocket.",
        "Полицейские изъяли у мужчины 500 мг героина.",
        "Polis əməkdaşları onun üzərindən 500 mq heroin aşkar edib.",
    ):
        assert goods_found(text) == [("heroin", 0.0005, None, None)]
