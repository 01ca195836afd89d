"""Processor time of batch lodgement in one process, the client's and PostgreSQL's.

The lodging use case is called directly (no HTTP) on a scratch database of the PostgreSQL
server in KORDON_TEST_POSTGRES_URL (`scripts/with-postgres.sh` makes one), as the load
test's batch phase lodges them: first some batches that are not timed (the entity index
and the engine warm up), then the timed ones. Prints, per declaration, this process's
processor time (user+sys, every thread) and that of the server's processes (from /proc:
its postmaster, what it has reaped, and its live children):

    scripts/with-postgres.sh .venv/bin/python scripts/bench_lodging.py [--batches 16]

With `--dump FILE` the clock stands still and every table's rows are written to FILE
sorted, so that two versions of the code can be compared row for row; with `--apart` no two
declarations share a party or a plate (the load test's share many). With `--profile FILE`
the timed batches run under cProfile, the collector's threshold set as a server sets it, and
its statistics are written to FILE (read them with `python -m pstats FILE`).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import tempfile
import time
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any

from kordon import bootstrap
from kordon.bench.load import documents, prepare
from kordon.bench.processes import local_postmaster, tree_cpu_seconds
from kordon.bench.scratch import drop_postgres, dump_tables, fresh_postgres
from kordon.domain import clock
from kordon.services.accounts import token_user
from kordon.services.collector import serving_collections
from kordon.services.lodging import lodge
from kordon.settings import Settings

SECRET = "bench-secret-key-that-is-long-enough-0123456789"


def _apart(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The declarations with parties and plates of their own: each name and plate takes the
    declaration's number."""
    for document in found:
        number = document["id"].rsplit("-", 1)[-1]
        for party in (document.get("consignor"), document.get("consignee"),
                      *document.get("drivers", ())):  # fmt: skip
            if party:
                party["name"] = f"{party['name']} {number}"
        conveyance = document.get("conveyance") or {}
        for key in ("tractor_plate", "trailer_plate"):
            if conveyance.get(key):
                conveyance[key] = f"{conveyance[key][:6]}{number}"
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=16)
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--warm", type=int, default=2, help="batches lodged before timing")
    parser.add_argument("--each", action="store_true", help="print each batch's figure")
    parser.add_argument("--dump", type=Path, help="write every table's rows here at the end")
    parser.add_argument("--apart", action="store_true", help="no party or plate shared")
    parser.add_argument("--profile", type=Path, help="cProfile the timed batches into here")
    args = parser.parse_args()
    admin = os.environ["KORDON_TEST_POSTGRES_URL"]
    name = f"kordon_lodging_{os.getpid()}"
    url = fresh_postgres(admin, name)
    folder = Path(tempfile.mkdtemp(prefix="kordon-lodging-"))
    settings = Settings(database_url=url, secret_key=SECRET, data_dir=folder,
                        random_control_share=0.02)  # fmt: skip
    try:
        fixed = clock.FixedClock(datetime(2026, 3, 4, 12))
        still = clock.use(fixed) if args.dump else nullcontext()
        with still, serving_collections() if args.profile else nullcontext():
            _run(settings, url, args)
    finally:
        drop_postgres(admin, name)


def _run(settings: Settings, url: str, args: argparse.Namespace) -> None:
    token = prepare(url, capacity=40)
    store = bootstrap.open_store(settings)
    engines = bootstrap.engine_cache(settings)
    policy = bootstrap.selection_policy(settings)
    user = token_user(store, token, demo=False)
    assert user is not None
    warm = documents(args.warm * args.size, seed=11, day=datetime(2026, 3, 2))
    timed = documents(args.batches * args.size, seed=12, day=datetime(2026, 3, 3))
    if args.apart:
        warm, timed = _apart(warm), _apart(timed)
    for i in range(0, len(warm), args.size):
        lodge(store, user=user, documents=warm[i : i + args.size], engines=engines,
              policy=policy)  # fmt: skip
    postmaster = local_postmaster(url)
    if postmaster is None:
        raise SystemExit("PostgreSQL must run on this machine, its data directory readable.")
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()
    server_before, started, wall = tree_cpu_seconds(postmaster), time.process_time(), time.time()
    rejected = 0
    for i in range(0, len(timed), args.size):
        batch_started = time.process_time()
        lodged = lodge(store, user=user, documents=timed[i : i + args.size], engines=engines,
                       policy=policy)  # fmt: skip
        rejected += lodged.summary.rejected
        if args.each:
            print(
                f"  batch {i // args.size + 1}: client "
                f"{1000 * (time.process_time() - batch_started) / args.size:.3f} ms/decl"
            )
    client = time.process_time() - started
    server = tree_cpu_seconds(postmaster) - server_before
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    count = len(timed)
    print(f"{args.batches} batches of {args.size}: client {1000 * client / count:.3f} ms/decl, "
          f"PostgreSQL {1000 * server / count:.3f} ms/decl, "
          f"together {1000 * (client + server) / count:.3f} ms/decl, "
          f"wall {1000 * (time.time() - wall) / count:.3f} ms/decl")  # fmt: skip
    if rejected:
        print(f"{rejected} declarations were rejected")
    if args.dump:
        dump_tables(settings.database_url, args.dump)
    store.close()


if __name__ == "__main__":
    main()
