"""A profile saved by one process reaches the engine of another within about a second."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.builders import RED_RAISINS_PROFILE, make_document

from kordon.intake.reader import read_documents
from kordon.risk.profiles import parse_profiles
from kordon.services.engines import RECHECK_SECONDS
from kordon.services.importing import import_rows
from kordon.storage.store import SqlStore

# A worker process: keeps one engine cache, as a server does, and says the channel of one
# declaration whenever it changes.
WORKER = """
import sys, time
from datetime import datetime
from kordon.bootstrap import engine_cache
from kordon.settings import Settings
from kordon.storage.store import open_store

url = sys.argv[1]
store = open_store(url)
cache = engine_cache(Settings(database_url=url, model_dir=sys.argv[2]))
with store.transaction() as uow:
    (stored,) = uow.declarations.get_many(["A"])
seen = None
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    with store.transaction() as uow:
        channel = cache.get(uow).assess(stored.declaration, datetime(2026, 3, 1)).channel.value
    if channel != seen:
        print(channel, flush=True)
        seen = channel
        if channel == "red":
            break
    time.sleep(0.02)
"""


def test_a_profile_change_reaches_another_process(
    store: SqlStore, database_url: str, tmp_path: Path
) -> None:
    import_rows(store, read_documents([make_document(id="A")]), source="test")
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, database_url, str(tmp_path / "no-model")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "green"
        with store.transaction() as uow:
            for profile in parse_profiles(RED_RAISINS_PROFILE):
                uow.profiles.save(profile)
        saved = time.monotonic()
        assert worker.stdout.readline().strip() == "red"
        delay = time.monotonic() - saved
    finally:
        worker.kill()
        worker.wait()
    assert RECHECK_SECONDS <= 1.0
    # The worker rechecks every RECHECK_SECONDS; the margin is for a busy machine.
    assert delay < RECHECK_SECONDS + 2.0, f"the change took {delay:.2f} s to reach the worker"
