"""Caches kept one per enum member: the same answers as the function, each member's entries
bounded on their own, and entries the cyclic collector does not have to walk."""

from __future__ import annotations

import gc
from enum import Enum

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.caching import cache_per_member
from kordon.risk.network.index import mention_keys
from kordon.risk.network.keys import name_keys, parsed
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import names_agree
from kordon.risk.screening.text import name_parts, tokens_from_parts


class Shade(Enum):
    LIGHT = "light"
    DARK = "dark"


def _tracked_tuples_holding(text: str) -> list[tuple[object, ...]]:
    """The tuples the collector still tracks, after it has run, that hold the text."""
    for _ in range(3):  # a tuple inside a tuple is let go one collection after it
        gc.collect()
    return [
        o
        for o in gc.get_objects()
        if type(o) is tuple and any(type(x) is str and x == text for x in o)
    ]


def test_answers_as_the_function_does_and_once_for_each_member_and_arguments() -> None:
    calls: list[tuple[Shade, str, int]] = []

    @cache_per_member(Shade, maxsize=8)
    def paint(shade: Shade, word: str, times: int) -> str:
        calls.append((shade, word, times))
        return f"{shade.value} {word}" * times

    assert paint(Shade.LIGHT, "wall", 1) == "light wall"
    assert paint(Shade.LIGHT, "wall", 1) == "light wall"
    assert paint(Shade.DARK, "wall", 1) == "dark wall"
    assert paint(Shade.DARK, "wall", 2) == "dark walldark wall"
    assert calls == [(Shade.LIGHT, "wall", 1), (Shade.DARK, "wall", 1), (Shade.DARK, "wall", 2)]
    assert paint.__name__ == "paint"


def test_a_function_of_more_arguments_is_refused() -> None:
    def mix(shade: Shade, first: str, second: str, third: str) -> str:
        return first + second + third

    with pytest.raises(TypeError, match="mix takes 3 arguments after the member"):
        cache_per_member(Shade, maxsize=8)(mix)


def test_each_member_keeps_up_to_maxsize_entries_of_its_own() -> None:
    calls: list[str] = []

    @cache_per_member(Shade, maxsize=2)
    def paint(shade: Shade, word: str) -> str:
        calls.append(f"{shade.value} {word}")
        return word

    paint(Shade.DARK, "door")
    for word in ("wall", "roof", "floor"):  # the third pushes "wall" out of LIGHT's cache
        paint(Shade.LIGHT, word)
    calls.clear()
    paint(Shade.DARK, "door")
    paint(Shade.LIGHT, "floor")
    paint(Shade.LIGHT, "wall")
    assert calls == ["light wall"]


def test_its_keys_are_left_untracked() -> None:
    @cache_per_member(Shade, maxsize=8)
    def paint(shade: Shade, word: str, other: str) -> str:
        return word + other

    paint(Shade.LIGHT, "Quillon Varga-Pesth", "Ostrid")
    assert _tracked_tuples_holding("Quillon Varga-Pesth") == []


def test_the_name_caches_of_linking_leave_their_keys_untracked() -> None:
    person, company = "Tavrik Olmezov Rashadovich", "Zerkalo Vostok Logistik MMC"
    name_keys(WatchlistKind.PERSON, person)
    parsed(WatchlistKind.COMPANY, company)
    names_agree(WatchlistKind.PERSON, person, "Olmezov Tavrik")
    driver = Mention(RecordKind.DECLARATION, "D-9", "driver", WatchlistKind.PERSON, person, "AZ",
                     (("passport", "C55512345"),))  # fmt: skip
    mention_keys(driver)
    tokens_from_parts(name_parts("Ulrikh von Falkenhayn-Drost"))
    assert _tracked_tuples_holding(person) == []
    assert _tracked_tuples_holding(company) == []
    assert _tracked_tuples_holding("falkenhayn") == []
