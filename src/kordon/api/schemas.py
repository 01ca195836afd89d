"""Wire schemas: what the API accepts and returns. Mapped explicitly from domain objects."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from kordon.domain import Channel


class PartyDoc(BaseModel):
    """A person or company as written on the declaration."""

    kind: str = Field(default="company", description="'person' or 'company'.")
    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    identifiers: dict[str, str] = Field(default_factory=dict, description="Passport, tax id ...")


class ConveyanceDoc(BaseModel):
    """The means of transport."""

    mode: str = "road"
    tractor_plate: str | None = None
    trailer_plate: str | None = None
    registration_country: str | None = Field(
        default=None, description="Where the tractor is registered (alpha-2)."
    )
    trailer_registration_country: str | None = Field(
        default=None, description="Where the trailer is registered, when it differs (alpha-2)."
    )


class RouteDoc(BaseModel):
    """Origin, departure, transit countries in order, destination (alpha-2 codes)."""

    origin: str | None = None
    departure: str | None = None
    transit: list[str] = Field(default_factory=list)
    destination: str | None = None


class ItemDoc(BaseModel):
    """One goods item."""

    hs_code: str = Field(description="Six-digit HS code; 0806.20 and 080620 are both accepted.")
    description: str | None = None
    packages: int | None = None
    gross_mass_kg: float | None = None
    net_mass_kg: float | None = None
    value: float | None = None
    currency: str | None = None
    origin_country: str | None = None


class OutcomeDoc(BaseModel):
    """What an earlier inspection of the declaration found: a training label, not a channel."""

    result: str = Field(description="'nothing_found', 'seizure' or 'irregularity'.")
    critical: bool = False
    detection_method: str = Field(default="unknown", description="How the finding was made.")


class DeclarationIn(BaseModel):
    """A declaration in Kordon's layout (the same as a line of a JSON Lines file)."""

    id: str
    lodged_at: datetime
    checkpoint: str
    direction: str = Field(description="'import', 'export' or 'transit'.")
    procedure: str
    declarant: PartyDoc | None = None
    consignor: PartyDoc | None = None
    consignee: PartyDoc | None = None
    carrier: PartyDoc | None = None
    drivers: list[PartyDoc] = Field(default_factory=list)
    conveyance: ConveyanceDoc | None = None
    route: RouteDoc = Field(default_factory=RouteDoc)
    items: list[ItemDoc]
    attributes: dict[str, str] = Field(default_factory=dict)
    outcome: OutcomeDoc | None = None


class RowErrorOut(BaseModel):
    """Where an input problem is and why."""

    file: str
    line: int | None
    field: str | None
    reason: str
    declaration_id: str | None


class ImportOut(BaseModel):
    """What happened to each declaration of a request."""

    imported: int
    unchanged: int
    rejected: int
    errors: list[RowErrorOut]
    assessments: list[AssessmentOut] = Field(default_factory=list)


class ReasonOut(BaseModel):
    """One named, described reason for a channel."""

    source: str
    code: str
    description: str
    weight: float
    channel: str | None
    details: dict[str, Any]


class AssessmentOut(BaseModel):
    """A declaration's channel, score and every reason."""

    id: int | None
    declaration_id: str
    channel: str
    score: float
    random_control: bool
    reasons: list[ReasonOut]
    assessed_at: datetime
    engine_version: str
    profile_versions: dict[str, int]
    model_version: str | None


class DeclarationOut(BaseModel):
    """A stored declaration with its current channel."""

    declaration: dict[str, Any]
    channel: str | None
    source: str
    imported_at: datetime
    assessment: AssessmentOut | None = None


class DeclarationPage(BaseModel):
    """One page of a declaration listing."""

    items: list[DeclarationOut]
    total: int
    page: int
    per_page: int


class OverrideIn(BaseModel):
    """A supervisor's change of channel."""

    channel: Channel
    reason: str = Field(min_length=1, description="Why the channel changes; required.")
    by: str | None = Field(
        default=None, description="Ignored: the override is recorded under the token's account."
    )


class ProfileOut(BaseModel):
    """A risk profile as YAML, with its statistics."""

    id: str
    version: int
    definition: str = Field(description="The profile in the YAML rule language.")
    fired: int
    inspected: int
    findings: int
    hit_rate: float | None


class ProfileIn(BaseModel):
    """A risk profile written in the YAML rule language (one profile, or a list with one)."""

    definition: str
