"""An entity's network pages: the graph of a person, company or vehicle, its data and exports."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from kordon.http.deps import SettingsDep, StoreDep
from kordon.risk.network.export import entity_node_id
from kordon.services.entity_network import entity_network
from kordon.services.network_export import graph_elements, network_files, pick_file
from kordon.services.network_graph import network_config
from kordon.web.auth import PageUser
from kordon.web.labels import worded_elements
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/entities/{entity_id}/network")
def graph(
    request: Request, entity_id: int, user: PageUser, store: StoreDep, settings: SettingsDep
) -> Response:
    """The entity's network drawn as a graph."""
    found = entity_network(store, user=user, entity_id=entity_id, config=network_config(settings))
    context = {"entity": found.entity, "base": f"/entities/{entity_id}/network"}
    return render(request, "network_graph.html", context)


@router.get("/entities/{entity_id}/network/elements")
def elements(
    request: Request, entity_id: int, user: PageUser, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    """The graph's nodes and edges, each edge with its kind, reason and date."""
    found = entity_network(store, user=user, entity_id=entity_id, config=network_config(settings))
    data = graph_elements(found.graph, found.records, found.reaches, entity_node_id(entity_id))
    return JSONResponse(worded_elements(request, data))


@router.get("/entities/{entity_id}/network.{fmt}")
def download(
    entity_id: int, fmt: str, user: PageUser, store: StoreDep, settings: SettingsDep,
    part: str = "edges",
) -> Response:  # fmt: skip
    """The network as GraphML, or CSV nodes or edges, for Gephi or i2 Analyst's Notebook."""
    found = entity_network(store, user=user, entity_id=entity_id, config=network_config(settings))
    files = network_files(found.graph, found.records, f"entity-{entity_id}-network", fmt)
    name, text, media = pick_file(files, fmt, part)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(text, media_type=media, headers=headers)
