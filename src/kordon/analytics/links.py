"""Links between seizure cases, each with the reasons it was made.

Two seizures are linked when they share
- a person: names compared after folding case, diacritics and script (Məhəmməd Əlizadə,
  Мухаммад Ализаде and محمد علیزاده coincide), by the consonant skeletons of their given and
  family names, in any order; a name needs two parts, so "Ali" alone links nothing;
- a vehicle plate: plates compared without spaces, dashes and case, Cyrillic look-alike
  letters and Persian digits folded;
- a declaration party: the consignor or consignee of their declarations, legal forms dropped;
- the same route (origin and destination) and concealment category within WINDOW_DAYS days.
Likely duplicates are left out: a record restating another is the same case, not a link.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kordon.analytics.concealment import CATEGORIES, seizure_categories
from kordon.analytics.keys import route_of
from kordon.analytics.period import event_day
from kordon.domain import Seizure
from kordon.domain.plates import normalise_plate
from kordon.domain.text import N_, Message, N_plural

WINDOW_DAYS = 30


class LinkKind(StrEnum):
    """What two linked seizures share."""

    PERSON = "person"
    PLATE = "plate"
    PARTY = "party"
    ROUTE_CONCEALMENT = "route_concealment"

    @property
    def label(self) -> str:
        """The kind as people say it."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    LinkKind.PERSON: "same person",
    LinkKind.PLATE: "same vehicle",
    LinkKind.PARTY: "same declaration party",
    LinkKind.ROUTE_CONCEALMENT: "same route and concealment",
}


SAME_DAY = N_(
    "Same route %(origin)s → %(destination)s and concealment (%(concealment)s), the same day."
)
DAYS_APART = N_plural(
    "Same route %(origin)s → %(destination)s and concealment (%(concealment)s), %(days)s day "
    "apart.",
    "Same route %(origin)s → %(destination)s and concealment (%(concealment)s), %(days)s days "
    "apart.",
)


@dataclass(frozen=True, slots=True)
class LinkReason:
    """One thing two seizures share, said in words (translated where it is shown)."""

    kind: LinkKind
    message: Message

    @property
    def text(self) -> str:
        """The reason in English."""
        return str(self.message)


@dataclass(frozen=True, slots=True)
class Link:
    """Two seizures (the earlier first) and every reason that links them."""

    first: Seizure
    second: Seizure
    reasons: tuple[LinkReason, ...]

    def other(self, seizure_id: int | None) -> Seizure:
        """The seizure at the other end from the one given."""
        return self.second if self.first.id == seizure_id else self.first

    @property
    def kinds(self) -> tuple[LinkKind, ...]:
        """The kinds of reason, in the order of LinkKind."""
        present = {r.kind for r in self.reasons}
        return tuple(k for k in LinkKind if k in present)


@dataclass(frozen=True, slots=True)
class NameKeys:
    """How names become comparable keys (None: too short to link on).

    The caller supplies them, so that links compare names the way screening does without
    analytics depending on screening."""

    person: Callable[[str], tuple[str, ...] | None]
    company: Callable[[str], str | None]


def plate_keys(conveyance: str | None) -> list[tuple[str, str]]:
    """(canonical plate, plate as written) for each plate of a conveyance ('A / B' for two)."""
    keys: list[tuple[str, str]] = []
    for written in (conveyance or "").split("/"):
        plate = normalise_plate(written)
        # "truck" or "car" in a public report is not a plate: a plate has a digit.
        if len(plate) >= 4 and any(c.isdigit() for c in plate):
            keys.append((plate, written.strip()))
    return keys


class _Pairs:
    def __init__(self) -> None:
        self.reasons: dict[tuple[int, int], dict[LinkReason, None]] = {}
        self.by_id: dict[int, Seizure] = {}

    def add(self, a: Seizure, b: Seizure, reason: LinkReason) -> None:
        assert a.id is not None and b.id is not None
        if a.id == b.id:
            return
        self.by_id[a.id], self.by_id[b.id] = a, b
        key = (min(a.id, b.id), max(a.id, b.id))
        self.reasons.setdefault(key, {})[reason] = None

    def block(self, rows: Sequence[tuple[Seizure, str]], kind: LinkKind, say: str) -> None:
        ordered = sorted(rows, key=lambda row: _order(row[0]))
        for i, (a, written_a) in enumerate(ordered):
            for b, written_b in ordered[i + 1 :]:
                shown = _isolated(written_a)
                if written_b != written_a:
                    shown = f"{shown} / {_isolated(written_b)}"
                self.add(a, b, LinkReason(kind, Message(say, {"shared": shown})))

    def links(self) -> list[Link]:
        found = []
        for (a, b), reasons in self.reasons.items():
            first, second = sorted((self.by_id[a], self.by_id[b]), key=_order)
            found.append(Link(first, second, tuple(reasons)))
        return sorted(found, key=lambda link: (-len(link.reasons), _order(link.second)))


