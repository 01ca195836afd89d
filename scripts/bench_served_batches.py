"""Processor time a batch declaration costs a served worker, and PostgreSQL, over HTTP.

One uvicorn worker (`kordon serve`'s one-process setup, without the access log) serves a
scratch database of the PostgreSQL server in KORDON_TEST_POSTGRES_URL
(`scripts/with-postgres.sh` makes one); the load test's own client (`kordon.bench.client`)
posts its batches of 500, first some not timed (the entity index and the engine warm up),
then the timed ones, `--clients` at once. Prints the worker's processor time (user+sys, every
thread, from /proc) a batch and a declaration, split into the lodging use case (the
processor time of the threads lodging the batches) and what is around it (reading the
request, the route, the token check, writing the answer, uvicorn), PostgreSQL's, and the
timed batches' wall time with the declarations a second it makes:

    scripts/with-postgres.sh .venv/bin/python scripts/bench_served_batches.py [--batches 16]

With `--code DIR` the worker runs the code in DIR (a checkout's `src`), so that two versions
are measured by turns from one virtualenv. With `--answers FILE` the worker's clock stands
still and its answers to batches, single declarations and malformed requests (the status
line, the headers but the date, the body) are written to FILE instead, and the database's
rows after them to FILE with the suffix `.rows`, for comparing two versions byte for byte.
With `--sample FILE` py-spy samples the worker during the timed batches and writes the
stacks, collapsed, to FILE. A second line gives the cyclic garbage collector's runs in the
worker during the timed batches, by generation, and their processor time a batch.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path

from kordon.bench import client
from kordon.bench.load import SECRET, documents, free_port, prepare, stop_session, wait_until_up
from kordon.bench.processes import local_postmaster, session_cpu_seconds, tree_cpu_seconds
from kordon.bench.scratch import drop_postgres, dump_tables, fresh_postgres
from kordon.domain import clock

# The worker: the app served by uvicorn in this process, as `kordon serve` runs one; its clock
# stands still at argv[2] when one is given. The processor time of the threads lodging
# batches (the use case) is added up, and so are the cyclic garbage collector's runs of each
# generation and their processor time (collections run in the thread that set them off);
# all three are written to argv[3] on SIGUSR1.
WORKER = """
import contextlib, gc, signal, sys, threading, time
from datetime import datetime
import uvicorn
from kordon.app import create_app
from kordon.domain import clock
from kordon.services.group_lodging import GroupLodger
port, fixed, into = int(sys.argv[1]), sys.argv[2], sys.argv[3]
spent, adding, lodge = [0.0], threading.Lock(), GroupLodger.lodge
collections, collecting, began = [0, 0, 0], [0.0, 0.0, 0.0], [0.0]
def timed(*args, **kwargs):
    started = time.thread_time()
    try:
        return lodge(*args, **kwargs)
    finally:
        with adding:
            spent[0] += time.thread_time() - started
GroupLodger.lodge = timed
def collected(phase, info):
    if phase == "start":
        began[0] = time.thread_time()
    else:
        collections[info["generation"]] += 1
        collecting[info["generation"]] += time.thread_time() - began[0]
gc.callbacks.append(collected)
def written(*_):
    with open(into, "w") as out:
        out.write(repr((spent[0], collections, collecting)))
signal.signal(signal.SIGUSR1, written)
still = clock.use(clock.FixedClock(datetime.fromisoformat(fixed))) if fixed else None
with still or contextlib.nullcontext():
    uvicorn.run(create_app(), host="127.0.0.1", port=port, log_level="warning",
                access_log=False)
"""
FIXED = "2026-03-04T12:00:00"


def _start(
    url: str, folder: Path, code: Path | None, fixed: str
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "KORDON_DATABASE_URL": url, "KORDON_SECRET_KEY": SECRET,
           "KORDON_RANDOM_CONTROL_SHARE": "0.02", "KORDON_DATA_DIR": str(folder)}  # fmt: skip
    if code is not None:
        env["PYTHONPATH"] = str(code.resolve())
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(port), fixed, str(folder / "use-case")],
        env=env,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, worker)
    return worker, base


def _batches(count: int, size: int, seed: int, day: datetime) -> list[client.Request]:
    found = documents(count * size, seed=seed, day=day)
    return [("POST", "/api/declarations", found[i : i + size]) for i in range(0, len(found), size)]


async def _exchange(base: str, message: bytes) -> bytes:
    """One request on a connection of its own; the answer's status line, headers (but the
    date, which the server's clock writes) and body."""
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        writer.write(message)
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        length = 0
        for line in lines[1:]:
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        body = await reader.readexactly(length)
    finally:
        writer.close()
    kept = [line for line in lines if line and not line.lower().startswith(b"date:")]
    return b"\r\n".join(kept) + b"\r\n\r\n" + body + b"\n"


