"""The search page: declarations, seizures and entities by plate, name, company or id."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from kordon.domain.errors import Invalid
from kordon.http.deps import StoreDep
from kordon.services.search import search
from kordon.web.auth import PageUser
from kordon.web.forms import read_day
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/search")
def search_page(
    request: Request, user: PageUser, store: StoreDep, q: str = "", start: str = "", end: str = ""
) -> Response:
    """One search box over declarations, seizures and entities, within the user's rights."""
    context = {"q": q, "start": start, "end": end, "results": None}
    try:
        results = search(
            store, user=user, text=q, start=read_day(start, "first"), end=read_day(end, "last")
        )
    except Invalid as exc:
        return render(request, "search.html", {**context, "error": str(exc)}, status=422)
    return render(request, "search.html", {**context, "results": results if q.strip() else None})
