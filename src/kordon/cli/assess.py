"""`kordon assess`: give every stored declaration without a channel its assessment."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import TaskID

from kordon.bootstrap import engine_for, selection_policy
from kordon.cli.common import progress, settings, store
from kordon.services.assessing import assess_pending


def assess(
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Assess every stored declaration that has no channel yet, a checkpoint-day at a time."""
    current = settings()
    with store() as opened:
        with opened.transaction() as uow:
            engine = engine_for(uow, current)
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
