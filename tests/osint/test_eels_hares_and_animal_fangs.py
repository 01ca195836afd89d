"""Animals and their parts a seizure names by kind: eels and their fry are fish; hares are
wild animals; fangs and claws of wild animals are wildlife products, counted."""

from __future__ import annotations

import pytest

from .reading import amounts_found

Amounts = list[tuple[str, float | None, float | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers at the airport seized 38 kilograms of glass eels in two suitcases.",
            [("fish", 38.0, None)],
        ),
        (
            "Таможенники изъяли в багаже пассажира 38 кг мальков угря.",
            [("fish", 38.0, None)],
        ),
        (
            "Gömrükçülər sərnişinin baqajında 38 kq ilanbalığı aşkar ediblər.",
            [("fish", 38.0, None)],
        ),
        (
            "Rangers seized 5 hares and a shotgun from the poacher.",
            [("wildlife", None, 5.0), ("firearms", None, 1.0)],
        ),
        (
            "Пограничники изъяли у браконьера 5 зайцев.",
            [("wildlife", None, 5.0)],
        ),
        (
            "Sərhədçilər brakonyerdən ovladığı 5 ədəd dovşan götürüblər.",
            [("wildlife", None, 5.0)],
        ),
        (
            "Officers found 9 wolf fangs and 4 bear claws in the tourist's bag.",
            [("wildlife products", None, 9.0), ("wildlife products", None, 4.0)],
        ),
        (
            "Таможенники обнаружили у туриста 9 клыков волка.",
            [("wildlife products", None, 9.0)],
        ),
    ],
)
def test_animals_and_their_parts_are_named(text: str, expected: Amounts) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words that only begin like them name no goods.
        (
            "Таможенники изъяли 3 кг героина; водитель угрожал сотрудникам.",
            [("heroin", 3.0, None)],
        ),
        (
            "Officers seized 3 kg of heroin in a hare-brained attempt at the border.",
            [("heroin", 3.0, None)],
        ),
    ],
)
def test_other_words_name_no_animal(text: str, expected: Amounts) -> None:
    assert amounts_found(text) == expected
