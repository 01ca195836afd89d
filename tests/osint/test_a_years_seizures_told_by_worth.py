"""A sentence opening on a bare year and telling goods only by their worth ("In 2012, officers
seized more than $3 million worth of tobacco") sums that year's seizures: it is no find of its
own. A single seizure on a dated day, or one told by its figure, is still read. Russian and
Azerbaijani reports already read such a sentence as a year's total; the guards keep them so."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found


@pytest.mark.parametrize(
    "text",
    [
        "Border officers seized 500 kg of tobacco at the crossing on Monday. In 2014, border "
        "officers seized more than $3 million worth of tobacco.",
        "Border officers seized 500 kg of tobacco at the crossing on Monday. During 2019 the "
        "agency seized €2.5 million worth of tobacco and cigarettes.",
        "Пограничники изъяли 500 кг табака на пункте пропуска в понедельник. В 2014 году "
        "пограничники изъяли табака на сумму более 3 миллионов долларов.",
        "Sərhədçilər bazar ertəsi keçid məntəqəsində 500 kq tütün götürüblər. 2014-cü ildə "
        "sərhədçilər 3 milyon dollardan artıq dəyərində tütün götürüblər.",
    ],
)
def test_a_years_seizures_told_by_worth_are_no_find(text: str) -> None:
    assert amounts_found(text) == [("tobacco", 500.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On June 19, 2013, officers seized $30,000 worth of tobacco from a truck.",
            [("tobacco", None, None)],
        ),
        (
            "In 2012, officers at the port found 40 kg of cocaine in a container.",
            [("cocaine", 40.0, None)],
        ),
    ],
)
def test_a_dated_seizure_or_one_told_by_its_figure_is_still_read(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


def test_the_worth_of_one_find_in_a_year_named_later_is_read() -> None:
    text = "Officers seized $30,000 worth of tobacco from a truck in May 2014."
    assert [r.substance for r in extract_text(text)] == ["tobacco"]
