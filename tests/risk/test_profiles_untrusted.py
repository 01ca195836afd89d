"""Profiles are untrusted input: no YAML aliases, bounded depth and size, clear errors."""

from __future__ import annotations

import pytest

from kordon.risk.profiles import ProfileError, parse_profiles

HEAD = "- id: P1\n  description: d\n  owner: o\n  weight: 10\n  when:\n"
CONDITION = "{field: route.origin, eq: IR}"


def _problems(text: str) -> str:
    with pytest.raises(ProfileError) as raised:
        parse_profiles(text)
    return str(raised.value)


def test_aliases_and_anchors_are_refused() -> None:
    # The "billion laughs": each level doubles what the one below expands to.
    laughs = "".join(
        f"    - &l{n} {{any: [*l{n - 1}, *l{n - 1}]}}\n" if n else f"    - &l0 {CONDITION}\n"
        for n in range(30)
    )
    message = _problems(HEAD + "    all:\n" + laughs)
    assert "anchors and aliases" in message and ":7:" in message  # the line of the first


def test_a_deeply_nested_not_is_refused_with_the_limit() -> None:
    text = HEAD + "    " + "{not: " * 30 + CONDITION + "}" * 30 + "\n"
    message = _problems(text)
    assert "nested more than" in message


def test_nesting_deeper_than_yaml_can_read_is_a_clear_error() -> None:
    text = HEAD + "    " + "[" * 50_000 + "]" * 50_000 + "\n"
    assert "nested too deeply" in _problems(text)


def test_too_many_conditions_are_refused() -> None:
    many = "".join(f"      - {CONDITION}\n" for _ in range(600))
    assert "conditions" in _problems(HEAD + "    any:\n" + many)


def test_a_reasonable_nesting_still_parses() -> None:
    text = HEAD + "    " + "{not: " * 4 + CONDITION + "}" * 4 + "\n"
    (profile,) = parse_profiles(text)
    assert profile.id == "P1"
