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


def test_batches_name_each_texts_language_and_first_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from kordon.osint.evaluate import LabelledText, load_batches, scores_by_language

    (tmp_path / "batches.json").write_text(json.dumps({
        "languages": [{"first": 1, "last": 9, "language": "en"},
                      {"first": 10, "last": 19, "language": "ru"}],
        "batches": [{"name": "10-19", "first": 10, "last": 19, "first_run": [
            {"language": "ru", "texts": 10, "records": 12, "record_precision": 0.9,
             "record_recall": 0.8, "record_f1": 0.85, "field_f1": 0.7}]}],
    }))  # fmt: skip
    batches = load_batches(tmp_path)
    assert batches.language_of("12-ru-report") == "ru" and batches.language_of("03-x") == "en"
    assert batches.first_runs[0].record_f1 == 0.85
    results = [
        (LabelledText("12-ru", "", [rec()]), [rec()]),
        (LabelledText("03-en", "", [rec()]), []),
    ]
    by_language = scores_by_language(results, batches)
    assert by_language["ru"].records.f1 == 1.0 and by_language["en"].records.f1 == 0.0


def test_a_batch_not_yet_read_loads_without_first_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from kordon.osint.evaluate import load_batches

    (tmp_path / "batches.json").write_text(json.dumps({
        "languages": [{"first": 1, "last": 19, "language": "ru"}],
        "batches": [{"name": "10-19", "first": 10, "last": 19, "note": "labelled, not yet read"}],
    }))  # fmt: skip
    batches = load_batches(tmp_path)
    assert batches.ranges == [("10-19", 10, 19)] and batches.first_runs == []


def test_a_batch_without_a_name_is_an_error_naming_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    import pytest

    from kordon.osint.evaluate import load_batches

    (tmp_path / "batches.json").write_text(json.dumps({
        "languages": [], "batches": [{"first": 10, "last": 19}],
    }))  # fmt: skip
    with pytest.raises(ValueError, match=r"batches\.json"):
        load_batches(tmp_path)


def test_each_batch_is_scored_now_by_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from kordon.osint.evaluate import LabelledText, load_batches, scores_by_batch

    (tmp_path / "batches.json").write_text(json.dumps({
        "languages": [{"first": 1, "last": 9, "language": "en"},
                      {"first": 10, "last": 19, "language": "az"}],
        "batches": [{"name": "05-19", "first": 5, "last": 19, "first_run": []}],
    }))  # fmt: skip
    batches = load_batches(tmp_path)
    assert batches.batch_of("12-az-x") == "05-19" and batches.batch_of("03-en") is None
    results = [
        (LabelledText("12-az", "", [rec()]), [rec()]),
        (LabelledText("06-en", "", [rec()]), []),
        (LabelledText("03-en", "", [rec()]), [rec()]),  # in no batch: not scored by batch
    ]
    by_batch = scores_by_batch(results, batches)
    assert set(by_batch) == {("05-19", "az"), ("05-19", "en")}
    assert by_batch[("05-19", "az")].records.f1 == 1.0
    assert by_batch[("05-19", "en")].records.f1 == 0.0
