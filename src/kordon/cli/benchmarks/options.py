"""Options that several benchmarks share."""

from __future__ import annotations

from typing import Annotated

import typer

# The PostgreSQL server a benchmark measures beside SQLite; `make bench` starts one.
ScratchPostgres = Annotated[
    str | None,
    typer.Option(
        envvar="KORDON_TEST_POSTGRES_URL",
        help="A PostgreSQL server to measure too (a scratch database is made on it).",
    ),
]
