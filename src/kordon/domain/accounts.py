"""People who use Kordon, their roles, and the audit trail of what they did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    """What a user may do; an officer works at one checkpoint only."""

    OFFICER = "officer"
    RISK_ANALYST = "risk_analyst"
    INTELLIGENCE_OFFICER = "intelligence_officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    ENFORCEMENT_ANALYST = "enforcement_analyst"

    @property
    def label(self) -> str:
        """The role as people call it."""
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class User:
    """An account: who may sign in, in which role, at which checkpoint."""

    username: str
    role: Role
    checkpoint: str | None = None
    display_name: str = ""
    disabled: bool = False
    # Demo accounts have published passwords, so they work only in the demo environment.
    demo_only: bool = False
    created_at: datetime | None = None
    id: int | None = None
    # The language the user chose for the pages (az, ru, en); None follows the browser.
    language: str | None = None

    @property
    def name(self) -> str:
        """The name to show."""
        return self.display_name or self.username


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry of the append-only, hash-chained audit trail."""

    seq: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""
