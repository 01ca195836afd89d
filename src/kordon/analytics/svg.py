"""Small inline SVG charts, written as text: no JavaScript, nothing fetched from anywhere.

Colours are SVG presentation attributes, not style attributes, so a Content-Security-Policy
without 'unsafe-inline' styles still shows them.
"""

from __future__ import annotations

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


def bar_chart(bars: Sequence[Bar], *, title: str, unit: str, width: int = 560) -> str:
    """A monthly bar chart (inspection and open-source parts stacked), as an <svg> element."""
    height, left, bottom, top = 170, 48, 28, 12
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max((b.total for b in bars), default=0.0) or 1.0
    step = plot_w / max(len(bars), 1)
    bar_w = max(step * 0.7, 1.0)
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" '
        'stroke="#8a96a3" stroke-width="1"/>',
        f'<line x1="{left}" y1="{top}" x2="{width - 8}" y2="{top}" stroke="#d8dde3" '
        'stroke-dasharray="3 3"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="11" '
        f'fill="#5b6675">{escape(_short(peak))}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" font-size="11" '
        f'fill="#5b6675">0</text>',
    ]
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
                f'height="{h:.1f}" fill="{fill}"><title>{escape(tip)}</title></rect>'
            )
    for n in sorted({0, len(bars) - 1}) if bars else ():
        x = left + n * step + step / 2
        anchor = "start" if n == 0 and len(bars) > 1 else "middle" if len(bars) == 1 else "end"
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}" font-size="11" '
            f'fill="#5b6675">{escape(bars[n].label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def legend(inspections: str = "Kordon inspections", reports: str = "Public reports") -> str:
    """The colour key shared by every chart, as a small <svg> (labels in the reader's language)."""
    first, second = escape(inspections), escape(reports)
    return (
        '<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 330 18" width="330" '
        f'height="18" role="img" aria-label="{first}; {second}">'
        f'<rect x="0" y="4" width="12" height="10" fill="{INSPECTION_FILL}"/>'
        f'<text x="18" y="13" font-size="12" fill="#1b2430">{first}</text>'
        f'<rect x="160" y="4" width="12" height="10" fill="{OPEN_SOURCE_FILL}"/>'
        f'<text x="178" y="13" font-size="12" fill="#1b2430">{second}</text></svg>'
    )
