"""Final channels under capacity, random control, watchlist stops and overrides."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tests.risk.builders import make_assessment, watchlist_stop

from kordon.domain import Assessment, Channel, Reason, ReasonSource
from kordon.risk.selection import (
    Candidate,
    OverrideError,
    apply_override,
    decide,
    random_draw,
    select_channels,
)

DAY = date(2026, 3, 1)
SEED = "test-seed"


def candidates(scores: list[float], checkpoint: str = "AZ-AST") -> list[Candidate]:
    return [Candidate(make_assessment(f"D{i}", s), checkpoint) for i, s in enumerate(scores)]


def channels(result: list[Assessment]) -> list[str]:
    return [a.channel.value for a in result]


def test_draw_is_reproducible_uniform_and_seed_dependent() -> None:
    assert random_draw("s", "D1") == random_draw("s", "D1")
    assert random_draw("s", "D1") != random_draw("t", "D1")
    draws = [random_draw("s", f"D{i}") for i in range(10_000)]
    assert all(0 <= d < 1 for d in draws)
    assert 0.09 < sum(d < 0.1 for d in draws) / len(draws) < 0.11


def test_highest_scores_fill_capacity_and_the_rest_go_yellow_with_a_reason() -> None:
    result = select_channels(candidates([65, 90, 70, 10, 40]), {"AZ-AST": 2}, 0.0, SEED, DAY)
    assert channels(result) == ["yellow", "red", "red", "green", "yellow"]
    note = result[0].reasons[-1]
    assert note.source is ReasonSource.CAPACITY and note.channel is Channel.YELLOW
    assert "all 2 inspection slots of AZ-AST on 2026-03-01 were taken" in note.description
    assert [a.declaration_id for a in result] == ["D0", "D1", "D2", "D3", "D4"]


def test_a_rule_naming_red_goes_before_scores() -> None:
    rule = Reason(ReasonSource.PROFILE, "R", "red rule", channel=Channel.RED)
    named = make_assessment("NAMED", 10, channel=Channel.RED, reasons=(rule,))
    batch = [Candidate(named, "AZ-AST"), *candidates([95])]
    assert channels(select_channels(batch, {"AZ-AST": 1}, 0.0, SEED, DAY)) == ["red", "yellow"]


def test_no_capacity_set_means_no_limit_and_checkpoints_are_separate() -> None:
    batch = candidates([70, 80], "AZ-AST") + candidates([90, 95], "AZ-SAM")
    result = select_channels(batch, {"AZ-SAM": 1}, 0.0, SEED, DAY)
    assert channels(result) == ["red", "red", "yellow", "red"]


def test_watchlist_stop_is_red_even_over_capacity_and_uses_a_slot() -> None:
    stopped = make_assessment("STOP", 0, channel=Channel.RED, reasons=(watchlist_stop(),))
    batch = [*candidates([90]), Candidate(stopped, "AZ-AST")]
    assert channels(select_channels(batch, {"AZ-AST": 1}, 0.0, SEED, DAY)) == ["yellow", "red"]
    assert channels(select_channels(batch, {"AZ-AST": 0}, 0.0, SEED, DAY)) == ["yellow", "red"]


def test_random_share_selects_about_that_share_and_records_the_draw() -> None:
    batch = candidates([0.0] * 2000)
    result = select_channels(batch, {}, 0.05, SEED, DAY)
    controls = [a for a in result if a.random_control]
    assert 0.04 < len(controls) / len(batch) < 0.06
    assert all(a.channel is Channel.RED for a in controls)
    reason = controls[0].reasons[-1]
    assert reason.source is ReasonSource.RANDOM and reason.details["share"] == 0.05
    assert reason.details["draw"] == random_draw(SEED, controls[0].declaration_id)
    assert select_channels(batch, {}, 0.05, SEED, DAY) == result
    other = select_channels(batch, {}, 0.05, "another-seed", DAY)
    assert [a.random_control for a in other] != [a.random_control for a in result]


def test_random_controls_take_slots_before_scores() -> None:
    batch = candidates([0.0] * 200 + [99.0])
    drawn = sum(random_draw(SEED, f"D{i}") < 0.05 for i in range(200))
    assert drawn >= 2
    result = select_channels(batch, {"AZ-AST": drawn}, 0.05, SEED, DAY)
    assert sum(a.random_control for a in result) == drawn
    assert result[-1].channel is Channel.YELLOW


def test_random_draws_beyond_capacity_are_recorded_as_unserved() -> None:
    batch = candidates([0.0] * 200)
    result = select_channels(batch, {"AZ-AST": 1}, 0.05, SEED, DAY)
    assert sum(a.random_control for a in result) == 1
    unserved = [a for a in result if any(r.code == "random-control-no-capacity" for r in a.reasons)]
    assert unserved and all(a.channel is Channel.GREEN for a in unserved)
    lowest = min(range(200), key=lambda i: random_draw(SEED, f"D{i}"))
    assert result[lowest].random_control


def test_share_is_checked() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        select_channels(candidates([1]), {}, 1.5, SEED, DAY)


def test_streaming_decide_is_first_come_first_served() -> None:
    used = 0
    decided = []
    for candidate in candidates([70, 90, 80, 10]):
        result = decide(candidate, used, 2, 0.0, SEED, DAY)
        used += result.channel is Channel.RED
        decided.append(result)
    assert channels(decided) == ["red", "red", "yellow", "green"]
    assert decided[2].reasons[-1].code == "over-capacity"


def test_streaming_agrees_with_batch_when_capacity_is_not_exhausted() -> None:
    batch = candidates([0.0, 65.0, 35.0] * 100)
    expected = select_channels(batch, {"AZ-AST": None}, 0.1, SEED, DAY)
    streamed = [decide(c, 0, None, 0.1, SEED, DAY) for c in batch]
    assert streamed == expected


def test_streaming_watchlist_stop_and_random_control() -> None:
    stopped = make_assessment("STOP", 0, channel=Channel.RED, reasons=(watchlist_stop(),))
    assert decide(Candidate(stopped, "AZ-AST"), 5, 5, 0.0, SEED, DAY).channel is Channel.RED
    (candidate,) = candidates([0.0])
    forced_draw = decide(candidate, 0, 5, 1.0, SEED, DAY)
    assert forced_draw.channel is Channel.RED and forced_draw.random_control
    full = decide(candidate, 5, 5, 1.0, SEED, DAY)
    assert full.channel is Channel.GREEN and not full.random_control
    assert full.reasons[-1].code == "random-control-no-capacity"


def test_override_needs_a_reason_and_is_recorded() -> None:
    assessment = make_assessment("D1", 70)
    at = datetime(2026, 3, 1, 11)
    changed, record = apply_override(
        assessment, Channel.GREEN, "  Known shipper, AEO  ", "sup1", at
    )
    assert changed.channel is Channel.GREEN
    assert (record.from_channel, record.to_channel) == (Channel.RED, Channel.GREEN)
    assert (record.reason, record.by, record.at) == ("Known shipper, AEO", "sup1", at)
    last = changed.reasons[-1]
    assert last.source is ReasonSource.OVERRIDE
    assert last.description == "Channel changed from red to green by sup1: Known shipper, AEO"
    assert changed.reasons[:-1] == assessment.reasons


@pytest.mark.parametrize(("reason", "by", "to", "message"), [
    ("", "sup1", Channel.GREEN, "needs a reason"),
    ("   \n", "sup1", Channel.GREEN, "needs a reason"),
    ("ok", " ", Channel.GREEN, "name of the supervisor"),
    ("ok", "sup1", Channel.RED, "already in the red channel"),
])  # fmt: skip
def test_override_refusals(reason: str, by: str, to: Channel, message: str) -> None:
    with pytest.raises(OverrideError, match=message):
        apply_override(make_assessment("D1", 70), to, reason, by, datetime(2026, 3, 1))


def test_spare_capacity_goes_to_the_highest_remaining_scores_above_the_floor() -> None:
    result = select_channels(
        candidates([65, 40, 20, 45, 35, 50]), {"AZ-AST": 3}, 0.0, SEED, DAY, fill_from=30
    )
    assert channels(result) == ["red", "yellow", "green", "red", "yellow", "red"]
    note = result[5].reasons[-1]
    assert note.code == "spare-capacity" and note.channel is Channel.RED
    assert "spare capacity" in note.description


def test_spare_capacity_respects_the_floor_and_unlimited_checkpoints() -> None:
    low = select_channels(candidates([10, 20]), {"AZ-AST": 5}, 0.0, SEED, DAY, fill_from=30)
    assert channels(low) == ["green", "green"]
    unlimited = select_channels(candidates([40]), {}, 0.0, SEED, DAY, fill_from=30)
    assert channels(unlimited) == ["yellow"]
