"""`kordon declarations ...`: import and inspect declarations."""

from __future__ import annotations

import typer

app = typer.Typer(help="Import and look up declarations.", no_args_is_help=True)
