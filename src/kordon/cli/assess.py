"""`kordon assess`: give every stored declaration without a channel its assessment."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import TaskID

from kordon.cli.common import progress, runtime
from kordon.services.assessing import assess_pending, pending_count


def assess(
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Assess every stored declaration that has no channel yet, a checkpoint-day at a time."""
    with runtime() as kordon:
        with kordon.store.transaction() as uow:
            engine = kordon.engines.get(uow)
        with progress(enabled=not as_json) as bar:
            task: TaskID = bar.add_task("assessing", total=pending_count(kordon.store))
            summary = assess_pending(
                kordon.store,
                engine,
                kordon.policy,
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
