"""Appends from many threads at once still make one unbroken chain."""

from __future__ import annotations

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
