"""The in-memory entity index: what `add` records as an entity's new keys is exactly the keys
the entity is filed under afterwards and was not before, and a mention an identifier does not
place and no name key can place is a new entity, whatever shares its name."""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network import resolve
from kordon.risk.network.index import EntityIndex, entity_keys, mention_keys
from kordon.risk.network.keys import name_keys
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import Entity


def _mention(n: int, kind: WatchlistKind, name: str, *ids: tuple[str, str]) -> Mention:
    return Mention(RecordKind.DECLARATION, f"D-{n}", "driver", kind, name, "AZ", tuple(sorted(ids)))


def _traffic() -> list[Mention]:
    person, company, vehicle = WatchlistKind.PERSON, WatchlistKind.COMPANY, WatchlistKind.VEHICLE
    return [
        _mention(1, person, "Elvin Mammadov", ("passport", "C01928374")),
        # The same person: a second identifier and the name in another order.
        _mention(2, person, "Mammadov Elvin", ("national_id", "5ABC123"),
                 ("passport", "C01928374")),
        # A namesake with a passport of his own: his own entity.
        _mention(3, person, "Elvin Mammadov", ("passport", "C07777777")),
        # The name alone: linked by name.
        _mention(4, person, "Elvin Mammadov"),
        _mention(5, company, "Araz Logistika MMC", ("tax_id", "1400057421")),
        _mention(6, company, "Araz Logistika", ("registration", "R99881")),
        _mention(7, vehicle, "10-AB-123", ("plate", "10AB123")),
        _mention(8, vehicle, "10 AB 123", ("plate", "10AB123")),
        _mention(9, vehicle, "90-XY-999", ("plate", "90XY999")),
        # One telling part: no name key.
        _mention(10, person, "Elvin", ("passport", "C05550001")),
        _mention(11, person, "Elvin", ("passport", "C05550002")),
    ]  # fmt: skip


def test_new_keys_are_the_keys_an_entity_gains() -> None:
    index = EntityIndex()
    for mention in _traffic():
        filed = {i: set(entity_keys(e)) for i, e in index.entities.items()}
        gained_before = len(index.new_keys)
        entity_id, _ = index.add(mention)
        after = entity_keys(index.entities[entity_id])
        gained = [key for key in after if key not in filed.get(entity_id, set())]
        assert index.new_keys[gained_before:] == [(key, entity_id) for key in gained]
        assert set(mention_keys(mention)) <= set(after)
    assert len(index) == 7


def test_an_unknown_identifier_without_a_name_key_is_a_new_entity() -> None:
    assert name_keys(WatchlistKind.PERSON, "Elvin") == ()
    index = EntityIndex()
    index.seed([Entity(1, WatchlistKind.PERSON, "Elvin", "AZ", (("passport", "C05550001"),))])
    same = _mention(1, WatchlistKind.PERSON, "Elvin", ("passport", "C05550001"))
    other = _mention(2, WatchlistKind.PERSON, "Elvin", ("passport", "C05550002"))
    found = index.resolve(same)
    assert found is not None and found[0].id == 1 and found[1].kind == "passport"
    assert index.resolve(other) is None
    plate = _mention(3, WatchlistKind.VEHICLE, "10-AB-123", ("plate", "10AB124"))
    assert index.resolve(plate) is None


def test_a_name_filed_for_many_countries_is_compared_with_its_own_country_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company = WatchlistKind.COMPANY
    keys = name_keys(company, "Samur Agro MMC")
    countries = ["AF", "AM", "AZ", "GE", "IR", "KZ", "PK", "RU", "TR", "UZ"]
    index = EntityIndex()
    index.seed([Entity(n + 1, company, "Samur Agro MMC", country, (), keys)
                for n, country in enumerate(countries)])  # fmt: skip
    compared: list[str | None] = []
    name_link = resolve._name_link

    def counted(mention: Mention, wanted: frozenset[str], entity: Entity) -> object:
        compared.append(entity.country)
        return name_link(mention, wanted, entity)

    monkeypatch.setattr(resolve, "_name_link", counted)
    found = index.resolve(
        Mention(RecordKind.DECLARATION, "D-1", "consignor", company, "Samur Agro", "PK")
    )
    assert found is not None and found[0].id == countries.index("PK") + 1
    assert compared == ["PK"]
    # Without a country, a name may link to any of them: the oldest agreeing one.
    compared.clear()
    found = index.resolve(
        Mention(RecordKind.DECLARATION, "D-2", "consignor", company, "Samur Agro", None)
    )
    assert found is not None and found[0].id == 1 and compared == ["AF"]
