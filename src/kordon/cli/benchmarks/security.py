"""`kordon bench security`: replay a penetration test's hostile cases against a live server."""

from __future__ import annotations

import time

import typer


def security() -> None:
    """Start a seeded server on a free port of 127.0.0.1 in production mode, replay each
    hostile case over real sockets and print one line per case; exit 1 when any fails."""
    from kordon.bench.security import live_server
    from kordon.bench.security_cases import all_cases

    started = time.perf_counter()
    with live_server() as target:
        typer.echo(f"Replaying hostile requests against {target.url}")
        results = all_cases(target)
    for result in results:
        typer.echo(result.line())
    failed = [r for r in results if not r.passed]
    seconds = time.perf_counter() - started
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({seconds:.1f} s)")
    if failed:
        raise typer.Exit(1)
