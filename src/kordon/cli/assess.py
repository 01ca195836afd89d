"""`kordon assess`: give every stored declaration without a channel its assessment."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Annotated

import typer
from rich.progress import TaskID

from kordon.bootstrap import engine_for, selection_policy
from kordon.cli.common import fail, progress, settings, store
from kordon.services.assessing import AssessSummary, assess_pending
from kordon.services.ports import Store
from kordon.settings import Settings


def assess(
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    cluster: Annotated[
        str | None,
        typer.Option(
            help="Assess on a Dask cluster, partitioned by checkpoint-day: 'local' (worker "
            "processes on this machine) or a scheduler's tcp://HOST:PORT, whose workers reach "
            "the same database and model folder.",
        ),
    ] = None,
) -> None:
    """Assess every stored declaration that has no channel yet, a checkpoint-day at a time."""
    current = settings()
    with store() as opened:
        with opened.transaction() as uow:
            pending = len(uow.declarations.unassessed_ids())
        with progress(enabled=not as_json) as bar:
            task: TaskID = bar.add_task("assessing", total=pending)
            if cluster is None:
                with opened.transaction() as uow:
                    engine = engine_for(uow, current)
                summary = assess_pending(
                    opened,
                    engine,
                    selection_policy(current),
                    on_progress=lambda n: bar.advance(task, n),
                )
            else:
                summary = _on_cluster(cluster, opened, current, lambda n: bar.advance(task, n))
    if as_json:
        typer.echo(json.dumps({"assessed": summary.assessed, "channels": summary.channels,
                               "random_controls": summary.random_controls}))  # fmt: skip
        return
    channels = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.channels.items())) or "none"
    typer.echo(
        f"{summary.assessed:,} declarations assessed: {channels}; "
        f"{summary.random_controls} random controls."
    )


def _on_cluster(
    address: str, opened: Store, current: Settings, advance: Callable[[int], None]
) -> AssessSummary:
    """Assess on the Dask cluster at `address`; each worker opens the store and the engine."""
    from kordon.bootstrap import open_store
    from kordon.services.cluster import ClusterError, assess_on_cluster, connect

    try:
        with connect(address) as client:
            return assess_on_cluster(
                client,
                opened,
                open_store=partial(open_store, current),
                build_engine=partial(engine_for, settings=current),
                policy=selection_policy(current),
                on_progress=advance,
            )
    except ClusterError as exc:
        fail(str(exc))
