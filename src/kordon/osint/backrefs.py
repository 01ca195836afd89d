"""Goods a figure names again by a back-reference: "Pangolin scales were seized at the airport
... It seized 300.9kg of the scales", "of these bricks". The noun after "the" is the last word
of goods named before it, so the figure measures those goods, not goods of no name."""

from __future__ import annotations

import re

from kordon.osint.lexicon import Mention
from kordon.osint.quantities import FoundQuantity

_BACK_REFERENCE = re.compile(
    r"\s*of\s+(?:the|these|those|this|that|such)\s+(?:seized\s+|smuggled\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)


def named_before(body: str, q: FoundQuantity, before: list[Mention]) -> Mention | None:
    """The goods named before a figure that "of the <noun>" after it names again, as a mention
    at the figure, or None."""
    hit = _BACK_REFERENCE.match(body, q.end)
    if hit is None:
        return None
    noun = hit[1].lower()
    for m in reversed([m for m in before if m.end <= q.start]):
        words = re.findall(r"[^\W\d_]+", m.text.lower())
        if words and words[-1] == noun and len(words) > 1:
            return Mention(m.canonical, q.start, q.end, q.text)
    return None
