"""How a link and a network path are said: a marked sentence per link kind, with its values,
so that a page words them in the reader's language and the stored reason stays English."""

from __future__ import annotations

from typing import Any

from kordon.domain.text import N_

Values = tuple[tuple[str, str], ...]

# Why two mentions are one entity, by the link's kind (an identifier type, a name, an entity).
LINK_TEXTS = {
    "passport": N_("same passport %(value)s"),
    "national_id": N_("same national identity number %(value)s"),
    "tax_id": N_("same tax number %(value)s"),
    "registration": N_("same registration number %(value)s"),
    "plate": N_("same plate %(value)s"),
    "name": N_("same name %(name)s"),
    "entity": N_("both resolved to entity %(entity)s"),
}
# A name written two ways: the mention's and the entity's.
NAME_VARIANT = N_("same name: %(name)s = %(other)s")

# One link of a network reason: the first names the declaration's party, the next ones go on.
FIRST_STEP = N_("%(role)s %(name)s: %(link)s as the %(other)s in %(where)s")
NEXT_STEP = N_("its %(role)s %(name)s: %(link)s as the %(other)s in %(where)s")
# Where a link leads: a declaration on the way, or what raised the flag.
IN_DECLARATION = N_("declaration %(id)s")
IN_SEIZURE = N_("seizure %(id)s")
IN_FINDING = N_("a critical finding on declaration %(id)s, %(day)s")
IN_WATCHLIST = N_("watchlist entry %(id)s")


def link_text(kind: str, values: dict[str, str]) -> str | None:
    """The marked sentence for a link of this kind with these values, or None when the values
    do not fit it (a link stored by an older version)."""
    text = NAME_VARIANT if kind == "name" and "other" in values else LINK_TEXTS.get(kind)
    if text is None:
        return None
    try:
        text % values
    except (KeyError, TypeError, ValueError):
        return None
    return text


def link_said(kind: str, reason: str, values: Values) -> dict[str, Any]:
    """A link as a kept sentence (see kordon.domain.text.sentence); its English reason when
    it has no values to word it with."""
    given = dict(values)
    text = link_text(kind, given)
    if text is None:
        return {"text": reason, "values": {}, "words": []}
    return {"text": text, "values": given, "words": []}


def flag_place(flag: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The marked words and values for where a flag was raised (its `details["flag"]`)."""
    kind = flag.get("kind")
    if kind == "finding":
        return IN_FINDING, {"id": flag.get("declaration_id"), "day": flag.get("on") or ""}
    if kind == "watchlist":
        return IN_WATCHLIST, {"id": flag.get("entry_id")}
    return IN_SEIZURE, {"id": flag.get("seizure_id")}
