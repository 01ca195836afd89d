"""What the services need from storage. storage/ implements these; services never import it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from kordon.analytics.targeting import InspectionFact
from kordon.domain import (
    Assessment,
    Channel,
    Checkpoint,
    Declaration,
    Inspection,
    Override,
    Reason,
    Seizure,
    SeizureReport,
    SeizureSource,
)
from kordon.domain.accounts import AuditEntry, User
from kordon.domain.profile import RiskProfile
from kordon.domain.watchlist import WatchlistEntry
from kordon.intake.prepared import PreparedDeclaration
from kordon.risk.profiles import ProfileRepository
from kordon.services.network_ports import EntityRepository, ProposalRepository


@dataclass(frozen=True, slots=True)
class StoredDeclaration:
    """A declaration as stored, with its current channel and where it came from."""

    declaration: Declaration
    channel: Channel | None
    source: str
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class DeclarationFilter:
    """Which declarations a listing returns."""

    checkpoint: str | None = None
    lodged_from: datetime | None = None
    lodged_before: datetime | None = None
    channel: Channel | None = None
    unassessed: bool = False


class DeclarationRepository(Protocol):
    """Declarations and their goods items."""

    def existing_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """Content hashes of the ids already stored."""
        ...

    def insert_many(
        self,
        rows: Sequence[PreparedDeclaration],
        *,
        source: str,
        at: datetime,
        channels: Mapping[str, Channel] | None = None,
        unindexed: bool = False,
    ) -> None:
        """Store new declarations (the caller has checked that none exists), with the
        channels already decided for some of them; `unindexed` marks them as waiting for
        the entity index (indexed by a transaction of their own, see `claim_unindexed`)."""
        ...

    def document(self, declaration_id: str) -> dict[str, Any] | None:
        """The stored document of a declaration."""
        ...

    def get(self, declaration_id: str) -> StoredDeclaration | None:
        """One declaration, or None."""
        ...

    def search(
        self, where: DeclarationFilter, *, limit: int, offset: int
    ) -> tuple[list[StoredDeclaration], int]:
        """A page of declarations, newest first, and how many match in all."""
        ...

    def documents(
        self, where: DeclarationFilter, *, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        """A page of stored documents, newest first, not built into declarations."""
        ...

    def set_channel(self, declaration_id: str, channel: Channel) -> None:
        """Record a declaration's current channel."""
        ...

    def set_channels(self, channels: Sequence[tuple[str, Channel]]) -> None:
        """Record the current channel of many declarations in one statement."""
        ...

    def red_count(self, checkpoint: str, day: date) -> int:
        """Declarations lodged at a checkpoint on a day that are in the red channel."""
        ...

    def unassessed_ids(self) -> list[str]:
        """Ids of the declarations that have no channel yet, oldest first."""
        ...

    def unassessed_days(self) -> dict[tuple[str, date], list[str]]:
        """Ids of the declarations without a channel, by checkpoint and day lodged."""
        ...

    def get_many(self, ids: Sequence[str]) -> list[StoredDeclaration]:
        """Several declarations, in the order asked (missing ids are left out)."""
        ...


class UnindexedRepository(Protocol):
    """Lodged declarations whose parties wait for the entity index."""

    def claim(
        self, ids: Sequence[str], *, others: int = 0, queued_before: datetime | None = None
    ) -> list[str]:
        """Take these declarations off the list, and up to `others` more, oldest first (of
        those queued before `queued_before`, if given); the ids taken, for this transaction
        to index."""
        ...

    def ids(self) -> list[str]:
        """Every declaration waiting, oldest first."""
        ...


class InspectionRepository(Protocol):
    """Inspections and their findings."""

    def add_many(self, inspections: Sequence[Inspection]) -> None:
        """Store inspections."""
        ...

    def add(self, inspection: Inspection) -> int:
        """Store one inspection and return its id."""
        ...

    def for_declaration(self, declaration_id: str, *, lock: bool = False) -> list[Inspection]:
        """Every inspection of a declaration, oldest first; `lock` holds the declaration
        until the transaction ends, so that two officers cannot both record the first one."""
        ...

    def declaration_of(self, inspection_id: int) -> str | None:
        """The declaration an inspection examined, or None."""
        ...

    def critical_for(self, declaration_ids: Sequence[str]) -> list[Inspection]:
        """The critical findings (drugs, weapons) of these declarations, oldest first."""
        ...

    def all(self) -> list[Inspection]:
        """Every inspection, oldest first: the training labels."""
        ...


