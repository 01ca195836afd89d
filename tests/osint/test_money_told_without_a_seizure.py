"""Currency is a record only when it was seized, confiscated or found hidden: a sum that is
what goods were worth ("вывоз леса на 2,3 млн рублей", "груз стоит более 20 миллионов
долларов", "dəyəri 40 min manat"), a fine or a bribe, or a rule told for the future ("cash will
be seized") is no money found. Money found is still read, also in a sentence that adds what will
be confiscated later ("seized $7,000 in cash, and the car will be confiscated")."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Контрабанда пресечена\nТаможенники пресекли незаконный вывоз леса на 2,3 млн рублей в "
        "Монголию.",
        "Heroin seized\n«Изъятый груз на чёрном рынке стоит более 20 миллионов долларов», — "
        "сказал представитель полиции.",
        "Airport checks\nUndeclared cash will be seized at the border, officials said.",
        "Gömrük yoxlaması\nSürücü gömrükçülərə 500 manat rüşvət təklif edib.",
    ],
)
def test_money_told_without_a_seizure_is_no_record(text: str) -> None:
    assert "currency" not in [g[0] for g in goods_found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Airport checks\nOfficers seized undeclared cash from a passenger at the border.",
        "Курьер задержан в Самаре\nВ ручной клади пассажира таможенники обнаружили 30 тысяч "
        "долларов.",
    ],
)
def test_money_found_is_still_a_record(text: str) -> None:
    assert goods_found(text) == [("currency", None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Port check\nOfficers seized $7,000 in cash and 3 kg of heroin at the port, and the "
            "car will be confiscated. The driver was held.",
            ["currency", "heroin"],
        ),
        (
            "Port check\nOfficers seized heroin at the port, and the car will be confiscated. "
            "The driver was held.",
            ["heroin"],
        ),
    ],
)
def test_a_seizure_done_beside_a_future_one_is_read(text: str, expected: list[str]) -> None:
    assert sorted(g[0] for g in goods_found(text)) == expected
