"""Many lodgements into one checkpoint-day at once never take more red slots than it has."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from tests.builders import make_document
from tests.services.astara import open_astara

from kordon.bootstrap import engine_for, selection_policy
from kordon.domain import Channel
from kordon.intake.reader import read_documents
from kordon.risk.selection import random_draw
from kordon.services.assessing import assess_arrivals
from kordon.services.importing import import_rows
from kordon.settings import Settings
from kordon.storage.store import SqlStore

CAPACITY = 6
CLIENTS = 8
EACH = 6


def _lodge_all(store: SqlStore, settings: Settings) -> None:
    with store.transaction() as uow:
        engine = engine_for(uow, settings)
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        start.wait()
        for k in range(EACH):
            doc = make_document(id=f"C{n}-{k}", lodged_at=f"2026-03-01T{8 + k:02d}:{n:02d}:00")
            summary = import_rows(store, read_documents([doc]), source="request")
            assess_arrivals(store, engine, summary.imported_ids, selection_policy(settings))

    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, range(CLIENTS)))


def _channels(store: SqlStore) -> dict[str, str | None]:
    with store.transaction() as uow:
        rows = uow.connection.exec_driver_sql("SELECT id, channel FROM declarations").all()
    return {row[0]: row[1] for row in rows}


def test_concurrent_lodgements_never_exceed_capacity(store: SqlStore) -> None:
    settings = Settings(random_control_share=0.0)
    open_astara(store, CAPACITY)
    _lodge_all(store, settings)
    channels = _channels(store)
    assert len(channels) == CLIENTS * EACH
    assert list(channels.values()).count(Channel.RED.value) == CAPACITY
    assert list(channels.values()).count(Channel.YELLOW.value) == CLIENTS * EACH - CAPACITY


def test_random_controls_are_the_same_whichever_client_lodges(store: SqlStore) -> None:
    # Random controls come from the seed and the declaration id, never from process state:
    # lodging the same declarations from many clients in any order selects the same ones.
    settings = Settings(random_control_share=0.3, selection_seed="fixed seed")
    open_astara(store, None)
    _lodge_all(store, settings)
    with store.transaction() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT declaration_id, random_control FROM assessments"
        ).all()
    drawn = {row[0] for row in rows if row[1]}
    expected = {row[0] for row in rows if random_draw(settings.control_seed(), row[0]) < 0.3}
    assert drawn == expected and 0 < len(drawn) < len(rows)
