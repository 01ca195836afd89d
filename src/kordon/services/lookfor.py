"""What to look for on a declaration: drawn from its reasons and from seizures linked to it.

A hint names something an officer can check at the truck: the hiding place that a firing
profile names, the declared goods a profile fired on (the likely cover cargo), and where the
drugs were in earlier seizures with the same plate, driver, company or route. Hints are data
(a kind and its values); the pages put them into words in the reader's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kordon.analytics.concealment import concealment_category, seizure_categories
from kordon.analytics.links import plate_keys
from kordon.domain import Declaration, Reason, ReasonSource, Seizure, format_hs
from kordon.risk.screening import company_key, person_key

# How many of the newest seizures are compared with a declaration.
SEIZURES_COMPARED = 2000
# Categories that say nothing an officer can act on.
_VAGUE = {"other", "not_stated"}


@dataclass(frozen=True, slots=True)
class Hint:
    """One thing to look for: `kind` says how to word it, `values` fill the words."""

    kind: str
    values: dict[str, Any] = field(default_factory=dict)


def from_reasons(declaration: Declaration, reasons: Sequence[Reason]) -> list[Hint]:
    """Hints from the reasons: written hints, requested actions, named hiding places, goods."""
    hints: list[Hint] = []
    for reason in reasons:
        written = reason.details.get("look_for")
        for text in [written] if isinstance(written, str) else written or []:
            if text:
                hints.append(Hint("text", {"text": str(text)}))
        if reason.source is ReasonSource.WATCHLIST:
            hints.append(Hint("action", {"action": str(reason.details.get("action", ""))}))
        if reason.source is not ReasonSource.PROFILE:
            continue
        category = concealment_category(reason.description, None)
        if category not in _VAGUE and category != "cover_cargo":
            hints.append(Hint("concealment", {"category": category, "profile": reason.code}))
        for number in reason.details.get("items") or []:
            if isinstance(number, int) and 0 < number <= len(declaration.items):
                item = declaration.items[number - 1]
                goods = item.description or ""
                hints.append(
                    Hint(
                        "cover_cargo",
                        {"item": number, "goods": goods, "hs": format_hs(item.hs_code),
                         "profile": reason.code},
                    )
                )  # fmt: skip
    return hints


def network_seizures(reasons: Sequence[Reason]) -> set[int]:
    """The seizures the network reasons reach the declaration from."""
    found: set[int] = set()
    for reason in reasons:
        if reason.source is ReasonSource.NETWORK:
            found.update(int(n) for n in reason.details.get("seizure_ids") or [])
    return found


def _linked_by(declaration: Declaration, seizure: Seizure, companies: set[str]) -> str | None:
    """How a seizure is linked to a declaration: plate, person, company, or None."""
    plates = {p for plate in declaration.plates() for p, _ in plate_keys(plate)}
    if plates & {p for p, _ in plate_keys(seizure.conveyance)}:
        return "plate"
    people = {person_key(d.name) for d in declaration.drivers} - {None}
    if people & {person_key(p.name) for p in seizure.persons}:
        return "person"
    return "company" if companies else None


def from_seizures(
    declaration: Declaration,
    seizures: Sequence[Seizure],
    companies_of: dict[str, Declaration],
    network: set[int] | None = None,
) -> list[Hint]:
    """Hints from earlier seizures: each one linked by plate, driver or company (or reached
    through the network, `network` holding their ids), then where seizures on the same route
    were hidden. `companies_of` maps a seizure's declaration id to its declaration, for
    comparing consignors and consignees."""
    own = {company_key(p.name) for _, p in declaration.parties() if p.kind.value == "company"}
    own.discard(None)
    hints: list[Hint] = []
    on_route: Counter[str] = Counter()
    origin, destination = declaration.route.origin, declaration.route.destination
    for seizure in seizures:
        if seizure.duplicate_of is not None or seizure.declaration_id == declaration.id:
            continue
        categories = sorted(seizure_categories(seizure) - _VAGUE)
        linked_declaration = companies_of.get(seizure.declaration_id or "")
        shared: set[str] = set()
        if linked_declaration is not None:
            theirs = {company_key(p.name) for _, p in linked_declaration.parties()}
            shared = {k for k in own & theirs if k}
        how = _linked_by(declaration, seizure, shared)
        if how is None and seizure.id in (network or set()):
            how = "network"
        if how is not None and categories:
            commodities = sorted({i.commodity for i in seizure.items})
            hints.append(
                Hint(
                    "linked_seizure",
                    {"seizure": seizure.id, "how": how, "categories": categories,
                     "commodities": commodities},
                )
            )  # fmt: skip
        same_route = seizure.origin_country == origin and seizure.destination_country == destination
        if origin and destination and same_route:
            on_route.update(categories)
    if on_route:
        counts = [[category, n] for category, n in on_route.most_common(3)]
        hints.append(
            Hint("route_seizures", {"origin": origin, "destination": destination, "counts": counts})
        )
    return hints


def unique(hints: Sequence[Hint]) -> tuple[Hint, ...]:
    """Hints without repeats, in their order; at most five linked seizures."""
    seen: set[str] = set()
    kept: list[Hint] = []
    linked = 0
    for hint in hints:
        key = f"{hint.kind}:{sorted(hint.values.items())}"
        if hint.kind == "concealment":
            key = f"concealment:{hint.values['category']}"
        if key in seen or (hint.kind == "linked_seizure" and linked >= 5):
            continue
        linked += hint.kind == "linked_seizure"
        seen.add(key)
        kept.append(hint)
    return tuple(kept)
