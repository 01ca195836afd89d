"""Gold counted in bars and gold sand by weight; other goods keep their own units."""

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.count_unit) for r in extract_text(text)
    ]


def test_russian_gold_counted_in_bars() -> None:
    text = "На посту Кяхта у пассажира автобуса обнаружены четыре слитка золота."
    assert _read(text) == [("gold", None, 4.0, "bars")]


def test_azerbaijani_gold_counted_in_bars() -> None:
    text = "Gömrükçülər Astara gömrük postunda sərnişindən 2 ədəd qızıl külçəsi aşkar ediblər."
    assert _read(text) == [("gold", None, 2.0, "bars")]


def test_russian_gold_sand_by_weight_in_half_a_kilogram() -> None:
    text = "Таможенники обнаружили у пассажира парома полкилограмма золотого песка."
    assert _read(text) == [("gold", 0.5, None, None)]


def test_half_a_kilogram_of_a_drug_is_still_a_weight() -> None:
    text = "Таможенники нашли у пассажира полкилограмма героина."
    assert _read(text) == [("heroin", 0.5, None, None)]


def test_wraps_are_not_bars() -> None:
    text = "У пассажира изъяли 4 свертка с героином общим весом 200 граммов."
    assert [u for *_, u in _read(text)] != ["bars"]
