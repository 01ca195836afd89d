"""`kordon serve`: run the web application over an existing database."""

from __future__ import annotations

from typing import Annotated

import typer

from kordon.cli.common import fail, settings


def serve_app(host: str, port: int) -> None:
    """Serve the app until interrupted (shared by `serve` and `demo`)."""
    import uvicorn

    from kordon.app import create_app

    try:
        app = create_app(settings())
    except ValueError as exc:
        fail(str(exc))
    typer.echo(f"Kordon is answering on http://{host}:{port}/ (API docs at /docs). Ctrl+C stops.")
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    except OSError as exc:
        fail(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.")


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web pages and the API over the database KORDON_DATABASE_URL names."""
    serve_app(host, port)
