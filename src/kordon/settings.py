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


def load_settings() -> Settings:
    """Read the settings from the environment (called at start-up, never at import)."""
    return Settings()
