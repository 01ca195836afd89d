"""What the services need from storage. storage/ implements these; services never import it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from kordon.domain import (
    Assessment,
    Channel,
    Checkpoint,
    Declaration,
    Inspection,
    Override,
)
from kordon.domain.profile import RiskProfile
from kordon.domain.watchlist import WatchlistEntry
from kordon.intake.layout import PastOutcome
from kordon.risk.profiles import ProfileRepository


@dataclass(frozen=True, slots=True)
class PreparedDeclaration:
    """A checked declaration with its stored document and content hash, ready to write."""

    declaration: Declaration
    outcome: PastOutcome | None
    document: str
    content_hash: str


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
        self, rows: Sequence[PreparedDeclaration], *, source: str, at: datetime
    ) -> None:
        """Store new declarations (the caller has checked that none exists)."""
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

    def set_channel(self, declaration_id: str, channel: Channel) -> None:
        """Record a declaration's current channel."""
        ...

    def red_count(self, checkpoint: str, day: date) -> int:
        """Declarations lodged at a checkpoint on a day that are in the red channel."""
        ...

    def unassessed_ids(self) -> list[str]:
        """Ids of the declarations that have no channel yet, oldest first."""
        ...

    def get_many(self, ids: Sequence[str]) -> list[StoredDeclaration]:
        """Several declarations, in the order asked (missing ids are left out)."""
        ...


class InspectionRepository(Protocol):
    """Inspections and their findings."""

    def add_many(self, inspections: Sequence[Inspection]) -> None:
        """Store inspections."""
        ...

    def for_declaration(self, declaration_id: str) -> list[Inspection]:
        """Every inspection of a declaration, oldest first."""
        ...


class AssessmentRepository(Protocol):
    """Assessments with their reasons."""

    def add(self, assessment: Assessment) -> int:
        """Store an assessment and return its id."""
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

    def record_fired(
        self, assessment_id: int, declaration_id: str, fired: Mapping[str, int]
    ) -> None:
        """Note which profile versions fired in an assessment."""
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


class Store(Protocol):
    """Opens transactions; everything inside one commits together or not at all."""

    def transaction(self) -> AbstractContextManager[UnitOfWork]:
        """A unit of work that commits on success and rolls back on any error."""
        ...
