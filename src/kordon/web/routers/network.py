"""Retro-targeting pages: a seizure's network as a worklist and as a graph, its exports, and
the watchlist proposals intelligence officers decide on."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from kordon.domain.errors import KordonError
from kordon.http.deps import EnginesDep, SettingsDep, StoreDep
from kordon.risk.network.export import record_node_id
from kordon.risk.network.mentions import RecordKind
from kordon.services import access, proposals
from kordon.services.network_export import export_file, graph_elements, network_records
from kordon.services.network_graph import network_config
from kordon.services.retro_targeting import seizure_network
from kordon.services.seizures import list_seizures
from kordon.web.auth import FormDep, PageUser
from kordon.web.labels import worded_elements
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/retro-targeting")
def worklists(request: Request, user: PageUser, store: StoreDep) -> Response:
    """The latest seizures, each leading to the declarations connected to it."""
    rows, total = list_seizures(store, user=user, limit=50)
    return render(request, "retro_targeting.html", {"rows": rows, "total": total})


@router.get("/seizures/{seizure_id}/network")
def worklist(
    request: Request, seizure_id: int, user: PageUser, store: StoreDep, settings: SettingsDep
) -> Response:
    """The retro-targeting worklist of one seizure, with proposals for intelligence officers."""
    config = network_config(settings)
    seizure, network = seizure_network(store, user=user, seizure_id=seizure_id, config=config,
                                       window_days=settings.network_window_days)  # fmt: skip
    found = []
    if user.role in access.VIEW_WATCHLIST:
        found = proposals.proposals_for(store, user=user, seizure_id=seizure_id, config=config,
                                        window_days=settings.network_window_days)  # fmt: skip
    context: dict[str, Any] = {
        "s": seizure,
        "network": network,
        "proposals": found,
        "window": settings.network_window_days,
        "error": request.query_params.get("error", ""),
    }
    return render(request, "seizure_network.html", context)


@router.post("/seizures/{seizure_id}/proposals/{proposal_id}")
def decide(
    seizure_id: int, proposal_id: int, form: FormDep, user: PageUser, store: StoreDep,
    engines: EnginesDep,
) -> Response:  # fmt: skip
    """Accept or reject a proposed watchlist entry, with a reason."""
    try:
        proposals.decide(store, user=user, proposal_id=proposal_id,
                         accept=form.get("decision") == "accept",
                         reason=str(form.get("reason", "")), engines=engines)  # fmt: skip
    except KordonError as exc:
        target = f"/seizures/{seizure_id}/network?error={exc.detail or exc}#proposals"
        return RedirectResponse(target, status_code=303)
    return RedirectResponse(f"/seizures/{seizure_id}/network#proposals", status_code=303)


@router.get("/seizures/{seizure_id}/network/graph")
def graph(request: Request, seizure_id: int, user: PageUser, store: StoreDep) -> Response:
    """The seizure's network drawn as a graph."""
    context = {"seizure_id": seizure_id, "base": f"/seizures/{seizure_id}/network"}
    return render(request, "network_graph.html", context)


@router.get("/seizures/{seizure_id}/network/elements")
def elements(
    request: Request, seizure_id: int, user: PageUser, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    """The graph's nodes and edges, each edge with its kind, reason and date."""
    _, network = seizure_network(store, user=user, seizure_id=seizure_id,
                                 config=network_config(settings),
                                 window_days=settings.network_window_days)  # fmt: skip
    assert network.graph is not None
    start = record_node_id((RecordKind.SEIZURE, str(seizure_id)))
    records = network_records(network, seizure_id, user)
    data = graph_elements(network.graph, records, network.reaches, start)
    return JSONResponse(worded_elements(request, data))


@router.get("/seizures/{seizure_id}/network.{fmt}")
def download(
    seizure_id: int, fmt: str, user: PageUser, store: StoreDep, settings: SettingsDep,
    part: str = "edges",
) -> Response:  # fmt: skip
    """The network as GraphML, or CSV nodes or edges, for Gephi or i2 Analyst's Notebook."""
    name, text, media = export_file(store, user=user, seizure_id=seizure_id,
                                    config=network_config(settings),
                                    window_days=settings.network_window_days, fmt=fmt,
                                    part=part)  # fmt: skip
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(text, media_type=media, headers=headers)
