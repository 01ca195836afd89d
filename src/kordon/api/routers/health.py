"""Liveness: the app answers and its database is reachable."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from kordon import __version__
from kordon.api.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(store: StoreDep) -> dict[str, str]:
    """Answers when the app runs and can reach its database."""
    with store.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return {"status": "ok", "version": __version__}
