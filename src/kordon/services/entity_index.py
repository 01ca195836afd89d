"""Keeping the stored entity index up to date, and rebuilding it aside."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import timedelta
from typing import TypeVar

from kordon.domain import Declaration, Inspection, Seizure, clock
from kordon.domain.document import from_document
from kordon.domain.watchlist import WatchlistEntry
from kordon.intake.prepared import PreparedDeclaration
from kordon.risk.network.graph import Placed
from kordon.risk.network.index import (
    EntityIndex,
    identified,
    identifier_keys,
    mention_keys,
    name_lookup_keys,
)
from kordon.risk.network.mentions import (
    Mention,
    RecordKind,
    declaration_mentions,
    inspection_mentions,
    seizure_mentions,
    watchlist_mentions,
)
from kordon.risk.network.resolve import Entity
from kordon.services.ports import (
    DeclarationFilter,
    SeizureFilter,
    Store,
    StoredDeclaration,
    UnitOfWork,
)

PAGE = 2000
# Up to this many mentions (a group of lodgements) are looked up in one round trip with the
# index's lock; a larger batch reads its identifiers' entities first.
ONE_LOOKUP = 64
# A lodged declaration still waiting for the index this long after its lodgement (its own
# indexing failed, or its process stopped between the two transactions) is indexed by the
# next lodgement on any process; at most this many at a time.
STALE_AFTER = timedelta(seconds=5)
CATCH_UP = 500
T = TypeVar("T")
Progress = Callable[[int], None]


def _write(uow: UnitOfWork, generation: int, index: EntityIndex, placed: list[Placed]) -> None:
    uow.entities.write(
        generation,
        created=[index.entities[i] for i in sorted(index.created)],
        changed=[index.entities[i] for i in sorted(index.changed - index.created)],
        new_keys=index.new_keys,
        placed=placed,
    )


def index_mentions(uow: UnitOfWork, mentions: Sequence[Mention]) -> list[Placed]:
    """Resolve mentions against the live index and store them, with any new entities."""
    if not mentions:
        return []
    generation, first_id, filed = uow.entities.hold_and_lookup(_held_keys(mentions))
    if len(mentions) > ONE_LOOKUP:
        filed = with_name_candidates(uow, generation, mentions, filed)
    return _resolve_and_write(uow, mentions, generation, first_id, filed)


def _held_keys(mentions: Sequence[Mention]) -> set[str]:
    """The keys read with the index's lock: every key of a group's mentions; only the
    identifiers of a larger batch's, whose name candidates are read after them
    (`with_name_candidates`)."""
    keys_of = identifier_keys if len(mentions) > ONE_LOOKUP else mention_keys
    return {key for mention in mentions for key in keys_of(mention)}


def _resolve_and_write(
    uow: UnitOfWork,
    mentions: Sequence[Mention],
    generation: int,
    first_id: int,
    filed: Sequence[Entity],
) -> list[Placed]:
    index = EntityIndex(first_id=first_id)
    index.seed(filed)
    placed = [Placed(m, *index.add(m)) for m in mentions]
    _write(uow, generation, index, placed)
    return placed


def with_name_candidates(
    uow: UnitOfWork, generation: int, mentions: Sequence[Mention], filed: Sequence[Entity]
) -> list[Entity]:
    """The entities filed under the mentions' identifiers (`filed`) and the name candidates
    of the mentions none of those decides, in id order (the order one lookup returns, by
    which the index keeps the newest of a key). Most parties of a large batch have been seen
    before under their tax number or passport, and a common name is filed under dozens of
    namesakes, so this reads a fraction of what looking every key up reads."""
    decided = identified(mentions, filed)
    names = {
        key
        for n, mention in enumerate(mentions)
        if n not in decided
        for key in name_lookup_keys(mention)
    }
    found = {entity.id: entity for entity in filed}
    if names:
        found.update((e.id, e) for e in uow.entities.lookup(generation, names))
    return [found[i] for i in sorted(found)]


def index_prepared(uow: UnitOfWork, rows: Sequence[PreparedDeclaration]) -> None:
    """Index declarations as intake writes them (their stored documents)."""
    index_declarations(uow, (from_document(json.loads(row.document)) for row in rows))


def index_declarations(uow: UnitOfWork, declarations: Iterable[Declaration]) -> None:
    """Index the parties and plates of newly stored declarations."""
    index_mentions(uow, [m for d in declarations for m in declaration_mentions(d)])


def index_lodged(
    store: Store, declarations: Sequence[Declaration], *, stale_after: timedelta = STALE_AFTER
) -> int:
    """Index lodged declarations (stored as waiting for the index) in a transaction of their
    own, after their lodgement committed, with up to CATCH_UP others left waiting longer
    than `stale_after`; return how many were indexed.

    Indexing outside the lodgement's transaction keeps the index's lock, and the writing of
    the mentions, out of the time the checkpoint-days are locked. A declaration another
    transaction is indexing is waited for, so it is in the index when this returns. The
    index's lock, the claim and the look-up go in one round trip."""
    ids = [d.id for d in declarations]
    before = clock.now() - stale_after
    mentions = [m for d in declarations for m in declaration_mentions(d)]
    with store.transaction() as uow:
        generation, first_id, filed, claimed = uow.entities.hold_claim_and_lookup(
            _held_keys(mentions), ids, others=CATCH_UP, queued_before=before
        )
        if set(claimed) != set(ids):  # another took some, or these took up others
            return _index_claimed(uow, claimed, declarations)
        if len(mentions) > ONE_LOOKUP:
            filed = with_name_candidates(uow, generation, mentions, filed)
        _resolve_and_write(uow, mentions, generation, first_id, filed)
        return len(ids)


