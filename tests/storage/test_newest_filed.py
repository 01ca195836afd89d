"""A common name is filed under more entities every day (namesakes told apart by their tax
numbers). A lookup reads only the newest MAX_NAME_CANDIDATES of a key, which are all the entity
index compares a mention with: indexing in batches against the store gives the entities an
index holding every one gives, and a lookup costs the same on the thousandth day as on the
first."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from sqlalchemy import select

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.index import MAX_NAME_CANDIDATES, EntityIndex, mention_keys
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import Entity
from kordon.services.entity_index import ONE_LOOKUP, index_mentions
from kordon.storage.entities import SqlEntities
from kordon.storage.store import SqlStore
from kordon.storage.tables import entity_keys

NAMESAKES = MAX_NAME_CANDIDATES + 9


def _company(n: int, name: str, tax: str | None) -> Mention:
    identifiers = (("tax_id", tax),) if tax else ()
    return Mention(RecordKind.DECLARATION, f"D-{n}", "consignee", WatchlistKind.COMPANY, name,
                   "AZ", identifiers)  # fmt: skip


def _traffic() -> list[Mention]:
    # Namesakes with tax numbers of their own; the same firm coming back (by tax number, by
    # name alone); a firm with another name; the oldest namesake returning.
    out = [_company(n, "Araz Logistika MMC", f"{1000 + n}") for n in range(NAMESAKES)]
    out += [_company(NAMESAKES + n, "Araz Logistika MMC", None) for n in range(3)]
    out += [_company(NAMESAKES + 3, "Araz Logistika MMC", f"{1000 + NAMESAKES - 1}")]
    out += [_company(NAMESAKES + 4, "Xəzər Trans MMC", "2001")]
    out += [_company(NAMESAKES + 5, "Araz Logistika MMC", "1000")]
    return out


def test_lookup_reads_the_newest_entities_of_each_key(store: SqlStore) -> None:
    mentions = _traffic()
    for mention in mentions:
        with store.transaction() as uow:
            index_mentions(uow, [mention])
    keys = mention_keys(mentions[0])
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        found = {e.id for e in uow.entities.lookup(generation, keys)}
        nothing = uow.entities.lookup(generation, [])
        filed = uow.connection.execute(
            select(entity_keys.c.key, entity_keys.c.entity_id).where(entity_keys.c.key.in_(keys))
        ).all()
    by_key: dict[str, list[int]] = {}
    for key, entity_id in filed:
        by_key.setdefault(key, []).append(entity_id)
    name_keys = [key for key in keys if "~" in key]
    assert name_keys and nothing == []
    assert all(len(by_key[key]) == NAMESAKES for key in name_keys)
    # The newest of each key, and the oldest namesake by its tax number (a key of its own).
    expected = {i for ids in by_key.values() for i in sorted(ids)[-MAX_NAME_CANDIDATES:]}
    assert found == expected
    assert min(found) == min(by_key["tax_id:1000"])


def test_batches_against_the_store_resolve_as_one_index_holding_everything(
    store: SqlStore,
) -> None:
    mentions = _traffic()
    whole = EntityIndex()
    expected = [entity_id for entity_id, _ in whole.add_many(mentions)]
    got: list[int] = []
    for start in range(0, len(mentions), 5):
        with store.transaction() as uow:
            got += [p.entity_id for p in index_mentions(uow, mentions[start : start + 5])]
    assert got == expected
    # The returning firms found their own entities, the oldest namesake included.
    assert got[-1] == got[0] and got[NAMESAKES + 3] == got[NAMESAKES - 1]
    assert len(set(got)) == NAMESAKES + 1


def _firm(n: int) -> str:
    syllables = ["Ar", "Bel", "Dag", "Gun", "Kur", "Nar", "Sah", "Tur"]
    return f"{syllables[n % 8]}{syllables[n // 8 % 8].lower()}{syllables[n // 64 % 8].lower()} MMC"


def _large_batches() -> list[list[Mention]]:
    """Two days of traffic in batches larger than a group of lodgements: firms with tax
    numbers and namesakes with tax numbers of their own; then a day in which the firms come
    back by tax number, and the common name comes back by name alone and as new namesakes."""
    first = [_company(n, "Araz Logistika MMC", f"{1000 + n}") for n in range(NAMESAKES)]
    first += [_company(100 + n, _firm(n), f"{3000 + n}") for n in range(ONE_LOOKUP)]
    second = [_company(200 + n, _firm(n), f"{3000 + n}") for n in range(ONE_LOOKUP)]
    second += [_company(300 + n, "Araz Logistika MMC", None) for n in range(3)]
    second += [_company(310 + n, "Araz Logistika MMC", f"{5000 + n}") for n in range(3)]
    second += [_company(320, "Araz Logistika MMC", "1000")]
    return [first, second]


def test_a_large_batch_reads_name_candidates_only_where_no_identifier_decides(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = _large_batches()
    assert all(len(day) > ONE_LOOKUP for day in days)
    whole = EntityIndex()
    expected = [[entity_id for entity_id, _ in whole.add_many(day)] for day in days]
    looked_up: list[set[str]] = []
    original = SqlEntities.lookup

    def recording(self: SqlEntities, generation: int, keys: Iterable[str]) -> list[Entity]:
        looked_up.append(set(keys))
        return original(self, generation, keys)

    monkeypatch.setattr(SqlEntities, "lookup", recording)
    got = []
    for day in days:
        looked_up.clear()
        with store.transaction() as uow:
            got.append([p.entity_id for p in index_mentions(uow, day)])
    assert got == expected
    # On the second day the returning firms are decided by their tax numbers, so their
    # names are not read; the common name, which no identifier decides, is.
    name_read = {key for keys in looked_up for key in keys if "~" in key}
    needed = {key for m in days[1][ONE_LOOKUP:] for key in mention_keys(m) if "~" in key}
    by_tax = {key for m in days[1][:ONE_LOOKUP] for key in mention_keys(m) if "~" in key}
    assert needed and by_tax and not needed & by_tax
    assert needed <= name_read
    assert not by_tax & name_read
    assert got[1][:ONE_LOOKUP] == got[0][NAMESAKES:]
