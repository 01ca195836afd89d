"""Money offered, paid, promised or held out as a reward is no money found, in every language:
"he was offered 4,000 dollars in cash", "30 тысяч долларов, которые он обещал напарнику".
Money seized beside the goods stays a find."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers seized 3 kg of heroin at the airport. The courier said he was "
            "offered 4,000 dollars in cash for the trip.",
            [("heroin", 3.0, None)],
        ),
        (
            "Customs officers seized 3 kg of heroin at the airport. The courier had been paid "
            "1,500 euros in cash before the flight.",
            [("heroin", 3.0, None)],
        ),
        (
            "Customs officers seized 3 kg of heroin at the airport. A reward of 2,000 dollars "
            "in cash was promised to the informant.",
            [("heroin", 3.0, None)],
        ),
        (
            "Полицейские изъяли у водителя 6 кг гашиша, а также 30 тысяч долларов, которые он "
            "обещал напарнику за перевозку. Возбуждено уголовное дело.",
            [("cannabis resin", 6.0, None)],
        ),
        (
            "Полицейские изъяли у водителя 6 кг гашиша и 30 тысяч долларов, которые ему "
            "предлагали за перевозку. Возбуждено уголовное дело.",
            [("cannabis resin", 6.0, None)],
        ),
    ],
)
def test_money_offered_paid_or_promised_is_no_find(
    text: str, expected: list[tuple[str, float | None, None]]
) -> None:
    assert amounts_found(text) == expected


def test_money_seized_beside_the_goods_stays_a_find() -> None:
    text = (
        "Customs officers seized 3 kg of heroin and 1,500 euros in cash at the airport. The "
        "courier was arrested."
    )
    assert sorted(amounts_found(text), key=str) == [("currency", None, None), ("heroin", 3.0, None)]
