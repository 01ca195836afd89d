"""The checkpoint queue, with a partial the search box refreshes through htmx."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from kordon.domain import Channel
from kordon.http.deps import StoreDep
from kordon.services.queue import checkpoint_queue
from kordon.services.queue_overview import all_queues
from kordon.web.auth import PageUser
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(user: PageUser) -> Response:
    """The queue is where everyone starts."""
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue(
    request: Request,
    user: PageUser,
    store: StoreDep,
    day: date | None = None,
    checkpoint: str = "",
    channel: str = "",
    q: str = "",
    page: int = 1,
) -> Response:
    """Today's declarations at the checkpoint, grouped by channel, riskiest first, 50 a page."""
    chosen = Channel(channel) if channel in {c.value for c in Channel} else None
    view = checkpoint_queue(
        store,
        user=user,
        day=day,
        checkpoint=checkpoint or None,
        channel=chosen,
        text=q,
        page=page,
    )
    context = {"view": view, "q": q, "channel": chosen.value if chosen else ""}
    # htmx asks for the rows only when the filter changes.
    name = "_queue_rows.html" if request.headers.get("hx-request") else "queue.html"
    return render(request, name, context)


@router.get("/queues")
def overview(
    request: Request, user: PageUser, store: StoreDep, day: date | None = None
) -> Response:
    """Every checkpoint's queue on one day, where inspections wait first (supervisors)."""
    return render(request, "overview.html", {"o": all_queues(store, user=user, day=day)})
