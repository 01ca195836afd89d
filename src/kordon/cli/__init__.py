"""The `kordon` command: thin commands over the services.

Layer: edge. May import the services, the domain, the settings and the composition root's
runtime (`kordon.bootstrap`); never `kordon.api` or `kordon.web`.
"""

from __future__ import annotations

import typer

from kordon.cli import (
    assess,
    audit,
    bench,
    checkpoints,
    declarations,
    demo,
    model,
    network,
    osint,
    profiles,
    report,
    serve,
    users,
    watchlist,
)
from kordon.cli.common import Commands


def build_app() -> typer.Typer:
    """Assemble the command tree."""
    app = typer.Typer(
        cls=Commands,
        help="Kordon: customs risk targeting and seizure intelligence.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.add_typer(declarations.app, name="declarations")
    app.add_typer(checkpoints.app, name="checkpoints")
    app.add_typer(osint.app, name="osint")
    app.add_typer(watchlist.app, name="watchlist")
    app.add_typer(profiles.app, name="profiles")
    app.add_typer(model.app, name="model")
    app.add_typer(users.app, name="users")
    app.add_typer(audit.app, name="audit")
    app.add_typer(report.app, name="report")
    app.add_typer(network.app, name="network")
    app.add_typer(network.entities_app, name="entities")
    app.add_typer(bench.app, name="bench")
    app.command("assess")(assess.assess)
    app.command("serve")(serve.serve)
    app.command("demo")(demo.demo)
    return app


def main() -> None:
    """Entry point of the `kordon` script."""
    build_app()()
