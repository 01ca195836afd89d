"""Kordon's settings: one class, read from KORDON_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
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

    def control_seed(self) -> str:
        """The seed of the random control draw."""
        return self.selection_seed or f"kordon-control:{self.secret_key}"


def load_settings() -> Settings:
    """Read the settings from the environment (called at start-up, never at import)."""
    return Settings()
