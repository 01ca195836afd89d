"""Appends from many threads at once still make one unbroken chain."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from kordon.services import audit
from kordon.storage.store import SqlStore


def test_concurrent_appends_chain(store: SqlStore) -> None:
    def append(n: int) -> None:
        with store.transaction() as uow:
            audit.record(uow, actor=f"user{n}", action="test", subject_type="t", subject_id=str(n))

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(append, range(24)))
    result = audit.verify(store)
    assert result.ok and result.checked == 24


def test_each_transactions_entries_stay_together(store: SqlStore) -> None:
    def append(n: int) -> None:
        with store.transaction() as uow:
            for step in range(3):
                audit.record(uow, actor=f"user{n}", action=f"step{step}", subject_type="t",
                             subject_id=str(n))  # fmt: skip

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(append, range(12)))
    assert audit.verify(store).ok
    with store.transaction() as uow:
        entries = uow.audit.entries(limit=100)
    assert len(entries) == 36
    for first in range(0, 36, 3):
        group = entries[first : first + 3]
        assert len({e.actor for e in group}) == 1
        assert [e.action for e in group] == ["step0", "step1", "step2"]


def test_an_open_transaction_does_not_hold_the_trail(store: SqlStore) -> None:
    # A long request that has recorded an entry but not yet committed must not make every
    # other request that records one wait for it: the trail is locked only at commit.
    recorded, other_done = threading.Event(), threading.Event()

    def long_request() -> None:
        with store.transaction() as uow:
            audit.record(uow, actor="slow", action="test", subject_type="t", subject_id="slow")
            recorded.set()
            other_done.wait(timeout=20)

    slow = threading.Thread(target=long_request)
    slow.start()
    assert recorded.wait(timeout=20)
    with store.transaction() as uow:
        audit.record(uow, actor="quick", action="test", subject_type="t", subject_id="quick")
    other_done.set()
    slow.join(timeout=20)
    result = audit.verify(store)
    assert result.ok and result.checked == 2
    with store.transaction() as uow:
        assert [e.actor for e in uow.audit.entries()] == ["quick", "slow"]
