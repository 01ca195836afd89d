"""Exporting a seizure's network for link-chart tools: GraphML, or CSV nodes and edges."""

from __future__ import annotations

from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid
from kordon.risk.network.export import nodes_and_edges, to_csv, to_graphml
from kordon.risk.network.graph import Record
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
    nodes, edges = nodes_and_edges(network.graph, network_records(network, seizure_id, user))
    stem = f"seizure-{seizure_id}-network"
    if fmt == "graphml":
        return {f"{stem}.graphml": to_graphml(nodes, edges)}
    return {f"{stem}-nodes.csv": to_csv(nodes), f"{stem}-edges.csv": to_csv(edges)}


def export_file(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int,
    fmt: str, part: str,
) -> tuple[str, str, str]:  # fmt: skip
    """One file of the export, for a download: (file name, text, media type); `part` picks
    nodes or edges of CSV."""
    files = export_seizure_network(store, user=user, seizure_id=seizure_id, config=config,
                                   window_days=window_days, fmt=fmt)  # fmt: skip
    name = next((n for n in files if fmt == "graphml" or n.endswith(f"-{part}.csv")), None)
    if name is None:
        raise Invalid(f"The part must be nodes or edges, not {part!r}.", field="part")
    return name, files[name], MEDIA_TYPES[fmt]
