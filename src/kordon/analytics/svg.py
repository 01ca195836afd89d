"""Small inline SVG charts, written as text: no JavaScript, nothing fetched from anywhere.

Colours are SVG presentation attributes, not style attributes, so a Content-Security-Policy
without 'unsafe-inline' styles still shows them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

INSPECTION_FILL = "#1f5fa8"
OPEN_SOURCE_FILL = "#e0a030"


@dataclass(frozen=True, slots=True)
class Bar:
    """One month's bar: the part from Kordon's inspections and the part from public reports."""

    label: str
    inspection: float
    open_source: float

    @property
    def total(self) -> float:
        """The bar's height in the chart's unit."""
        return self.inspection + self.open_source


def _short(value: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def _full(value: float) -> str:
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def ticks(peak: float, most: int = 5) -> list[float]:
    """Round axis values from 0 to at least `peak`: 1, 2 or 5 times a power of ten apart."""
    if peak <= 0:
        return [0.0, 1.0]
    raw = peak / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    count = math.ceil(peak / step - 1e-9)
    return [n * step for n in range(count + 1)]


def _month_labels(count: int, room: float) -> list[int]:
    """Which bars get a label: every k-th, so that labels never overlap, and the last one."""
    every = max(1, math.ceil(count * 58 / room))
    shown = list(range(0, count, every))
    if count and shown[-1] != count - 1:
        if count - 1 - shown[-1] < every / 2 and len(shown) > 1:
            shown.pop()
        shown.append(count - 1)
    return shown


def bar_chart(bars: Sequence[Bar], *, title: str, unit: str, width: int = 560) -> str:
    """A monthly bar chart (inspection and open-source parts stacked), as an <svg> element,
    with a labelled value axis in the chart's unit and a month axis."""
    height, left, bottom, top = 210, 64, 34, 22
    plot_w, plot_h = width - left - 8, height - bottom - top
    marks = ticks(max((b.total for b in bars), default=0.0))
    peak = marks[-1]
    step = plot_w / max(len(bars), 1)
    bar_w = max(step * 0.7, 1.0)
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text class="unit" x="{left - 8}" y="12" text-anchor="end" font-size="12" '
        f'fill="#5b6675">{escape(unit)}</text>',
    ]
    for value in marks:
        y = top + plot_h - value / peak * plot_h
        colour = "#8a96a3" if value == 0 else "#e3e7ec"
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" stroke="{colour}" '
            'stroke-width="1"/>'
            f'<text class="tick" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" '
            f'font-size="12" fill="#3d4856">{escape(_short(value))}</text>'
        )
    for n, bar in enumerate(bars):
        x = left + n * step + (step - bar_w) / 2
        base: float = top + plot_h
        tip = (
            f"{bar.label}: {_full(bar.total)} {unit} "
            f"(inspections {_full(bar.inspection)}, public reports {_full(bar.open_source)})"
        )
        for value, fill in ((bar.inspection, INSPECTION_FILL), (bar.open_source, OPEN_SOURCE_FILL)):
            if value <= 0:
                continue
            h = max(value / peak * plot_h, 1.0)
            base -= h
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{fill}" data-value="{value:g}">'
                f"<title>{escape(tip)}</title></rect>"
            )
    for n in _month_labels(len(bars), plot_w):
        x = left + n * step + step / 2
        parts.append(
            f'<text class="month" x="{x:.1f}" y="{height - 12}" text-anchor="middle" '
            f'font-size="12" fill="#3d4856">{escape(bars[n].label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def legend() -> str:
    """The colour key shared by every chart, as a small <svg>."""
    return (
        '<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 330 18" width="330" '
        'height="18" role="img" aria-label="Blue: Kordon inspections; amber: public reports">'
        f'<rect x="0" y="4" width="12" height="10" fill="{INSPECTION_FILL}"/>'
        '<text x="18" y="13" font-size="12" fill="#1b2430">Kordon inspections</text>'
        f'<rect x="160" y="4" width="12" height="10" fill="{OPEN_SOURCE_FILL}"/>'
        '<text x="178" y="13" font-size="12" fill="#1b2430">Public reports</text></svg>'
    )
