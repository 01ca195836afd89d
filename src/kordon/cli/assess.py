"""`kordon assess`: give every stored declaration without a channel its assessment."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Annotated

import typer
from rich.progress import TaskID

from kordon.bootstrap import Runtime, engine_for
from kordon.cli.common import fail, progress, runtime
from kordon.services.assessing import AssessSummary, assess_pending, pending_count


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
    with runtime() as kordon, progress(enabled=not as_json) as bar:
        task: TaskID = bar.add_task("assessing", total=pending_count(kordon.store))
        if cluster is None:
            with kordon.store.transaction() as uow:
                engine = kordon.engines.get(uow)
            summary = assess_pending(
                kordon.store,
                engine,
                kordon.policy,
                on_progress=lambda n: bar.advance(task, n),
            )
        else:
            summary = _on_cluster(cluster, kordon, lambda n: bar.advance(task, n))
    if as_json:
        typer.echo(json.dumps({"assessed": summary.assessed, "channels": summary.channels,
                               "random_controls": summary.random_controls}))  # fmt: skip
        return
    channels = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.channels.items())) or "none"
    typer.echo(
        f"{summary.assessed:,} declarations assessed: {channels}; "
        f"{summary.random_controls} random controls."
    )


def _on_cluster(address: str, kordon: Runtime, advance: Callable[[int], None]) -> AssessSummary:
    """Assess on the Dask cluster at `address`; each worker opens the store and the engine."""
    from kordon.bootstrap import open_store
    from kordon.services.cluster import ClusterError, assess_on_cluster, connect

    try:
        with connect(address) as client:
            return assess_on_cluster(
                client,
                kordon.store,
                open_store=partial(open_store, kordon.settings),
                build_engine=partial(engine_for, settings=kordon.settings),
                policy=kordon.policy,
                on_progress=advance,
            )
    except ClusterError as exc:
        fail(str(exc))
