"""Whether two sentences tell of finds made apart: each names a place, a conveyance or a day,
and they differ. "6 kg of heroin in a truck at one checkpoint on Monday. Another 4 kg ... from
a bus at another checkpoint on Tuesday" tells two seizures, though the second is told as added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Days of the week, as a report dates a find by them ("on Monday", "в понедельник",
# "bazar ertəsi"). Forms that are also common words ("среда" an environment, "bazar" a market)
# are taken only in their dating shape ("в среду", "bazar günü").
_WEEKDAYS = tuple(
    re.compile(rf"(?<![^\W_])(?:{forms})(?![^\W_])", re.IGNORECASE)
    for forms in (
        r"monday|понедельник\w*|bazar\s+ert[əe]si",
        r"tuesday|вторник\w*|[çc][əe]r[şs][əe]nb[əe]\s+ax[şs]am\w*",
        r"wednesday|в\s+среду|[çc][əe]r[şs][əe]nb[əe](?!\s+ax[şs]am)",
        r"thursday|четверг\w*|c[üu]m[əe]\s+ax[şs]am\w*",
        r"friday|пятниц\w*|c[üu]m[əe](?!\s+ax[şs]am)",
        r"saturday|суббот\w*|[şs][əe]nb[əe]",
        r"sunday|воскресень\w*|bazar\s+g[üu]n[üu]",
    )
)


def weekday(text: str) -> int | None:
    """The one day of the week a sentence names (0 for Monday), or None for none or several."""
    named = {day for day, pattern in enumerate(_WEEKDAYS) if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def named_apart(pairs: Iterable[tuple[object | None, object | None]]) -> bool:
    """Whether any pair of readings of two sentences (place, conveyance, date, day) are both
    given and differ."""
    return any(
        a is not None and b is not None and str(a).casefold() != str(b).casefold() for a, b in pairs
    )
