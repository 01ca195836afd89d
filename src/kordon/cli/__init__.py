"""The `kordon` command: thin commands over the services."""

from __future__ import annotations

import typer

from kordon.cli import bench, declarations, model


def build_app() -> typer.Typer:
    """Assemble the command tree."""
    app = typer.Typer(
        help="Kordon: customs risk targeting and seizure intelligence.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.add_typer(declarations.app, name="declarations")
    app.add_typer(bench.app, name="bench")
    app.add_typer(model.app, name="model")
    return app


def main() -> None:
    """Entry point of the `kordon` script."""
    build_app()()
