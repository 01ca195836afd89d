"""Exporting a network for link-chart tools (GraphML, or CSV nodes and edges) and drawing it
as graph elements; a seizure's and an entity's network share both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid
from kordon.risk.network.export import (
    entity_node_id,
    nodes_and_edges,
    record_node_id,
    to_csv,
    to_graphml,
)
from kordon.risk.network.graph import NetworkGraph, Reach, Record
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.services.ports import Store
from kordon.services.retro_targeting import Network, seizure_network

FORMATS = ("graphml", "csv")
MEDIA_TYPES = {"graphml": "application/graphml+xml", "csv": "text/csv"}


def network_records(network: Network, seizure_id: int, user: User) -> set[Record]:
    """The records a user may see drawn: the seizure, its declaration, the connected ones and,
    for all but checkpoint officers, the records the paths pass through."""
    assert network.graph is not None
    start: Record = (RecordKind.SEIZURE, str(seizure_id))
    records = {start, *network.graph.event(start), *(r.record for r in network.reaches)}
    if user.role is not Role.OFFICER:
        records |= {s.source for r in network.reaches for s in r.steps}
    return records


def graph_elements(
    graph: NetworkGraph, records: Iterable[Record], reaches: list[Reach], start: str
) -> dict[str, Any]:
    """The drawable nodes and edges of the records, each edge with its kind, reason and date."""
    nodes, edges = nodes_and_edges(graph, records)
    hops = {record_node_id(r.record): r.hops for r in reaches}
    shared = {entity_node_id(s.entity_id) for r in reaches for s in r.steps if s.entity_id}
    data: list[dict[str, Any]] = [
        {"data": {"id": n.id, "label": n.label, "type": n.type, "date": n.date,
                  "hops": hops.get(n.id, 0), "shared": n.id in shared}}
        for n in nodes
    ]  # fmt: skip
    data += [{"data": {"id": f"e{i}", "source": e.source, "target": e.target, "role": e.role,
                       "link": e.link, "reason": e.reason, "date": e.date,
                       "values": dict(e.values)}}
             for i, e in enumerate(edges)]  # fmt: skip
    return {"elements": data, "start": start}


def network_files(
    graph: NetworkGraph, records: Iterable[Record], stem: str, fmt: str
) -> dict[str, str]:
    """The records' network as files (name -> text): one GraphML file, or nodes and edges CSV."""
    if fmt not in FORMATS:
        raise Invalid(f"The format must be graphml or csv, not {fmt!r}.", field="format")
    nodes, edges = nodes_and_edges(graph, records)
    if fmt == "graphml":
        return {f"{stem}.graphml": to_graphml(nodes, edges)}
    return {f"{stem}-nodes.csv": to_csv(nodes), f"{stem}-edges.csv": to_csv(edges)}


def pick_file(files: dict[str, str], fmt: str, part: str) -> tuple[str, str, str]:
    """One file of an export, for a download: (file name, text, media type); `part` picks
    nodes or edges of CSV."""
    name = next((n for n in files if fmt == "graphml" or n.endswith(f"-{part}.csv")), None)
    if name is None:
        raise Invalid(f"The part must be nodes or edges, not {part!r}.", field="part")
    return name, files[name], MEDIA_TYPES[fmt]


def export_seizure_network(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int,
    fmt: str,
) -> dict[str, str]:  # fmt: skip
    """The seizure's network as files (name -> text): one GraphML file, or nodes and edges CSV."""
    if fmt not in FORMATS:
        raise Invalid(f"The format must be graphml or csv, not {fmt!r}.", field="format")
    _, network = seizure_network(
        store, user=user, seizure_id=seizure_id, config=config, window_days=window_days
    )
    assert network.graph is not None
    records = network_records(network, seizure_id, user)
    return network_files(network.graph, records, f"seizure-{seizure_id}-network", fmt)


def export_file(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int,
    fmt: str, part: str,
) -> tuple[str, str, str]:  # fmt: skip
    """One file of the seizure's export, for a download: (file name, text, media type)."""
    files = export_seizure_network(store, user=user, seizure_id=seizure_id, config=config,
                                   window_days=window_days, fmt=fmt)  # fmt: skip
    return pick_file(files, fmt, part)
