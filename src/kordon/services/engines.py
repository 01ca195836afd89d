"""Keeping an engine ready between requests, rebuilt only when what it was built from changes."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

from kordon.risk.engine import Engine
from kordon.services.ports import Store, UnitOfWork

# How long an engine is trusted before the stored rules are checked for changes again. Changes
# made through this process invalidate it at once; this bounds how long a change made elsewhere
# (the command line, another worker process or host) takes to reach the engine: under a second.
# The check is two aggregate queries, so each worker asks about twice a second at most.
RECHECK_SECONDS = 0.5


class EngineCache:
    """Compiling hundreds of profiles or indexing a large watchlist per request is too slow,
    and so is asking the database on every request whether they changed."""

    def __init__(
        self,
        build: Callable[[UnitOfWork], Engine],
        fingerprint: Callable[[UnitOfWork], str],
        recheck_seconds: float = RECHECK_SECONDS,
    ) -> None:
        self._build = build
        self._fingerprint = fingerprint
        self._recheck = recheck_seconds
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._key: str | None = None
        self._checked_at = float("-inf")

    def get(self, uow: UnitOfWork) -> Engine:
        """The engine for what is stored now (as of at most `recheck_seconds` ago)."""
        with self._lock:
            now = time.monotonic()
            if self._engine is not None and now - self._checked_at < self._recheck:
                return self._engine
            key = self._fingerprint(uow)
            if self._engine is None or key != self._key:
                self._engine = self._build(uow)
                self._key = key
                _settle()
            self._checked_at = now
            return self._engine

    def current(self, store: Store) -> Engine:
        """The same as `get`, opening a transaction only when a check is due: most requests
        then find the engine without a round trip to the database."""
        with self._lock:
            if self._engine is not None and time.monotonic() - self._checked_at < self._recheck:
                return self._engine
        with store.transaction() as uow:
            return self.get(uow)

    def invalidate(self) -> None:
        """Check the stored rules again on the next request (after a change made here)."""
        with self._lock:
            self._checked_at = float("-inf")


def _settle() -> None:
    # An engine lives long and holds many objects (compiled profiles, a watchlist index of up to
    # millions of names). Moved out of the cyclic collector's reach, they no longer make its
    # full collections, and the requests those land in, slow; reference counting still frees
    # them when the engine is replaced.
    gc.collect()
    gc.freeze()
