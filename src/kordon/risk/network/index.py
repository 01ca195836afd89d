"""An in-memory entity index: mentions in, entities out, each assignment with its reason."""

from __future__ import annotations

from collections.abc import Iterable

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.keys import name_keys
from kordon.risk.network.mentions import Mention
from kordon.risk.network.resolve import Entity, Link, best_match

# A name key shared by more entities than this is common (Mammadov Elvin): it is still
# compared, but only against the most recent entities under it, which keeps linking fast.
MAX_NAME_CANDIDATES = 32


class EntityIndex:
    """Entities by identifier and by name key; `add` resolves a mention and remembers it."""

    def __init__(self) -> None:
        self.entities: dict[int, Entity] = {}
        self._by_identifier: dict[tuple[str, str], int] = {}
        self._by_name: dict[tuple[WatchlistKind, str], list[int]] = {}
        self._next = 1

    def __len__(self) -> int:
        return len(self.entities)

    def candidates(self, mention: Mention, keys: tuple[str, ...]) -> list[Entity]:
        """Entities sharing an identifier or a name key with the mention."""
        ids: set[int] = set()
        for pair in mention.identifiers:
            found = self._by_identifier.get(pair)
            if found is not None:
                ids.add(found)
        for key in keys:
            ids.update(self._by_name.get((mention.kind, key), ())[-MAX_NAME_CANDIDATES:])
        return [self.entities[i] for i in ids]

    def resolve(self, mention: Mention) -> tuple[Entity, Link] | None:
        """The entity a mention names, without remembering it."""
        keys = name_keys(mention.kind, mention.name)
        return best_match(mention, self.candidates(mention, keys), keys)

    def add(self, mention: Mention) -> tuple[int, Link | None]:
        """Resolve a mention, creating an entity when none matches; return its id and why."""
        keys = name_keys(mention.kind, mention.name)
        found = best_match(mention, self.candidates(mention, keys), keys)
        if found is None:
            entity = Entity(self._next, mention.kind, mention.name, mention.country)
            self._next += 1
            self.entities[entity.id] = entity
            link = None
        else:
            entity, link = found
        before = set(entity.keys)
        entity.absorb(mention, keys)
        for pair in mention.identifiers:
            self._by_identifier.setdefault(pair, entity.id)
        for key in keys:
            if key not in before:
                self._by_name.setdefault((mention.kind, key), []).append(entity.id)
        return entity.id, link

    def add_many(self, mentions: Iterable[Mention]) -> list[tuple[int, Link | None]]:
        """Add mentions in order."""
        return [self.add(m) for m in mentions]
