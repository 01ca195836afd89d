"""`kordon bench load`: a bounded load test against a live server."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from kordon.bench.load import CapacityCheck, Phase

# The targets on a 2-core machine with PostgreSQL on the same box and two workers.
TARGET_SINGLE_PER_SECOND = 250
TARGET_P99_MS = 250
TARGET_BATCH_PER_SECOND = 3000


def load(
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server worker processes.")] = 2,
    clients: Annotated[int, typer.Option(min=1, max=512, help="Concurrent clients.")] = 16,
    requests: Annotated[
        int, typer.Option(min=16, help="Single-declaration lodgements to send.")
    ] = 3000,
    batches: Annotated[int, typer.Option(min=1, help="Batches to send.")] = 16,
    batch_size: Annotated[int, typer.Option(min=1, max=5000, help="Declarations per batch.")] = 500,
    capacity: Annotated[
        int, typer.Option(min=0, help="Daily red slots of the loaded checkpoint.")
    ] = 40,
    postgres_url: Annotated[
        str | None,
        typer.Option(
            envvar="KORDON_TEST_POSTGRES_URL",
            help="A PostgreSQL server to run on (a scratch database is made on it); "
            "without one the test runs on SQLite with one worker.",
        ),
    ] = None,
) -> None:
    """Throughput, p50/p99 and errors of lodgements from many clients, and whether the
    checkpoint-day's red channels stayed within its capacity."""
    from kordon.bench import load as bench
    from kordon.bench.processes import local_postmaster
    from kordon.bench.scratch import drop_postgres, fresh_postgres

    console = Console(width=170)
    name = f"kordon_load_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="kordon-load-") as folder:
        if postgres_url:
            url, store_name = fresh_postgres(postgres_url, name), "PostgreSQL"
        else:
            url, store_name, workers = f"sqlite:///{Path(folder) / 'load.db'}", "SQLite", 1
            console.print("No PostgreSQL given: SQLite with one worker process.")
        try:
            token = bench.prepare(url, capacity)
            single = bench.documents(requests, seed=11, day=datetime(2026, 3, 2))
            grouped = bench.documents(batches * batch_size, seed=12, day=datetime(2026, 3, 3))
            # PostgreSQL's own processor time is counted when it runs on this machine.
            postmaster = local_postmaster(url) if postgres_url else None
            with bench.served(url, workers) as server:
                # Warm-up: each worker builds its engine on its first lodgement (not timed).
                warm = bench.documents(workers * 4, seed=10, day=datetime(2026, 3, 1))
                bench.run_phase(server, "warm-up", [("POST", "/api/declarations", d) for d in warm],
                                clients=workers * 2, token=token)  # fmt: skip
                phases = [
                    bench.run_phase(server, "GET /healthz (floor)",
                                    [("GET", "/healthz", None)] * requests,
                                    clients=clients, token=token, postmaster=postmaster),
                    bench.run_phase(server, "POST one declaration",
                                    [("POST", "/api/declarations", d) for d in single],
                                    clients=clients, token=token, postmaster=postmaster),
                    bench.run_phase(server, f"POST batches of {batch_size}",
                                    [("POST", "/api/declarations",
                                      grouped[i : i + batch_size])
                                     for i in range(0, len(grouped), batch_size)],
                                    clients=min(clients, 4), token=token,
                                    items_per_request=batch_size, postmaster=postmaster),
                ]  # fmt: skip
            check = bench.check_capacity(url, capacity)
            trail = bench.check_trail(url)
        finally:
            if postgres_url:
                drop_postgres(postgres_url, name)
    _report(console, phases, check, store_name, workers, clients)
    if trail.ok:
        console.print(f"Audit trail verified: {trail.checked:,} entries in one unbroken chain.")
    else:
        console.print(f"Audit trail BROKEN at entry {trail.seq}: {trail.problem}", highlight=False)
    if any(phase.errors for phase in phases) or not check.held or not trail.ok:
        raise typer.Exit(1)


def _report(
    console: Console,
    runs: list[Phase],
    check: CapacityCheck,
    store_name: str,
    workers: int,
    clients: int,
) -> None:
    floor = runs[0].requests_per_second
    title = f"Load on {store_name}, {workers} worker(s), {clients} clients, {os.cpu_count()} cores"
    table = Table(title=title)
    for column in ("phase", "requests", "req/s", "declarations/s", "p50 ms", "p99 ms",
                   "errors", "vs floor", "server cpu ms/req", "db cpu ms/req", "busy",
                   "client cpu s"):  # fmt: skip
        table.add_column(column, justify="left" if column == "phase" else "right")
    for phase in runs:
        table.add_row(
            phase.name,
            f"{len(phase.millis):,}",
            f"{phase.requests_per_second:,.0f}",
            f"{phase.items_per_second:,.0f}" if phase.name.startswith("POST") else "",
            f"{phase.p50:.1f}",
            f"{phase.p99:.1f}",
            str(phase.errors),
            f"{phase.requests_per_second / floor:.2f}",
            f"{phase.server_cpu_ms:.2f}",
            "" if phase.database_cpu_ms is None else f"{phase.database_cpu_ms:.2f}",
            f"{phase.machine_busy:.0%}",
            f"{phase.client_cpu_seconds:.1f}",
        )
    console.print(table)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    console.print(
        f"Load average (1, 5, 15 min) at the end: {load}. Server cpu: the processor time of "
        "the server's processes per request; db cpu: PostgreSQL's, when it runs on this "
        "machine and its data directory can be read; busy: the share of all cores' "
        "time in use during the phase, whatever used it (near 100% means the cores, not the "
        "code's waits, set the rate)."
    )
    single, grouped = runs[1], runs[2]
    console.print(
        f"Single lodgements: {single.items_per_second:,.0f}/s (target {TARGET_SINGLE_PER_SECOND}),"
        f" p99 {single.p99:.0f} ms (target < {TARGET_P99_MS}), {single.errors} errors. "
        f"Batches: {grouped.items_per_second:,.0f} declarations/s "
        f"(target {TARGET_BATCH_PER_SECOND:,})."
    )
    for phase in runs:
        for failure in phase.failures:
            console.print(f"  failed in {phase.name!r}: {failure}", highlight=False)
    verdict = "held" if check.held else "BROKEN"
    console.print(
        f"Capacity invariant {verdict}: at most {check.worst_day_red} red channels on any of "
        f"{check.days} checkpoint-days, capacity {check.capacity}."
    )
