"""The engine cache: built once, trusted a while, rebuilt when what it was built from changes."""

from __future__ import annotations

import gc
from typing import Any

from kordon.risk.engine import Engine
from kordon.risk.profiles import ProfileSet
from kordon.services.engines import EngineCache

# The cache hands the unit of work to its callables only; these ones need none.
NO_UOW: Any = None


class _Sources:
    """Stands in for the stored rules: a version that changes, and a count of builds."""

    def __init__(self) -> None:
        self.version = "v1"
        self.builds = 0
        self.checks = 0

    def build(self, _uow: Any) -> Engine:
        self.builds += 1
        return Engine([ProfileSet([])])

    def fingerprint(self, _uow: Any) -> str:
        self.checks += 1
        return self.version


def test_engine_is_reused_until_its_sources_change() -> None:
    sources = _Sources()
    cache = EngineCache(sources.build, sources.fingerprint, recheck_seconds=3600)
    first = cache.get(NO_UOW)
    assert cache.get(NO_UOW) is first
    assert (sources.builds, sources.checks) == (1, 1)
    sources.version = "v2"
    assert cache.get(NO_UOW) is first, "a change made elsewhere waits for the recheck"
    cache.invalidate()
    second = cache.get(NO_UOW)
    assert second is not first and sources.builds == 2
    cache.invalidate()
    assert cache.get(NO_UOW) is second and sources.builds == 2


def test_a_zero_recheck_asks_every_time_but_builds_only_on_change() -> None:
    sources = _Sources()
    cache = EngineCache(sources.build, sources.fingerprint, recheck_seconds=0)
    for _ in range(3):
        cache.get(NO_UOW)
    assert (sources.builds, sources.checks) == (1, 3)


def test_a_new_engine_is_kept_out_of_the_cyclic_collector() -> None:
    sources = _Sources()
    cache = EngineCache(sources.build, sources.fingerprint)
    gc.unfreeze()
    engine = cache.get(NO_UOW)
    assert gc.get_freeze_count() > 0
    assert all(tracked is not engine for tracked in gc.get_objects())
    gc.unfreeze()
