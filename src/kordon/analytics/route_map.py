"""The seizure routes drawn on a map, as an inline <svg>: no tiles, nothing fetched.

The outline is Natural Earth's public-domain 1:110m countries (world/outline.json, made by
scripts/gen_world_outline.py), already projected: x is longitude x cos 40°, y is -latitude.
The view is cut to the countries the routes pass through, so a corridor from Iran through
Azerbaijan to Moldova fills the map rather than a corner of the world. Each leg of a route is
a curve from one country to the next, as wide as the number of seizures that took it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from itertools import pairwise
from pathlib import Path

from kordon.analytics.keys import Route
from kordon.domain import country_name

OUTLINE = Path(__file__).parent / "world" / "outline.json"
WIDTH = 720
LEG_COLOUR = "#b3261e"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class _Country:
    path: str
    centre: tuple[float, float]
    box: tuple[float, float, float, float]  # min x, min y, max x, max y


@lru_cache(maxsize=1)
def _outline() -> dict[str, _Country]:
    data = json.loads(OUTLINE.read_text(encoding="utf-8"))
    countries = {}
    for code, country in data["countries"].items():
        numbers = [float(n) for n in _NUMBER.findall(country["d"])]
        xs, ys = numbers[0::2], numbers[1::2]
        box = (min(xs), min(ys), max(xs), max(ys))
        centre = (float(country["c"][0]), float(country["c"][1]))
        countries[code] = _Country(country["d"], centre, box)
    return countries


def legs(routes: Sequence[tuple[Route, int]]) -> Counter[tuple[str, str]]:
    """Seizures per leg (from one country to the next) over the routes, for mapped countries."""
    known = _outline()
    counted: Counter[tuple[str, str]] = Counter()
    for route, seizures in routes:
        stops = [c for c in (route.origin, *route.transit, route.destination) if c in known]
        for a, b in pairwise(stops):
            if a != b:
                counted[(a, b)] += seizures
    return counted


def _view(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """x, y, width, height around the points, with a margin, at the map's aspect ratio."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width = max(max(xs) - min(xs), 20.0) * 1.3
    height = max(max(ys) - min(ys), 12.0) * 1.3
    width, height = max(width, height * 1.6), max(height, width / 2.2)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return cx - width / 2, cy - height / 2, width, height


def _overlaps(box: tuple[float, float, float, float], view: tuple[float, ...]) -> bool:
    x, y, w, h = view
    return box[0] <= x + w and box[2] >= x and box[1] <= y + h and box[3] >= y


def _leg_words(origin: str, destination: str, seizures: int) -> str:
    what = "seizure" if seizures == 1 else "seizures"
    return f"{origin} → {destination}: {seizures} {what}"


def route_map(
    routes: Sequence[tuple[Route, int]],
    *,
    title: str,
    name: Callable[[str], str] = country_name,
    leg_words: Callable[[str, str, int], str] = _leg_words,
) -> str:
    """The routes' legs over the countries they cross, as an <svg> element ('' without legs).

    `name` gives a country's name and `leg_words` a leg's tooltip, in the reader's language."""
    counted = legs(routes)
    if not counted:
        return ""
    countries = _outline()
    used = sorted({code for leg in counted for code in leg})
    view = _view([countries[c].centre for c in used])
    x, y, w, h = view
    height = round(WIDTH * h / w)
    font = w / 52
    peak = max(counted.values())
    parts = [
        f'<svg class="route-map" xmlns="http://www.w3.org/2000/svg" viewBox="{x:.1f} {y:.1f} '
        f'{w:.1f} {h:.1f}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<defs><marker id="route-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="{font * 0.8:.2f}" markerHeight="{font * 0.8:.2f}" '
        f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" '
        f'fill="{LEG_COLOUR}"/></marker></defs>',
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="#e8f0f7"/>',
    ]
    for code, country in countries.items():
        if _overlaps(country.box, view):
            fill = "#dfe5ec" if code in used else "#f7f8fa"
            parts.append(
                f'<path d="{country.path}" fill="{fill}" stroke="#9aa5b1" stroke-width="0.6" '
                f'vector-effect="non-scaling-stroke"><title>{escape(name(code))}</title>'
                "</path>"
            )
    for (a, b), seizures in counted.most_common():
        (x1, y1), (x2, y2) = countries[a].centre, countries[b].centre
        # A gentle curve, bent to the left of the direction of travel, so that A→B and B→A
        # are two lines and not one.
        mx, my = (x1 + x2) / 2 - (y2 - y1) * 0.15, (y1 + y2) / 2 + (x2 - x1) * 0.15
        stroke = 1.5 + 5 * seizures / peak
        tip = leg_words(name(a), name(b), seizures)
        parts.append(
            f'<path class="leg" d="M{x1:.2f} {y1:.2f}Q{mx:.2f} {my:.2f} {x2:.2f} {y2:.2f}" '
            f'fill="none" stroke="{LEG_COLOUR}" stroke-opacity="0.75" '
            f'stroke-width="{stroke:.1f}" vector-effect="non-scaling-stroke" '
            f'stroke-linecap="round" marker-end="url(#route-arrow)"><title>{escape(tip)}</title>'
            "</path>"
        )
    for code in used:
        cx, cy = countries[code].centre
        parts.append(
            f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{font * 0.25:.2f}" fill="#1b2430"/>'
            f'<text class="place" x="{cx:.2f}" y="{cy - font * 0.5:.2f}" font-size="{font:.2f}" '
            f'text-anchor="middle" fill="#1b2430" stroke="#fff" stroke-width="{font * 0.2:.2f}" '
            f'paint-order="stroke">{escape(name(code))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
