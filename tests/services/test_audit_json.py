"""The audit trail's JSON: orjson's where it writes the json module's text, the json module's
everywhere else, so that every entry's hash and stored details are what they were."""

from __future__ import annotations

import json
import random
import struct
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kordon.domain import Channel
from kordon.services.audit_json import as_stored, canonical


def _canonical_before(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _stored_before(details: dict[str, Any]) -> Any:
    return json.loads(json.dumps(details, default=str))


def _outcome(write: Callable[[dict[str, Any]], Any], content: dict[str, Any]) -> str:
    # repr tells -0.0 from 0.0 and a list from a tuple, where == would not; what cannot be
    # written (a date in canonical JSON) must fail alike.
    try:
        return repr(write(content))
    except (TypeError, ValueError) as exc:
        return f"raised {type(exc).__name__}"


def _same_both_ways(content: dict[str, Any]) -> None:
    assert _outcome(canonical, content) == _outcome(_canonical_before, content)
    assert _outcome(as_stored, content) == _outcome(_stored_before, content)


def test_every_character_is_written_as_the_json_module_writes_it() -> None:
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(characters), 4096):
        text = "".join(characters[start : start + 4096])
        _same_both_ways({"text": text, text[:40]: [text[-40:]], "seq": start})


def test_floats_and_integers_are_written_as_the_json_module_writes_them() -> None:
    rng = random.Random(20261207)
    numbers: list[object] = [0.0, -0.0, 1e-4, 9.9999e-5, 1e-5, 1e-7, 1e16, 9999999999999998.0,
                             1e22, 0.1, 1 / 3, float("nan"), float("inf"), -float("inf"),
                             2**63 - 1, -(2**63) + 1, 2**63, -(2**63), 2**64, 10**30, True,
                             False, None]  # fmt: skip
    for _ in range(20000):
        numbers.append(10 ** rng.uniform(-8, 20) * rng.choice((1, -1)))
        numbers.append(round(10 ** rng.uniform(-8, 8), rng.randint(0, 8)))
        numbers.append(struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0])
        numbers.append(rng.randint(-(2**70), 2**70))
    for start in range(0, len(numbers), 50):
        _same_both_ways({"score": numbers[start], "values": numbers[start : start + 50]})


def test_other_values_are_written_as_the_json_module_writes_them() -> None:
    odd: list[dict[str, Any]] = [
        {"pair": ("a", 1), "nested": {"z": [1, (2, 3)], "a": {}}},
        {"when": datetime(2026, 3, 3, 12, 0, 0, 5), "day": date(2026, 3, 3)},
        {"channel": Channel.RED, "amount": Decimal("1.50")},
        {"keys": {1: "one", 2.5: "x", None: "n"}},
        {"lone": "a\ud800b"},
        {"b": 1, "a": 2, "B": 3, "ä": 4, "é": 5, "😀": 6, "": 7},
    ]
    for details in odd:
        _same_both_ways(details)


def test_details_nested_deeper_than_orjson_goes_are_written_by_the_json_module() -> None:
    # A check that recursed once a level gave up with RecursionError near 330 levels, where
    # the json module writes some 900.
    for depth in (200, 300, 600, 800):
        nested: dict[str, Any] = {"level": depth}
        for level in range(depth):
            nested = {"inner": nested, "level": level}
        _same_both_ways(nested)
