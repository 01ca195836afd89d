"""Exporting a seizure's network for link-chart tools: GraphML, or CSV nodes and edges."""

from __future__ import annotations

from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid
from kordon.risk.network.export import nodes_and_edges, to_csv, to_graphml
from kordon.risk.network.graph import Record
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.services.ports import Store
from kordon.services.retro_targeting import seizure_network

FORMATS = ("graphml", "csv")


def export_seizure_network(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int,
    fmt: str,
) -> dict[str, str]:  # fmt: skip
    """The seizure's network as files (name -> text): one GraphML file, or nodes and edges CSV."""
    if fmt not in FORMATS:
        raise Invalid(f"The format must be graphml or csv, not {fmt!r}.")
    _, network = seizure_network(
        store, user=user, seizure_id=seizure_id, config=config, window_days=window_days
    )
    assert network.graph is not None
    start: Record = (RecordKind.SEIZURE, str(seizure_id))
    records = {start, *network.graph.event(start), *(r.record for r in network.reaches)}
    if user.role is not Role.OFFICER:
        # Analysts see the whole chain; officers only the declarations of their checkpoint.
        records |= {s.source for r in network.reaches for s in r.steps}
    nodes, edges = nodes_and_edges(network.graph, records)
    stem = f"seizure-{seizure_id}-network"
    if fmt == "graphml":
        return {f"{stem}.graphml": to_graphml(nodes, edges)}
    return {f"{stem}-nodes.csv": to_csv(nodes), f"{stem}-edges.csv": to_csv(edges)}
