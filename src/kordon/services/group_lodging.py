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
    """Gathers concurrent single lodgements into groups, stored one after another by a
    thread of its own, so that groups take their red slots in arrival order. (A second
    thread, scoring the next group while one is stored, made the groups smaller and cost
    more processor time per lodgement for no more lodgements a second on two cores.)"""

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
        # Groups stored and the lodgements in them (read by tests and for tuning).
        self.groups = 0
        self.grouped = 0
        self._thread: threading.Thread | None = None
        if grouping.enabled:
            self._thread = threading.Thread(target=self._run, name="group-lodger", daemon=True)
            self._thread.start()

    def lodge(self, *, user: User, documents: Sequence[Any]) -> Lodged:
        """Lodge one request's declarations: a single one with whatever arrives with it,
        a batch on its own. Blocks until stored; raises the request's own error."""
        answer = self.submit(user=user, documents=documents)
        if answer is None:
            return lodge(self.store, user=user, documents=documents, engines=self.engines,
                         policy=self.policy)  # fmt: skip
        return answer.result()

    def submit(self, *, user: User, documents: Sequence[Any]) -> Future[Lodged] | None:
        """Hand a single lodgement to the next group and return its answer to come (an
        event loop can await it without a thread); None for what is lodged on its own:
        a batch, or anything once grouping is off or closed."""
        if len(documents) != 1 or self._thread is None:
            return None
        answer: Future[Lodged] = Future()
        with self._changed:
            if self._closed:
                return None
            self._waiting.append((time.monotonic(), Submission(user, documents), answer))
            self._changed.notify()
        return answer

    def close(self) -> None:
        """Store what is waiting, then stop; later lodgements are stored one by one."""
        with self._changed:
            self._closed = True
            self._changed.notify()
        if self._thread is not None:
            self._thread.join()

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
            if not self._waiting:
                return []
            ends = self._waiting[0][0] + self.grouping.window_seconds
            while len(self._waiting) < limit and not self._closed:
                left = ends - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            return [self._waiting.popleft() for _ in range(min(limit, len(self._waiting)))]

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
