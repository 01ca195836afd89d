"""A network as nodes and edges, written as GraphML or CSV for Gephi and i2 Analyst's Notebook."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from kordon.risk.network.graph import NetworkGraph, Record

NODE_FIELDS = ("id", "type", "label", "checkpoint", "date")
EDGE_FIELDS = ("source", "target", "role", "link", "reason", "date")


@dataclass(frozen=True, slots=True)
class Node:
    """A record or an entity."""

    id: str
    type: str
    label: str
    checkpoint: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class Edge:
    """A record naming an entity (or a seizure found on a declaration), with why."""

    source: str
    target: str
    role: str
    link: str
    reason: str
    date: str = ""
    # The values the link's reason is worded with in a reader's language (not exported).
    values: tuple[tuple[str, str], ...] = ()


def record_node_id(record: Record) -> str:
    """A record's node id ("declaration:AZ-AST-..." or "seizure:17")."""
    return f"{record[0]}:{record[1]}"


def entity_node_id(entity_id: int) -> str:
    """An entity's node id."""
    return f"entity:{entity_id}"


def nodes_and_edges(
    graph: NetworkGraph, records: Iterable[Record]
) -> tuple[list[Node], list[Edge]]:
    """The records, the entities they name and the edges between them."""
    wanted = set(records)
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for record in sorted(wanted):
        placed = graph.by_record.get(record, [])
        first = placed[0].mention if placed else None
        label = f"{record[0]} {record[1]}"
        if record[0] == "seizure" and record[1].isdigit() and int(record[1]) in graph.seizures:
            label = graph.seizures[int(record[1])].words()
        nodes[record_node_id(record)] = Node(
            record_node_id(record), record[0], label,
            (first.checkpoint or "") if first else "",
            (first.on.isoformat() if first and first.on else ""),
        )  # fmt: skip
        for other in graph.event(record):
            if other in wanted and record[0] == "seizure":
                edges.append(Edge(record_node_id(record), record_node_id(other), "seized on",
                                  "event", "found on this declaration"))  # fmt: skip
        for p in placed:
            node = entity_node_id(p.entity_id)
            nodes.setdefault(node, Node(node, p.mention.kind.value, p.mention.name))
            edges.append(
                Edge(record_node_id(record), node, p.mention.role,
                     p.link.kind if p.link else "first", p.link.reason if p.link else "",
                     p.mention.on.isoformat() if p.mention.on else "",
                     p.link.values if p.link else ())
            )  # fmt: skip
    return list(nodes.values()), edges


def to_csv(rows: list[Node] | list[Edge]) -> str:
    """Nodes or edges as CSV with a header line."""
    out = io.StringIO()
    fields = NODE_FIELDS if not rows or isinstance(rows[0], Node) else EDGE_FIELDS
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([getattr(row, f) for f in fields])
    return out.getvalue()


def to_graphml(nodes: list[Node], edges: list[Edge]) -> str:
    """Nodes and edges as GraphML, every field a declared attribute."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ]
    for name in NODE_FIELDS[1:]:
        lines.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>')
    for name in EDGE_FIELDS[2:]:
        lines.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>')
    lines.append('  <graph id="network" edgedefault="undirected">')
    for node in nodes:
        lines.append(f"    <node id={quoteattr(node.id)}>")
        for name in NODE_FIELDS[1:]:
            lines.append(f'      <data key="n_{name}">{_text(getattr(node, name))}</data>')
        lines.append("    </node>")
    for n, edge in enumerate(edges):
        lines.append(f'    <edge id="e{n}" source={quoteattr(edge.source)} '
                     f"target={quoteattr(edge.target)}>")  # fmt: skip
        for name in EDGE_FIELDS[2:]:
            lines.append(f'      <data key="e_{name}">{_text(getattr(edge, name))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
