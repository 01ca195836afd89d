"""A report told in one sentence is one find, even when it names the police and no place; a
find in someone's bag or pocket is one person's; goods told by their carcasses ("8 balıq
cəmdəyi") keep their bare count; a cartridge written with a leading point (".308", ".223") is
a calibre, never a count; a loose weight written with an exact one in brackets ("about 1.5
tonnes (1,408 kg)") is one find, of the exact figure."""

from __future__ import annotations

import pytest

from kordon.osint.calibres import blank_calibres

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полицейские изъяли 4 кг гашиша.", [("cannabis resin", 4.0, None, None)]),
        ("Polis əməkdaşları 4 kq heroin aşkar ediblər.", [("heroin", 4.0, None, None)]),
        ("Police officers seized 4 kg of heroin.", [("heroin", 4.0, None, None)]),
        (
            "Сотрудники полиции нашли девяносто патронов.",
            [("ammunition", None, 90.0, "rounds")],
        ),
    ],
)
def test_a_one_sentence_police_find_is_a_seizure(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полицейские нашли в сумке 70 патронов. Возбуждено уголовное дело.",
            [("ammunition", None, 70.0, "rounds")],
        ),
        (
            "Polis əməkdaşları çantada 70 ədəd patron aşkar ediblər. Cinayət işi başlanıb.",
            [("ammunition", None, 70.0, "rounds")],
        ),
    ],
)
def test_a_find_in_a_bag_is_one_persons(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Полицейские изъяли 40 кг наркотиков. Возбуждены уголовные дела.",
        "Polis əməkdaşları 40 kq narkotik vasitə götürüblər. Cinayət işləri başlanıb.",
        # Drugs of no kind in one sentence sum a day's finds, as before.
        "Полицейские изъяли 40 кг наркотиков.",
        "Polis əməkdaşları 40 kq narkotik vasitə götürüblər.",
    ],
)
def test_a_police_tally_over_sentences_without_place_or_person_stays_none(text: str) -> None:
    assert goods_found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sərhədçilər qayıqda 14 balıq cəmdəyi aşkar ediblər.",
            [("fish", None, 14.0, "items")],
        ),
        ("Polis sakindən 9 qoyun cəmdəyi götürüb.", [("meat", None, 9.0, "items")]),
        ("Пограничники нашли в лодке 14 тушек рыбы.", [("fish", None, 14.0, "items")]),
        ("Border guards found 14 fish carcasses in the boat.", [("fish", None, 14.0, "items")]),
    ],
)
def test_carcasses_keep_a_bare_count(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_carcasses_without_a_figure_have_no_count() -> None:
    assert goods_found("Sərhədçilər qayıqda balıq cəmdəyi aşkar ediblər.") == [
        ("fish", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found 700 rounds of .308 ammunition and 450 rounds of .223 ammunition.",
            [("ammunition", None, 700.0, "rounds"), ("ammunition", None, 450.0, "rounds")],
        ),
        (
            "Officers seized 600 .223 rounds and 250 7.62 mm rounds from the van.",
            [("ammunition", None, 600.0, "rounds"), ("ammunition", None, 250.0, "rounds")],
        ),
        (
            "Officers found 800 .308-caliber rifle rounds and 600 .223-caliber rifle rounds in "
            "the van.",
            [("ammunition", None, 800.0, "rounds"), ("ammunition", None, 600.0, "rounds")],
        ),
        (
            "Officers seized two .308 rifles and 90 rounds from the van.",
            [("firearms", None, 2.0, "pieces"), ("ammunition", None, 90.0, "rounds")],
        ),
        (
            "Таможенники нашли в багажнике 400 патронов .223 Remington и 300 патронов .308 "
            "Winchester.",
            [("ammunition", None, 400.0, "rounds"), ("ammunition", None, 300.0, "rounds")],
        ),
        (
            "Gömrükçülər baqajda 400 ədəd .223 kalibrli patron aşkar ediblər.",
            [("ammunition", None, 400.0, "rounds")],
        ),
    ],
)
def test_a_point_led_calibre_is_no_count(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize("text", ["a .75-kg bag of heroin", "a .50-litre can of spirit"])
def test_a_measure_led_by_a_point_and_a_hyphen_is_no_calibre(text: str) -> None:
    assert blank_calibres(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers found about 2 tonnes (1,950 kg) of sturgeon in the truck.",
            [("sturgeon", 1950.0, None, None)],
        ),
        (
            "Customs officers found 1,390 kg (about 1.5 tonnes) of fish in the truck.",
            [("fish", 1390.0, None, None)],
        ),
        (
            "Таможенники обнаружили в грузовике рыбу весом до 1,5 тонны (1 390 килограммов).",
            [("fish", 1390.0, None, None)],
        ),
        (
            "Gömrükçülər yük maşınında təxminən 1,5 ton (1390 kiloqram) balıq aşkar ediblər.",
            [("fish", 1390.0, None, None)],
        ),
        (
            "Таможенники обнаружили в грузовике 1 390 кг (около 1,5 тонны) рыбы.",
            [("fish", 1390.0, None, None)],
        ),
    ],
)
def test_a_loose_weight_with_an_exact_one_in_brackets_is_one_find(
    text: str, expected: list[Goods]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("Officials said around 40 kilos (88lb) of heroin were found in the lorry.", 40.0),
        ("Officers found 3.42 kg (about 7.5 pounds) of heroin in the lorry.", 3.42),
    ],
)
def test_a_weight_turned_into_pounds_keeps_the_metric_figure(text: str, kg: float) -> None:
    assert goods_found(text) == [("heroin", kg, None, None)]


