"""Watchlist proposals in SQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kordon.services.network_ports import WatchlistProposal
from kordon.storage.tables import watchlist_proposals


def _proposal(row: Any) -> WatchlistProposal:
    return WatchlistProposal(
        seizure_id=row.seizure_id,
        entity_id=row.entity_id,
        kind=row.kind,
        names=tuple(row.names),
        identifiers=dict(row.identifiers),
        country=row.country,
        state=row.state,
        reason=row.reason,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        entry_id=row.entry_id,
        created_at=row.created_at,
        id=row.id,
    )


class SqlProposals:
    """The ProposalRepository port over SQL."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, proposal: WatchlistProposal) -> int:
        """Store a proposal; return its id."""
        result = self.connection.execute(
            insert(watchlist_proposals).values(
                seizure_id=proposal.seizure_id,
                entity_id=proposal.entity_id,
                kind=proposal.kind,
                names=list(proposal.names),
                identifiers=dict(proposal.identifiers),
                country=proposal.country,
                state=proposal.state,
                reason=proposal.reason,
                created_at=proposal.created_at or datetime.now(UTC).replace(tzinfo=None),
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def for_seizure(self, seizure_id: int) -> list[WatchlistProposal]:
        """A seizure's proposals, oldest first."""
        rows = self.connection.execute(
            select(watchlist_proposals)
            .where(watchlist_proposals.c.seizure_id == seizure_id)
            .order_by(watchlist_proposals.c.id)
        )
        return [_proposal(row) for row in rows]

    def get(self, proposal_id: int) -> WatchlistProposal | None:
        """One proposal."""
        row = self.connection.execute(
            select(watchlist_proposals).where(watchlist_proposals.c.id == proposal_id)
        ).first()
        return _proposal(row) if row is not None else None

    def decide(
        self, proposal_id: int, *, state: str, reason: str, by: str, at: datetime,
        entry_id: str | None,
    ) -> None:  # fmt: skip
        """Record the decision on a proposal."""
        self.connection.execute(
            update(watchlist_proposals)
            .where(watchlist_proposals.c.id == proposal_id)
            .values(state=state, reason=reason, decided_by=by, decided_at=at, entry_id=entry_id)
        )
