"""Liveness: the app answers and its database is reachable."""

from __future__ import annotations

from fastapi import APIRouter

from kordon import __version__
from kordon.http.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(store: StoreDep) -> dict[str, str]:
    """Answers when the app runs and can reach its database."""
    store.ping()
    return {"status": "ok", "version": __version__}
