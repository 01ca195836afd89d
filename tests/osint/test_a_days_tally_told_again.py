"""A day's or a period's tally and the sentence that tells its total again ("The amount of
confiscated drugs totalled ...", "The seized drugs totalled ...", "Общий вес изъятого
составил ...", "Götürülən narkotiklərin ümumi çəkisi ...") are no finds; the one find the
report tells on its own stays, and a find's own weight told that way after one seizure is still
read. (Russian and Azerbaijani also carry a total on by their own words, `total_continued`.)"""

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


@pytest.mark.parametrize(
    "text",
    [
        "В аэропорту Пулково у 41-летнего мужчины изъяли 0,3 кг кокаина. Всего за минувшие "
        "сутки полицейские по всей стране изъяли 40 партий наркотиков. Общий вес изъятого "
        "составил около 9 кг гашиша и героина.",
        "Hava limanında 41 yaşlı kişidən 0,3 kq kokain götürülüb. Ümumilikdə son sutka ərzində "
        "polis ölkə üzrə 40 narkotik partiyası götürüb. Götürülən narkotiklərin ümumi çəkisi "
        "təxminən 9 kq həşiş və heroin olub.",
    ],
)
def test_a_days_tally_told_again_in_russian_and_azerbaijani_is_no_find(text: str) -> None:
    assert amounts_found(text) == [("cocaine", 0.3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники поста Астара остановили грузовик из Ирана. Общий вес изъятого героина "
        "составил 12 кг.",
        "Astara gömrük postunda İrandan gələn yük maşını saxlanılıb. Götürülən heroinin ümumi "
        "çəkisi 12 kq olub.",
    ],
)
def test_one_finds_weight_told_as_a_total_is_read_in_russian_and_azerbaijani(
    text: str,
) -> None:
    assert amounts_found(text) == [("heroin", 12.0, None)]