class AssessmentRepository(Protocol):
    """Assessments with their reasons."""

    def add(self, assessment: Assessment) -> int:
        """Store an assessment and return its id."""
        ...

    def add_many(self, items: Sequence[Assessment]) -> list[int]:
        """Store assessments in one statement and return their ids, in order."""
        ...

    def get(self, assessment_id: int) -> Assessment | None:
        """One assessment, or None."""
        ...

    def latest_for(self, declaration_id: str) -> Assessment | None:
        """The newest assessment of a declaration."""
        ...


class ProfileStore(ProfileRepository, Protocol):
    """Profiles with their history, and the record of which fired where."""

    def version(self, profile_id: str, version: int) -> RiskProfile | None:
        """An earlier (or the current) version of a profile."""
        ...

    def fingerprint(self) -> str:
        """Changes whenever any profile is saved."""
        ...

    def delete(self, profile_id: str) -> bool:
        """Remove a profile; True when it existed."""
        ...

    def record_fired_many(self, fired: Sequence[tuple[int, str, Mapping[str, int]]]) -> None:
        """Note the profile versions that fired in many assessments, in one statement:
        (assessment id, declaration id, {profile id: version}) each."""
        ...


class CheckpointRepository(Protocol):
    """Customs offices."""

    def upsert_many(self, checkpoints: Sequence[Checkpoint]) -> None:
        """Add checkpoints or replace those with the same code."""
        ...

    def list(self) -> list[Checkpoint]:
        """Every checkpoint, by code."""
        ...

    def get(self, code: str) -> Checkpoint | None:
        """One checkpoint, or None."""
        ...

    def lock_day(self, code: str, day: date) -> None:
        """Hold a checkpoint-day's lock until the transaction ends: red slots are then counted
        and taken by one transaction at a time, whatever process or host runs it."""
        ...

    def claim_days(self, days: Sequence[tuple[str, date]]) -> dict[tuple[str, date], int]:
        """Lock checkpoint-days, in the order given, until the transaction ends, and count the
        red channels each has once locked (`lock_day`, then the declarations' `red_count`)."""
        ...

    def claim_bound_days(
        self, days: Sequence[tuple[str, date]]
    ) -> tuple[dict[str, int | None], dict[tuple[str, date], int]]:
        """Every checkpoint's daily capacity, and `claim_days` of those of these days whose
        checkpoint has one (read together where the database allows)."""
        ...


class OverrideRepository(Protocol):
    """Supervisors' channel overrides."""

    def add(self, override: Override) -> None:
        """Store an override."""
        ...

    def for_declaration(self, declaration_id: str) -> list[Override]:
        """Every override of a declaration, oldest first."""
        ...


class WatchlistRepository(Protocol):
    """Watchlist entries (operational information)."""

    def save_many(self, entries: Sequence[WatchlistEntry]) -> dict[str, str]:
        """Add or replace entries; says per id whether it was added, updated or unchanged."""
        ...

    def get(self, entry_id: str) -> WatchlistEntry | None:
        """One entry, or None."""
        ...

    def list(self) -> list[WatchlistEntry]:
        """Every entry, by id."""
        ...

    def delete(self, entry_id: str) -> bool:
        """Remove an entry; True when it existed."""
        ...

    def fingerprint(self) -> str:
        """Changes whenever an entry is added, changed or removed."""
        ...


