"""Goods a law or a bill bans or fines ("qanun layihəsi", "qadağan edilir", "законопроект",
"запрещается") are named by a rule, not seized: a report of nothing else has no record; goods
seized because they are banned stay a find."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Ölkədə qəlyan tütününün satışı qadağan edilir\nQəlyan tütününün idxalı, saxlanılması "
        "və satışı qadağan edilir. Bu, parlamentin komitəsində müzakirə edilən qanun "
        "layihəsində əksini tapıb. Layihəyə əsasən, qəlyan tütünü tütün məmulatı sayılacaq.",
        "Qəlyan tütününün satışına görə cərimələr artırılır\nDəyişikliyə əsasən, qəlyan "
        "tütününün satışına görə fiziki şəxslər 400 manat məbləğində cərimə ediləcək. Mallar "
        "müsadirə edilməklə vəzifəli şəxslər 2000 manat cərimə olunacaq.",
        "В стране запретят продажу кальянного табака\nВвоз, хранение и продажа кальянного "
        "табака запрещается. Это предусмотрено законопроектом, который рассмотрел профильный "
        "комитет парламента. Нарушителей будут штрафовать на сумму до 50 тысяч рублей.",
    ],
)
def test_goods_a_law_names_are_no_find(text: str) -> None:
    assert goods_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gömrükçülər ölkəyə gətirilməsi qadağan olunan 300 ədəd elektron siqaret aşkar ediblər.",
        "Таможенники изъяли у пассажира 300 электронных сигарет, ввоз которых запрещён.",
    ],
)
def test_banned_goods_seized_stay_a_find(text: str) -> None:
    assert goods_found(text) == [("e-cigarettes", None, 300.0, "pieces")]
