"""The JSON API for machine clients: routers, wire schemas and the JSON error shape.

Layer: edge. May import the services, the domain, the settings and `kordon.http`; never
`kordon.web` or `kordon.cli`, and never storage (the store comes through `kordon.http.deps`).
"""

from __future__ import annotations

from fastapi import FastAPI


def install_api(app: FastAPI) -> None:
    """Add the API's routers to the app."""
    # Imported here so that importing one API module does not load every router.
    from kordon.api.routers import (
        assessments,
        declarations,
        health,
        inspections,
        network,
        profiles,
        watchlist,
    )

    for module in (health, declarations, assessments, profiles, inspections, watchlist, network):
        app.include_router(module.router)
