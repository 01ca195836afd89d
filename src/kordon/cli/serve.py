"""`kordon serve`: run the web application over an existing database."""

from __future__ import annotations

from typing import Annotated

import typer

from kordon.cli.common import fail, settings, store
from kordon.cli.workers import can_share_port, run_workers

# The app factory each worker process imports and calls (uvicorn needs it by name).
APP_FACTORY = "kordon.app:create_app"


def serve_app(host: str, port: int, workers: int = 1, *, access_log: bool = True) -> None:
    """Serve the app until interrupted (shared by `serve` and `demo`)."""
    import uvicorn

    from kordon.app import create_app

    chosen = settings()
    if workers > 1:
        _check_many_workers(chosen.database_url, chosen.secret_key)
        # Migrate once here, so that the workers do not all try at the same moment.
        with store():
            pass
    try:
        app = create_app(chosen) if workers == 1 else None
    except ValueError as exc:
        fail(str(exc))
    processes = "" if workers == 1 else f" with {workers} worker processes"
    typer.echo(
        f"Kordon is answering on http://{host}:{port}/{processes} (API docs at /docs). "
        "Ctrl+C stops."
    )
    try:
        if app is not None:
            uvicorn.run(app, host=host, port=port, log_level="info", access_log=access_log)
        elif can_share_port():
            run_workers(APP_FACTORY, host, port, workers, access_log=access_log)
        else:
            uvicorn.run(
                APP_FACTORY,
                factory=True,
                host=host,
                port=port,
                workers=workers,
                log_level="info",
                access_log=access_log,
            )
    except OSError as exc:
        fail(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.")
    except RuntimeError as exc:
        fail(f"The server stopped: {exc}.")


def _check_many_workers(database_url: str, secret_key: str) -> None:
    """Refuse a setup in which several processes would not work together."""
    if database_url.startswith("sqlite"):
        fail(
            "Several worker processes need PostgreSQL (KORDON_DATABASE_URL="
            "postgresql+psycopg://...): SQLite lets one process write at a time, so more "
            "workers would only wait for each other. Use --workers 1 with SQLite."
        )
    if not secret_key:
        fail(
            "Several worker processes need KORDON_SECRET_KEY: each would otherwise sign "
            "session cookies with a key of its own, and sign-ins would fail at random."
        )


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes (PostgreSQL only above 1); about one per CPU core.",
        ),
    ] = 1,
    access_log: Annotated[
        bool,
        typer.Option(
            help="Log every request. Behind a reverse proxy that logs them, turn it off: "
            "the line per request costs each worker processor time."
        ),
    ] = True,
) -> None:
    """Serve the web pages and the API over the database KORDON_DATABASE_URL names."""
    serve_app(host, port, workers, access_log=access_log)
