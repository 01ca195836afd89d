"""The collector runs less often while bulk work runs, and as before once it ends, however
the blocks of several threads overlap; a server keeps one raised threshold from its start to
its end."""

from __future__ import annotations

import gc
import threading

import pytest
from tests.builders import make_document
from tests.services.astara import open_astara

from kordon.domain import Declaration, Reason
from kordon.domain.accounts import Role, User
from kordon.risk.engine import EngineConfig
from kordon.services.assessing import SelectionPolicy, build_engine
from kordon.services.collector import RARE, SERVING, rare_collections, serving_collections
from kordon.services.engines import EngineCache
from kordon.services.lodging import Submission, lodge, lodge_each
from kordon.storage.store import SqlStore

LODGER = User("lodger", Role.ADMINISTRATOR, id=1)
pytestmark = pytest.mark.usefixtures("default_collector_thresholds")


def test_raised_in_the_block_and_restored_after() -> None:
    with rare_collections():
        assert gc.get_threshold() == (RARE, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_blocks_restore_the_thresholds_when_the_last_ends() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[int, ...]] = []

    def first() -> None:
        with rare_collections():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with rare_collections():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.get_threshold())  # the first has ended, this one has not

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [(RARE, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_server_keeps_its_threshold_whatever_bulk_work_does_inside() -> None:
    with serving_collections():
        assert gc.get_threshold() == (SERVING, 10, 10)
        with rare_collections():
            assert gc.get_threshold() == (SERVING, 10, 10)
        # Ending a bulk block does not bring back the default's frequent collections.
        assert gc.get_threshold() == (SERVING, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_server_keeps_a_higher_threshold_it_was_given() -> None:
    gc.set_threshold(SERVING * 2, 10, 10)
    with serving_collections():
        assert gc.get_threshold() == (SERVING * 2, 10, 10)
    assert gc.get_threshold() == (SERVING * 2, 10, 10)


class _Thresholds:
    """A reason source that notes the collector's thresholds when it is asked."""

    name = "thresholds"
    version = "1"

    def __init__(self) -> None:
        self.seen: list[tuple[int, ...]] = []

    def reasons(self, declaration: Declaration) -> list[Reason]:
        self.seen.append(gc.get_threshold())
        return []


def test_lodging_runs_with_rare_collections(store: SqlStore) -> None:
    open_astara(store, capacity=None)
    noted = _Thresholds()
    engines = EngineCache(lambda uow: build_engine(uow, EngineConfig(), [noted]), lambda _: "")
    policy = SelectionPolicy(0.0, "seed")
    lodge(store, user=LODGER, documents=[make_document(id="C-1")], engines=engines,
          policy=policy)  # fmt: skip
    lodge_each(store, [Submission(LODGER, [make_document(id="C-2")])], engines=engines,
               policy=policy)  # fmt: skip
    assert noted.seen == [(RARE, 10, 10)] * 2
    assert gc.get_threshold() == (700, 10, 10)
