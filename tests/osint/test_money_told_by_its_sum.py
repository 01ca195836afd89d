"""Money found told by its sum alone ("seized $5,980", "обнаружили 800 тысяч евро", "800 min
avro aşkar ediblər") is a find of currency, with no quantity, as cash is labelled; a sum that is
what goods are worth, a fine or a tax is not."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "At the airport CBP officers also seized $5,980 the passenger possessed.",
        "At the airport customs officers seized 5,980 dollars from a passenger from Dubai.",
        "At the airport officers discovered a passenger carrying 17,520 euro in envelopes.",
        "В аэропорту таможенники обнаружили у пассажира 800 тысяч евро в ручной клади.",
        # A word ending as a price word does ("ввоза" in "за") is no price.
        "В аэропорту таможенники изъяли у пассажира при попытке ввоза 800 тысяч евро.",
        # Price and tax words are whole words: "аналогичным" holds "налог", "taxi" "tax", and an
        # officer "on duty" tells no customs duty.
        "Аналогичным образом таможенники в аэропорту изъяли у пассажира 800 тысяч евро.",
        "At the airport officers on duty seized $5,980 from a taxi driver.",
        "Hava limanında gömrükçülər sərnişindən 800 min avro aşkar ediblər.",
    ],
)
def test_a_sum_found_is_currency(text: str) -> None:
    assert goods_found(text) == [("currency", None, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "At the airport customs officers seized goods worth $5,980 from a passenger.",
        "Officials seize $1.9 million in undeclared commodities at the port of entry.",
        "The estimated market value of the parcels seized at the airport is about $400,000.",
        "Общая сумма оценки изъятого в аэропорту товара составила более 600 тысяч рублей.",
        "Таможенники изъяли у пассажира в аэропорту товары на сумму 800 тысяч рублей.",
    ],
)
def test_a_value_is_no_money_found(text: str) -> None:
    assert all(goods != "currency" for goods, *_ in goods_found(text))
