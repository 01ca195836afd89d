"""Group lodging: single lodgements arriving at one process together are stored as one batch.

A lodgement's fixed costs (reading the entity index for its network reasons, locking its
checkpoint-day and counting the red slots, the audit append, a commit) are the same for one
declaration or thirty. When many clients lodge one declaration each, the requests that
arrive within a short window (or while the previous group is being stored) are handed to
`lodging.lodge_each` together, and each request waits for its own answer. Batches (a list of
more than one declaration) are lodged at once, as before.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from kordon.domain.accounts import User
from kordon.services.assessing import SelectionPolicy
from kordon.services.engines import EngineCache
from kordon.services.lodging import Lodged, Submission, lodge, lodge_each
from kordon.services.ports import Store


@dataclass(frozen=True, slots=True)
class GroupPolicy:
    """How long to wait for companions after the first lodgement of a group arrives, and
    how many a group takes at most; `enabled` False lodges every request on its own."""

    enabled: bool = True
    window_seconds: float = 0.002
    max_group: int = 32


class GroupLodger:
    """Gathers concurrent single lodgements into groups, stored by one thread of its own."""

    def __init__(
        self,
        store: Store,
        engines: EngineCache,
        policy: SelectionPolicy,
        grouping: GroupPolicy,
    ) -> None:
        self.store = store
        self.engines = engines
        self.policy = policy
        self.grouping = grouping
        self._waiting: deque[tuple[float, Submission, Future[Lodged]]] = deque()
        self._changed = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        # Groups stored and the lodgements in them (read by tests and for tuning).
        self.groups = 0
        self.grouped = 0
        if grouping.enabled:
            self._thread = threading.Thread(target=self._run, name="group-lodger", daemon=True)
            self._thread.start()

    def lodge(self, *, user: User, documents: Sequence[Any]) -> Lodged:
        """Lodge one request's declarations: a single one with whatever arrives with it,
        a batch on its own. Blocks until stored; raises the request's own error."""
        if len(documents) != 1 or self._thread is None:
            return self._alone(user, documents)
        answer: Future[Lodged] = Future()
        with self._changed:
            if self._closed:
                return self._alone(user, documents)
            self._waiting.append((time.monotonic(), Submission(user, documents), answer))
            self._changed.notify()
        return answer.result()

    def close(self) -> None:
        """Store what is waiting, then stop; later lodgements are stored one by one."""
        with self._changed:
            self._closed = True
            self._changed.notify()
        if self._thread is not None:
            self._thread.join()

    def _alone(self, user: User, documents: Sequence[Any]) -> Lodged:
        return lodge(self.store, user=user, documents=documents, engines=self.engines,
                     policy=self.policy)  # fmt: skip

    def _run(self) -> None:
        while True:
            group = self._next_group()
            if not group:
                return
            self._store(group)

    def _next_group(self) -> list[tuple[float, Submission, Future[Lodged]]]:
        """The next group, once its window has passed or it is full; empty when closed
        with nothing waiting."""
        limit = self.grouping.max_group
        with self._changed:
            while not self._waiting and not self._closed:
                self._changed.wait()
            if self._waiting and not self._closed:
                ends = self._waiting[0][0] + self.grouping.window_seconds
                while len(self._waiting) < limit and not self._closed:
                    left = ends - time.monotonic()
                    if left <= 0:
                        break
                    self._changed.wait(left)
            count = min(limit, len(self._waiting))
            return [self._waiting.popleft() for _ in range(count)]

    def _store(self, group: list[tuple[float, Submission, Future[Lodged]]]) -> None:
        self.groups += 1
        self.grouped += len(group)
        try:
            outcomes = lodge_each(self.store, [submission for _, submission, _ in group],
                                  engines=self.engines, policy=self.policy)  # fmt: skip
        except BaseException as exc:  # every waiting request must hear of it
            outcomes = [exc if isinstance(exc, Exception) else RuntimeError(str(exc))] * len(group)
        for (_, _, answer), outcome in zip(group, outcomes, strict=True):
            if isinstance(outcome, Exception):
                answer.set_exception(outcome)
            else:
                answer.set_result(outcome)
