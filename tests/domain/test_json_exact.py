"""JSON read quickly and exactly: what orjson reads otherwise is left to the json module."""

from __future__ import annotations

import json
import math

import pytest

from kordon.domain import json_exact

TEXTS = [
    '{"a": [1, 2.5, "x", null, true], "b": {"c": "İlham Əliyev"}}',
    '{"big": 123456789012345678901234567890}',
    '{"negative": -9223372036854775809}',
    '{"id": "9990000000000000000001"}',
    "[0.1, 1e300, -0.0]",
]


@pytest.mark.parametrize("text", TEXTS)
def test_reads_what_the_json_module_reads(text: str) -> None:
    assert json_exact.loads(text) == json.loads(text)
    assert json_exact.loads(text.encode()) == json.loads(text)


def test_keeps_integers_past_64_bits_exact() -> None:
    value = json_exact.loads('{"n": 123456789012345678901234567890}')["n"]
    assert isinstance(value, int) and value == 123456789012345678901234567890


def test_takes_nan_and_infinity_as_the_json_module_does() -> None:
    values = json_exact.loads("[NaN, Infinity, -Infinity]")
    assert math.isnan(values[0]) and values[1:] == [math.inf, -math.inf]


def test_refuses_what_is_not_json_with_the_json_modules_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        json_exact.loads('{"a": ')


def test_marks_long_digit_runs_only() -> None:
    assert json_exact.has_long_number(b'{"n": 1234567890123456789}')
    assert not json_exact.has_long_number(b'{"n": 123456789012345678, "m": 1.5}')
