"""A mention's lookup keys are worked out once and kept with it, without becoming part of
what the mention is; and two persons' names agree exactly when screening scores them a
match (the score alone is worked out, not its explanation)."""

from __future__ import annotations

import dataclasses

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network import index
from kordon.risk.network.index import identifier_keys, mention_keys, name_lookup_keys
from kordon.risk.network.keys import parsed
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import NAME_MIN, names_agree
from kordon.risk.screening.scorer import compare


def _driver(name: str, *ids: tuple[str, str]) -> Mention:
    return Mention(RecordKind.DECLARATION, "D-1", "driver", WatchlistKind.PERSON, name, "AZ", ids)


def test_a_mention_is_keyed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    keyed: list[str] = []
    real = index._mention_keys

    def counting(
        kind: WatchlistKind, name: str, identifiers: tuple[tuple[str, str], ...]
    ) -> tuple[str, ...]:
        keyed.append(name)
        return real(kind, name, identifiers)

    monkeypatch.setattr(index, "_mention_keys", counting)
    mention = _driver("Elvin Mammadov", ("passport", "C01928374"))
    first = mention_keys(mention)
    assert identifier_keys(mention) == ("passport:C01928374",)
    assert name_lookup_keys(mention) == first[1:]
    assert mention_keys(mention) is first
    assert keyed == ["Elvin Mammadov"]


def test_kept_keys_are_not_part_of_the_mention() -> None:
    keyed, fresh = _driver("Elvin Mammadov"), _driver("Elvin Mammadov")
    mention_keys(keyed)
    assert keyed == fresh and hash(keyed) == hash(fresh)
    assert "keys" not in repr(keyed)


def test_a_changed_mention_is_keyed_afresh() -> None:
    mention = _driver("Elvin Mammadov", ("passport", "C01928374"))
    mention_keys(mention)
    other = dataclasses.replace(mention, name="Rashad Aliyev", identifiers=())
    assert mention_keys(other) == mention_keys(_driver("Rashad Aliyev"))
    assert mention_keys(other) != mention_keys(mention)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Elvin Mammadov", "Elvin Mammadov"),
        ("Elvin Mammadov", "Mammadov Elvin"),
        ("Elvin Mammadov", "Эльвин Мамедов"),
        ("Elvin Mammadov", "Elvin Mammadli"),
        ("Elvin Mammadov", "Elchin Mammadov"),
        ("Driver 325", "Driver 325"),
        ("Driver 325", "Driver 326"),
        ("Vusal Arif oglu Huseynov", "Vusal Huseynov"),
    ],
)
def test_persons_agree_when_screening_scores_a_match(a: str, b: str) -> None:
    kind = WatchlistKind.PERSON
    score, _ = compare(parsed(kind, a), parsed(kind, b), lambda _: 1.0)
    assert names_agree(kind, a, b) is (score >= NAME_MIN)
