"""The field decision: a concealment that is a clause is left empty and a hiding place kept in
the three languages, its evidence leaving with it; its saved model refused when its features
differ; its forward measure never trained on the batch it reads."""

from __future__ import annotations

import pytest

from kordon.osint import field_decision, field_forward, forward
from kordon.osint.evaluate import Batches, LabelledText
from kordon.osint.records import SeizureRecord

_NAMES = field_decision.FEATURE_NAMES
# A model that trusts a short value holding a hiding place's word and doubts a long one
# without: what a careful reader weighs, not weights fitted on any text.
_WEIGHTS = tuple({"words": -6.0, "own vocabulary": 3.0}.get(name, 0.0) for name in _NAMES)
_MODEL = field_decision.FieldDecision(
    {"concealment": field_decision.FieldModel(_WEIGHTS, 0.5, 0.5)}
)


def _record(sentence: str, concealment: str) -> SeizureRecord:
    return SeizureRecord(
        context="primary", substance="heroin", quantity_kg=2.0, concealment=concealment,
        evidence=sentence, field_evidence={"concealment": concealment},
    )  # fmt: skip


CASES = [
    (
        "en",
        "Officers found 2 kg of heroin inside the spare tyre of the car.",
        "inside the spare tyre",
        "the officers grew suspicious of the way the driver answered their questions at the desk",
    ),
    (
        "ru",
        "Таможенники обнаружили 2 кг героина в багажнике автомобиля.",
        "в багажнике",
        "поскольку поведение мужчины вызвало подозрение у сотрудников таможни на посту",
    ),
    (
        "az",
        "Gömrük əməkdaşları avtomobilin yanacaq çəninin içində 2 kq heroin aşkar ediblər.",
        "yanacaq çəninin içində",
        "sərnişinin davranışı şübhə doğurduğu üçün onun əşyalarına əlavə yoxlama aparılıb",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "hiding", "clause"), CASES)
def test_a_hiding_place_is_read_as_one_and_a_clause_is_not(
    language: str, sentence: str, hiding: str, clause: str
) -> None:
    place = dict(zip(_NAMES, field_decision.features(_record(sentence, hiding), "concealment",
                                                      language), strict=True))  # fmt: skip
    said = dict(zip(_NAMES, field_decision.features(_record(sentence, clause), "concealment",
                                                     language), strict=True))  # fmt: skip
    assert place["own vocabulary"] == 1.0
    assert said["own vocabulary"] == 0.0
    assert said["words"] > place["words"]


@pytest.mark.parametrize(("language", "sentence", "hiding", "clause"), CASES)
def test_a_clause_is_left_empty_and_a_hiding_place_kept(
    language: str, sentence: str, hiding: str, clause: str
) -> None:
    kept, emptied = _record(sentence, hiding), _record(sentence, clause)
    field_decision.decide([kept, emptied], language, _MODEL)
    assert kept.concealment == hiding
    assert kept.field_evidence["concealment"] == hiding
    assert emptied.concealment is None
    assert "concealment" not in emptied.field_evidence


def test_without_a_model_nothing_is_left_empty() -> None:
    language, sentence, _, clause = CASES[0]
    record = _record(sentence, clause)
    field_decision.decide([record], language, None)
    assert record.concealment == clause


def test_a_saved_model_of_other_features_is_refused() -> None:
    data = _MODEL.to_dict()
    assert field_decision.from_dict(data).fields["concealment"].threshold == 0.5
    entry = dict(data["fields"]["concealment"])
    entry["feature_names"] = [*entry["feature_names"][:-1], "another feature"]
    with pytest.raises(field_decision.ModelMismatchError, match="features differ"):
        field_decision.from_dict({"fields": {"concealment": entry}})
    with pytest.raises(field_decision.ModelMismatchError, match="v0"):
        field_decision.from_dict({"fields": {"concealment": dict(entry, version="0")}})


def test_the_forward_measure_never_fits_on_the_batch_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def labelled(n: int) -> SeizureRecord:
        return SeizureRecord(context="primary", substance="heroin", quantity_kg=float(n),
                             concealment="in the fuel tank" if n % 2 else None)  # fmt: skip

    texts = [
        LabelledText(f"{n}-en-heroin", f"Customs officers seized {n} kg of heroin.", [labelled(n)])
        for n in range(1, 31)
    ]
    batches = Batches([(1, 30, "en")], [], [("1-10", 1, 10), ("11-20", 11, 20), ("21-30", 21, 30)])
    results = []
    for t in texts:
        found = _record(t.text, "in the fuel tank")
        found.quantity_kg = float(forward.number(t.name))
        results.append((t, [found]))
    reads = forward.read_all(results, batches)
    fitted_on: list[list[int]] = []
    fit = field_forward.fit_on

    def spy(train: list[forward.Read]) -> field_decision.FieldDecision:
        fitted_on.append([forward.number(r.item.name) for r in train])
        return fit(train)

    monkeypatch.setattr(field_forward, "fit_on", spy)
    figures = field_forward.forward(reads, batches, ["11-20", "21-30"])
    assert [f.batch for f in figures] == ["11-20", "21-30"]
    assert fitted_on == [list(range(1, 11)), list(range(1, 21))]
    assert [f.trained_on for f in figures] == [10, 20]
