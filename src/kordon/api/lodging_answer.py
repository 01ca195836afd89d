"""The lodging route's answer (`ImportOut`) written as JSON by orjson at once.

A batch of 500 answered through the wire models built 500 `AssessmentOut`s and their
`ReasonOut`s, validating each field, only to write them out again. Here the same JSON is
written straight from the summary and the assessments, key for key in the models' order.
orjson and pydantic write plain values alike (strings, integers, floats, booleans, null, and
objects and arrays of them); when anything else appears (a reason's detail of another type, a
number past 64 bits, a key that is not a string), the answer goes through the models as
before, so every answer is byte for byte the one the models write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson

from kordon.api.mapping import assessment_out
from kordon.api.schemas import ImportOut
from kordon.domain import Assessment

_LARGEST = 2**63 - 1  # orjson writes integers of 64 bits (pydantic any integer)


class _Unusual(Exception):
    """A value whose JSON orjson and pydantic might write differently."""


def lodging_answer(summary: dict[str, Any], assessments: Sequence[Assessment]) -> bytes:
    """The JSON of `ImportOut` for a lodgement's summary (`ImportSummary.to_dict()`) and the
    assessments its caller may see."""
    try:
        return orjson.dumps(
            {
                "imported": _integer(summary["imported"]),
                "unchanged": _integer(summary["unchanged"]),
                "rejected": _integer(summary["rejected"]),
                "errors": [_error(error) for error in summary["errors"]],
                "assessments": [_assessment(assessment) for assessment in assessments],
            }
        )
    except (_Unusual, orjson.JSONEncodeError):  # the latter: text orjson refuses (surrogates)
        out = ImportOut.model_validate(summary)
        out.assessments = [assessment_out(a) for a in assessments]
        return out.model_dump_json().encode()


def _error(error: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": _text(error["file"]),
        "line": _maybe(_integer, error["line"]),
        "field": _maybe(_text, error["field"]),
        "reason": _text(error["reason"]),
        "declaration_id": _maybe(_text, error["declaration_id"]),
    }


def _assessment(assessment: Assessment) -> dict[str, Any]:
    return {
        "id": _maybe(_integer, assessment.id),
        "declaration_id": _text(assessment.declaration_id),
        "channel": assessment.channel.value,
        "score": _number(assessment.score),
        "random_control": _flag(assessment.random_control),
        "reasons": [
            {
                "source": reason.source.value,
                "code": _text(reason.code),
                "description": _text(reason.description),
                "weight": _number(reason.weight),
                "channel": reason.channel.value if reason.channel else None,
                "details": _details(reason.details),
            }
            for reason in assessment.reasons
        ],
        "assessed_at": _time(assessment.assessed_at),
        "engine_version": _text(assessment.engine_version),
        "profile_versions": {
            _text(name): _integer(version) for name, version in assessment.profile_versions.items()
        },
        "model_version": _maybe(_text, assessment.model_version),
    }


def _time(value: Any) -> str:
    # Stored times are naive UTC, written alike; an offset pydantic writes its own way ("Z").
    if type(value) is not datetime or value.tzinfo is not None:
        raise _Unusual
    return value.isoformat()


def _maybe(check: Any, value: Any) -> Any:
    return None if value is None else check(value)


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _Unusual
    return value


def _integer(value: Any) -> int:
    if type(value) is not int or not -_LARGEST - 1 <= value <= _LARGEST:
        raise _Unusual
    return value


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise _Unusual
    return value


def _number(value: Any) -> float:
    """A float field: pydantic writes an integer given to it as a float."""
    if type(value) is float:
        return value
    if type(value) is int and -(2**53) <= value <= 2**53:
        return float(value)
    raise _Unusual


def _details(value: Any) -> dict[str, Any]:
    """A reason's details: `ReasonOut.details` is an object, so anything else at the top (a
    list, a string) goes to the models, which refuse it."""
    if type(value) is not dict:
        raise _Unusual
    plain: dict[str, Any] = _plain(value)
    return plain


def _plain(value: Any) -> Any:
    """An `Any` field's value, when it is made of plain JSON values only."""
    kind = type(value)
    if kind is str or kind is bool or kind is float or value is None:
        return value
    if kind is int:
        return _integer(value)
    if kind is dict:
        for key, item in value.items():
            _text(key)
            _plain(item)
        return value
    if kind is list or kind is tuple:
        for item in value:
            _plain(item)
        return value
    raise _Unusual
