"""English given names and their everyday forms, from a maintained table.

Lists and wanted notices print a person's everyday name beside the registered one (Sam Rose,
SAMUEL LEE ROSE; Fred Arias, FREDERICK ARIAS). The `nicknames` package (Apache-2.0) keeps a
hand-curated table of English names and their nicknames; a nickname is read as the names it
is a nickname of, never as the other nicknames of those names: Alfred and Frederick, both Fred,
stay two names, so that brothers do not match.
"""

from __future__ import annotations

from functools import lru_cache

from nicknames import name_triplets

# The only relation of the table kept: its translations (William, Guillermo) are other names.
_NICKNAME = "has_nickname"


@lru_cache(maxsize=1)
def nickname_pairs() -> tuple[tuple[str, str], ...]:
    """Every (nickname, full name) of the table, lower case."""
    return tuple((row.name2, row.name1) for row in name_triplets() if row.relationship == _NICKNAME)
