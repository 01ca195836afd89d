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
from operator import attrgetter

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.caching import cache_per_member
from kordon.risk.network.keys import (
    company_words,
    distinctive_skeletons,
    name_keys,
    parsed,
    trade_words,
)
from kordon.risk.network.mentions import Mention
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, comparison, score

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


# What of a mention resolving it reads: the party's kind, name, country and identifiers, not
# the record that names it, its role there or its day.
PartySaid = tuple[WatchlistKind, str, str | None, tuple[tuple[str, str], ...]]


def party_said(mention: Mention) -> PartySaid:
    """What a mention says of its party: all that its resolution against entities reads."""
    return (mention.kind, mention.name, mention.country, mention.identifiers)


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
    if not mention.identifiers or not entity.identifiers:
        return None
    known = set(entity.identifiers)
    for family, value in mention.identifiers:
        if (family, value) in known:
            return Link(family, f"same {IDENTIFIER_WORDS[family]} {value}", (("value", value),))
    return None


def conflicting_identifier(mention: Mention, entity: Entity) -> str | None:
    """The type of identifier on which the two disagree, if any."""
    if not mention.identifiers or not entity.identifiers:
        return None
    theirs: dict[str, set[str]] = {}
    for family, value in entity.identifiers:
        theirs.setdefault(family, set()).add(value)
    for family, value in mention.identifiers:
        if family in theirs and value not in theirs[family]:
            return family
    return None


def _name_link(mention: Mention, keys: frozenset[str], entity: Entity) -> Link | None:
    if keys.isdisjoint(entity.keys):
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


# Up to 100,000 pairs of names of each kind, 200,000 of persons and companies together
# (vehicles are never compared by name).
@cache_per_member(WatchlistKind, maxsize=100_000)
def names_agree(kind: WatchlistKind, a: str, b: str) -> bool:
    """Whether two names (whose telling parts already share a key) name the same entity."""
    if kind is WatchlistKind.COMPANY:
        return _company_parts_agree(a, b)
    # The screening score alone: its features' explanation (`compare`'s second half) would
    # double the cost of a pair, and a party never seen is compared with its namesakes.
    return score(comparison(parsed(kind, a), parsed(kind, b), _alike)) >= NAME_MIN


def _alike(_: str) -> float:
    """Every name part weighs the same: entity linking reads no table of rare name parts."""
    return 1.0


@dataclass(frozen=True, slots=True)
class _CompanyParts:
    """What company-name comparison needs of one name, worked out once per name: a new
    declaration's company is compared with dozens of candidates, each already seen before."""

    telling: tuple[tuple[str, ...], ...]
    pool: frozenset[str]
    words: frozenset[str]
    trade: frozenset[str]


@lru_cache(maxsize=200_000)
def _company_parts(name: str) -> _CompanyParts:
    parsed_name = parsed(WatchlistKind.COMPANY, name)
    telling = tuple(distinctive_skeletons(WatchlistKind.COMPANY, parsed_name))
    pool = frozenset(skel for options in telling for skel in options)
    return _CompanyParts(telling, pool, company_words(parsed_name), trade_words(parsed_name))


def _company_parts_agree(a: str, b: str) -> bool:
    """Every telling part of the shorter company name is in the longer one, and their trade
    words do not contradict (with a single telling part they must be the same: Bərəkət Trans is
    not Bərəkət Ərzaq)."""
    parts_a, parts_b = _company_parts(a), _company_parts(b)
    short, long = sorted((parts_a, parts_b), key=lambda parts: len(parts.telling))
    if not short.telling or not all(long.pool.intersection(o) for o in short.telling):
        return False
    if len(short.telling) == 1:
        return parts_a.words == parts_b.words
    # Baran Jolfa Transport is not Baran Jolfa Trading: when both names say what trade they
    # are in, they must share it (a short form without trade words may still be either).
    return not (parts_a.trade and parts_b.trade) or bool(parts_a.trade & parts_b.trade)


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
    return _name_link(mention, frozenset(keys), entity)


# Candidates in the order of their ids, oldest first (an attribute getter in C: a sort's key is
# asked for once a candidate, and linking sorts a few candidates for each of a batch's parties).
_by_id = attrgetter("id")


def identifier_match(mention: Mention, candidates: Iterable[Entity]) -> tuple[Entity, Link] | None:
    """The oldest candidate of the mention's kind sharing one of its identifiers."""
    if not mention.identifiers:
        return None
    return _first_sharing(mention, sorted(candidates, key=_by_id))


def _first_sharing(mention: Mention, ordered: Iterable[Entity]) -> tuple[Entity, Link] | None:
    """The first of the candidates, in order, of the mention's kind sharing an identifier."""
    if not mention.identifiers:
        return None
    for entity in ordered:
        shared = _shared_identifier(mention, entity) if entity.kind is mention.kind else None
        if shared is not None:
            return entity, shared
    return None


def best_match(
    mention: Mention, candidates: Iterable[Entity], keys: tuple[str, ...] | None = None
) -> tuple[Entity, Link] | None:
    """The candidate the mention belongs to: an identifier match before a name match."""
    ordered = sorted([e for e in candidates if e.kind is mention.kind], key=_by_id)
    found = _first_sharing(mention, ordered)
    if found is not None:
        return found
    if mention.kind is WatchlistKind.VEHICLE:
        return None
    # The name's keys as a set once, not once for each candidate.
    wanted = frozenset(name_keys(mention.kind, mention.name) if keys is None else keys)
    country = mention.country
    for entity in ordered:
        # A name never links across nationalities (`_name_link`): a company's name filed for
        # a dozen countries is compared with its own country's entity alone.
        if country and entity.country and entity.country != country:
            continue
        # No identifier is shared (the loop above): only a name may link, unless one differs.
        if conflicting_identifier(mention, entity):
            continue
        link = _name_link(mention, wanted, entity)
        if link is not None:
            return entity, link
    return None


def same_entity(a: Mention, b: Mention) -> Link | None:
    """Whether two mentions name the same entity, and why (the pairwise decision)."""
    keys = name_keys(a.kind, a.name)
    entity = Entity(0, a.kind, a.name, a.country, a.identifiers, keys)
    return evidence(b, entity)
