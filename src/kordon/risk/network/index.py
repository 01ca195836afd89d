"""An in-memory entity index: mentions in, entities out, each assignment with its reason.

The stored index works the same way a batch at a time: the entities a batch's keys lead to are
loaded into an index, the batch is added, and what changed is written back.
"""

from __future__ import annotations

from collections.abc import Iterable

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.caching import cache_per_member
from kordon.risk.network.keys import name_keys
from kordon.risk.network.mentions import Mention
from kordon.risk.network.resolve import Entity, Link, best_match, identifier_match

_VEHICLE = WatchlistKind.VEHICLE
# A name key shared by more entities than this is common (Mammadov Elvin): it is still
# compared, but only against the most recent entities under it, which keeps linking fast.
MAX_NAME_CANDIDATES = 32


def identifier_key(family: str, value: str) -> str:
    """The lookup key of an identifier."""
    return f"{family}:{value}"


def name_key(kind: WatchlistKind, key: str) -> str:
    """The lookup key of a name key."""
    return f"{kind.value}~{key}"


def mention_keys(mention: Mention) -> tuple[str, ...]:
    """Every lookup key under which a mention's entity may already be known: its
    identifiers' first, then its name's."""
    keys = mention.keys
    if keys is None:
        if mention.kind is WatchlistKind.VEHICLE:
            # A plate's one key is its identifier's (a vehicle's name gives none), and nearly
            # every plate a batch names is new: no cache to look it up in first.
            keys = tuple([identifier_key(f, v) for f, v in mention.identifiers])
        else:
            keys = _mention_keys(mention.kind, mention.name, mention.identifiers)
        # Kept on the (frozen) mention itself; see `Mention.keys`.
        object.__setattr__(mention, "keys", keys)
    return keys


# The same parties come back day after day, in mentions made afresh from each declaration.
# Up to 50,000 parties of each kind, some 0.5 kB each.
@cache_per_member(WatchlistKind, maxsize=50_000)
def _mention_keys(
    kind: WatchlistKind, name: str, identifiers: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    keys = [identifier_key(f, v) for f, v in identifiers]
    keys += [name_key(kind, k) for k in name_keys(kind, name)]
    return tuple(keys)


def identifier_keys(mention: Mention) -> tuple[str, ...]:
    """The lookup keys of a mention's identifiers alone (each names one entity)."""
    return mention_keys(mention)[: len(mention.identifiers)]


def name_lookup_keys(mention: Mention) -> tuple[str, ...]:
    """The lookup keys of a mention's name alone."""
    return mention_keys(mention)[len(mention.identifiers) :]


def identified(mentions: Iterable[Mention], entities: Iterable[Entity]) -> set[int]:
    """The positions of the mentions that share an identifier with one of the entities: an
    identifier decides whom they name, so their name candidates need not be read."""
    known = {(e.kind, pair) for e in entities for pair in e.identifiers}
    return {
        n for n, m in enumerate(mentions) if any((m.kind, pair) in known for pair in m.identifiers)
    }


def entity_keys(entity: Entity) -> tuple[str, ...]:
    """Every lookup key an entity is filed under."""
    return _filed_keys(entity.kind, entity.identifiers, entity.keys)


# An index is seeded with a thousand entities or so a batch, most of them read for the
# batch before and for its network reasons just now: their keys are written out once.
# Up to 50,000 of each kind.
@cache_per_member(WatchlistKind, maxsize=50_000)
def _filed_keys(
    kind: WatchlistKind, identifiers: tuple[tuple[str, str], ...], keys: tuple[str, ...]
) -> tuple[str, ...]:
    return tuple([identifier_key(f, v) for f, v in identifiers] +
                 [name_key(kind, k) for k in keys])  # fmt: skip


class EntityIndex:
    """Entities by lookup key; `add` resolves a mention and remembers it."""

    def __init__(self, first_id: int = 1) -> None:
        self.entities: dict[int, Entity] = {}
        self._by_key: dict[str, list[int]] = {}
        self._next = first_id
        # What changed since the index was seeded, for writing back.
        self.created: set[int] = set()
        self.changed: set[int] = set()
        self.new_keys: list[tuple[str, int]] = []

    def __len__(self) -> int:
        return len(self.entities)

    def seed(self, entities: Iterable[Entity]) -> None:
        """Load known entities without marking them changed."""
        for entity in entities:
            self.entities[entity.id] = entity
            for key in entity_keys(entity):
                self._by_key.setdefault(key, []).append(entity.id)
            self._next = max(self._next, entity.id + 1)

    def candidates(self, mention: Mention) -> list[Entity]:
        """Entities sharing an identifier or a name key with the mention."""
        ids: set[int] = set()
        for key in mention_keys(mention):
            ids.update(self._by_key.get(key, ())[-MAX_NAME_CANDIDATES:])
        return [self.entities[i] for i in ids]

    def resolve(self, mention: Mention) -> tuple[Entity, Link] | None:
        """The entity a mention names, without remembering it."""
        if mention.identifiers:
            # An identifier key files the few entities that carry it; when one of them
            # shares the identifier, no name candidate can change the answer.
            keys = mention_keys(mention)
            ids: set[int] = set()
            for key in keys[: len(mention.identifiers)]:
                ids.update(self._by_key.get(key, ())[-MAX_NAME_CANDIDATES:])
            if ids:
                found = identifier_match(mention, [self.entities[i] for i in ids])
                if found is not None:
                    return found
            if len(keys) == len(mention.identifiers):
                # No name key (a plate; a name with one telling part): the candidates are
                # the entities just compared, and without a name key no name links.
                return None
        candidates = self.candidates(mention)
        # A party never seen has none: nothing to compare its name with.
        return best_match(mention, candidates) if candidates else None

    def add(self, mention: Mention) -> tuple[int, Link | None]:
        """Resolve a mention, creating an entity when none matches; return its id and why."""
        found = self.resolve(mention)
        keys = mention_keys(mention)
        names = name_keys(mention.kind, mention.name) if mention.kind is not _VEHICLE else ()
        if found is None:
            entity = Entity(self._next, mention.kind, mention.name, mention.country)
            self._next += 1
            self.entities[entity.id] = entity
            self.created.add(entity.id)
            link = None
            # A new entity has no keys before: it gains all of the mention's.
            added = list(keys)
        else:
            entity, link = found
            # The entity (of the mention's kind) gains the mention's keys it lacked: those
            # of the identifiers and name keys it does not have yet, in the mention's order
            # (`mention_keys` lists a key for each identifier, then one for each name key).
            count = len(mention.identifiers)
            added = []
            if count:
                for key, pair in zip(keys, mention.identifiers, strict=False):
                    if pair not in entity.identifiers:
                        added.append(key)
            for key, part in zip(keys[count:], names, strict=True):
                if part not in entity.keys:
                    added.append(key)
            if not added:
                # Most parties of a batch are known by all they say: absorbing the mention
                # would make the same identifiers and keys again (an entity's are kept sorted,
                # and one that is written was absorbed at its last change).
                if entity.country is None:
                    entity.country = mention.country
                return entity.id, link
        entity.absorb(mention, names)
        if added:
            self.changed.add(entity.id)
        for key in added:
            self._by_key.setdefault(key, []).append(entity.id)
            self.new_keys.append((key, entity.id))
        return entity.id, link

    def add_many(self, mentions: Iterable[Mention]) -> list[tuple[int, Link | None]]:
        """Add mentions in order."""
        return [self.add(m) for m in mentions]