def test_exact_figures_in_brackets_are_kept_as_they_were() -> None:
    # Two exact figures, the second naming goods of its own: no loose figure is restated.
    assert goods_found(
        "Customs officers found 30 kg of heroin (12 kg of it in the spare tyre) in the truck."
    )[:1] == [("heroin", 30.0, None, None)]


Told = tuple[str, float | None, str]


def _amounts_and_context(text: str) -> list[Told]:
    from kordon.osint import extract_text

    return [(r.substance, r.quantity_kg, r.context) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police seized 300 kg of cannabis from a truck in Nakuru on Monday. Last November, "
            "police recovered 90 kilos of cannabis hidden in a lorry heading to Nairobi.",
            [("cannabis herb", 300.0, "primary"), ("cannabis herb", 90.0, "background")],
        ),
        (
            "Police seized 300 kg of cannabis from a truck in Nakuru on Monday. A similar "
            "incident was reported when a trader was arrested in Nakuru with 200 kilogrammes "
            "of cannabis.",
            [("cannabis herb", 300.0, "primary"), ("cannabis herb", 200.0, "background")],
        ),
        (
            "Полицейские изъяли в Бишкеке 30 кг гашиша у водителя. В прошлом году полицейские "
            "изъяли у жителя Оша 12 кг гашиша.",
            [("cannabis resin", 30.0, "primary"), ("cannabis resin", 12.0, "background")],
        ),
        (
            "Polis əməkdaşları Lənkəranda sürücüdən 30 kq heroin götürüb. Ötən il polis "
            "Astarada sakindən 12 kq heroin götürmüşdü.",
            [("heroin", 30.0, "primary"), ("heroin", 12.0, "background")],
        ),
    ],
)
def test_a_seizure_recalled_with_its_figure_is_background(text: str, expected: list[Told]) -> None:
    assert _amounts_and_context(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polis əməkdaşları Lənkəranda sürücüdən 30 kq heroin götürüb. Ötən il ərzində rayonda "
        "400 kq narkotik götürülüb.",
        "Police seized 300 kg of cannabis from a truck in Nakuru on Monday. Last year police "
        "in the county seized 4 tonnes of cannabis in 85 operations.",
    ],
)
def test_a_years_total_beside_a_find_is_still_no_record(text: str) -> None:
    assert [r[2] for r in _amounts_and_context(text)] == ["primary"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found 3,000 units of counterfeit headphones and watches in the truck.",
            [("consumer goods", None, None, None), ("watches", None, None, None)],
        ),
        (
            "Таможенники изъяли 3 тысячи единиц контрафактных наушников и мобильных телефонов.",
            [("consumer goods", None, None, None), ("mobile phones", None, None, None)],
        ),
        (
            "Таможенники изъяли 3 тысячи единиц товара: наушники и мобильные телефоны.",
            [("consumer goods", None, None, None), ("mobile phones", None, None, None)],
        ),
    ],
)
def test_a_count_of_units_over_two_kinds_is_a_figure_of_neither(
    text: str, expected: list[Goods]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found 3,000 units of counterfeit watches in the truck.",
            [("counterfeit goods", None, 3000.0, "items")],
        ),
        (
            "Officers found 3,000 counterfeit watches and 20 phones in the truck.",
            [("counterfeit goods", None, 3000.0, "items"), ("mobile phones", None, 20.0, "phones")],
        ),
    ],
)
def test_a_count_of_one_kind_keeps_its_figure(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected
