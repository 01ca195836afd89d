"""Figures of one goods that share one unit word: "28,000 and 60,000 liters", "2 and 3 kg",
"5 и 7 кг", "5 və 7 kq". The last figure alone carries the unit, and the figures before it are
measured in the same unit: each one is a find of its own (two tankers, two couriers), which a
total said elsewhere adds up. Figures paired with a list of goods are read by respectively."""

from __future__ import annotations

import re
from dataclasses import replace

from kordon.domain.quantity import Quantity
from kordon.osint.calibres import blank_calibres
from kordon.osint.designations import blank_designations, blank_model_figures
from kordon.osint.quantities import FoundQuantity, parse_figure

# A bare figure joined to the next one by "and" and nothing else. A comma joins a year or a date
# to the sentence ("In 2023, 40 kg", "On May 12, 40 kg"), and a figure after a currency sign is
# a sum of money ("$5,000 and 40 kg"), so neither shares the unit.
_FIGURE_BEFORE = re.compile(r"(?<![\w.,$€£₹¥-])(\d[\d,.]*)\s(?:and|и|və)\s*$", re.IGNORECASE)
# A range ("between 2 and 3 kg", "от 5 и 7 кг") is one uncertain figure, not two; "по 5 и 7
# кг" may be the share of each unit.
_RANGE_BEFORE = re.compile(r"(?<![^\W_])(?:between|from|от|между|с|по|arasında)\s+$", re.IGNORECASE)
_FIRST_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
# How far before a figure the figure that shares its unit may start.
_REACH = 40


def with_shared_units(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """The quantities found, with a figure before each one that shares its unit word."""
    covered = [(q.start, q.end) for q in found]
    added: list[FoundQuantity] = []
    for q in found:
        own = _FIRST_FIGURE.match(q.text)
        lo = max(0, q.start - _REACH)
        # "два автомата АК 74 и 40 патронов": a model's figure is no figure of goods.
        window = blank_model_figures(blank_designations(blank_calibres(text[lo : q.end])))
        before = _FIGURE_BEFORE.search(window[: q.start - lo])
        if own is None or before is None or _RANGE_BEFORE.search(window[: before.start(1)]):
            continue
        start, end = lo + before.start(1), lo + before.end(1)
        if any(a < end and start < b for a, b in covered):
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