@dataclass(frozen=True, slots=True)
class StoredUser:
    """An account with its password hash, for signing in."""

    user: User
    password_hash: str


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A signed-in session as stored."""

    user_id: int
    csrf_token: str
    expires_at: datetime
    revoked: bool
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TokenRecord:
    """An API token as stored (never the token itself)."""

    id: int
    user_id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


@dataclass(frozen=True, slots=True)
class SeenFeedItem:
    """An item of a watched feed that has been read, and what came of it."""

    feed_url: str
    item_key: str
    seen_at: datetime
    outcome: str  # "stored", "no seizure", "error"
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class PhotoRecord:
    """A photo of a seizure: metadata here, the file under settings.data_dir."""

    filename: str
    content_type: str
    stored_as: str
    sha256: str
    size: int
    uploaded_by: str
    uploaded_at: datetime
    seizure_id: int | None = None
    inspection_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SeizureFilter:
    """Which seizures a listing returns."""

    checkpoint: str | None = None
    # With a checkpoint: public (open-source) seizures are listed as well, wherever they were.
    with_open_source: bool = False
    commodity: str | None = None
    text: str | None = None
    declaration_id: str | None = None
    source: SeizureSource | None = None
    country: str | None = None
    # Public records the report reader trusts less than this (0..1) are left out.
    min_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A declaration in a checkpoint's queue with its latest score and inspection outcome."""

    stored: StoredDeclaration
    score: float | None
    inspection_outcome: str | None
    # The latest assessment's reasons, for the row's main reason.
    reasons: tuple[Reason, ...] = ()
    random_control: bool = False


@dataclass(frozen=True, slots=True)
class WatchlistView:
    """A watchlist entry as the intelligence pages show it (sensitive: audited on view)."""

    id: str
    kind: str
    names: tuple[str, ...]
    action: str
    source: str = ""
    handling_code: str = ""
    hits: int = 0
    last_hit: datetime | None = None
    notes: str = ""
    # The declarations whose latest assessment hit the entry, newest id first.
    declarations: tuple[str, ...] = ()
    valid_until: date | None = None


class UserRepository(Protocol):
    """Accounts."""

    def add(self, user: User, password_hash: str) -> int:
        """Store a new account and return its id."""
        ...

    def by_name(self, username: str) -> StoredUser | None:
        """An account with its password hash, or None."""
        ...

    def by_id(self, user_id: int) -> User | None:
        """An account, or None."""
        ...

    def list(self) -> list[User]:
        """Every account, by name."""
        ...

    def set_disabled(self, username: str, disabled: bool) -> bool:
        """Disable or enable an account; False when there is no such account."""
        ...

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Replace a password hash (after re-hashing with newer parameters)."""
        ...

    def set_language(self, user_id: int, language: str | None) -> None:
        """Save the language an account chose for the pages."""
        ...


class SessionRepository(Protocol):
    """Signed-in sessions, stored by the hash of their token."""

    def add(
        self,
        *,
        token_hash: str,
        user_id: int,
        csrf_token: str,
        at: datetime,
        expires_at: datetime,
        address: str,
    ) -> None:
        """Store a new session."""
        ...

    def find(self, token_hash: str) -> SessionRecord | None:
        """A session, or None."""
        ...

    def touch(self, token_hash: str, *, at: datetime, expires_at: datetime) -> None:
        """Record activity and extend the session."""
        ...

    def revoke(self, token_hash: str, *, at: datetime) -> None:
        """End one session."""
        ...

    def revoke_user(self, user_id: int, *, at: datetime, keep: str | None = None) -> None:
        """End every session of a user, except the one whose token hash is `keep`."""
        ...


class ApiTokenRepository(Protocol):
    """API tokens for machine clients, stored by their hash."""

    def add(self, *, token_hash: str, prefix: str, user_id: int, name: str, at: datetime) -> int:
        """Store a new token and return its id."""
        ...

    def find_with_user(self, token_hash: str) -> tuple[TokenRecord, User] | None:
        """A token and its account, read together, or None."""
        ...

    def get(self, token_id: int) -> TokenRecord | None:
        """A token by its id, or None."""
        ...

    def revoke(self, token_id: int, *, at: datetime) -> None:
        """Revoke a token (a revoked token stays listed, never usable again)."""
        ...

    def touch(self, token_id: int, *, at: datetime) -> None:
        """Record that a token was used."""
        ...

    def revoke_user(self, user_id: int, *, at: datetime) -> None:
        """Revoke every token of a user."""
        ...

    def for_user(self, user_id: int) -> list[TokenRecord]:
        """Every token of a user."""
        ...


class SignInAttemptRepository(Protocol):
    """Sign-in attempts, for rate limiting."""

    def add(self, *, at: datetime, username: str, address: str, succeeded: bool) -> None:
        """Record one attempt."""
        ...

    def forget_failures(self, username: str) -> None:
        """Forget an account's failed attempts (after an administrator reset its password)."""
        ...

    def failures_since(
        self, since: datetime, *, username: str | None = None, address: str | None = None
    ) -> tuple[int, datetime | None]:
        """Failed attempts since a moment, for an account, a client address or both: how
        many, and when the last one was."""
        ...


