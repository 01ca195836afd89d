"""The engine: profile set as a reason provider, score, candidate channel, versions."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.risk.builders import AT, make_declaration, make_item, one_profile, watchlist_stop

from kordon.domain import Channel, Declaration, Direction, Reason, ReasonSource
from kordon.risk.engine import ENGINE_VERSION, Engine, EngineConfig
from kordon.risk.profiles import ProfileSet

TRANSIT = "    {field: direction, eq: transit}\n"


class FixedProvider:
    """A provider returning the same reasons for every declaration."""

    def __init__(self, name: str, *reasons: Reason) -> None:
        self.name = name
        self.version = "v9"
        self._reasons = list(reasons)

    def reasons(self, declaration: Declaration) -> list[Reason]:
        return list(self._reasons)


def test_profile_set_respects_validity_scope_and_enabled() -> None:
    profiles = [
        one_profile(TRANSIT, profile_id="ALWAYS"),
        one_profile(TRANSIT, profile_id="FUTURE", extra="weight: 1\n  valid_from: 2026-04-01"),
        one_profile(TRANSIT, profile_id="PAST", extra="weight: 1\n  valid_until: 2026-02-28"),
        one_profile(TRANSIT, profile_id="LASTDAY", extra="weight: 1\n  valid_until: 2026-03-01"),
        one_profile(TRANSIT, profile_id="SAMUR", extra="weight: 1\n  checkpoints: [AZ-SAM]"),
        one_profile(TRANSIT, profile_id="ASTARA", extra="weight: 1\n  checkpoints: [AZ-AST]"),
        one_profile(TRANSIT, profile_id="OFF", extra="weight: 1\n  enabled: false"),
    ]
    fired = [r.code for r in ProfileSet(profiles).reasons(make_declaration())]
    assert fired == ["ALWAYS", "LASTDAY", "ASTARA"]


def test_profile_set_version_names_the_loaded_versions() -> None:
    a = ProfileSet([one_profile(TRANSIT, profile_id="A")])
    b = ProfileSet([one_profile(TRANSIT, profile_id="A", extra="weight: 10\n  version: 2")])
    assert a.version.startswith("1:") and a.version != b.version
    assert b.profile_versions == {"A": 2}


def test_score_is_the_sum_of_weights_clipped_to_100() -> None:
    profiles = [
        one_profile(TRANSIT, profile_id="A", extra="weight: 25"),
        one_profile(TRANSIT, profile_id="B", extra="weight: 10"),
    ]
    assessment = Engine([ProfileSet(profiles)]).assess(make_declaration(), AT)
    assert assessment.score == 35
    assert assessment.channel is Channel.YELLOW
    assert [r.code for r in assessment.reasons] == ["A", "B"]
    assert assessment.reasons[0].description == "test"
    heavy = [one_profile(TRANSIT, profile_id=f"H{i}", extra="weight: 40") for i in range(4)]
    assert Engine([ProfileSet(heavy)]).assess(make_declaration(), AT).score == 100
    trusted = [one_profile(TRANSIT, extra="weight: -50")]
    assert Engine([ProfileSet(trusted)]).assess(make_declaration(), AT).score == 0


@pytest.mark.parametrize(
    ("weight", "channel"),
    [(0, "green"), (29.9, "green"), (30, "yellow"), (59, "yellow"), (60, "red"), (100, "red")],
)
def test_thresholds_map_score_to_channel(weight: float, channel: str) -> None:
    provider = FixedProvider("model", Reason(ReasonSource.MODEL, "m", "model", weight=weight))
    assert Engine([provider]).assess(make_declaration(), AT).channel == Channel(channel)


def test_thresholds_are_configurable_and_checked() -> None:
    provider = FixedProvider("model", Reason(ReasonSource.MODEL, "m", "model", weight=20))
    config = EngineConfig(yellow_at=10, red_at=20)
    assert Engine([provider], config).assess(make_declaration(), AT).channel is Channel.RED
    with pytest.raises(ValueError, match="yellow_at <= red_at"):
        EngineConfig(yellow_at=70, red_at=60)


def test_most_intrusive_named_channel_wins() -> None:
    blue = one_profile(TRANSIT, profile_id="AUDIT", extra="channel: blue")
    assert Engine([ProfileSet([blue])]).assess(make_declaration(), AT).channel is Channel.BLUE
    yellow = one_profile(TRANSIT, profile_id="DOCS", extra="channel: yellow")
    both = Engine([ProfileSet([blue, yellow])]).assess(make_declaration(), AT)
    assert both.channel is Channel.YELLOW
    stop = FixedProvider("watchlist", watchlist_stop())
    assert Engine([ProfileSet([blue]), stop]).assess(make_declaration(), AT).channel is Channel.RED


def test_assessment_records_engine_profile_and_provider_versions() -> None:
    profile = one_profile(TRANSIT, profile_id="A", extra="weight: 5\n  version: 3")
    quiet = one_profile("    {field: direction, eq: import}\n", profile_id="B")
    profiles = ProfileSet([profile, quiet])
    model = FixedProvider("model")
    assessment = Engine([profiles, model]).assess(make_declaration(), datetime(2026, 3, 1, 10))
    assert assessment.engine_version == ENGINE_VERSION
    assert assessment.profile_versions == {"A": 3}
    assert assessment.provider_versions == {"profiles": profiles.version, "model": "v9"}
    assert assessment.model_version == "v9"
    assert assessment.assessed_at == datetime(2026, 3, 1, 10)


def test_provider_names_must_differ() -> None:
    with pytest.raises(ValueError, match="distinct names"):
        Engine([FixedProvider("x"), FixedProvider("x")])


def test_profiles_naming_a_direction_fire_only_for_it() -> None:
    either = "    all: [{field: direction, in: [import, transit]}, {field: route.origin, eq: IR}]\n"
    profiles = ProfileSet([
        one_profile(either, profile_id="EITHER"),
        one_profile("    {field: direction, eq: export}\n", profile_id="EXPORT"),
        one_profile("    not: {field: direction, eq: export}\n", profile_id="NOT-EXPORT"),
    ])  # fmt: skip
    transit = make_declaration()
    export = make_declaration(id="AZ-2", direction=Direction.EXPORT)
    assert [r.code for r in profiles.reasons(transit)] == ["EITHER", "NOT-EXPORT"]
    assert [r.code for r in profiles.reasons(export)] == ["EXPORT"]


def test_a_profile_on_goods_items_names_the_lines_it_saw() -> None:
    cheap_raisins = (
        "    all: [{field: item.hs_code, prefix: '0806'}, {field: item.value_per_kg, lt: 1}]\n"
    )
    profiles = ProfileSet([one_profile(cheap_raisins), one_profile(TRANSIT, profile_id="T")])
    items = (make_item(), make_item(value=100.0), make_item(hs_code="240220", value=1.0))
    reasons = profiles.reasons(make_declaration(items=items))
    assert reasons[0].details == {"version": 1, "owner": "tester", "items": [2],
                                  "hs_codes": ["080620"]}  # fmt: skip
    assert reasons[1].details == {"version": 1, "owner": "tester"}
