"""A liquid carried in drums and not measured is counted in them: "210 drums of ethanol",
"210 бочек спирта", "210 çəllək etil spirti". Given the size of each drum the drums multiply
it into the volume; told with a volume or weight of their load in the same sentence, they are
what held it and no count of their own."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

Read = tuple[str, float | None, float | None, str | None]


def read(text: str) -> list[Read]:
    """Each record's goods, volume, count and count unit, in the reader's order."""
    return [
        (r.substance, r.quantity_litres, r.quantity_count, r.count_unit) for r in extract_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police at the border post impounded a lorry carrying 140 drums of ethanol.",
            [("ethanol", None, 140.0, "drums")],
        ),
        (
            "Police at the border post impounded a lorry carrying about one hundred and forty "
            "drums of ethanol.",
            [("ethanol", None, 140.0, "drums")],
        ),
        (
            "Таможенники на посту изъяли у водителя фуры 140 бочек спирта.",
            [("ethanol", None, 140.0, "drums")],
        ),
        (
            "Astara gömrük postunda yük maşınından 140 çəllək etil spirti aşkar edilib.",
            [("ethanol", None, 140.0, "drums")],
        ),
        (
            "Officers seized 1,400 litres of ethanol in 7 drums at the post.",
            [("ethanol", 1400.0, None, None)],
        ),
        (
            "Таможенники изъяли на посту 1400 литров спирта, разлитого в 7 бочек.",
            [("ethanol", 1400.0, None, None)],
        ),
        (
            "Astara gömrük postunda 7 çəlləkdə 1400 litr etil spirti aşkar edilib.",
            [("ethanol", 1400.0, None, None)],
        ),
        (
            "Officers seized 7 drums of ethanol of 200 litres each at the post.",
            [("ethanol", 1400.0, None, None)],
        ),
        (
            "Таможенники изъяли на посту 7 бочек спирта по 200 литров.",
            [("ethanol", 1400.0, None, None)],
        ),
        (
            "Officers at the port found 7 drums of ethanol in a container. Tests showed the "
            "container held 1,400 litres of ethanol.",
            [("ethanol", 1400.0, None, None)],
        ),
    ],
)
def test_drums_counted_when_not_measured(text: str, expected: list[Read]) -> None:
    assert read(text) == expected
