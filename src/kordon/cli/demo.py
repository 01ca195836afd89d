"""`kordon demo`: build the demo database from the seeded scenario, then serve the app."""

from __future__ import annotations

import os
import secrets
import shutil
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import TaskID
from rich.table import Table

from kordon.cli.common import fail, progress, settings
from kordon.cli.serve import serve_app
from kordon.resources import data_file

if TYPE_CHECKING:
    from kordon.services.demo import DemoResult

console = Console()


def demo(
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the app after the summary.")
    ] = True,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    seed: Annotated[int, typer.Option(help="Seed of the traffic generator.")] = 7,
    days: Annotated[int, typer.Option(min=7, max=365, help="Days of traffic.")] = 60,
) -> None:
    """Build the demo database (replacing its contents), print a summary, then serve the app."""
    from kordon.bootstrap import engine_for, selection_policy
    from kordon.intake.checkpoints import CheckpointFileError, load_checkpoints
    from kordon.risk.profiles import ProfileError, load_profiles
    from kordon.risk.screening import WatchlistFileError, read_watchlist_jsonl
    from kordon.scenario import generate_scenario
    from kordon.services.demo import build_demo
    from kordon.services.demo_accounts import create_demo_accounts
    from kordon.services.osint_ingest import ingest_reports
    from kordon.storage.database import DatabaseError, connect, reset
    from kordon.storage.store import SqlStore

    os.environ["KORDON_ENVIRONMENT"] = "demo"
    if not os.environ.get("KORDON_SECRET_KEY"):
        os.environ["KORDON_SECRET_KEY"] = secrets.token_urlsafe(32)
    # The demo's random controls are the same on every run of the same seed.
    os.environ.setdefault("KORDON_SELECTION_SEED", f"kordon-demo-{seed}")
    current = settings()
    try:
        checkpoints = load_checkpoints(data_file("checkpoints/azerbaijan.yaml"))
        profiles = load_profiles(data_file("profiles/azerbaijan.yaml"))
        watchlist = read_watchlist_jsonl(data_file("demo/watchlist.jsonl"))
    except (FileNotFoundError, CheckpointFileError, ProfileError, WatchlistFileError) as exc:
        fail(str(exc))
    console.print(f"Generating {days} days of border traffic (seed {seed}) ...")
    scenario = generate_scenario(seed=seed, days=days, checkpoints=checkpoints)
    try:
        engine = connect(current.database_url)
        reset(engine)
    except (DatabaseError, OSError) as exc:
        fail(f"The demo database cannot be built: {exc}")
    store = SqlStore(engine)
    # A model left by an earlier demo must not score this one's traffic.
    shutil.rmtree(current.model_path(), ignore_errors=True)
    try:
        with progress() as bar:
            tasks: dict[str, TaskID] = {}

            def advance(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(f"{stage:>8}", total=total)
                bar.advance(tasks[stage], done)

            result = build_demo(
                store,
                scenario,
                checkpoints,
                profiles,
                watchlist,
                policy=selection_policy(current),
                engine_factory=lambda uow: engine_for(uow, current),
                model_dir=current.model_path(),
                on_progress=advance,
            )
            reports = sorted(data_file("osint-eval/README.md").parent.glob("texts/*.txt"))
            ingested = ingest_reports(
                store, reports, on_progress=lambda n: advance("reports", n, len(reports))
            )
        people = create_demo_accounts(store)
    finally:
        store.close()
    _print(result, current.database_url)
    console.print(
        f"Read {ingested.reports} public seizure reports: {ingested.stored} open-source seizure "
        f"records, {ingested.merged} merged into events already stored."
    )
    _print_accounts(people, f"http://{host}:{port}/")
    if serve:
        console.print(f"\nOpen http://{host}:{port}/ (API docs at /docs). Ctrl+C stops.")
        serve_app(host, port)


def _print_accounts(people: list[tuple[str, str, str | None, str]], url: str) -> None:
    table = Table(title=f"Demo accounts: sign in at {url} (they work only in the demo)")
    for column in ("user", "role", "checkpoint", "password"):
        table.add_column(column)
    for username, role, checkpoint, password in people:
        table.add_row(username, role.replace("_", " "), checkpoint or "all", password)
    console.print(table)


def _print(result: DemoResult, url: str) -> None:
    summary = result.scenario
    console.print(
        f"\n[bold]Demo database[/] {url}: {result.imported:,} declarations over "
        f"{summary['days']} days ({summary['start']} to {summary['today']}), "
        f"{result.inspections:,} past inspections with {summary['findings']} findings, "
        f"{result.profiles} risk profiles, {result.watchlist} watchlist entries."
    )
    if result.model:
        console.print(f"Trained the targeting model on the past inspections: {result.model}.")
    channels = ", ".join(f"{k} {v:,}" for k, v in sorted(result.assessed.channels.items()))
    console.print(
        f"Assessed {result.assessed.assessed:,} declarations: {channels} "
        f"({result.assessed.random_controls} random controls)."
    )
    table = Table(title=f"Today's queue ({summary['today']})")
    for column in ("checkpoint", "red", "yellow", "green", "blue"):
        table.add_column(column, justify="left" if column == "checkpoint" else "right")
    for checkpoint, counts in result.queue_today.items():
        table.add_row(
            checkpoint, *(str(counts.get(c, 0)) for c in ("red", "yellow", "green", "blue"))
        )
    console.print(table)
    past = "all days (the model learnt from the past days)" if result.model else "all days"
    for label, catch in ((past, result.all_days), ("today", result.today)):
        ratio = catch.caught / catch.random_expected if catch.random_expected else float("nan")
        console.print(
            f"Planted smuggling attempts sent to red, {label}: {catch.caught} of {catch.attempts}; "
            f"random selection at the same capacity: {catch.random_expected:.1f} expected "
            f"({ratio:.1f}x)."
        )
