"""Regenerates src/kordon/analytics/world/outline.json from npm's world-atlas (run by hand).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/gen_world_outline.py package/countries-110m.json

world-atlas is Natural Earth's public-domain 1:110m country outlines as TopoJSON (its own
packaging under the ISC licence, kept beside the output). Each country becomes one SVG path
in a plate carrée projection whose x is scaled by cos 40°, so the corridors through the
Caucasus and Central Asia keep roughly their shape, with the centre of its largest polygon for
labels and route ends. Country ids are ISO 3166-1 numeric; Debian's iso-codes package maps
them to the alpha-2 codes Kordon uses.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = Path(__file__).parent.parent / "src/kordon/analytics/world/outline.json"
X_SCALE = math.cos(math.radians(40))
# Countries whose main polygon crosses the antimeridian have no sensible plane centroid; their
# routes end at the capital instead (longitude, latitude).
CENTRE_OVERRIDES = {"RU": (37.6, 55.8), "FJ": (178.4, -18.1)}

Point = tuple[float, float]


def _arcs(topology: dict) -> list[list[Point]]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[Point]], indices: list[int]) -> list[Point]:
    ring: list[Point] = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def _area_centre(ring: list[Point]) -> tuple[float, Point]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def _xy(point: Point) -> str:
    return f"{point[0] * X_SCALE:.1f} {-point[1]:.1f}"


def main(source: str) -> None:
    """Write the outline file."""
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    numeric = {c["numeric"]: c["alpha_2"] for c in json.loads(ISO_CODES.read_text())["3166-1"]}
    arcs = _arcs(topology)
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = numeric.get(str(geometry.get("id", "")))
        if code is None or geometry["type"] not in {"Polygon", "MultiPolygon"}:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        path = "".join("M" + "L".join(_xy(p) for p in ring) + "Z" for ring in rings if ring)
        _, centre = max(_area_centre(_ring(arcs, polygon[0])) for polygon in polygons)
        centre = CENTRE_OVERRIDES.get(code, centre)
        countries[code] = {"d": path, "c": [round(centre[0] * X_SCALE, 1), round(-centre[1], 1)]}
    data = {"x_scale": round(X_SCALE, 6), "countries": countries}
    text = json.dumps(data, separators=(",", ":"), sort_keys=True)
    TARGET.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
