"""A nationwide operation a report only recalls ("Ранее сообщалось ... в 40 регионах") does not
make the report's own find a national tally; a report whose own operation spans many regions
stays one."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники обнаружили 12 кг мефедрона в бензобаке автомобиля.\n"
            "Ранее сообщалось, что сотрудники ФСБ пресекли деятельность 50 подпольных "
            "оружейников в 30 регионах.",
            [("mephedrone", 12.0, None)],
        ),
        (
            "Sərhədçilər avtomobilin yanacaq çənindən 10 kq heroin aşkar ediblər.\n"
            "Xatırladaq ki, ötən ay 8 şəhərdə keçirilən əməliyyatlarda 20 nəfər saxlanılıb.",
            [("heroin", 10.0, None)],
        ),
    ],
)
def test_a_recalled_nationwide_operation_leaves_the_find_a_find(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


def test_a_report_of_an_operation_over_many_regions_stays_a_tally() -> None:
    text = "Сотрудники полиции в 40 регионах изъяли 300 кг наркотиков за месяц."
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники задержали двух курьеров.\n"
            "Более 30 килограммов синтетических наркотиков пытались ввезти двое иностранцев.\n"
            "В тайнике в бензобаке автомобиля обнаружено 34 кг наркотического средства "
            "мефедрон.",
            [("mephedrone", 34.0, None)],
        ),
        (
            "Sərhədçilər iki nəfəri saxlayıb.\n"
            "Onlardan 20 kiloqramdan çox narkotik vasitə götürülüb.\n"
            "Avtomobilin yanacaq çənində gizlədilmiş 23 kiloqram heroin aşkar edilib.",
            [("heroin", 23.0, None)],
        ),
    ],
)
def test_a_lead_more_than_figure_rounding_down_the_find_below_is_that_find(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


def test_a_lead_more_than_figure_far_below_the_find_is_not_taken_for_it() -> None:
    text = (
        "Пограничники задержали двух курьеров.\n"
        "Более 30 килограммов героина изъято у первого из них.\n"
        "У второго в бензобаке автомобиля обнаружено 75 кг героина."
    )
    assert amounts_found(text) == [("heroin", 30.0, None), ("heroin", 75.0, None)]
