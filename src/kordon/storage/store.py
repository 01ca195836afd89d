"""The SQL store: opens transactions that carry one repository per kind of record."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

from kordon.storage.accounts import SqlApiTokens, SqlSessions, SqlSignInAttempts, SqlUsers
from kordon.storage.analytics import SqlInspectionFacts
from kordon.storage.assessments import SqlAssessments
from kordon.storage.audit import SqlAuditLog
from kordon.storage.checkpoints import SqlCheckpoints
from kordon.storage.database import connect, migrate, reset
from kordon.storage.declarations import SqlDeclarations, SqlInspections
from kordon.storage.entities import SqlEntities
from kordon.storage.feeds import SqlFeedItems
from kordon.storage.overrides import SqlOverrides
from kordon.storage.profiles import SqlProfiles
from kordon.storage.proposals import SqlProposals
from kordon.storage.seizures import SqlPhotos, SqlSeizures
from kordon.storage.unindexed import SqlUnindexed
from kordon.storage.watchlist import SqlWatchlist
from kordon.storage.worklists import SqlQueue, SqlWatchlistCatalog


class SqlUnitOfWork:
    """One transaction and its repositories."""

    def __init__(self, connection: Connection, *, audit_key: str = "") -> None:
        self.connection = connection
        self.audit_key = audit_key
        self.declarations = SqlDeclarations(connection)
        self.inspections = SqlInspections(connection)
        self.assessments = SqlAssessments(connection)
        self.checkpoints = SqlCheckpoints(connection)
        self.overrides = SqlOverrides(connection)
        self.profiles = SqlProfiles(connection)
        self.users = SqlUsers(connection)
        self.sessions = SqlSessions(connection)
        self.api_tokens = SqlApiTokens(connection)
        self.sign_in_attempts = SqlSignInAttempts(connection)
        self.audit = SqlAuditLog(connection)
        self.seizures = SqlSeizures(connection)
        self.photos = SqlPhotos(connection)
        self.feed_items = SqlFeedItems(connection)
        self.queue = SqlQueue(connection)
        self.watchlist = SqlWatchlist(connection)
        self.watchlist_views = SqlWatchlistCatalog(connection)
        self.inspection_facts = SqlInspectionFacts(connection)
        self.entities = SqlEntities(connection)
        self.proposals = SqlProposals(connection)
        self.unindexed = SqlUnindexed(connection)

    def store(self) -> SqlStore:
        """The store this transaction belongs to, for readers that outlive it (an engine's
        network provider opens its own short transactions)."""
        return SqlStore(self.connection.engine, audit_key=self.audit_key)


class SqlStore:
    """The Store port over a SQLAlchemy engine."""

    def __init__(self, engine: Engine, *, audit_key: str = "") -> None:
        self.engine = engine
        self.audit_key = audit_key

    @contextmanager
    def transaction(self) -> Iterator[SqlUnitOfWork]:
        """A unit of work that commits on success and rolls back on any error."""
        with self.engine.begin() as connection:
            uow = SqlUnitOfWork(connection, audit_key=self.audit_key)
            yield uow
            # The trail's lock serialises every transaction that appends to it: taking it last
            # holds it only from the appends to the commit, not for the whole transaction.
            uow.audit.flush()

    @contextmanager
    def reading(self) -> Iterator[SqlUnitOfWork]:
        """A unit of work for reads only. On PostgreSQL its statements run in autocommit:
        at read committed each statement of a transaction takes a snapshot of its own
        anyway, so they see the same, without a BEGIN and a COMMIT (two round trips). On
        SQLite, a transaction, whose reads share one snapshot."""
        if self.engine.dialect.name != "postgresql":
            with self.transaction() as uow:
                yield uow
            return
        with self.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            yield SqlUnitOfWork(connection, audit_key=self.audit_key)

    def ping(self) -> None:
        """Raise unless the database answers."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def reset(self) -> None:
        """Empty the database: every table dropped and built again (for the demo only)."""
        reset(self.engine)

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()


def open_store(url: str, *, audit_key: str = "") -> SqlStore:
    """Connect to a database, bring its schema up to date and return the store; the audit
    key (from the settings) keys the audit chain."""
    engine = connect(url)
    migrate(engine)
    return SqlStore(engine, audit_key=audit_key)
