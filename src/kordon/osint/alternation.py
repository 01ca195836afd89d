"""One regular expression for many literal words (goods, places, agencies), quick to search.

A plain alternation of a thousand forms tries every form at every word of a text. Grouped by
first letter, each group behind a look-ahead for that letter, a word tries only the forms that
can start it, and in the same order: the match is the one the plain alternation finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_alternation(forms: Iterable[str], *, ignore_case: bool = False) -> str:
    """The forms as one alternation, longest first, grouped by first letter; ignore_case for a
    pattern compiled with re.IGNORECASE (letters any case matches alike share a group)."""
    flags = re.IGNORECASE if ignore_case else 0
    groups: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        if not form:
            continue
        first = form[0]
        # A letter joins the group of any letter the pattern takes for it ("K" and "k", and
        # under IGNORECASE the Kelvin sign too), so no two groups can start at one position.
        key = next((k for k in groups if re.fullmatch(re.escape(k), first, flags)), first)
        groups.setdefault(key, []).append(re.escape(form))
    if not groups:
        return r"(?!x)x"
    return "|".join(f"(?={re.escape(k)})(?:{'|'.join(g)})" for k, g in groups.items())
