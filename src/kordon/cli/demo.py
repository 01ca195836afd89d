"""`kordon demo`: build the demo database from the seeded scenario, then serve the app."""

from __future__ import annotations

import os
import secrets
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import TaskID
from rich.table import Table

from kordon.cli.common import fail, progress, settings
from kordon.cli.serve import serve_app
from kordon.domain.accounts import ROLE_LABELS, Role
from kordon.domain.text import N_
from kordon.i18n import is_language
from kordon.i18n.words import Words, words
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
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Language of the summary: az, ru or en; default KORDON_DEFAULT_LANGUAGE.",
        ),
    ] = None,
) -> None:
    """Build the demo database (replacing its contents), print a summary, then serve the app."""
    from kordon.bootstrap import engine_for, open_store, selection_policy
    from kordon.domain.errors import KordonError
    from kordon.intake.checkpoints import CheckpointFileError, load_checkpoints
    from kordon.risk.profiles import ProfileError, load_profiles
    from kordon.risk.screening import WatchlistFileError, read_watchlist_jsonl
    from kordon.scenario import generate_scenario
    from kordon.services.demo import build_demo, reset_demo
    from kordon.services.demo_accounts import create_demo_accounts
    from kordon.services.osint_ingest import ingest_reports

    os.environ["KORDON_ENVIRONMENT"] = "demo"
    if not os.environ.get("KORDON_SECRET_KEY"):
        os.environ["KORDON_SECRET_KEY"] = secrets.token_urlsafe(32)
    # The demo's random controls are the same on every run of the same seed.
    os.environ.setdefault("KORDON_SELECTION_SEED", f"kordon-demo-{seed}")
    current = settings()
    if lang is not None and not is_language(lang):
        fail(f"--lang: {lang!r} is not az, ru or en.")
    w = words(lang or current.default_language)
    try:
        checkpoints = load_checkpoints(data_file("checkpoints/azerbaijan.yaml"))
        profiles = load_profiles(data_file("profiles/azerbaijan.yaml"))
        watchlist = read_watchlist_jsonl(data_file("demo/watchlist.jsonl"))
    except (FileNotFoundError, CheckpointFileError, ProfileError, WatchlistFileError) as exc:
        fail(str(exc))
    console.print(
        w._("Generating %(days)s days of border traffic (seed %(seed)s) ...")
        % {"days": days, "seed": seed}
    )
    scenario = generate_scenario(seed=seed, days=days, checkpoints=checkpoints)
    try:
        store = open_store(current)
        reset_demo(store, model_dir=current.model_path())
    except (KordonError, OSError) as exc:
        fail(f"The demo database cannot be built: {exc}")
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
    _print(result, current.database_url, w)
    console.print(
        w._(
            "Read %(reports)s public seizure reports: %(stored)s open-source seizure records, "
            "%(merged)s merged into events already stored."
        )
        % {
            "reports": ingested.reports,
            "stored": ingested.stored,
            "merged": ingested.merged,
        }
    )
    _print_accounts(people, f"http://{host}:{port}/", w)
    if serve:
        opened = w._("Open %(url)s (API docs at /docs). Ctrl+C stops.")
        console.print("\n" + opened % {"url": f"http://{host}:{port}/"})
        serve_app(host, port)


def _print_accounts(people: list[tuple[str, str, str | None, str]], url: str, w: Words) -> None:
    title = w._("Demo accounts: sign in at %(url)s (they work only in the demo)")
    table = Table(title=title % {"url": url})
    for column in (w._("user"), w._("role"), w._("checkpoint"), w._("password")):
        table.add_column(column)
    for username, role, checkpoint, password in people:
        table.add_row(username, w._(ROLE_LABELS[Role(role)]), checkpoint or w._("all"), password)
    console.print(table)


CHANNELS = {"red": N_("red"), "yellow": N_("yellow"), "green": N_("green"), "blue": N_("blue")}


def _print(result: DemoResult, url: str, w: Words) -> None:
    summary = result.scenario
    built = w._(
        "%(declarations)s declarations over %(days)s days (%(start)s to %(today)s), "
        "%(inspections)s past inspections with %(findings)s findings, %(profiles)s risk "
        "profiles, %(watchlist)s watchlist entries."
    ) % {
        "declarations": w.number(result.imported),
        "days": summary["days"],
        "start": summary["start"],
        "today": summary["today"],
        "inspections": w.number(result.inspections),
        "findings": summary["findings"],
        "profiles": result.profiles,
        "watchlist": result.watchlist,
    }
    heading = w._("Demo database")
    console.print(f"\n[bold]{heading}[/] {url}: {built}")
    if result.model:
        trained = w._("Trained the targeting model on the past inspections: %(model)s.")
        console.print(trained % {"model": result.model})
    channels = ", ".join(
        f"{w._(CHANNELS.get(k, k))} {w.number(v)}"
        for k, v in sorted(result.assessed.channels.items())
    )
    assessed = w._("Assessed %(n)s declarations: %(channels)s (%(random)s random controls).")
    console.print(
        assessed
        % {
            "n": w.number(result.assessed.assessed),
            "channels": channels,
            "random": result.assessed.random_controls,
        }
    )
    table = Table(title=w._("Today's queue (%(day)s)") % {"day": summary["today"]})
    table.add_column(w._("checkpoint"), justify="left")
    for channel in CHANNELS.values():
        table.add_column(w._(channel), justify="right")
    for checkpoint, counts in result.queue_today.items():
        table.add_row(checkpoint, *(str(counts.get(c, 0)) for c in CHANNELS))
    console.print(table)
    past = (
        w._("all days (the model learnt from the past days)") if result.model else w._("all days")
    )
    for label, catch in ((past, result.all_days), (w._("today"), result.today)):
        ratio = catch.caught / catch.random_expected if catch.random_expected else float("nan")
        line = w._(
            "Planted smuggling attempts sent to red, %(when)s: %(caught)s of %(attempts)s; "
            "random selection at the same capacity: %(expected)s expected (%(ratio)sx)."
        )
        console.print(
            line
            % {
                "when": label,
                "caught": catch.caught,
                "attempts": catch.attempts,
                "expected": w.number(catch.random_expected, "0.0"),
                "ratio": w.number(ratio, "0.0"),
            }
        )
