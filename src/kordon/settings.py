"""Kordon's settings: one class, read from KORDON_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    secure_cookies: bool = Field(
        default=False,
        description="Mark session cookies Secure (sent over https only): set this to true "
        "whenever Kordon is served over https, as it should be outside a closed network.",
    )
    session_hours: float = Field(
        default=10.0,
        gt=0,
        description="Hours of inactivity after which a signed-in session ends.",
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
        weak = {"changeme", "change-me", "secret", "kordon", "password"}
        too_weak = len(self.secret_key) < 32 or self.secret_key.lower() in weak
        if self.environment != "demo" and self.secret_key and too_weak:
            raise ValueError(
                "KORDON_SECRET_KEY must be at least 32 random characters outside the demo "
                "(python -c 'import secrets; print(secrets.token_urlsafe(32))' makes one)."
            )
        return self

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
