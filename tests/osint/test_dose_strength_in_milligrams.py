"""A weight written in milligrams in a report that counts the same goods is the strength of one
dose, not how much was seized; a milligram weight the report counts nothing of stays a weight,
and so does a weight in grams beside a count."""

import pytest

from kordon.osint import extract_text


def weights(text: str) -> list[tuple[str, float | None, float | None]]:
    return sorted(
        (r.substance, None if r.quantity_kg is None else round(r.quantity_kg, 6), r.quantity_count)
        for r in extract_text(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "На таможне изъяли трамадол в дозировке 100 мг. Всего в грузе было 700 таблеток трамадола.",
        "Gömrükdə 100 mq dozada tramadol aşkar edilib. Yükdə ümumilikdə 700 ədəd tramadol həbi "
        "olub.",
        "Officers found tramadol of 100 mg strength in the truck. The load held 700 tablets of "
        "tramadol in all.",
        "The truck held 40 cartons of 100mg and 30 cartons of 50mg of tramadol tablets. In all, "
        "70 cartons of tramadol were seized.",
    ],
)
def test_milligrams_beside_a_count_are_a_strength(text: str) -> None:
    assert all(kg is None for _, kg, _ in weights(text))


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники изъяли у пассажира 500 мг героина.",
        "Customs officers seized 500 mg of heroin from a passenger.",
    ],
)
def test_milligrams_with_no_count_stay_a_weight(text: str) -> None:
    assert weights(text) == [("heroin", 0.0005, None)]


def test_grams_beside_a_count_stay_a_weight() -> None:
    text = (
        "Officers seized 350 grams of heroin from the driver. In his bag they also found 700 "
        "tablets of tramadol."
    )
    assert weights(text) == [("heroin", 0.35, None), ("tramadol", None, 700)]
