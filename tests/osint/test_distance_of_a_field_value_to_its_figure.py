"""How far a field's value stands from the nearest figure of its span, in words: none when the
figure lies inside the value, and counted on the span itself, whatever letters before the value
change length when case is folded ("İ", "ß")."""

from __future__ import annotations

from kordon.osint.field_decision import _distance


def test_a_figure_inside_the_value_is_no_distance() -> None:
    assert _distance("2 bags of sugar", "the pills were hidden in 2 bags of sugar") == 0.0


def test_words_between_a_figure_and_the_value_are_counted() -> None:
    assert _distance("in the spare wheel", "12 kg of heroin hidden in the spare wheel") == 5 / 30


def test_letters_that_fold_longer_before_the_value_shift_nothing() -> None:
    span = "İİİİ İmişli rayonunda 5 kq heroin avtomobilin baqajında gizlədilib"
    assert _distance("avtomobilin baqajında", span) == 3 / 30
