"""A day's or a period's tally and the sentence that tells its total again ("The amount of
confiscated drugs totalled ...", "The seized drugs totalled ...") are no finds; the one find the
report tells on its own stays, and a find's own weight told that way after one seizure is still
read. (Russian and Azerbaijani carry a total on by their own words, `total_continued`.)"""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    "text",
    [
        "A 41-year-old man was detained at Pulkovo airport with 0.3 kg of cocaine. In all over "
        "the past 24 hours, police seized 40 batches of drugs across the country. The amount of "
        "confiscated drugs totalled about 9 kg of hashish and heroin.",
        "A 41-year-old man was detained at Pulkovo airport with 0.3 kg of cocaine. In all over "
        "the past 24 hours, police seized 40 batches of drugs across the country. The seized "
        "drugs totalled about 9 kg of hashish and heroin.",
    ],
)
def test_a_days_tally_told_again_is_no_find(text: str) -> None:
    assert amounts_found(text) == [("cocaine", 0.3, None)]


def test_one_finds_weight_told_as_a_total_is_read() -> None:
    text = (
        "Customs officers at the port of Poti searched a lorry from Iran on Monday. The amount "
        "of seized heroin totalled 12 kg."
    )
    assert amounts_found(text) == [("heroin", 12.0, None)]