class AuditRepository(Protocol):
    """The append-only audit log."""

    def head(self, *, lock: bool = False) -> tuple[int, str] | None:
        """Seq and hash of the newest entry, as recorded by the last append."""
        ...

    def append(self, entry: AuditEntry) -> None:
        """Add an entry (already chained) and move the head to it."""
        ...

    def before_commit(self, append: Callable[[], None]) -> None:
        """Run `append` after the transaction's other work, just before it commits."""
        ...

    def entries(self, *, after_seq: int = 0, limit: int = 1000) -> list[AuditEntry]:
        """Entries in seq order, from after_seq."""
        ...

    def latest(
        self, *, limit: int, subject_type: str | None = None, subject_id: str | None = None
    ) -> list[AuditEntry]:
        """The newest entries, newest first."""
        ...

    def get(self, seq: int) -> AuditEntry | None:
        """One entry by its sequence number."""
        ...

    def rechain(self, seq: int, *, prev_hash: str, hash: str) -> None:
        """Replace an entry's link and hash (only when the chain moves onto a new key)."""

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
        ...

    def actors(self) -> list[str]:
        """Everyone who appears in the trail, by name."""
        ...


class SeizureRepository(Protocol):
    """Seizure records and their items."""

    def add(self, seizure: Seizure) -> int:
        """Store a seizure with its items and return its id."""
        ...

    def add_report(self, seizure_id: int, report: SeizureReport) -> None:
        """Record one more public report of a stored seizure."""
        ...

    def get(self, seizure_id: int) -> Seizure | None:
        """One seizure, or None."""
        ...

    def search(self, where: SeizureFilter, *, limit: int, offset: int) -> tuple[list[Seizure], int]:
        """A page of seizures, newest first, and how many match in all."""
        ...

    def linked(self, ids: Sequence[int], declaration_ids: Sequence[str]) -> list[Seizure]:
        """The seizures with these ids or found on these declarations, duplicates left out."""
        ...


class FeedItemRepository(Protocol):
    """Items of watched feeds already read."""

    def seen(self, feed_url: str, item_key: str) -> bool:
        """True when this item of this feed has been read before."""
        ...

    def record(self, item: SeenFeedItem) -> None:
        """Remember that an item was read, and what came of it."""
        ...


class PhotoRepository(Protocol):
    """Photo metadata."""

    def add(self, photo: PhotoRecord) -> int:
        """Store photo metadata and return its id."""
        ...

    def get(self, photo_id: int) -> PhotoRecord | None:
        """One photo, or None."""
        ...

    def for_seizure(self, seizure_id: int) -> list[PhotoRecord]:
        """The photos of a seizure."""
        ...

    def for_inspections(self, inspection_ids: Sequence[int]) -> list[PhotoRecord]:
        """The photos of some inspections, with or without a seizure."""
        ...


class QueueRepository(Protocol):
    """The day's declarations at a checkpoint, with scores, for the queue page."""

    def rows(self, *, checkpoint: str | None, start: datetime, end: datetime) -> list[QueueRow]:
        """Declarations lodged in [start, end) at a checkpoint (every checkpoint for None)."""
        ...

    def inspected_count(self, *, checkpoint: str, start: datetime, end: datetime) -> int:
        """Inspections recorded in [start, end) at a checkpoint."""
        ...

    def latest_day(self, *, checkpoint: str, before: datetime) -> date | None:
        """The last day before `before` on which declarations were lodged at a checkpoint."""
        ...


