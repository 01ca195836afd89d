"""Reading profiles: what is accepted, and errors that point at the spot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kordon.domain import Channel
from kordon.domain.profile import AllOf, Condition, Not
from kordon.risk.profiles import ProfileError, dump_profiles, load_profiles, parse_profiles

EXAMPLE = """\
- id: AZ-TR-DRIEDFRUIT-IR-MD
  description: Dried fruit and nuts in transit from Iran to Moldova
  owner: risk-unit
  valid_from: 2026-01-01
  valid_until: 2026-12-31
  checkpoints: [AZ-AST, AZ-BIL]
  weight: 40
  when:
    all:
      - field: direction
        eq: transit
      - field: item.hs_code
        prefix: ["0806", "0802", "0804"]
      - field: route.origin
        in: [IR, AF, PK]
      - not: {field: route.destination, in: [AZ]}
      - field: item.value_per_kg
        lt: 1.2
"""
DEMO = Path(__file__).parents[2] / "data" / "profiles" / "azerbaijan.yaml"


def problems(text: str) -> list[str]:
    with pytest.raises(ProfileError) as caught:
        parse_profiles(text, "p.yaml")
    return [str(p) for p in caught.value.problems]


def test_example_profile_is_read_in_full() -> None:
    (profile,) = parse_profiles(EXAMPLE)
    assert profile.id == "AZ-TR-DRIEDFRUIT-IR-MD"
    assert (profile.valid_from, profile.valid_until) == (date(2026, 1, 1), date(2026, 12, 31))
    assert profile.checkpoints == ("AZ-AST", "AZ-BIL")
    assert (profile.weight, profile.channel, profile.version, profile.enabled) == (
        40,
        None,
        1,
        True,
    )
    assert isinstance(profile.criteria, AllOf)
    assert profile.criteria.parts[1] == Condition(
        "item.hs_code", "prefix", ("0806", "0802", "0804")
    )
    assert profile.criteria.parts[3] == Not(Condition("route.destination", "in", ("AZ",)))


def test_unknown_field_names_line_path_and_suggestion() -> None:
    (message,) = problems(EXAMPLE.replace("route.origin", "route.orign"))
    assert message == (
        "p.yaml:14: profile AZ-TR-DRIEDFRUIT-IR-MD, when.all[2].field: "
        "unknown field 'route.orign'; did you mean 'route.origin'?"
    )


def test_every_problem_of_a_file_is_reported() -> None:
    text = EXAMPLE.replace("eq: transit", "eq: transt").replace("lt: 1.2", "lt: cheap")
    text = text.replace("[IR, AF, PK]", "[IR, QQ]")
    found = problems(text)
    assert found == [
        "p.yaml:11: profile AZ-TR-DRIEDFRUIT-IR-MD, when.all[0].eq: "
        "'transt' is not one of import, export, transit",
        "p.yaml:15: profile AZ-TR-DRIEDFRUIT-IR-MD, when.all[2].in[1]: "
        "unknown country code 'QQ' (ISO 3166-1 alpha-2)",
        "p.yaml:18: profile AZ-TR-DRIEDFRUIT-IR-MD, when.all[4].lt: expected a number, got 'cheap'",
    ]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (
            "{field: direction, eqq: transit}",
            "when.eqq: unknown operator 'eqq'; did you mean 'eq'?",
        ),
        (
            "{field: direction, eq: transit, ne: import}",
            "exactly one operator; found 'eq' and 'ne'",
        ),
        ("{field: direction}", "exactly one operator; found none"),
        ("{eq: transit}", "a condition needs 'field' and one operator"),
        ("{field: route.origin, gt: 3}", "operator 'gt' does not apply to country field"),
        ("{field: item.value, prefix: '1'}", "operator 'prefix' does not apply to number field"),
        ("{field: item.hs_code, eq: '0806'}", "must be exactly six digits (use 'prefix'"),
        ("{field: item.hs_code, prefix: '7701'}", "HS chapter 77 does not exist"),
        ("{field: item.hs_code, prefix: '0806x'}", "an HS prefix is 2 to 6 digits"),
        ("{field: consignor.name, matches: '(unclosed'}", "invalid regular expression"),
        ("{field: item.value, between: [5, 1]}", "'between' expects [low, high] with low <= high"),
        ("{field: item.value, between: [1]}", "'between' expects [low, high]"),
        ("{field: route.origin, in: []}", "'in' expects a non-empty list"),
        ("{field: route.origin, in: IR}", "'in' expects a non-empty list"),
        ("{field: route.origin, exists: maybe}", "expected true or false"),
        ("{field: vehicle.mixed_registration, eq: yes-ish}", "expected true or false"),
        ("{all: []}", "'all' expects a non-empty list"),
        (
            "{all: [{field: direction, eq: transit}], any: [{field: direction, eq: import}]}",
            "'all' must stand alone",
        ),
        ("{not: [1, 2]}", "expected criteria"),
        ("[field, direction]", "expected criteria"),
    ],
)
def test_criteria_errors(condition: str, expected: str) -> None:
    text = f"- id: P-1\n  description: d\n  owner: o\n  weight: 1\n  when: {condition}\n"
    (message,) = problems(text)
    assert message.startswith("p.yaml:5: profile P-1, when")
    assert expected in message


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"id": "P 1"}, "id: an id is 1-80 letters"),
        ({"channel": "red"}, "either 'weight' or 'channel', not both"),
        (
            {"weight": None, "channel": "purple"},
            "channel: expected one of green, yellow, red, blue",
        ),
        ({"weight": "heavy"}, "weight: expected a number"),
        ({"valid_from": "2026-13-01"}, "valid_from: expected a date written YYYY-MM-DD"),
        ({"valid_from": "2026-02-01", "valid_until": "2026-01-01"}, "valid_until: ends before"),
        ({"version": "0"}, "version: expected a whole number of at least 1"),
        ({"enabled": "sometimes"}, "enabled: expected true or false"),
        ({"checkpoints": "AZ-AST"}, "checkpoints: expected a list"),
        ({"ownr": "x"}, "ownr: unknown key 'ownr'; did you mean 'owner'?"),
        ({"owner": None}, "owner: a profile needs 'owner'"),
    ],
)
def test_profile_errors(changes: dict[str, str | None], expected: str) -> None:
    fields: dict[str, str | None] = {"id": "P-1", "description": "d", "owner": "o", "weight": "1",
                                     "when": "{field: direction, eq: transit}"}  # fmt: skip
    fields.update(changes)
    text = "- " + "\n  ".join(f"{k}: {v}" for k, v in fields.items() if v is not None) + "\n"
    assert any(expected in m for m in problems(text)), problems(text)


def test_missing_keys_and_duplicates() -> None:
    found = problems("- id: P-1\n  weight: 1\n")
    assert any("a profile needs 'description'" in m for m in found)
    assert any("a profile needs 'when'" in m for m in found)
    one = "- id: P-1\n  description: d\n  owner: o\n  weight: 1\n"
    one += "  when: {field: direction, eq: transit}\n"
    (message,) = problems(one + one)
    assert message == "p.yaml:6: profile P-1, id: duplicate profile id (first defined on line 1)"


def test_yaml_syntax_error_gives_the_line() -> None:
    (message,) = problems("- id: P-1\n  description: a: b\n")
    assert message.startswith("p.yaml:2: not valid YAML")


def test_top_level_must_be_a_list_and_empty_file_is_empty() -> None:
    (message,) = problems("id: P-1\n")
    assert "expected a list of profiles" in message
    assert parse_profiles("") == []


def test_direct_channel_and_disabled() -> None:
    text = "- id: P-1\n  description: d\n  owner: o\n  channel: blue\n  enabled: false\n"
    (profile,) = parse_profiles(text + "  when: {field: direction, eq: import}\n")
    assert (profile.channel, profile.weight, profile.enabled) == (Channel.BLUE, None, False)


def test_dump_reads_back_unchanged() -> None:
    profiles = load_profiles(DEMO)
    again = parse_profiles(dump_profiles(profiles))
    assert again == profiles


def test_demo_profiles_load() -> None:
    profiles = load_profiles(DEMO)
    assert len(profiles) >= 20
    assert {p.channel for p in profiles} >= {Channel.RED, Channel.YELLOW, Channel.BLUE, None}


def test_tricky_scalars_survive_export() -> None:
    text = (
        "- id: P-1\n  description: d\n  owner: o\n  weight: 1\n  when:\n    all:\n"
        "      - {field: route.origin, eq: NO}\n"
        "      - {field: item.hs_code, prefix: [0402, '0806']}\n"
        "      - {field: attributes.seals, eq: 3}\n"
        "      - {field: procedure, in: [40, T1]}\n"
    )
    profiles = parse_profiles(text)
    criteria = profiles[0].criteria
    assert isinstance(criteria, AllOf)
    assert [c.value for c in criteria.parts if isinstance(c, Condition)] == [
        "NO",
        ("0402", "0806"),
        "3",
        ("40", "T1"),
    ]
    assert parse_profiles(dump_profiles(profiles)) == profiles