def _isolated(text: str) -> str:
    """Text in right-to-left script kept apart (Unicode isolates) from the sentence around it."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return f"\u2068{text}\u2069"
    return text


def _order(seizure: Seizure) -> tuple[str, int]:
    day = event_day(seizure)
    return (day.isoformat() if day else "", seizure.id or 0)


def find_links(
    seizures: Iterable[Seizure],
    *,
    names: NameKeys,
    parties: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    window_days: int = WINDOW_DAYS,
) -> list[Link]:
    """Every linked pair among the seizures, the most reasons first.

    `parties` gives, per seizure id, the (role, name) of its declaration's consignor and
    consignee, when the caller could read them."""
    pairs = _Pairs()
    people: dict[tuple[str, ...], list[tuple[Seizure, str]]] = {}
    plates: dict[str, list[tuple[Seizure, str]]] = {}
    firms: dict[str, list[tuple[Seizure, str]]] = {}
    ways: dict[tuple[tuple[str, str], str], list[Seizure]] = {}
    for seizure in seizures:
        if seizure.id is None or seizure.duplicate_of is not None:
            continue
        for person in seizure.persons:
            key = names.person(person.name) if person.name else None
            if key is not None:
                people.setdefault(key, []).append((seizure, person.name))
        for plate, written in plate_keys(seizure.conveyance):
            plates.setdefault(plate, []).append((seizure, written))
        for role, name in (parties or {}).get(seizure.id, ()):
            firm = names.company(name)
            if firm is not None:
                firms.setdefault(firm, []).append((seizure, f"{name} ({role})"))
        route = route_of(seizure)
        if route is not None and route.ends is not None and event_day(seizure) is not None:
            for category in seizure_categories(seizure) - {"other", "not_stated"}:
                ways.setdefault((route.ends, category), []).append(seizure)
    for rows in people.values():
        pairs.block(rows, LinkKind.PERSON, N_("Same person: %(shared)s."))
    for rows in plates.values():
        pairs.block(rows, LinkKind.PLATE, N_("Same vehicle plate: %(shared)s."))
    for rows in firms.values():
        pairs.block(rows, LinkKind.PARTY, N_("Same declaration party: %(shared)s."))
    for ((origin, destination), category), found in ways.items():
        _within_window(pairs, found, origin, destination, category, window_days)
    return pairs.links()


def _within_window(
    pairs: _Pairs, rows: list[Seizure], origin: str, destination: str, category: str, days: int
) -> None:
    dated = sorted(rows, key=_order)
    for i, a in enumerate(dated):
        day_a = event_day(a)
        assert day_a is not None
        for b in dated[i + 1 :]:
            day_b = event_day(b)
            assert day_b is not None
            apart = (day_b - day_a).days
            if apart > days:
                break
            values = {
                "origin": origin,
                "destination": destination,
                "concealment": Message(CATEGORIES[category]),
                "days": apart,
            }
            if apart == 0:
                said = Message(SAME_DAY, values)
            else:
                said = Message(DAYS_APART[0], values, plural=DAYS_APART[1], count=apart)
            pairs.add(a, b, LinkReason(LinkKind.ROUTE_CONCEALMENT, said))


def links_of(seizure_id: int, links: Iterable[Link]) -> list[Link]:
    """The links that have the seizure at one end."""
    return [link for link in links if seizure_id in (link.first.id, link.second.id)]


def case_groups(links: Iterable[Link]) -> list[list[int]]:
    """Groups of seizure ids connected through links, largest first."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        assert link.first.id is not None and link.second.id is not None
        parent[root(link.first.id)] = root(link.second.id)
    groups: dict[int, list[int]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))
