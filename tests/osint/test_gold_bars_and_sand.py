"""Gold counted in bars and gold sand by weight; other goods keep their own units."""

from tests.osint.reading import goods_found


def test_russian_gold_counted_in_bars() -> None:
    text = "На посту Кяхта у пассажира автобуса обнаружены четыре слитка золота."
    assert goods_found(text) == [("gold", None, 4.0, "bars")]


def test_azerbaijani_gold_counted_in_bars() -> None:
    text = "Gömrükçülər Astara gömrük postunda sərnişindən 2 ədəd qızıl külçəsi aşkar ediblər."
    assert goods_found(text) == [("gold", None, 2.0, "bars")]


def test_russian_gold_sand_by_weight_in_half_a_kilogram() -> None:
    text = "Таможенники обнаружили у пассажира парома полкилограмма золотого песка."
    assert goods_found(text) == [("gold", 0.5, None, None)]


def test_half_a_kilogram_of_a_drug_is_still_a_weight() -> None:
    text = "Таможенники нашли у пассажира полкилограмма героина."
    assert goods_found(text) == [("heroin", 0.5, None, None)]


def test_wraps_are_not_bars() -> None:
    text = "У пассажира изъяли 4 свертка с героином общим весом 200 граммов."
    assert [u for *_, u in goods_found(text)] != ["bars"]