def catch_up(store: Store, progress: Progress | None = None) -> int:
    """Index every lodged declaration still waiting for the index (left by a process that
    stopped between a lodgement and its indexing); return how many."""
    done = 0
    while True:
        with store.transaction() as uow:
            # The index's lock before the claim, in every transaction that claims: two
            # claimers then never hold rows the other waits for.
            uow.entities.hold()
            claimed = uow.unindexed.claim([], others=CATCH_UP)
            _index_claimed(uow, claimed, [])
        if not claimed:
            return done
        done += len(claimed)
        if progress is not None:
            progress(len(claimed))


def _index_claimed(uow: UnitOfWork, claimed: Sequence[str], given: Sequence[Declaration]) -> int:
    """Index the claimed declarations (the index's lock is held): those given in their
    order, then the others as stored, in the order they were lodged."""
    wanted = set(claimed)
    ordered = [d for d in given if d.id in wanted]
    others = wanted - {d.id for d in ordered}
    if others:
        stored = uow.declarations.get_many(sorted(others))
        ordered.extend(s.declaration for s in sorted(stored, key=_lodged_order))
    index_declarations(uow, ordered)
    return len(ordered)


def _lodged_order(stored: StoredDeclaration) -> tuple[object, str]:
    return (stored.imported_at, stored.declaration.id)


def index_inspection(uow: UnitOfWork, inspection: Inspection, checkpoint: str | None) -> None:
    """Index the persons an inspection detained."""
    index_mentions(uow, inspection_mentions(inspection, checkpoint))


def index_seizures(uow: UnitOfWork, seizures: Iterable[Seizure]) -> None:
    """Index the persons and plates of stored seizures (with their ids)."""
    index_mentions(uow, [m for s in seizures for m in seizure_mentions(s)])


def index_watchlist(uow: UnitOfWork, entries: Iterable[WatchlistEntry]) -> None:
    """Re-index changed watchlist entries: their old names go, their new ones come in."""
    entries = list(entries)
    generation = uow.entities.live_generation()
    for entry in entries:
        uow.entities.forget_record(generation, (RecordKind.WATCHLIST, entry.id))
    index_mentions(uow, [m for e in entries for m in watchlist_mentions(e)])


def forget_watchlist_entry(uow: UnitOfWork, entry_id: str) -> None:
    """Remove a deleted watchlist entry's names from the index."""
    generation = uow.entities.live_generation()
    uow.entities.forget_record(generation, (RecordKind.WATCHLIST, entry_id))


def _pages(store: Store, read: Callable[[UnitOfWork, int], list[T]]) -> Iterator[list[T]]:
    """What `read(uow, offset)` returns, PAGE rows at a time, each page in its own short
    transaction, until a page comes back empty."""
    offset = 0
    while True:
        with store.transaction() as uow:
            page = read(uow, offset)
        if not page:
            return
        yield page
        offset += PAGE


def _declarations(uow: UnitOfWork, offset: int) -> list[StoredDeclaration]:
    return uow.declarations.search(DeclarationFilter(), limit=PAGE, offset=offset)[0]


def _seizures(uow: UnitOfWork, offset: int) -> list[Seizure]:
    return uow.seizures.search(SeizureFilter(), limit=PAGE, offset=offset)[0]


def _sources(store: Store) -> Iterable[list[Mention]]:
    """Every mention Kordon holds, a page at a time: watchlist, declarations, inspections,
    seizures."""
    with store.transaction() as uow:
        yield [m for e in uow.watchlist.list() for m in watchlist_mentions(e)]
    for page in _pages(store, _declarations):
        yield [m for s in page for m in declaration_mentions(s.declaration)]
    with store.transaction() as uow:
        inspections = [i for i in uow.inspections.all() if i.persons]
        checkpoints = {
            s.declaration.id: s.declaration.checkpoint
            for s in uow.declarations.get_many([i.declaration_id for i in inspections])
        }
    yield [
        m for i in inspections for m in inspection_mentions(i, checkpoints.get(i.declaration_id))
    ]
    for seizures in _pages(store, _seizures):
        yield [m for s in seizures for m in seizure_mentions(s)]


def rebuild(store: Store, progress: Progress | None = None) -> tuple[int, int]:
    """Rebuild the whole index aside and swap it in one transaction; return (entities,
    mentions). A rebuild killed before the swap leaves the live index as it was."""
    with store.transaction() as uow:
        generation = uow.entities.begin_rebuild()
        # Committed before the rebuild reads anything, so the rebuild indexes them.
        waiting = uow.unindexed.ids()
    index = EntityIndex()
    mentions = 0
    for batch in _sources(store):
        placed = [Placed(m, *index.add(m)) for m in batch]
        with store.transaction() as uow:
            uow.entities.write(generation, created=[], changed=[], new_keys=[], placed=placed)
        mentions += len(placed)
        if progress is not None:
            progress(len(placed))
    ids = sorted(index.entities)
    keys_of: dict[int, list[tuple[str, int]]] = {}
    for key, entity_id in index.new_keys:
        keys_of.setdefault(entity_id, []).append((key, entity_id))
    for start in range(0, len(ids), PAGE):
        chunk = [index.entities[i] for i in ids[start : start + PAGE]]
        keys = [pair for entity in chunk for pair in keys_of.get(entity.id, ())]
        with store.transaction() as uow:
            uow.entities.write(generation, created=chunk, changed=[], new_keys=keys, placed=[])
    with store.transaction() as uow:
        uow.entities.swap(generation)
        uow.unindexed.claim(waiting)
    return len(index), mentions