def _raw(token: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = ["POST /api/declarations HTTP/1.1", "Host: 127.0.0.1", f"Authorization: {token}",
            f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]  # fmt: skip
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _answers(base: str, token: str, into: Path) -> None:
    """Every kind of answer the lodging route gives, in an order two versions repeat."""
    day = datetime(2026, 3, 3)
    batch = documents(500, seed=21, day=day)
    single = documents(1, seed=22, day=day)[0]
    broken = [dict(d) for d in documents(6, seed=23, day=day)]
    for document in broken[:3]:
        document["lodged_at"] = "not a time"
    bearer = f"Bearer {token}"

    def post(body: object) -> bytes:
        return client.encode("127.0.0.1", token, "POST", "/api/declarations", body)

    bodies = [
        ("a batch of 500", post(batch)),
        ("the same batch again", post(batch)),
        ("one declaration", post(single)),
        ("the same one again", post(single)),
        ("a batch partly rejected", post(broken)),
        ("a batch all rejected", post(broken[:3])),
        ("an empty batch", _raw(bearer, b"[]")),
        ("a list of numbers", _raw(bearer, b"[1, 2]")),
        ("malformed JSON", _raw(bearer, b'[{"id": ')),
        ("an empty body", _raw(bearer, b"")),
        ("NaN", _raw(bearer, b'[{"id": NaN}]')),
        ("a long integer", _raw(bearer, b'[{"id": 12345678901234567890123}]')),
        ("another content type", _raw(bearer, b"[]", "text/plain")),
        ("no token", _raw("", b"[]")),
        ("a bad token", _raw("Bearer nope", b"[]")),
        ("another scheme", _raw(f"Basic {token}", b"[]")),
    ]
    with into.open("wb") as out:
        for label, message in bodies:
            out.write(f"== {label}\n".encode())
            out.write(asyncio.run(_exchange(base, message)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=16)
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--warm", type=int, default=4, help="batches posted before timing")
    parser.add_argument("--clients", type=int, default=2, help="batches posted at once")
    parser.add_argument("--code", type=Path, help="the `src` folder of the code to serve")
    parser.add_argument("--answers", type=Path, help="write the route's answers here instead")
    parser.add_argument("--sample", type=Path, help="py-spy's collapsed stacks of the worker")
    args = parser.parse_args()
    admin = os.environ["KORDON_TEST_POSTGRES_URL"]
    name = f"kordon_served_{os.getpid()}"
    url = fresh_postgres(admin, name)
    folder = Path(tempfile.mkdtemp(prefix="kordon-served-"))
    try:
        still = clock.use(clock.FixedClock(datetime.fromisoformat(FIXED)))
        with still if args.answers else nullcontext():  # the setup's rows too
            token = prepare(url, capacity=40)
        worker, base = _start(url, folder, args.code, FIXED if args.answers else "")
        try:
            if args.answers:
                _answers(base, token, args.answers)
                dump_tables(url, args.answers.with_suffix(".rows"))
            else:
                _measure(worker.pid, base, url, token, folder, args)
        finally:
            stop_session(worker)
    finally:
        drop_postgres(admin, name)


def _spent(pid: int, folder: Path) -> tuple[float, list[int], list[float]]:
    """Processor time the worker's threads have spent lodging batches so far, and the
    collections of each generation the worker has run and their processor time."""
    written = folder / "use-case"
    written.unlink(missing_ok=True)
    os.kill(pid, signal.SIGUSR1)
    for _ in range(100):
        if written.exists() and written.read_text():
            lodging, counts, seconds = ast.literal_eval(written.read_text())
            return float(lodging), list(counts), list(seconds)
        time.sleep(0.05)
    raise RuntimeError("the worker did not say what lodging has cost it")


def _measure(
    pid: int, base: str, url: str, token: str, folder: Path, args: argparse.Namespace
) -> None:
    warm = _batches(args.warm, args.size, seed=11, day=datetime(2026, 3, 2))
    timed = _batches(args.batches, args.size, seed=12, day=datetime(2026, 3, 3))
    client.run(base, warm, clients=args.clients, token=token)
    postmaster = local_postmaster(url)
    if postmaster is None:
        raise SystemExit("PostgreSQL must run on this machine, its data directory readable.")
    sampler = None
    if args.sample:
        sampler = subprocess.Popen(
            [
                "py-spy",
                "record",
                "--pid",
                str(pid),
                "--rate",
                "250",
                "--format",
                "raw",
                "--output",
                str(args.sample),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)
    use_case, counts, seconds = _spent(pid, folder)
    database, served, load = tree_cpu_seconds(postmaster), session_cpu_seconds(pid), os.getloadavg()
    outcome = client.run(base, timed, clients=args.clients, token=token)
    served = session_cpu_seconds(pid) - served
    database = tree_cpu_seconds(postmaster) - database
    after, counts_after, seconds_after = _spent(pid, folder)
    use_case = after - use_case
    counts = [b - a for a, b in zip(counts, counts_after, strict=True)]
    collecting = sum(seconds_after) - sum(seconds)
    if sampler is not None:
        sampler.send_signal(signal.SIGINT)
        sampler.wait(timeout=60)
    count, batches = args.batches * args.size, args.batches
    print(f"{batches} batches of {args.size} ({outcome.errors} failed; load average "
          f"{load[0]:.2f} to {os.getloadavg()[0]:.2f}): worker {1000 * served / batches:.1f} "
          f"ms/batch, {1000 * served / count:.3f} ms/decl (use case "
          f"{1000 * use_case / batches:.1f}, around it {1000 * (served - use_case) / batches:.1f}"
          f" ms/batch); PostgreSQL {1000 * database / count:.3f} ms/decl; "
          f"wall {outcome.seconds:.2f} s, {count / outcome.seconds:,.0f} decl/s")  # fmt: skip
    print(f"collector: {'/'.join(map(str, counts))} collections of generations 0/1/2, "
          f"{1000 * collecting / batches:.1f} ms/batch")  # fmt: skip


if __name__ == "__main__":
    main()
