"""A count of cases, attempts or violations ("24 случая контрабанды", "57 cəhdin qarşısı
alınıb", "57 attempts to smuggle currency") sums many finds: the figures told beside it are a
tally, not a record, and goods it names without a figure are no find. One find the report
tells on its own beside such a count stays."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found


@pytest.mark.parametrize(
    "text",
    [
        "В марте таможенники выявили 24 случая незаконного ввоза сигарет и изъяли 9 400 пачек.",
        "Сотрудники таможни аэропорта пресекли 57 попыток незаконного вывоза валюты. Граждане "
        "пытались вывезти доллары и евро.",
        "Таможенники зафиксировали 31 нарушение при ввозе алкоголя, изъято 640 литров водки.",
        "Mart ayında gömrük əməkdaşları siqaret qaçaqmalçılığının 24 halını aşkar edib, 9400 "
        "qutu siqaret götürülüb.",
        "Hava limanında valyutanın qanunsuz çıxarılmasına dair 57 cəhdin qarşısı alınıb. "
        "Sərnişinlər dollar və avro çıxarmağa çalışıblar.",
        "In March, customs officers recorded 24 attempts to smuggle cigarettes and seized 9,400 "
        "packs.",
        "Airport customs officers stopped 57 attempts to take currency out of the country. "
        "Travellers tried to carry dollars and euros.",
        "Customs officers found 31 violations of the rules on importing alcohol and seized 640 "
        "litres of vodka.",
    ],
)
def test_a_count_of_cases_is_a_tally(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В марте таможенники выявили 24 случая контрабанды. У пассажира рейса из Стамбула "
            "изъято 3 кг героина.",
            [("heroin", 3.0, None)],
        ),
        (
            "Mart ayında gömrük əməkdaşları qaçaqmalçılığın 24 halını aşkar ediblər. İstanbul "
            "reysi ilə gələn sərnişinin çamadanından 3 kq heroin götürülüb.",
            [("heroin", 3.0, None)],
        ),
        (
            "Customs officers recorded 24 attempts to smuggle drugs in March. A passenger on the "
            "flight from Istanbul carried 3 kg of heroin in his suitcase.",
            [("heroin", 3.0, None)],
        ),
        (
            "В марте таможенники выявили 24 случая контрабанды наркотиков и изъяли 40 кг "
            "героина. У пассажира рейса из Стамбула изъято 3 кг героина.",
            [("heroin", 3.0, None)],
        ),
        (
            "Mart ayında gömrük əməkdaşları narkotik qaçaqmalçılığının 24 halını aşkar edib, 40 "
            "kq heroin götürülüb. İstanbul reysi ilə gələn sərnişinin çamadanından 3 kq heroin "
            "götürülüb.",
            [("heroin", 3.0, None)],
        ),
        (
            "Customs officers recorded 24 attempts to smuggle drugs in March and seized 40 kg of "
            "heroin. A passenger on the flight from Istanbul carried 3 kg of heroin in his "
            "suitcase.",
            [("heroin", 3.0, None)],
        ),
    ],
)
def test_one_find_beside_a_count_of_cases_is_read(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In May 2022, customs officers at the Termez crossing foiled three attempts to smuggle "
        "drugs. On the first occasion, officers found 4 kg of heroin in a driver's spare wheel.",
        "В мае 2022 года таможенники поста Термез пресекли три попытки контрабанды наркотиков. "
        "В первый раз у водителя в запасном колесе нашли 4 кг героина.",
    ],
)
def test_a_tallys_month_dates_no_find(text: str) -> None:
    assert [(r.substance, r.date) for r in extract_text(text)] == [("heroin", None)]
