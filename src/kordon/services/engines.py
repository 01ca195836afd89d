"""Keeping an engine ready between requests, rebuilt only when what it was built from changes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from kordon.risk.engine import Engine
from kordon.services.ports import UnitOfWork


class EngineCache:
    """Compiling hundreds of profiles or indexing a large watchlist per request is too slow."""

    def __init__(
        self, build: Callable[[UnitOfWork], Engine], fingerprint: Callable[[UnitOfWork], str]
    ) -> None:
        self._build = build
        self._fingerprint = fingerprint
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._key: str | None = None

    def get(self, uow: UnitOfWork) -> Engine:
        """The engine for what is stored now."""
        key = self._fingerprint(uow)
        with self._lock:
            if self._engine is None or key != self._key:
                self._engine = self._build(uow)
                self._key = key
            return self._engine
