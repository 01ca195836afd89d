"""The audit log in SQL: rows are only ever inserted; the head row follows the newest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.dialects import postgresql

from kordon.domain.accounts import AuditEntry
from kordon.storage.bulk import bulk_insert, insert_small, pipeline
from kordon.storage.tables import audit_head, audit_log

# The head of an empty trail, where PostgreSQL keeps the row that its lock is taken on.
_NO_HASH = "0" * 64
_MOVE_HEAD = "UPDATE audit_head SET seq = %(seq)s, hash = %(hash)s WHERE id = 1"

# The trail's lock is held from the append to the commit, by every lodgement of every
# checkpoint: up to this many entries go with the head's move in one round trip rather than
# by a COPY of their own (two more), however cheaper a COPY is to send.
_COPY_FROM = 100


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        details=dict(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class SqlAuditLog:
    """AuditRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._pending: list[Callable[[], None]] = []
        # Once this transaction holds the trail's lock, no one else can move the head: it is
        # kept here as appends move it. While the held-back appends run, their rows wait here
        # to be written in one statement at the end.
        self._locked = False
        self._head: tuple[int, str] | None = None
        self._rows: list[dict[str, Any]] | None = None

    def before_commit(self, append: Callable[[], None]) -> None:
        """Run `append` after the transaction's other work, just before it commits."""
        self._pending.append(append)

    def flush(self) -> None:
        """Run the appends held back until now, in the order they were asked for."""
        if not self._pending:
            return
        self._rows = []
        try:
            while self._pending:
                self._pending.pop(0)()
            self._write(self._rows)
        finally:
            self._rows = None

    def head(self, *, lock: bool = False) -> tuple[int, str] | None:
        """Seq and hash of the newest entry, as recorded by the last append."""
        if lock and self._locked:
            return self._head
        if lock and self.connection.dialect.name == "postgresql":
            found = self._lock_head()
        else:
            if lock:
                # A write statement makes SQLite take its single writer lock before the head
                # is read: two transactions must not chain onto the same head.
                self.connection.execute(
                    update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq)
                )
            row = self.connection.execute(
                select(audit_head).where(audit_head.c.id == 1)
            ).one_or_none()
            found = (row.seq, row.hash) if row is not None and row.seq else None
        if lock:
            self._locked, self._head = True, found
        return found

    def _lock_head(self) -> tuple[int, str] | None:
        # One statement locks the head row (making it, seq 0, on an empty trail) and reads it
        # as the last committed append left it: an upsert waits for the row's lock and then
        # returns its newest version, where a lock then a select would take two round trips.
        statement = (
            postgresql.insert(audit_head)
            .values(id=1, seq=0, hash=_NO_HASH)
            .on_conflict_do_update(index_elements=["id"], set_={"seq": audit_head.c.seq})
            .returning(audit_head.c.seq, audit_head.c.hash)
        )
        seq, hash_ = self.connection.execute(statement).one()
        return (seq, hash_) if seq else None

    def append(self, entry: AuditEntry) -> None:
        """Add an entry (already chained) and move the head to it."""
        row = {
            "seq": entry.seq,
            "at": entry.at,
            "actor": entry.actor,
            "action": entry.action,
            "subject_type": entry.subject_type,
            "subject_id": entry.subject_id,
            "details": entry.details,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
        }
        self._head = (entry.seq, entry.hash)
        if self._rows is not None:
            self._rows.append(row)
        else:
            self._write([row])

    def _write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        seq, hash_ = rows[-1]["seq"], rows[-1]["hash"]
        if self.connection.dialect.name == "postgresql" and len(rows) < _COPY_FROM:
            # The entries and the head's move in one round trip, while the trail's lock is
            # held (the head row exists: taking the lock made it).
            with pipeline(self.connection) as cursor:
                columns = tuple(rows[0])
                values = [tuple(row[c] for c in columns) for row in rows]
                insert_small(cursor, self.connection.dialect, audit_log, columns, values)
                cursor.execute(_MOVE_HEAD, {"seq": seq, "hash": hash_})
            return
        if self.connection.dialect.name == "postgresql":  # many entries: COPY
            columns = tuple(rows[0])
            bulk_insert(
                self.connection, audit_log, columns, [tuple(r[c] for c in columns) for r in rows]
            )
        else:
            self.connection.execute(insert(audit_log), rows)
        moved = self.connection.execute(
            update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=hash_)
        )
        if not moved.rowcount:
            self.connection.execute(insert(audit_head).values(id=1, seq=seq, hash=hash_))

    def entries(self, *, after_seq: int = 0, limit: int = 1000) -> list[AuditEntry]:
        """Entries in seq order, from after_seq."""
        query = (
            select(audit_log)
            .where(audit_log.c.seq > after_seq)
            .order_by(audit_log.c.seq)
            .limit(limit)
        )
        return [_entry(row) for row in self.connection.execute(query)]

    def latest(
        self, *, limit: int, subject_type: str | None = None, subject_id: str | None = None
    ) -> list[AuditEntry]:
        """The newest entries, newest first."""
        query = select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)
        if subject_type:
            query = query.where(audit_log.c.subject_type == subject_type)
        if subject_id is not None:
            query = query.where(audit_log.c.subject_id == subject_id)
        return [_entry(row) for row in self.connection.execute(query)]

    def get(self, seq: int) -> AuditEntry | None:
        """One entry by its sequence number."""
        row = self.connection.execute(select(audit_log).where(audit_log.c.seq == seq)).one_or_none()
        return _entry(row) if row is not None else None

    def rechain(self, seq: int, *, prev_hash: str, hash: str) -> None:
        """Replace an entry's link and hash (only when the chain moves onto a new key)."""
        self.connection.execute(
            update(audit_log).where(audit_log.c.seq == seq).values(prev_hash=prev_hash, hash=hash)
        )
        self.connection.execute(update(audit_head).where(audit_head.c.seq == seq).values(hash=hash))
        # The head read under the lock is kept for later appends of this transaction.
        if self._head is not None and self._head[0] == seq:
            self._head = (seq, hash)

    def search(
        self,
        *,
        actor: str | None = None,
        action: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int,
        offset: int = 0,
    ) -> tuple[list[AuditEntry], int]:
        """Entries by actor, action (or its prefix, "user."), in [start, end), newest first,
        and how many match in all."""
        conditions: list[Any] = []
        if actor:
            conditions.append(audit_log.c.actor == actor)
        if action and action.endswith("."):
            conditions.append(audit_log.c.action.startswith(action))
        elif action:
            conditions.append(audit_log.c.action == action)
        if start:
            conditions.append(audit_log.c.at >= start)
        if end:
            conditions.append(audit_log.c.at < end)
        total = self.connection.execute(
            select(func.count()).select_from(audit_log).where(*conditions)
        ).scalar_one()
        query = (
            select(audit_log)
            .where(*conditions)
            .order_by(audit_log.c.seq.desc())
            .limit(limit)
            .offset(offset)
        )
        return [_entry(row) for row in self.connection.execute(query)], int(total)

    def actors(self) -> list[str]:
        """Everyone who appears in the trail, by name."""
        query = select(audit_log.c.actor).distinct().order_by(audit_log.c.actor)
        return [row.actor for row in self.connection.execute(query)]
