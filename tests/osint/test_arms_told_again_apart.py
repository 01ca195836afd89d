"""The word for a whole weapons cache told, without a figure, in a sentence apart from the one
that counts its kinds names no further goods; arms named without a figure in the counting
sentence itself stay records (caches.py)."""

from __future__ import annotations

import pytest

from kordon.osint.caches import without_bare_arms
from kordon.osint.records import SeizureRecord

from .reading import goods_found

_COUNTING = {
    "az": "Polis tövlədə 6 ədəd əl qumbarası və 240 ədəd patron aşkar edib.",
    "ru": "Полиция изъяла в гараже 6 ручных гранат и 240 патронов.",
    "en": "Police seized 6 hand grenades and 240 cartridges in a barn.",
}
_APART = {
    "az": "Sursatlar mütəxəssislər tərəfindən ərazidən götürülərək kənarlaşdırılıb.",
    "ru": "Ранее в городе пресекли работу мастерской по ремонту огнестрельного оружия.",
    "en": "Officers made a large weapons seizure at the farm last week.",
}


def _cache(language: str, bare_in: str) -> list[SeizureRecord]:
    counting = _COUNTING[language]
    return [
        SeizureRecord("primary", "explosives", quantity_count=6.0, count_unit="pieces",
                      evidence=counting),
        SeizureRecord("primary", "ammunition", quantity_count=240.0, count_unit="rounds",
                      evidence=counting),
        SeizureRecord("primary", "firearms", evidence=bare_in),
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_a_generic_word_told_apart_from_the_counts_is_no_record(language: str) -> None:
    kept = without_bare_arms(_cache(language, _APART[language]))
    assert [r.substance for r in kept] == ["explosives", "ammunition"]


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_a_weapon_named_in_the_counting_sentence_stays(language: str) -> None:
    kept = without_bare_arms(_cache(language, _COUNTING[language]))
    assert [r.substance for r in kept] == ["explosives", "ammunition", "firearms"]


def test_arms_with_nothing_counted_beside_them_stay() -> None:
    records = [
        SeizureRecord("primary", "weapons", evidence="Police seized weapons in a flat."),
        SeizureRecord("primary", "ammunition", evidence="The ammunition was sent for tests."),
    ]
    assert without_bare_arms(records) == records


def test_counted_arms_of_another_context_leave_a_bare_record() -> None:
    records = [
        SeizureRecord("background", "firearms", quantity_count=3.0, count_unit="pieces",
                      evidence="Last year 3 rifles were seized there."),
        SeizureRecord("primary", "ammunition", evidence="Police seized ammunition today."),
    ]  # fmt: skip
    assert without_bare_arms(records) == records


def test_a_read_report_drops_the_weapons_its_counts_tell_again() -> None:
    text = (
        "Crates of ammunition for hunting rifles were found by agents in a lorry at the border. "
        "In all, agents seized 1,500 cartridges."
    )
    assert goods_found(text) == [("ammunition", None, 1500.0, "rounds")]
