"""A read for measuring or fitting the field decision asks the reader itself to leave every
field as read, rather than switching the decision off for the whole process: the switch of
the reader stays as it was."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text, field_decision

_TEXT = "Officers at the Astara checkpoint found 2 kg of heroin inside the spare tyre of a car."
# A decision that doubts every hiding place: a threshold no value reaches.
_DOUBTING = field_decision.FieldDecision(
    {
        "concealment": field_decision.FieldModel(
            tuple(0.0 for _ in field_decision.FEATURE_NAMES), 0.0, 1.0
        )
    }
)


@pytest.fixture
def doubting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(field_decision, "ENABLED", True)
    monkeypatch.setattr(field_decision, "packaged", lambda: _DOUBTING)


@pytest.mark.usefixtures("doubting")
def test_the_decision_leaves_a_doubted_field_empty() -> None:
    assert [r.concealment for r in extract_text(_TEXT)] == [None]


@pytest.mark.usefixtures("doubting")
def test_a_read_for_a_fit_keeps_the_field_and_the_switch() -> None:
    assert [r.concealment for r in extract_text(_TEXT, decide_fields=False)] != [None]
    assert field_decision.ENABLED is True
