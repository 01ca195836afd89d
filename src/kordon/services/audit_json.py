"""The audit trail's JSON, written by orjson wherever it writes what the json module writes.

An entry's hash covers its canonical JSON, and its details are stored as the JSON round trip
gives them back; both were the json module's, at some 5 µs a call for a lodged assessment's
entry, a batch of 500 chaining 500. orjson writes the same text for the values a trail holds
(text, booleans, null, integers, and floats from 10⁻⁴ to 10¹⁶, which both write in full
rather than with an exponent), ten times faster. Anything else (floats outside that range,
NaN, integers past 64 bits, keys that are not text, enumerations, dates, lone surrogates) goes
to the json module as before, so that every hash stays what `kordon audit verify` computes.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

# What `json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes,
# and `json.dumps(details, default=str)`: the encoders made once (`json.dumps` makes one for
# every call given options of its own).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_AS_STORED = json.JSONEncoder(default=str)
_LARGEST_INT = 2**63 - 1
# Between these, a float's `repr` (the json module's) is written without an exponent, and so
# is orjson's shortest form, digit for digit.
_SMALLEST_FLOAT = 1e-4
_LARGEST_FLOAT = 1e16


def canonical(content: dict[str, Any]) -> str:
    """`content` as compact JSON with sorted keys, non-ASCII text as it is."""
    if _shallow_and_plain(content):
        try:
            return orjson.dumps(content, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except orjson.JSONEncodeError:  # a lone surrogate
            pass
    return _CANONICAL.encode(content)


def as_stored(details: dict[str, Any]) -> Any:
    """The details as a JSON column gives them back: `json.loads(json.dumps(details,
    default=str))` (tuples become lists; what JSON cannot hold, its text)."""
    if _shallow_and_plain(details):
        try:
            return orjson.loads(orjson.dumps(details))
        except orjson.JSONEncodeError:  # a lone surrogate
            pass
    return json.loads(_AS_STORED.encode(details))


def _shallow_and_plain(value: object) -> bool:
    # Nesting deep enough to exhaust the recursion below is left to the json module, which
    # takes more levels than this check and orjson (a limit of 255) do.
    try:
        return _plain(value)
    except RecursionError:
        return False


def _plain(value: object) -> bool:
    """Whether orjson writes `value` as the json module does (see the module's docstring)."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return -_LARGEST_INT <= value <= _LARGEST_INT  # type: ignore[operator]
    if kind is float:
        return value == 0.0 or _SMALLEST_FLOAT <= abs(value) < _LARGEST_FLOAT  # type: ignore[arg-type]
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())  # type: ignore[attr-defined]
    if kind is list or kind is tuple:
        return all(_plain(v) for v in value)  # type: ignore[attr-defined]
    return False
