"""The lodging answer written by orjson is byte for byte the one the wire models write,
whatever the assessments, their reasons' details and the summary's errors hold."""

from __future__ import annotations

import dataclasses
import math
import random
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import numpy as np
import pytest

from kordon.api import lodging_answer as answers
from kordon.api.mapping import assessment_out
from kordon.api.schemas import ImportOut
from kordon.domain import Assessment, Channel, Reason, ReasonSource

WHEN = datetime(2026, 3, 4, 12, 0, 0, 123456)
SUMMARY = {
    "imported": 2,
    "unchanged": 0,
    "rejected": 1,
    "errors": [
        {"file": "request", "line": 3, "field": "lodged_at", "reason": "not a time: «x»\t\n",
         "declaration_id": "B-3"},
        {"file": "request", "line": None, "field": None, "reason": "no id",
         "declaration_id": None},
    ],
}  # fmt: skip


def _models(summary: dict[str, Any], assessments: list[Assessment]) -> bytes | str:
    """The models' answer, or the error they raise instead (some values they cannot write)."""
    try:
        out = ImportOut.model_validate(summary)
        out.assessments = [assessment_out(a) for a in assessments]
        return out.model_dump_json().encode()
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def _written(summary: dict[str, Any], assessments: list[Assessment]) -> bytes | str:
    try:
        return answers.lodging_answer(summary, assessments)
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def _assessment(n: int, score: Any = 0.25, **details: Any) -> Assessment:
    reasons = (
        Reason(ReasonSource.PROFILE, "P-1", "Transit — «ёü»", 1.5, Channel.RED,
               {"version": 1, "owner": "bench"}),
        Reason(ReasonSource.CAPACITY, "CAP", "Over capacity", 0, None, details),
    )  # fmt: skip
    return Assessment(f"A-{n}", Channel.RED, score, reasons, WHEN, "kordon-engine/1",
                      {"P-1": 1, "P-2": 7}, "model-3", n % 2 == 0, id=n)  # fmt: skip


def _floats() -> list[float]:
    draw = random.Random(7)
    found = [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e-7, 1e-5, 1e15, 1e16, 1e17, 1.5e300, 5e-324,
             2.0**53, 123456789.123, math.nan, math.inf, -math.inf]  # fmt: skip
    found += [draw.random() for _ in range(300)]
    found += [draw.uniform(-1e6, 1e6) for _ in range(300)]
    found += [10 ** draw.uniform(-30, 30) for _ in range(300)]
    return found


def test_plain_answers_are_the_models_own_byte_for_byte() -> None:
    assessments = [
        _assessment(n, score, ratio=score, seen=[1, "two", None, True, [score]],
                    nested={"a": {"b": (1, 2.5)}}, text="tab\t quote\" slash/ \x01 \u2028 ø")
        for n, score in enumerate(_floats())
    ]  # fmt: skip
    assessments.append(_assessment(0, 1, large=2**63 - 1, small=-(2**63)))  # an integer score
    assert _written(SUMMARY, assessments) == _models(SUMMARY, assessments)


def test_plain_answers_do_not_go_through_the_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answers, "ImportOut", None)
    assert answers.lodging_answer(SUMMARY, [_assessment(1)]).startswith(b'{"imported":2,')


class Colour(Enum):
    RED = "red"


UNUSUAL: dict[str, Any] = {
    "a set": {1},
    "a decimal": Decimal("1.10"),
    "a time with an offset": datetime(2026, 1, 1, tzinfo=UTC),
    "a date": date(2026, 1, 1),
    "an enum": Colour.RED,
    "an integer key": {1: "one"},
    "an integer past 64 bits": 2**64,
    "a NumPy float": np.float32(0.1),
    "a NumPy integer": np.int64(3),
    "a lone surrogate": "\ud800",
}


@pytest.mark.parametrize("case", UNUSUAL)
def test_unusual_details_are_written_by_the_models(case: str) -> None:
    assessments = [_assessment(1, value=UNUSUAL[case]), _assessment(2)]
    assert _written(SUMMARY, assessments) == _models(SUMMARY, assessments)


@pytest.mark.parametrize(
    "score",
    [np.float64(0.1), np.float32(0.1), True, 2**60],
    ids=["float64", "float32", "a flag", "large"],
)
def test_unusual_scores_are_written_by_the_models(score: Any) -> None:
    assessments = [_assessment(1, score)]
    assert _written(SUMMARY, assessments) == _models(SUMMARY, assessments)


def test_an_assessment_time_with_an_offset_is_written_by_the_models() -> None:
    aware = dataclasses.replace(_assessment(1), assessed_at=WHEN.replace(tzinfo=UTC))
    assert _written(SUMMARY, [aware]) == _models(SUMMARY, [aware])


@pytest.mark.parametrize(
    "details",
    [[1, "two"], ("one",), "text", None, 3],
    ids=["a list", "a tuple", "text", "null", "a number"],
)
def test_details_that_are_not_an_object_are_written_by_the_models(details: Any) -> None:
    reason = Reason(ReasonSource.CAPACITY, "CAP", "Over capacity", 0, None, details)
    odd = dataclasses.replace(_assessment(1), reasons=(reason,))
    assert _written(SUMMARY, [odd]) == _models(SUMMARY, [odd])
