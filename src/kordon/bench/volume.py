"""National-scale volume: scenario traffic through intake, storage and assessment.

The scenario generator writes N declarations (weeks of truck traffic, scaled up) to a JSON
Lines file once. Each run then takes the first N/4, N/2 and N of them into a fresh database
as `kordon declarations import` and `kordon assess` do, timing each stage. Cost per
declaration that stays flat from N/4 to N is linear growth; memory stays bounded because
every stage works in batches.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

import orjson

from kordon.bootstrap import engine_for, selection_policy
from kordon.domain import Declaration
from kordon.domain.document import to_document
from kordon.intake.checkpoints import load_checkpoints
from kordon.intake.reader import read_file
from kordon.resources import data_file
from kordon.risk.profiles import import_profiles, parse_profiles
from kordon.scenario.generator import generate_scenario
from kordon.services.assessing import assess_pending
from kordon.services.importing import import_file
from kordon.settings import Settings
from kordon.storage.store import open_store

# A week of the demo's traffic is about 2,500 declarations; scaled up, a week is a national
# volume of roughly this many a day.
SCALE = 8.0
DEMO_WEEK = 2_500
FIRST_WEEK_ENDS = date(2025, 1, 5)


@dataclass(frozen=True)
class Run:
    """One store and size: seconds spent in each stage."""

    store: str
    declarations: int
    check: float
    import_: float
    assess: float
    # Processor seconds of this process and the readers it forked, for import and
    # assessment: the work Kordon did, which other work on the machine does not inflate
    # (a PostgreSQL server's own processor time is not in it).
    processor: float = 0.0

    @property
    def store_seconds(self) -> float:
        """Writing alone: the import's time less the reading and checking it also does."""
        return max(self.import_ - self.check, 0.0)

    def per_second(self, seconds: float) -> float:
        """Declarations per second of a stage."""
        return self.declarations / seconds if seconds > 0 else float("inf")


def write_traffic(path: Path, count: int, seed: int, on_progress: Callable[[int], None]) -> float:
    """Write `count` scenario declarations to a JSON Lines file; return the seconds it took."""
    started = time.perf_counter()
    made = 0
    with path.open("wb") as out:
        # Small runs take a thin slice of each week rather than a national week and its cost.
        scale = min(SCALE, max(0.1, count / DEMO_WEEK))
        for week, declarations in enumerate(_weeks(seed, scale)):
            chunk = declarations[: count - made]
            out.writelines(orjson.dumps(to_document(d)) + b"\n" for d in chunk)
            made += len(chunk)
            on_progress(len(chunk))
            if made >= count or week > 100_000:
                break
    return time.perf_counter() - started


def _weeks(seed: int, scale: float) -> Iterator[list[Declaration]]:
    """Consecutive weeks of traffic (ids carry the day, so weeks never collide)."""
    week = 0
    while True:
        end = FIRST_WEEK_ENDS + timedelta(days=7 * week)
        scenario = generate_scenario(seed=seed + week, days=7, end=end, trucks_per_day_scale=scale)
        yield list(scenario.declarations)
        week += 1


def head(source: Path, target: Path, count: int) -> Path:
    """The first `count` lines of a file, as a file of their own."""
    with source.open("rb") as lines, target.open("wb") as out:
        out.writelines(islice(lines, count))
    return target


# A stage's name and size to a function told how many more of them are done.
Tracker = Callable[[str, int], Callable[[int], None]]


def processor_seconds() -> float:
    """Processor time of this process and of its children that have ended (the file
    readers an import forks)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _untracked(stage: str, total: int) -> Callable[[int], None]:
    return lambda done: None


def measure(name: str, url: str, traffic: Path, count: int, track: Tracker = _untracked) -> Run:
    """Check, import and assess `count` declarations into the (empty) database at url."""
    started = time.perf_counter()
    advance = track(f"{name}, {count:,}: checking", count)
    checked = 0
    for _ in read_file(traffic):
        checked += 1
        if checked % 1000 == 0:
            advance(1000)
    advance(checked % 1000)
    check = time.perf_counter() - started
    if checked != count:
        raise RuntimeError(f"{traffic} holds {checked} declarations, not {count}")
    store = open_store(url)
    try:
        with store.transaction() as uow:
            uow.checkpoints.upsert_many(load_checkpoints(data_file("checkpoints/azerbaijan.yaml")))
            profiles = parse_profiles(data_file("profiles/azerbaijan.yaml").read_text("utf-8"))
            import_profiles(uow.profiles, profiles)
        started, used = time.perf_counter(), processor_seconds()
        summary = import_file(
            store, traffic, on_progress=track(f"{name}, {count:,}: importing", count)
        )
        import_seconds = time.perf_counter() - started
        if summary.rejected or summary.imported != count:
            raise RuntimeError(f"the import stored {summary.imported} of {count}")
        settings = Settings(database_url=url, model_dir=traffic.parent / "no-model")
        with store.transaction() as uow:
            engine = engine_for(uow, settings)
        started = time.perf_counter()
        assessed = assess_pending(
            store,
            engine,
            selection_policy(settings),
            on_progress=track(f"{name}, {count:,}: assessing", count),
        )
        assess_seconds = time.perf_counter() - started
        if assessed.assessed != count:
            raise RuntimeError(f"assessed {assessed.assessed} of {count}")
        processor = processor_seconds() - used
    finally:
        store.close()
    return Run(name, count, check, import_seconds, assess_seconds, processor)
