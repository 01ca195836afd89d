"""`kordon assess`: give every stored declaration without a channel its assessment."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import TaskID

from kordon.cli.common import progress, settings, store
from kordon.risk.engine import EngineConfig
from kordon.services.assessing import SelectionPolicy, assess_pending, build_engine
from kordon.settings import Settings


def selection_policy(current: Settings) -> SelectionPolicy:
    """The selection policy the settings describe."""
    return SelectionPolicy(
        current.random_control_share, current.control_seed(), current.spare_capacity_from
    )


def engine_config(current: Settings) -> EngineConfig:
    """The score thresholds the settings describe."""
    return EngineConfig(current.yellow_at, current.red_at)


def assess(
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Assess every stored declaration that has no channel yet, a checkpoint-day at a time."""
    current = settings()
    with store() as opened:
        with opened.transaction() as uow:
            engine = build_engine(uow, engine_config(current))
            pending = len(uow.declarations.unassessed_ids())
        with progress(enabled=not as_json) as bar:
            task: TaskID = bar.add_task("assessing", total=pending)
            summary = assess_pending(
                opened,
                engine,
                selection_policy(current),
                on_progress=lambda n: bar.advance(task, n),
            )
    if as_json:
        typer.echo(json.dumps({"assessed": summary.assessed, "channels": summary.channels,
                               "random_controls": summary.random_controls}))  # fmt: skip
        return
    channels = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.channels.items())) or "none"
    typer.echo(
        f"{summary.assessed:,} declarations assessed: {channels}; "
        f"{summary.random_controls} random controls."
    )
