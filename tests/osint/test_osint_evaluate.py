"""Scoring: when two records match, and how fields count."""

from kordon.osint import SeizureRecord
from kordon.osint.evaluate import Scores, records_match, score_text


def rec(**overrides: object) -> SeizureRecord:
    fields: dict[str, object] = {"context": "primary", "substance": "heroin", "quantity_kg": 10.0}
    fields.update(overrides)
    return SeizureRecord(**fields)  # type: ignore[arg-type]


def test_records_match_on_substance_and_quantity_within_a_thousandth() -> None:
    assert records_match(rec(), rec(quantity_kg=10.009))
    assert not records_match(rec(), rec(quantity_kg=10.02))
    assert not records_match(rec(), rec(substance="opium"))
    assert records_match(rec(quantity_kg=None), rec(quantity_kg=None))
    assert not records_match(rec(), rec(quantity_kg=None, quantity_count=10))


def test_scores_count_missed_and_extra_records_and_fields() -> None:
    scores = Scores()
    expected = [rec(country="AZ", place="Astara customs checkpoint"), rec(quantity_kg=5.0)]
    found = [rec(country="AZ", place="the Astara checkpoint"), rec(substance="opium")]
    score_text(expected, found, scores)
    assert (scores.records.tp, scores.records.fp, scores.records.fn) == (1, 1, 1)
    assert scores.fields["country"].tp == 1
    assert scores.fields["place"].tp == 1  # free text: wording may differ
    assert scores.fields["substance"].fp == 1 and scores.fields["substance"].fn == 1
