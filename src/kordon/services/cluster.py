"""Heavy batch work on a Dask cluster: a LocalCluster on this machine, or a running scheduler.

`local` starts worker processes here (two by default: one per core of a small machine);
`tcp://HOST:PORT` joins a scheduler started elsewhere (`dask scheduler`, `dask worker ...`),
whose workers must have Kordon installed and reach the same database and model folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kordon.domain.errors import Invalid
from kordon.risk.engine import Engine
from kordon.services.assessing import (
    AssessSummary,
    DayIds,
    SelectionPolicy,
    assess_days,
    pending_days,
)
from kordon.services.ports import Store, UnitOfWork

if TYPE_CHECKING:
    import lightgbm as lgb
    from distributed import Client

    from kordon.risk.model.estimator import Trainer, TrainJob

LOCAL_WORKERS = 2


class ClusterError(Invalid, ValueError):
    """The cluster address cannot be used."""


@contextmanager
def connect(address: str, *, local_workers: int = LOCAL_WORKERS) -> Iterator[Client]:
    """A Dask client on the cluster the address names; a local cluster is closed at the end."""
    from distributed import Client, LocalCluster

    if address == "local":
        # One thread per worker: the work (boosting, scoring) is CPU-bound Python and NumPy,
        # and LightGBM brings its own threads.
        with (
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=local_workers,
                threads_per_worker=1,
                dashboard_address=None,
                host="127.0.0.1",
            ) as cluster,
            Client(cluster) as client,  # type: ignore[no-untyped-call]
        ):
            yield client
        return
    if not address.startswith("tcp://"):
        raise ClusterError(
            f"The cluster {address!r} is neither 'local' nor a scheduler address "
            "such as tcp://10.0.0.5:8786."
        )
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise ClusterError(f"No Dask scheduler answers at {address}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()  # type: ignore[no-untyped-call]


def describe(client: Client) -> str:
    """The cluster in a few words: workers and threads."""
    workers: dict[str, Any] = client.scheduler_info().get("workers", {})
    threads = sum(int(w.get("nthreads", 0)) for w in workers.values())
    return f"{len(workers)} Dask workers, {threads} threads"


def cluster_trainer(client: Client) -> Trainer:
    """A trainer for TargetingModel.fit that boosts each ensemble on a cluster worker."""
    from kordon.risk.model.estimator import train_job

    def train(jobs: Sequence[TrainJob]) -> list[lgb.Booster]:
        # The rows go to the workers once, as data, rather than inside the task graph.
        scattered = client.scatter(list(jobs))  # type: ignore[no-untyped-call]
        futures = client.map(train_job, scattered, pure=False)
        return list(client.gather(futures))  # type: ignore[no-untyped-call]

    return train


def partition(days: Sequence[DayIds], parts: int) -> list[list[DayIds]]:
    """Whole checkpoint-days dealt into `parts` groups of about the same number of
    declarations (largest day first, each to the lightest group)."""
    groups: list[list[DayIds]] = [[] for _ in range(max(1, parts))]
    sizes = [0] * len(groups)
    for item in sorted(days, key=lambda d: -len(d[1])):
        lightest = sizes.index(min(sizes))
        groups[lightest].append(item)
        sizes[lightest] += len(item[1])
    # Each group in time order, as a single process would go.
    return [sorted(g, key=lambda d: (d[0][1], d[0][0])) for g in groups if g]


def _assess_part(
    days: list[DayIds],
    open_store: Callable[[], Store],
    build_engine: Callable[[UnitOfWork], Engine],
    policy: SelectionPolicy,
) -> AssessSummary:
    """On a worker: open the store, build the engine, assess these checkpoint-days."""
    store = open_store()
    try:
        with store.transaction() as uow:
            engine = build_engine(uow)
        return assess_days(store, engine, policy, days)
    finally:
        store.close()


def assess_on_cluster(
    client: Client,
    store: Store,
    *,
    open_store: Callable[[], Store],
    build_engine: Callable[[UnitOfWork], Engine],
    policy: SelectionPolicy,
    parts_per_worker: int = 4,
    on_progress: Callable[[int], None] | None = None,
) -> AssessSummary:
    """Assess every declaration without a channel on the cluster, partitioned by
    checkpoint-day: selection decides each checkpoint-day on its own, so the channels are the
    ones a single process gives. `open_store` and `build_engine` run on the workers."""
    from distributed import as_completed

    with store.transaction() as uow:
        days = pending_days(uow.declarations.unassessed_days())
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    parts = partition(days, workers * parts_per_worker)
    sizes = {id(part): sum(len(ids) for _, ids in part) for part in parts}
    futures = [
        client.submit(_assess_part, part, open_store, build_engine, policy, pure=False)
        for part in parts
    ]
    by_future = {future.key: sizes[id(part)] for future, part in zip(futures, parts, strict=True)}
    summary = AssessSummary()
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        summary.add(future.result())
        if on_progress:
            on_progress(by_future[future.key])
    return summary
