"""The field decision's table names each feature but the two languages' with a short heading."""

from __future__ import annotations

from kordon.cli.osint_field_decision import SHORT_NAMES
from kordon.osint.field_decision import FEATURE_NAMES


def test_each_feature_but_the_languages_has_a_short_heading() -> None:
    assert len(SHORT_NAMES) == len(FEATURE_NAMES) - 2
    assert FEATURE_NAMES[len(SHORT_NAMES) :] == ("russian", "azerbaijani")
