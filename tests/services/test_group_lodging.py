"""Single lodgements stored together: each request is answered as if lodged alone, in
arrival order, whatever its neighbours in the group did."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from tests.builders import make_document
from tests.services.astara import open_astara

from kordon.bootstrap import engine_cache, selection_policy
from kordon.domain import Channel
from kordon.domain.accounts import Role, User
from kordon.domain.errors import Denied
from kordon.services import assessing, audit
from kordon.services.group_lodging import GroupLodger, GroupPolicy
from kordon.services.lodging import Lodged, Submission, lodge_each
from kordon.settings import Settings
from kordon.storage.store import SqlStore

LODGER = User("lodger", Role.ADMINISTRATOR, id=1)
SUPERVISOR = User("duty-supervisor", Role.SUPERVISOR, id=2)
OFFICER = User("officer", Role.OFFICER, id=3, checkpoint="AZ-AST")
SETTINGS = Settings(random_control_share=0.0)


def _lodge_each(store: SqlStore, submissions: Sequence[Submission]) -> list[Lodged | Exception]:
    return lodge_each(store, submissions, engines=engine_cache(SETTINGS),
                      policy=selection_policy(SETTINGS))  # fmt: skip


def _single(user: User, n: int, **overrides: Any) -> Submission:
    document = make_document(id=f"G-{n}", lodged_at=f"2026-03-01T09:{n:02d}:00")
    return Submission(user, [{**document, **overrides}])


def _stored_channels(store: SqlStore) -> dict[str, str | None]:
    with store.transaction() as uow:
        rows = uow.connection.exec_driver_sql("SELECT id, channel FROM declarations").all()
    return {row[0]: row[1] for row in rows}


def test_a_group_takes_the_red_slots_in_arrival_order(store: SqlStore) -> None:
    open_astara(store, 2)
    outcomes = _lodge_each(store, [_single(LODGER, n) for n in range(5)])
    channels = []
    for n, outcome in enumerate(outcomes):
        assert isinstance(outcome, Lodged)
        assert outcome.summary.imported == 1 and not outcome.summary.errors
        [assessment] = outcome.assessments
        assert assessment.declaration_id == f"G-{n}"
        channels.append(assessment.channel)
    assert channels[:2] == [Channel.RED, Channel.RED]
    assert Channel.RED not in channels[2:]
    assert _stored_channels(store) == {f"G-{n}": c.value for n, c in enumerate(channels)}


def test_bad_denied_and_conflicting_requests_fail_alone(store: SqlStore) -> None:
    open_astara(store, 10)
    first = make_document(id="G-DUP", lodged_at="2026-03-01T10:00:00")
    changed = {**first, "procedure": "T2"}
    outcomes = _lodge_each(
        store,
        [
            _single(LODGER, 1),
            _single(LODGER, 2, lodged_at="not a time"),  # fails its own checks
            Submission(OFFICER, [make_document(id="G-OFF")]),  # may not lodge
            Submission(SUPERVISOR, [first]),
            Submission(LODGER, [first]),  # the same again: unchanged, as if lodged after
            Submission(LODGER, [changed]),  # the same id, other content: a conflict
            _single(SUPERVISOR, 3),
        ],
    )
    good, bad, denied, dup_first, dup_again, dup_changed, last = outcomes
    assert isinstance(good, Lodged) and good.summary.imported == 1
    assert isinstance(bad, Lodged)
    assert (bad.summary.imported, bad.summary.rejected, bad.assessments) == (0, 1, [])
    assert bad.summary.errors[0].field == "lodged_at"
    assert isinstance(denied, Denied)
    assert isinstance(dup_first, Lodged) and dup_first.summary.imported == 1
    assert isinstance(dup_again, Lodged)
    assert (dup_again.summary.imported, dup_again.summary.unchanged) == (0, 1)
    assert isinstance(dup_changed, Lodged) and dup_changed.summary.rejected == 1
    assert "different content" in dup_changed.summary.errors[0].reason
    assert isinstance(last, Lodged) and last.summary.imported == 1
    assert set(_stored_channels(store)) == {"G-1", "G-DUP", "G-3"}
    # Each assessment's audit entry names the account that lodged it.
    with store.transaction() as uow:
        actors: dict[str, str] = dict(
            uow.connection.exec_driver_sql(
                "SELECT subject_id, actor FROM audit_log WHERE action = 'assessment.create'"
            ).all()
        )
    assert actors == {"G-1": "lodger", "G-DUP": "duty-supervisor", "G-3": "duty-supervisor"}
    assert audit.verify(store).ok


def test_a_group_that_fails_as_a_whole_is_lodged_one_by_one(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_astara(store, 10)
    real = assessing.store_assessments
    calls: list[int] = []

    def failing_for_groups(uow: Any, items: Any, **kwargs: Any) -> Any:
        calls.append(len(items))
        if len(items) > 1:
            raise RuntimeError("the group's transaction failed")
        return real(uow, items, **kwargs)

    monkeypatch.setattr("kordon.services.lodging.store_assessments", failing_for_groups)
    outcomes = _lodge_each(store, [_single(LODGER, n) for n in range(3)])
    assert calls == [3, 1, 1, 1]
    assert all(isinstance(o, Lodged) and o.summary.imported == 1 for o in outcomes)
    assert set(_stored_channels(store)) == {"G-0", "G-1", "G-2"}


def test_concurrent_lodgers_are_grouped_and_each_answered(store: SqlStore) -> None:
    open_astara(store, 3)
    clients = 12
    lodger = GroupLodger(
        store, engine_cache(SETTINGS), selection_policy(SETTINGS), GroupPolicy(True, 0.05, 8)
    )
    start = threading.Barrier(clients)

    def client(n: int) -> Lodged | Exception:
        start.wait()
        document = make_document(id=f"C-{n}", lodged_at=f"2026-03-01T11:{n:02d}:00")
        if n == 5:
            document["lodged_at"] = "yesterday"
        try:
            return lodger.lodge(user=LODGER if n % 2 else SUPERVISOR, documents=[document])
        except Exception as exc:  # the test looks at every answer
            return exc

    try:
        with ThreadPoolExecutor(clients) as pool:
            answers = list(pool.map(client, range(clients)))
    finally:
        lodger.close()
    assert lodger.grouped == clients and lodger.groups < clients
    for n, answer in enumerate(answers):
        assert isinstance(answer, Lodged)
        if n == 5:
            assert (answer.summary.imported, answer.summary.rejected) == (0, 1)
        else:
            assert [a.declaration_id for a in answer.assessments] == [f"C-{n}"]
    channels = _stored_channels(store)
    assert len(channels) == clients - 1
    assert list(channels.values()).count(Channel.RED.value) == 3
    assert audit.verify(store).ok


def test_closing_stores_what_waits_and_lodges_later_ones_alone(store: SqlStore) -> None:
    open_astara(store, 10)
    lodger = GroupLodger(
        store, engine_cache(SETTINGS), selection_policy(SETTINGS), GroupPolicy(True, 0.5, 32)
    )
    with ThreadPoolExecutor(4) as pool:
        waiting = [
            pool.submit(lodger.lodge, user=LODGER, documents=[_single(LODGER, n).documents[0]])
            for n in range(4)
        ]
        while len(lodger._waiting) + lodger.grouped < 4:
            threading.Event().wait(0.005)
        lodger.close()  # well before the half-second window ends
        assert all(f.result().summary.imported == 1 for f in waiting)
    after = lodger.lodge(user=LODGER, documents=[_single(LODGER, 9).documents[0]])
    assert after.summary.imported == 1
    assert set(_stored_channels(store)) == {"G-0", "G-1", "G-2", "G-3", "G-9"}
