"""Resolving mentions to entities: identifiers first, names only where nothing contradicts.

Evidence, strongest first: the same identifier (passport, tax number, plate) links whatever the
names say; a different identifier of the same type separates whatever the names say; only then
may a name link, and only a whole name (every telling part, across scripts and orders) of the
same nationality. A shared surname, route, cover cargo or generic company words never link.
Plates are identifiers: equal after normalisation or not at all, never by edit distance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.keys import (
    company_words,
    distinctive_skeletons,
    name_keys,
    parsed,
    trade_words,
)
from kordon.risk.network.mentions import Mention
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, compare

NAME = "kordon-entities"
VERSION = "1"
# How alike two whole persons' names must be, on the screening scale, once every telling part
# already agrees in skeleton: a screening match.
NAME_MIN = DEFAULT_THRESHOLD
IDENTIFIER_WORDS = {
    "passport": "passport",
    "national_id": "national identity number",
    "tax_id": "tax number",
    "registration": "registration number",
    "plate": "plate",
}


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention belongs to an entity: the kind of evidence, a sentence in English, and the
    values a page words it with in the reader's language (see kordon.risk.network.words)."""

    kind: str
    reason: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Entity:
    """A person, company or vehicle with every identifier and name key it is known by."""

    id: int
    kind: WatchlistKind
    label: str
    country: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()
    keys: tuple[str, ...] = field(default_factory=tuple)

    def absorb(self, mention: Mention, keys: tuple[str, ...]) -> None:
        """Remember the mention's identifiers and name keys."""
        if mention.identifiers:
            self.identifiers = tuple(sorted(set(self.identifiers) | set(mention.identifiers)))
        if keys:
            self.keys = tuple(sorted(set(self.keys) | set(keys)))
        if self.country is None:
            self.country = mention.country


def _shared_identifier(mention: Mention, entity: Entity) -> Link | None:
    known = set(entity.identifiers)
    for family, value in mention.identifiers:
        if (family, value) in known:
            return Link(family, f"same {IDENTIFIER_WORDS[family]} {value}", (("value", value),))
    return None


def conflicting_identifier(mention: Mention, entity: Entity) -> str | None:
    """The type of identifier on which the two disagree, if any."""
    theirs: dict[str, set[str]] = {}
    for family, value in entity.identifiers:
        theirs.setdefault(family, set()).add(value)
    for family, value in mention.identifiers:
        if family in theirs and value not in theirs[family]:
            return family
    return None


def _name_link(mention: Mention, keys: tuple[str, ...], entity: Entity) -> Link | None:
    if not keys or not set(keys) & set(entity.keys):
        return None
    if mention.country and entity.country and mention.country != entity.country:
        return None
    if not names_agree(mention.kind, mention.name, entity.label):
        return None
    if mention.name.strip() == entity.label.strip():
        return Link("name", f"same name {mention.name}", (("name", mention.name),))
    return Link(
        "name",
        f"same name: {mention.name} = {entity.label}",
        (("name", mention.name), ("other", entity.label)),
    )


@lru_cache(maxsize=200_000)
def names_agree(kind: WatchlistKind, a: str, b: str) -> bool:
    """Whether two names (whose telling parts already share a key) name the same entity."""
    if kind is WatchlistKind.COMPANY:
        return _company_parts_agree(a, b)
    score, _ = compare(parsed(kind, a), parsed(kind, b), lambda _: 1.0)
    return score >= NAME_MIN


def _company_parts_agree(a: str, b: str) -> bool:
    """Every telling part of the shorter company name is in the longer one, and their trade
    words do not contradict (with a single telling part they must be the same: Bərəkət Trans is
    not Bərəkət Ərzaq)."""
    name_a, name_b = parsed(WatchlistKind.COMPANY, a), parsed(WatchlistKind.COMPANY, b)
    parts_a = distinctive_skeletons(WatchlistKind.COMPANY, name_a)
    parts_b = distinctive_skeletons(WatchlistKind.COMPANY, name_b)
    short, long = sorted((parts_a, parts_b), key=len)
    pool = {skel for options in long for skel in options}
    if not short or not all(pool.intersection(options) for options in short):
        return False
    if len(short) == 1:
        return company_words(name_a) == company_words(name_b)
    # Baran Jolfa Transport is not Baran Jolfa Trading: when both names say what trade they
    # are in, they must share it (a short form without trade words may still be either).
    trade_a, trade_b = trade_words(name_a), trade_words(name_b)
    return not (trade_a and trade_b) or bool(trade_a & trade_b)


def evidence(mention: Mention, entity: Entity, keys: tuple[str, ...] | None = None) -> Link | None:
    """Why the mention is this entity, or None when nothing says so or an identifier differs."""
    if mention.kind is not entity.kind:
        return None
    shared = _shared_identifier(mention, entity)
    if shared is not None:
        return shared
    if mention.kind is WatchlistKind.VEHICLE or conflicting_identifier(mention, entity):
        return None
    if keys is None:
        keys = name_keys(mention.kind, mention.name)
    return _name_link(mention, keys, entity)


def best_match(
    mention: Mention, candidates: Iterable[Entity], keys: tuple[str, ...] | None = None
) -> tuple[Entity, Link] | None:
    """The candidate the mention belongs to: an identifier match before a name match."""
    if keys is None:
        keys = name_keys(mention.kind, mention.name)
    ordered = sorted(candidates, key=lambda e: e.id)
    for entity in ordered:
        if entity.kind is mention.kind:
            shared = _shared_identifier(mention, entity)
            if shared is not None:
                return entity, shared
    by_name: tuple[Entity, Link] | None = None
    for entity in ordered:
        link = evidence(mention, entity, keys)
        if link is None:
            continue
        if link.kind != "name":
            return entity, link
        by_name = by_name or (entity, link)
    return by_name


def same_entity(a: Mention, b: Mention) -> Link | None:
    """Whether two mentions name the same entity, and why (the pairwise decision)."""
    keys = name_keys(a.kind, a.name)
    entity = Entity(0, a.kind, a.name, a.country, a.identifiers, keys)
    return evidence(b, entity)
