"""Lodged declarations waiting for the entity index (`unindexed_declarations`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, or_, select

from kordon.storage.among import among
from kordon.storage.tables import unindexed_declarations as waiting


class SqlUnindexed:
    """UnindexedRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def claim(
        self, ids: Sequence[str], *, others: int = 0, queued_before: datetime | None = None
    ) -> list[str]:
        """Take these declarations off the list, and up to `others` more, oldest first (of
        those queued before `queued_before`, if given): the ids taken, which this
        transaction is now the one to index.

        Deleting is what claims them: a second transaction claiming the same rows waits for
        the first to end and then finds them gone, so a declaration is indexed once, and
        whoever waited returns only after it is indexed."""
        condition = among(self.connection, waiting.c.declaration_id, list(ids))
        if others > 0:
            oldest = select(waiting.c.declaration_id).order_by(waiting.c.queued_at).limit(others)
            if queued_before is not None:
                oldest = oldest.where(waiting.c.queued_at < queued_before)
            condition = or_(condition, waiting.c.declaration_id.in_(oldest.scalar_subquery()))
        elif not ids:
            return []
        claimed = self.connection.execute(
            delete(waiting).where(condition).returning(waiting.c.declaration_id)
        )
        return list(claimed.scalars())

    def claim_queued(
        self, cursor: Any, ids: Sequence[str], *, others: int, queued_before: datetime
    ) -> Callable[[], list[str]]:
        """`claim` queued on a PostgreSQL pipeline's cursor (after the statements that must
        run first, such as taking the index's lock); call what it returns, once the pipeline
        has been answered, for the ids taken."""
        claimed = cursor.connection.cursor()
        claimed.execute(_CLAIM, {"ids": list(ids), "others": others, "before": queued_before})

        def taken() -> list[str]:
            with claimed:
                return [row[0] for row in claimed.fetchall()]

        return taken

    def ids(self) -> list[str]:
        """Every declaration waiting, oldest first."""
        query = select(waiting.c.declaration_id).order_by(waiting.c.queued_at)
        return list(self.connection.execute(query).scalars())


_CLAIM = (
    "DELETE FROM unindexed_declarations WHERE declaration_id = ANY(%(ids)s) "
    "OR declaration_id IN (SELECT declaration_id FROM unindexed_declarations "
    "WHERE queued_at < %(before)s ORDER BY queued_at LIMIT %(others)s) "
    "RETURNING declaration_id"
)
