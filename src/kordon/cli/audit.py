"""`kordon audit`: check that the audit trail is intact."""

from __future__ import annotations

import typer

from kordon.cli.common import fail, store
from kordon.services.audit import verify

app = typer.Typer(help="Check the audit trail.", no_args_is_help=True)


@app.command("verify")
def verify_command() -> None:
    """Walk the hash chain; exit 1 naming the first altered, removed or reordered entry."""
    with store() as opened:
        result = verify(opened)
    if not result.ok:
        fail(f"The audit trail is broken after {result.checked} good entries. {result.problem}")
    typer.echo(f"The audit trail is intact: {result.checked} entries, each chained to the last.")
