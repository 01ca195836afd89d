"""Record and field confidences: fitted from right and wrong values, and calibrated."""

from kordon.osint import extract_text
from kordon.osint.confidence import (
    calibration,
    cross_fitted,
    fit,
    fit_calibrated,
    gaps_over_orders,
    isotonic,
    largest_gap,
    load_table,
    observations,
    partitions,
)
from kordon.osint.record_model import FEATURES, fit_model
from kordon.osint.records import SeizureRecord


def rec(**overrides: object) -> SeizureRecord:
    fields: dict[str, object] = {"context": "primary", "substance": "heroin", "quantity_kg": 10.0}
    fields.update(overrides)
    return SeizureRecord(**fields)  # type: ignore[arg-type]


def test_rates_are_fitted_per_kind_and_shrunk_towards_their_kin() -> None:
    right = [("en", [rec(country="AZ")], [rec(country="AZ")]) for _ in range(30)]
    wrong = [("en", [rec(country="AZ")], [rec(country="GE")]) for _ in range(10)]
    extra: list[tuple[str, list[SeizureRecord], list[SeizureRecord]]] = [
        ("en", [], [rec(quantity_kg=99.0)]) for _ in range(10)
    ]
    table = fit(observations(right + wrong + extra))
    country = table.fields["en|country"]
    assert 0.6 < country < 0.8  # 30 right of 40, pulled a little towards the field's rate
    assert table.records["en"] < 1.0
    unknown = rec(country="AZ")
    assert table.field(unknown, "country", "az") == table.fields["country"]  # falls back


def test_calibration_bins_hold_the_share_right() -> None:
    seen = [("field", "en|place|own", 0.85, i % 10 != 0) for i in range(100)]
    (only,) = calibration(seen, "field")
    assert only.low == 0.8 and only.count == 100
    assert abs(only.mean_confidence - 0.85) < 1e-9 and abs(only.observed - 0.9) < 1e-9


def test_every_extracted_record_and_field_has_a_confidence_and_evidence() -> None:
    records = extract_text("На таможенном посту «Астара» изъято сорок четыре килограмма героина.")
    (r,) = records
    assert r.confidence is not None and 0.0 < r.confidence <= 1.0
    assert set(r.field_confidence) >= {"substance", "quantity_kg", "place", "country"}
    assert all(0.0 < c <= 1.0 for c in r.field_confidence.values())
    assert "Астара" in r.field_evidence["place"] and r.field_evidence["substance"] == r.evidence


def test_cross_fitting_scores_each_text_with_rates_fitted_without_it() -> None:
    # The country is right in every fifth text only: those texts, scored by rates fitted on
    # the other folds, where it is always wrong, get lower confidences than the others.
    rows = [
        ("en", [rec(country="AZ")], [rec(country="AZ" if i % 5 == 0 else "GE")]) for i in range(20)
    ]
    seen = [o for o in cross_fitted(rows, folds=5) if o[1].startswith("en|country")]
    right = [o[2] for o in seen if o[3]]
    wrong = [o[2] for o in seen if not o[3]]
    assert len(right) == 4 and len(wrong) == 16
    assert max(right) < min(wrong)


def test_the_isotonic_map_is_monotone_and_pools_small_blocks() -> None:
    # Raw rates 0.2 are right 1 time in 4, 0.5 half the time, 0.6 (a block of 5, too small)
    # less often than 0.5, and 0.9 nine times in 10.
    points = [(0.2, i % 4 == 0) for i in range(40)] + [(0.5, i % 2 == 0) for i in range(40)]
    points += [(0.6, i == 0) for i in range(5)] + [(0.9, i % 10 != 0) for i in range(40)]
    steps = isotonic(points, min_block=30, error=0.1)
    shares = [share for _, share in steps]
    assert shares == sorted(shares)  # never less sure for a higher raw rate
    assert [low for low, _ in steps] == [0.2, 0.5, 0.9]  # 0.6 pooled with 0.5
    # Each block's confidence is its own share right, not pulled towards the others'.
    assert shares == [0.25, round(21 / 45, 3), 0.9]


def test_isotonic_blocks_hold_enough_values_to_know_their_share() -> None:
    # 40 values right 3 times in 4 and 200 right 49 times in 50: the first block's share has a
    # standard error of 0.07 over 40 values, more than the 0.03 asked for, so it is pooled
    # with its neighbour instead of emitted as a level of its own; with 0.1 allowed it stays.
    points = [(0.5, i % 4 != 0) for i in range(40)] + [(0.9, i % 50 != 0) for i in range(200)]
    assert len(isotonic(points, min_block=30, error=0.1)) == 2
    steps = isotonic(points, min_block=30, error=0.03)
    assert steps == [(0.5, round((30 + 196) / 240, 3))]
    # A block of 100 values right 4 times in 5 is known to within 0.04: kept at 0.05, pooled
    # at 0.03 (it would need about 180 values).
    points = [(0.5, i % 5 != 0) for i in range(100)] + [(0.9, True) for _ in range(300)]
    assert len(isotonic(points, min_block=30, error=0.05)) == 2
    assert len(isotonic(points, min_block=30, error=0.03)) == 1