class InspectionFactRepository(Protocol):
    """Inspections with what selected their declarations, for targeting results."""

    def between(
        self, *, start: datetime, end: datetime, checkpoint: str | None = None
    ) -> list[InspectionFact]:
        """Inspections made in [start, end), at one checkpoint or all, oldest first."""
        ...


class WatchlistCatalog(Protocol):
    """Watchlist entries (connected to the watchlist store by the lead)."""

    def list(self) -> list[WatchlistView]:
        """Every entry."""
        ...

    def get(self, entry_id: str) -> WatchlistView | None:
        """One entry, or None."""
        ...


class UnitOfWork(Protocol):
    """One database transaction, with a repository for each kind of record."""

    @property
    def declarations(self) -> DeclarationRepository:
        """Declarations and their goods items."""
        ...

    @property
    def inspections(self) -> InspectionRepository:
        """Inspections and their findings."""
        ...

    @property
    def assessments(self) -> AssessmentRepository:
        """Assessments with their reasons."""
        ...

    @property
    def checkpoints(self) -> CheckpointRepository:
        """Customs offices."""
        ...

    @property
    def overrides(self) -> OverrideRepository:
        """Supervisors' channel overrides."""
        ...

    @property
    def watchlist(self) -> WatchlistRepository:
        """Watchlist entries."""
        ...

    @property
    def profiles(self) -> ProfileStore:
        """Risk profiles and their statistics."""
        ...

    @property
    def users(self) -> UserRepository:
        """Accounts."""
        ...

    @property
    def sessions(self) -> SessionRepository:
        """Signed-in sessions."""
        ...

    @property
    def api_tokens(self) -> ApiTokenRepository:
        """API tokens."""
        ...

    @property
    def sign_in_attempts(self) -> SignInAttemptRepository:
        """Sign-in attempts."""
        ...

    @property
    def audit(self) -> AuditRepository:
        """The audit log."""
        ...

    @property
    def audit_key(self) -> str:
        """The key of the audit chain's HMAC, from the settings (empty: a public one)."""
        ...

    @property
    def seizures(self) -> SeizureRepository:
        """Seizure records."""
        ...

    @property
    def photos(self) -> PhotoRepository:
        """Photo metadata."""
        ...

    @property
    def feed_items(self) -> FeedItemRepository:
        """Items of watched feeds already read."""
        ...

    @property
    def queue(self) -> QueueRepository:
        """The checkpoint queue."""
        ...

    @property
    def watchlist_views(self) -> WatchlistCatalog:
        """Watchlist entries with their hits, as the intelligence pages show them."""
        ...

    @property
    def inspection_facts(self) -> InspectionFactRepository:
        """Inspections with their channel and random-control flag."""
        ...

    @property
    def entities(self) -> EntityRepository:
        """The entity index."""
        ...

    @property
    def proposals(self) -> ProposalRepository:
        """Watchlist entries proposed from seizure networks."""
        ...

    @property
    def unindexed(self) -> UnindexedRepository:
        """Lodged declarations waiting for the entity index."""
        ...

    def store(self) -> Store:
        """The store this transaction belongs to, for readers that outlive it."""
        ...


class Store(Protocol):
    """Opens transactions; everything inside one commits together or not at all."""

    def close(self) -> None:
        """Release the database connections."""
        ...

    def ping(self) -> None:
        """Raise unless the database answers."""
        ...

    def reset(self) -> None:
        """Empty the database: every table dropped and built again (for the demo only)."""
        ...

    def transaction(self) -> AbstractContextManager[UnitOfWork]:
        """A unit of work that commits on success and rolls back on any error."""
        ...

    def reading(self) -> AbstractContextManager[UnitOfWork]:
        """A unit of work that only reads, in which each statement sees what was committed
        when it started (as in a transaction at read committed) without the round trips
        of beginning and ending one where the database allows."""
        ...
