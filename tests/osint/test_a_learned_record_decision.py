"""The learned record decision: its features read in the three languages, its saved model
refused when it does not fit the code, its fit deterministic, and its forward measure never
trained on the batch it reads."""

from __future__ import annotations

import pytest

from kordon.osint import decision, forward
from kordon.osint.evaluate import Batches, LabelledText
from kordon.osint.records import SeizureRecord


def _record(evidence: str, kg: float = 5.0, substance: str = "heroin") -> SeizureRecord:
    return SeizureRecord(context="primary", substance=substance, quantity_kg=kg, evidence=evidence)


def _features(
    record: SeizureRecord, language: str, body: str = "", records: list[SeizureRecord] | None = None
) -> dict[str, float]:
    values = decision.features(record, records or [record], body or record.evidence, language)
    return dict(zip(decision.FEATURE_NAMES, values, strict=True))


@pytest.mark.parametrize(
    ("language", "today", "total", "earlier"),
    [
        (
            "en",
            "Customs officers seized 5 kg of heroin at the port.",
            "Since the beginning of the year customs seized 500 kg of heroin.",
            "Earlier, customs officers had seized 5 kg of heroin.",
        ),
        (
            "ru",
            "Таможенники изъяли 5 кг героина в пункте пропуска.",
            "С начала года таможенники изъяли 500 кг героина.",
            "Ранее у него было изъято 5 кг героина.",
        ),
        (
            "az",
            "Gömrük əməkdaşları 5 kq heroin aşkar edib.",
            "Ilin əvvəlindən 500 kq heroin aşkar edilib.",
            "Daha əvvəl ondan 5 kq heroin götürülmüşdü.",
        ),
    ],
)
def test_totals_and_earlier_finds_are_read_in_each_language(
    language: str, today: str, total: str, earlier: str
) -> None:
    now = _features(_record(today), language)
    assert now["seizure verb"] == 1.0
    assert now["total words"] == 0.0
    assert now["earlier tense"] == 0.0 and now["earlier lead"] == 0.0
    assert _features(_record(total, 500.0), language)["total words"] == 1.0
    before = _features(_record(earlier), language)
    assert before["earlier tense"] == 1.0
    assert before["earlier lead"] == 1.0


def test_where_a_record_stands_in_the_report() -> None:
    first = "Customs officers seized 5 kg of heroin at the port."
    middle = "The driver was detained and taken to the station."
    last = "In all, 40 kg of heroin were seized this year."
    body = "\n\n".join([first, middle, "The case was sent to court.", last])
    assert _features(_record(first), "en", body)["first paragraph"] == 1.0
    assert _features(_record(first), "en", body)["last paragraphs"] == 0.0
    closing = _features(_record(last, 40.0), "en", body)
    assert closing["last paragraphs"] == 1.0 and closing["first paragraph"] == 0.0
    quoted = _features(_record('He said: "we seized 5 kg of heroin in the lorry today".'), "en")
    assert quoted["quotation"] == 1.0


def test_a_figure_against_the_others_of_the_text() -> None:
    parts = [_record("2 kg of heroin", 2.0), _record("3 kg of opium", 3.0, "opium")]
    total = _record("5 kg of drugs in all", 5.0, "opium")
    records = [*parts, total]
    summed = _features(total, "en", records=records)
    assert summed["sum of others"] == 1.0 and summed["largest figure"] == 1.0
    assert summed["goods told again"] == 1.0
    part = _features(parts[0], "en", records=records)
    assert part["sum of others"] == 0.0 and part["largest figure"] == 0.0
    assert part["goods told again"] == 0.0 and part["figure told again"] == 0.0
    again = _features(parts[0], "en", records=[parts[0], _record("2 kg", 2.0, "opium")])
    assert again["figure told again"] == 1.0


def _rows() -> list[decision.Row]:
    rows: list[decision.Row] = []
    for text in range(40):
        for k in range(3):
            values = [float((text + k + i) % 3 == 0) for i in range(len(decision.FEATURE_NAMES))]
            rows.append((text, values, bool(values[0]) or k != 2))
    return rows


def test_the_fit_is_deterministic() -> None:
    first = decision.fit(_rows(), 120).to_dict()
    second = decision.fit(_rows(), 120).to_dict()
    assert first == second
    model = decision.from_dict(first)
    record = _record("Customs officers seized 5 kg of heroin at the port.")
    kept = [decision.decide([record], record.evidence, "en", model) for _ in range(3)]
    assert kept[0] == kept[1] == kept[2]


def test_a_model_of_other_features_is_refused() -> None:
    data = decision.fit(_rows(), 120).to_dict()
    assert decision.from_dict(data).feature_names == decision.FEATURE_NAMES
    reordered = dict(data, feature_names=list(reversed(data["feature_names"])))
    with pytest.raises(decision.ModelMismatchError, match="features differ"):
        decision.from_dict(reordered)
    fewer = dict(
        data, feature_names=data["feature_names"][:-1], coefficients=data["coefficients"][:-1]
    )
    with pytest.raises(decision.ModelMismatchError, match="missing"):
        decision.from_dict(fewer)
    with pytest.raises(decision.ModelMismatchError, match="v0"):
        decision.from_dict(dict(data, version="0"))


def test_the_forward_measure_never_fits_on_the_batch_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        LabelledText(
            f"{n}-en-heroin",
            f"Customs officers seized {n} kg of heroin.",
            [SeizureRecord(context="primary", substance="heroin", quantity_kg=float(n))],
        )
        for n in range(1, 31)
    ]
    batches = Batches([(1, 30, "en")], [], [("1-10", 1, 10), ("11-20", 11, 20), ("21-30", 21, 30)])
    results = [(t, [_record(t.text, float(forward.number(t.name)))]) for t in texts]
    reads = forward.read_all(results, batches)
    fitted_on: list[list[int]] = []
    fit = forward.fit_on

    def spy(train: list[forward.Read]) -> decision.Decision:
        fitted_on.append([forward.number(r.item.name) for r in train])
        return fit(train)

    monkeypatch.setattr(forward, "fit_on", spy)
    figures = forward.forward(reads, batches, ["11-20", "21-30"])
    assert [f.batch for f in figures] == ["11-20", "21-30"]
    assert fitted_on == [list(range(1, 11)), list(range(1, 21))]
    assert [f.trained_on for f in figures] == [10, 20]
