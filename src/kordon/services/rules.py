"""What every change to the stored rules (profiles, watchlist entries) does after it is saved."""

from __future__ import annotations

from collections.abc import Callable

from kordon.services import access, audit
from kordon.services.engines import EngineCache
from kordon.services.ports import Store, UnitOfWork


def changed(engines: EngineCache | None) -> None:
    """Have this process's engine look at the stored rules again on its next assessment."""
    # Other processes (the command line, another server) notice within the cache's recheck
    # interval; the one that made the change should not wait for it.
    if engines is not None:
        engines.invalidate()


def remove(
    store: Store,
    delete: Callable[[UnitOfWork], bool],
    *,
    actor: str,
    audited: tuple[str, str, str],
    noun: str,
    engines: EngineCache | None,
) -> None:
    """Delete one stored rule and audit it as (action, subject type, id); NotVisible if none."""
    action, subject_type, subject_id = audited
    with store.transaction() as uow:
        if not delete(uow):
            raise access.NotVisible(f"No {noun} has the id {subject_id!r}.")
        audit.record(uow, actor=actor, action=action, subject_type=subject_type,
                     subject_id=subject_id)  # fmt: skip
    changed(engines)
