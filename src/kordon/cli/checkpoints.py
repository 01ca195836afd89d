"""`kordon checkpoints ...`: load an administration's customs offices and list them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kordon.cli.common import fail, store
from kordon.intake.checkpoints import CheckpointFileError, load_checkpoints
from kordon.services.checkpoints import list_checkpoints, save_checkpoints

app = typer.Typer(help="Load and list checkpoints (customs offices).", no_args_is_help=True)


@app.command("load")
def load(
    file: Annotated[
        Path,
        typer.Argument(help="YAML list of checkpoints (see data/checkpoints/azerbaijan.yaml)."),
    ],
) -> None:
    """Add checkpoints from a file, or replace those with the same code (all or nothing)."""
    try:
        checkpoints = load_checkpoints(file)
    except CheckpointFileError as exc:
        fail(f"{exc}; nothing was loaded.")
    with store() as opened:
        loaded = save_checkpoints(opened, checkpoints)
    typer.echo(
        f"{len(checkpoints)} checkpoints loaded from {file}: "
        f"{loaded.added} added, {loaded.replaced} replaced."
    )


@app.command("list")
def list_() -> None:
    """Every checkpoint with its kind, border and daily inspection capacity."""
    with store() as opened:
        checkpoints = list_checkpoints(opened)
    table = Table("code", "name", "kind", "border with", "daily capacity")
    for c in checkpoints:
        capacity = str(c.daily_capacity) if c.daily_capacity is not None else "no limit"
        table.add_row(c.code, c.name, c.kind.value.replace("_", " "), c.border_with or "", capacity)
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    typer.echo(f"{len(checkpoints)} checkpoints.")
