"""Kordon's settings: one class, read from KORDON_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PLACEHOLDERS = {"changeme", "change-me", "secret", "kordon", "password"}


class Settings(BaseSettings):
    """Everything an administration can set, each with what it means."""

    model_config = SettingsConfigDict(env_prefix="KORDON_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///kordon.db",
        description="SQLAlchemy URL of the database: a SQLite file (the default) or PostgreSQL "
        "(postgresql+psycopg://user:password@host/dbname).",
    )
    data_dir: Path = Field(
        default=Path("var"),
        description="Folder for files Kordon keeps beside the database: models, photos, exports.",
    )
    environment: str = Field(
        default="production",
        description="'production', or 'demo' for the demo scenario (the only place where the "
        "demo accounts and their published passwords work).",
    )
    secret_key: str = Field(
        default="",
        description="Secret that signs session cookies and CSRF tokens; at least 32 characters "
        "outside the demo.",
    )
    secure_cookies: bool | None = Field(
        default=None,
        description="Mark session cookies Secure (sent over https only) and send HSTS; unset "
        "means on in production, off in the demo. Set false only for a production server "
        "reached over plain http inside a closed network.",
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description='Addresses or networks (JSON list, e.g. ["10.0.0.0/8"]) of the reverse '
        "proxies in front of Kordon: only from these is X-Forwarded-For believed as the "
        "client's address (for sign-in throttling and the audit trail).",
    )
    audit_key: str = Field(
        default="",
        description="Secret key of the audit trail's HMAC chain, kept outside the database so "
        "that whoever can write to the database cannot rewrite history unnoticed; at least 32 "
        "characters outside the demo. Empty means derived from the secret key. Every writer "
        "(the server and the commands) needs the same key.",
    )
    audit_anchors: Path | None = Field(
        default=None,
        description="Append-only file of audit anchors (sequence, hash, time) written by "
        "`kordon audit checkpoint` and checked by `kordon audit verify`; default "
        "<data_dir>/audit-anchors.jsonl. Keep a copy where the database's writers cannot reach.",
    )
    max_body_kb: int = Field(
        default=1024,
        gt=0,
        description="Largest request body, in KB, of a form or an API call that has no limit "
        "of its own; a larger one is refused (413) before it is read.",
    )
    max_batch_mb: int = Field(
        default=32,
        gt=0,
        description="Largest body, in MB, of POST /api/declarations (a batch of declarations).",
    )
    group_lodging: bool = Field(
        default=True,
        description="Store single lodgements (POST /api/declarations with one declaration) "
        "that arrive at one process together as one batch, each request still answered on "
        "its own: one scoring, one transaction and one checkpoint-day lock for the group.",
    )
    group_lodging_window_ms: float = Field(
        default=2.0,
        ge=0,
        le=1000,
        description="How long, in milliseconds, a group of single lodgements waits for "
        "companions after its first arrives (lodgements arriving while a group is being "
        "stored wait for the next group anyway).",
    )
    group_lodging_max: int = Field(
        default=32,
        ge=1,
        le=5000,
        description="Most single lodgements stored together as one group.",
    )
    max_photos: int = Field(default=10, gt=0, description="Most photos one inspection may carry.")
    max_photo_mb: int = Field(default=15, gt=0, description="Largest photo, in MB.")
    max_photos_mb: int = Field(
        default=60,
        gt=0,
        description="Largest total of one inspection's photos, in MB; the inspection form's "
        "body may be this much and 1 MB more.",
    )
    session_hours: float = Field(
        default=10.0,
        gt=0,
        description="Hours of inactivity after which a signed-in session ends.",
    )
    session_max_hours: float = Field(
        default=16.0,
        gt=0,
        description="Hours after signing in at which a session ends however busy it is (a "
        "stolen session cookie stops working by then).",
    )

    osint_feeds: list[str] = Field(
        default_factory=list,
        description="RSS or Atom feeds, or plain pages, that `kordon osint watch` polls for "
        "seizure reports: a JSON list of http(s) addresses.",
    )
    osint_poll_seconds: float = Field(
        default=900.0,
        gt=0,
        description="Seconds `kordon osint watch` waits between two polls of its feeds.",
    )
    osint_fetch_timeout: float = Field(
        default=10.0,
        gt=0,
        description="Seconds a feed or page may take to answer before the watcher gives up on "
        "it until the next poll.",
    )
    osint_max_bytes: int = Field(
        default=2_000_000,
        gt=0,
        description="Largest feed or page, in bytes, the watcher reads; a larger one is refused.",
    )
    osint_request_gap: float = Field(
        default=2.0,
        ge=0,
        description="Seconds the watcher leaves between two requests to the same host.",
    )

    default_language: str = Field(
        default="en",
        description="Language of the pages for a user who has chosen none and whose browser asks "
        "for none Kordon has: 'az' (Azerbaijani, Latin script), 'ru' (Russian) or 'en' "
        "(English). Also the language of `kordon report monthly` and the demo's summary when "
        "no --lang is given.",
    )

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("az", "ru", "en"):
            raise ValueError(f"KORDON_DEFAULT_LANGUAGE is {value!r}: it must be az, ru or en.")
        return value

    @model_validator(mode="after")
    def _secret_is_strong(self) -> Settings:
        for name, value in (("SECRET_KEY", self.secret_key), ("AUDIT_KEY", self.audit_key)):
            too_weak = len(value) < 32 or value.lower() in _PLACEHOLDERS
            if self.environment != "demo" and value and too_weak:
                raise ValueError(
                    f"KORDON_{name} must be at least 32 random characters outside the demo "
                    "(python -c 'import secrets; print(secrets.token_urlsafe(32))' makes one)."
                )
        return self

    def cookies_secure(self) -> bool:
        """Whether cookies are Secure and HSTS is sent: as set, else on in production."""
        if self.secure_cookies is not None:
            return self.secure_cookies
        return self.environment == "production"

    def audit_secret(self) -> str:
        """The key of the audit chain: its own, or one derived from the secret key."""
        if self.audit_key:
            return self.audit_key
        return f"kordon-audit:{self.secret_key}" if self.secret_key else ""

    def audit_anchor_path(self) -> Path:
        """Where `kordon audit checkpoint` appends its anchors."""
        return self.audit_anchors or self.data_dir / "audit-anchors.jsonl"

    @property
    def demo(self) -> bool:
        """True in the demo environment, the only one where demo accounts work."""
        return self.environment == "demo"

    model_dir: Path | None = Field(
        default=None,
        description="Folder of the trained targeting model the engine uses; default "
        "<data_dir>/model. Without a model there, assessments use profiles and watchlists only.",
    )
    random_control_share: float = Field(
        default=0.03,
        ge=0.0,
        le=1.0,
        description="Minimum share of declarations selected for physical inspection at random, "
        "as a control that measures the true violation rate (0.03 = 3%).",
    )
    selection_seed: str = Field(
        default="",
        description="Secret seed of the reproducible random control draw; empty means derived "
        "from the secret key. Whoever knows it can predict the random controls.",
    )
    yellow_at: float = Field(
        default=30.0,
        ge=0,
        le=100,
        description="Risk score (0-100) from which a declaration goes yellow.",
    )
    red_at: float = Field(
        default=60.0,
        ge=0,
        le=100,
        description="Risk score (0-100) from which a declaration goes red.",
    )
    spare_capacity_from: float | None = Field(
        default=30.0,
        ge=0,
        le=100,
        description="When a checkpoint's day is assessed as a batch, inspection slots left after "
        "red candidates and random controls go to the highest scores at or above this; unset "
        "(empty) leaves them idle.",
    )
    network_weight: float = Field(
        default=40.0,
        ge=0,
        le=100,
        description="Score a declaration gets when a party or vehicle of it is one hop from a "
        "seizure, a critical finding or a watchlist entry (reason source `network`).",
    )
    network_hop_decay: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Each hop beyond the first multiplies the network weight by this.",
    )
    network_half_life_days: float = Field(
        default=180.0,
        gt=0,
        description="The network weight halves every this many days between the seizure and "
        "the declaration.",
    )
    network_max_hops: int = Field(
        default=2,
        ge=1,
        le=4,
        description="How many shared entities a network path may cross, from a declaration to "
        "a seizure (risk) or from a seizure to a declaration (retro-targeting).",
    )
    network_window_days: int = Field(
        default=90,
        ge=0,
        description="Retro-targeting looks this many days back from a seizure for connected "
        "declarations (later and unassessed ones are always listed).",
    )

    def model_path(self) -> Path:
        """Where the engine's model is kept."""
        return self.model_dir or self.data_dir / "model"

    def control_seed(self) -> str:
        """The seed of the random control draw."""
        return self.selection_seed or f"kordon-control:{self.secret_key}"


def load_settings() -> Settings:
    """Read the settings from the environment (called at start-up, never at import)."""
    return Settings()
