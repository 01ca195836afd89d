"""English given names and their everyday forms, from a maintained table.

Lists and wanted notices print a person's everyday name beside the registered one (Sam Rose,
SAMUEL LEE ROSE; Fred Arias, FREDERICK ARIAS). The `nicknames` package (Apache-2.0) keeps a
hand-curated table of English names and their nicknames; a nickname is read as the names it
is a nickname of, never as the other nicknames of those names: Alfred and Frederick, both Fred,
stay two names, so that brothers do not match.

A nickname cut from the head or the tail of its full name (Ali of Alison, Ana of Anastasia, Eli
of Elijah, Dan of Daniel, Tina of Christina) is left out: such a piece of a name is a given name
of its own in other languages (Arabic Ali, Spanish Ana, Hebrew Eli and Dan, Georgian Tina), and
Ali Hassan is not Alison Hassan. The nicknames English makes otherwise (Bill, Bob, Peggy, Kate
for Katherine, Tony for Anthony) are no other language's names, and are kept.
"""

from __future__ import annotations

from functools import lru_cache

from nicknames import name_triplets

# The only relation of the table kept: its translations (William, Guillermo) are other names.
_NICKNAME = "has_nickname"


def clipped(one: str, other: str) -> bool:
    """Whether one of two names is the other cut short at the head or the tail (Ali, Alison;
    Tina, Christina), whichever the table lists as the nickname; compare them as spelt alike
    (`text.latin_key`: Allison is Alison)."""
    short, long = sorted((one, other), key=len)
    return short != long and (long.startswith(short) or long.endswith(short))


@lru_cache(maxsize=1)
def nickname_pairs() -> tuple[tuple[str, str], ...]:
    """Every (nickname, full name) of the table, lower case."""
    return tuple((row.name2, row.name1) for row in name_triplets() if row.relationship == _NICKNAME)