def test_the_record_model_learns_which_evidence_tells_a_right_record() -> None:
    figure = FEATURES.index("figure")
    rows = []
    for i in range(200):
        x = [1.0] + [0.0] * (len(FEATURES) - 1)
        x[figure] = float(i % 2)
        # With a figure right 19 times in 20, without one half the time.
        rows.append((x, i % 40 != 1 if i % 2 else i % 4 == 0))
    model = fit_model(rows)
    assert model.weights[figure] > 1.0
    assert len(model.weights) == len(FEATURES)


def test_record_confidences_differ_with_their_evidence() -> None:
    text = (
        "Gəncədə külli miqdarda narkotik vasitə aşkarlanıb.\n"
        "Gəncə şəhərində polis əməkdaşları V.Həsənovdan 10,9 kiloqram marixuana götürüb.\n"
        "Binə qəsəbəsində saxlanılan T.Medvedyevin şəxsi axtarışı zamanı ondan heroin aşkar "
        "edilib."
    )
    records = extract_text(text)
    table = load_table()
    raw = {r.substance: table.record_raw(r, "az") for r in records}
    assert raw["cannabis herb"] > raw["heroin"]  # a figure read beats goods named alone
    # The calibrated confidences are a step map of the raw chance: two records may share a
    # step after a refit, but the one with more evidence is never below the other.
    conf = {r.substance: r.confidence for r in records}
    assert conf["cannabis herb"] is not None and conf["heroin"] is not None
    assert conf["cannabis herb"] >= conf["heroin"]


def test_calibration_is_measured_in_several_orders_of_the_texts() -> None:
    # Every fifth text's country is wrong: whichever texts share a fold, the gaps are measured
    # for each order, the first being the texts as given.
    rows = [
        ("en", [rec(country="AZ")], [rec(country="GE" if i % 5 == 0 else "AZ")]) for i in range(40)
    ]
    gaps = gaps_over_orders(rows, 3)
    assert len(gaps) == 3
    seen = cross_fitted(rows)
    assert gaps[0] == (largest_gap(seen, "record"), largest_gap(seen, "field"))
    assert all(0.0 <= g <= 1.0 for pair in gaps for g in pair)


def test_the_map_is_learnt_on_several_fixed_partitions_of_the_texts() -> None:
    rows = [("en", [rec(country="AZ")], [rec(country="AZ" if i % 3 else "GE")]) for i in range(40)]
    orders = partitions(rows, 3)
    assert orders[0] == rows  # the texts' own order first
    for order in orders[1:]:
        assert order != rows and sorted(map(id, order)) == sorted(map(id, rows))
    assert [list(map(id, o)) for o in partitions(rows, 3)] == [list(map(id, o)) for o in orders]


def test_a_calibrated_fit_is_the_same_each_time() -> None:
    rows = [
        ("en", [rec(country="AZ")], [rec(country="AZ" if i % 4 else "GE", place=f"P{i % 7}")])
        for i in range(60)
    ]
    assert fit_calibrated(rows).maps == fit_calibrated(rows).maps


def test_a_blocks_share_is_known_from_its_texts_not_its_values() -> None:
    # 400 values right 4 times in 5 (standard error 0.02 over values) and 400 right always.
    # Told as 400 texts of one value each, the low block is known to within 0.025 and kept;
    # told as 20 texts of 20 values each, all right or all wrong together, its share is known
    # only to within about 0.09 and it is pooled with its neighbour.
    points = [(0.5, i % 5 != 0) for i in range(400)] + [(0.9, True) for _ in range(400)]
    assert len(isotonic(points, min_block=30, error=0.025)) == 2
    by_text = [(0.5, (i // 20) % 5 != 0) for i in range(400)] + [(0.9, True) for _ in range(400)]
    texts = [i // 20 for i in range(800)]
    assert len(isotonic(by_text, min_block=30, error=0.025)) == 2
    assert len(isotonic(by_text, min_block=30, error=0.025, groups=texts)) == 1
    # Each value its own text is the same as no texts named.
    assert isotonic(points, 30, 0.025, list(range(800))) == isotonic(points, 30, 0.025)


def test_a_field_blocks_share_is_known_from_its_texts() -> None:
    # 200 texts of five records each: every record's country is right, and a text's places
    # are right or wrong together (three texts in ten wrong). Over values the places' share is
    # known to within 0.01 and the map keeps them in a block below the other fields; over texts
    # it is known only to within about 0.03, and the map pools every field in one block.
    def text(i: int) -> tuple[str, list[SeizureRecord], list[SeizureRecord]]:
        wrong = (i * 7) % 10 < 2 or i % 10 == 3
        labelled = [rec(quantity_kg=float(k + 1), country="AZ", place="Astara") for k in range(5)]
        found = [
            rec(quantity_kg=float(k + 1), country="AZ", place="Lankaran" if wrong else "Astara")
            for k in range(5)
        ]
        return ("en", labelled, found)

    rows = [text(i) for i in range(200)]
    (only,) = fit_calibrated(rows).maps["field"]
    assert only[1] > 0.9
