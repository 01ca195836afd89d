"""A small demo database (the scenario generator, fewer days and trucks) for the network's
end-to-end tests: the planted networks and decoys as the demo has them."""

from __future__ import annotations

from pathlib import Path

from kordon.bootstrap import engine_for, selection_policy
from kordon.intake.checkpoints import load_checkpoints
from kordon.risk.profiles import load_profiles
from kordon.risk.screening import read_watchlist_jsonl
from kordon.scenario import Scenario, generate_scenario
from kordon.services.demo import build_demo
from kordon.settings import Settings
from kordon.storage.store import SqlStore

DATA = Path(__file__).resolve().parents[2] / "data"


def build_small_demo(store: SqlStore, settings: Settings) -> Scenario:
    """Twenty-five days of a fifth of the demo's traffic, assessed, without a model."""
    checkpoints = load_checkpoints(DATA / "checkpoints" / "azerbaijan.yaml")
    scenario = generate_scenario(days=25, trucks_per_day_scale=0.2, checkpoints=checkpoints)
    build_demo(
        store,
        scenario,
        checkpoints,
        load_profiles(DATA / "profiles" / "azerbaijan.yaml"),
        read_watchlist_jsonl(DATA / "demo" / "watchlist.jsonl"),
        policy=selection_policy(settings),
        engine_factory=lambda uow: engine_for(uow, settings),
    )
    return scenario


def planted_today(scenario: Scenario, network: str, checkpoint: str) -> str:
    """The id of a network's consignment in today's queue at a checkpoint."""
    return next(
        d.id
        for d in scenario.queue(checkpoint)
        if d.id in scenario.ground_truth and scenario.ground_truth[d.id].network == network
    )
