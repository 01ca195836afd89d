"""Figures that share one unit word: "28,000 and 60,000 liters", "2 and 3 kg", "по 5 и 7 кг",
"5 və 7 kq". The last figure alone carries the unit, and the figures before it are measured
in the same unit: each one is a find of its own (two tankers, two couriers), which a total
said elsewhere adds up."""

from __future__ import annotations

import re
from dataclasses import replace

from kordon.domain.quantity import Quantity
from kordon.osint.quantities import FoundQuantity, parse_figure

# A bare figure joined to the next one by "and" (or a comma) and nothing else; a range
# ("between 2 and 3 kg", "от 5 до 7 кг") is one uncertain figure, not two.
_FIGURE_BEFORE = re.compile(
    r"(?<![\w.,-])(?<!between )(?<!from )(\d[\d,.]*)\s*(?:,|\s(?:and|и|və)\s)\s*$", re.IGNORECASE
)
_FIRST_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def with_shared_units(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """The quantities found, with a figure before each one that shares its unit word."""
    covered = [(q.start, q.end) for q in found]
    added: list[FoundQuantity] = []
    for q in found:
        own = _FIRST_FIGURE.match(q.text)
        before = _FIGURE_BEFORE.search(text[max(0, q.start - 40) : q.start])
        if own is None or before is None:
            continue
        start = q.start - (len(text[max(0, q.start - 40) : q.start]) - before.start(1))
        end = start + len(before[1])
        if any(lo < end and start < hi for lo, hi in covered):
            continue
        read, written = parse_figure(before[1]), parse_figure(own[0])
        if read is None or written is None or written[0] == 0:
            continue
        scale = q.value / written[0]
        added.append(
            replace(
                q,
                quantity=Quantity(read[0] * scale, q.unit, text[start:end]),
                start=start,
                end=end,
                tolerance=read[1] * scale,
            )
        )
    return sorted(found + added, key=lambda q: q.start) if added else found
