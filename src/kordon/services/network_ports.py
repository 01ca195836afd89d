"""What the network use cases need from storage: the entity index and watchlist proposals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from kordon.risk.network.graph import Placed
from kordon.risk.network.resolve import Entity


class EntityRepository(Protocol):
    """The stored entity index, by generation (see storage.tables)."""

    def live_generation(self) -> int:
        """The generation queries read and updates write."""
        ...

    def lookup(self, generation: int, keys: Iterable[str]) -> list[Entity]:
        """The entities filed under any of the keys."""
        ...

    def get_many(self, generation: int, ids: Sequence[int]) -> list[Entity]:
        """Entities by id."""
        ...

    def next_id(self, generation: int) -> int:
        """The first unused entity id."""
        ...

    def hold(self) -> tuple[int, int]:
        """Take the index's writer lock for the transaction; the live generation and its
        first unused entity id, as the last writer left them."""
        ...

    def hold_and_lookup(self, keys: Iterable[str]) -> tuple[int, int, list[Entity]]:
        """`hold`, then `lookup` of the keys in the live generation, as the last writer left
        it."""
        ...

    def hold_claim_and_lookup(
        self, keys: Iterable[str], ids: Sequence[str], *, others: int, queued_before: datetime
    ) -> tuple[int, int, list[Entity], list[str]]:
        """`hold_and_lookup`, and once the lock is held the claim of these lodged
        declarations waiting for the index and up to `others` queued before `queued_before`:
        the ids claimed last."""
        ...

    def write(
        self,
        generation: int,
        *,
        created: Sequence[Entity],
        changed: Sequence[Entity],
        new_keys: Sequence[tuple[str, int]],
        placed: Sequence[Placed],
    ) -> None:
        """Store new and changed entities, new keys and resolved mentions."""
        ...

    def for_records(self, generation: int, records: Iterable[tuple[str, str]]) -> list[Placed]:
        """The mentions of these records."""
        ...

    def for_entities(self, generation: int, ids: Iterable[int], limit: int) -> list[Placed]:
        """The mentions of these entities, but of entities named more than `limit` times."""
        ...

    def reach(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
        """The records naming each of these entities, and apart those named more than `limit`
        times (hubs), of which no more than `limit` + 1 rows are read."""
        ...

    def reach_flags(
        self, generation: int, ids: Iterable[int], limit: int
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
        """As `reach`, but only the records that may raise a network flag (seizures,
        watchlist entries, declarations with a seizure or a critical finding)."""
        ...

    def starts(
        self, records: Iterable[tuple[str, str]], keys: Iterable[str]
    ) -> tuple[int, list[Placed], list[Entity]]:
        """The live generation, the mentions of these records and the entities filed under
        these keys, read together."""
        ...

    def reach_linked(
        self, generation: int, ids: Iterable[int], limit: int, seen: set[tuple[str, str]]
    ) -> tuple[dict[int, list[tuple[str, str]]], set[int], list[tuple[tuple[str, str], int, str]]]:
        """`reach`, and `entities_of` the records reached (hubs' aside) not in `seen`."""
        ...

    def with_facts(
        self, seizure_ids: Iterable[int], declaration_ids: Iterable[str]
    ) -> tuple[set[int], set[str]]:
        """Which of these seizures are recorded (not as duplicates), and which of these
        declarations have such a seizure or a critical finding."""
        ...

    def entities_of(
        self, generation: int, records: Iterable[tuple[str, str]]
    ) -> list[tuple[tuple[str, str], int, str]]:
        """(record, entity id, role) for every mention of these records."""
        ...

    def forget_record(self, generation: int, record: tuple[str, str]) -> None:
        """Remove a record's mentions."""
        ...

    def fingerprint(self) -> str:
        """Changes whenever the live index changes."""
        ...

    def begin_rebuild(self) -> int:
        """Clear what a killed rebuild left; return the generation to build."""
        ...

    def swap(self, generation: int) -> None:
        """Make a rebuilt generation live and drop older ones."""
        ...


@dataclass(frozen=True, slots=True)
class WatchlistProposal:
    """A watchlist entry proposed for an entity of a seizure's network."""

    seizure_id: int
    entity_id: int
    kind: str
    names: tuple[str, ...]
    identifiers: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    state: str = "proposed"
    reason: str = ""
    decided_by: str | None = None
    decided_at: datetime | None = None
    entry_id: str | None = None
    created_at: datetime | None = None
    id: int | None = None


class ProposalRepository(Protocol):
    """Watchlist proposals."""

    def add(self, proposal: WatchlistProposal) -> int:
        """Store a proposal; return its id."""
        ...

    def for_seizure(self, seizure_id: int) -> list[WatchlistProposal]:
        """A seizure's proposals, oldest first."""
        ...

    def get(self, proposal_id: int) -> WatchlistProposal | None:
        """One proposal."""
        ...

    def decide(
        self, proposal_id: int, *, state: str, reason: str, by: str, at: datetime,
        entry_id: str | None,
    ) -> None:  # fmt: skip
        """Record the decision on a proposal."""
        ...
