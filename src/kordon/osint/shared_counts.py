"""A count of units over two kinds of goods: a figure of neither.

"3 тысячи единиц наушников и носков", "3,000 units of headphones and watches": a count in a
generic unit (units, единиц) followed by two different goods joined by "and" counts them
together, and a record of either with the whole count would be wrong; each is a find with no
figure of its own. A count of the goods' own unit ("700 rounds and pistols") is not touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kordon.osint.lexicon import AND_WORDS, Mention
from kordon.osint.quantities import FoundQuantity

# The generic count unit: "units", "единиц", "ədəd" and the like read as items.
_GENERIC_UNIT = "items"
# Between the count and the first goods: "of", a generic goods word and a colon or dash, or
# describing words ("контрафактных"), but no figure and no end of clause.
_LEAD = re.compile(r"[^\d.;!?()]{0,40}")
# Between the two goods: "and", "и", "və" or a comma, and describing words.
_JOIN = re.compile(
    rf"\s*(?:,|\b(?:{'|'.join(AND_WORDS)})\b)\s*(?:[^\W\d_]+\s+){{0,2}}", re.IGNORECASE
)


def counts_several_kinds(body: str, q: FoundQuantity, mentions: Sequence[Mention]) -> bool:
    """Whether q counts two different goods named right after it together."""
    if q.count_unit != _GENERIC_UNIT:
        return False
    after = sorted((m for m in mentions if m.start >= q.end), key=lambda m: m.start)
    if len(after) < 2 or after[0].canonical == after[1].canonical:
        return False
    first, second = after[0], after[1]
    return (
        _LEAD.fullmatch(body[q.end : first.start]) is not None
        and _JOIN.fullmatch(body[first.end : second.start]) is not None
    )
