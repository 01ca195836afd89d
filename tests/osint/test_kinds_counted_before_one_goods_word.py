"""Counts of kinds of a weapon or of ammunition listed by make or calibre, with the goods word
written once after the last (or once before the first): one find per figure, each of those
goods; brands of one consumer goods stay one find, their counts added up."""

from .reading import goods_found


def test_grenades_listed_by_make_are_one_find_per_figure() -> None:
    text = (
        'Polis əməkdaşları Tovuz rayonundakı tərk edilmiş evdə 3 ədəd "RGD-5", 2 ədəd "F1" '
        "əl qumbaraları və 1 ədəd ov tüfəngi aşkar ediblər."
    )
    assert goods_found(text) == [
        ("explosives", None, 3.0, "pieces"),
        ("explosives", None, 2.0, "pieces"),
        ("firearms", None, 1.0, "pieces"),
    ]


def test_cartridges_listed_by_calibre_are_one_find_per_figure() -> None:
    text = (
        "Əməliyyat zamanı anbardan 150 ədəd 5.45 mm-lik, 20 ədəd 9 mm-lik tapança patronu "
        "götürülüb."
    )
    assert goods_found(text) == [
        ("ammunition", None, 150.0, "rounds"),
        ("ammunition", None, 20.0, "rounds"),
    ]


def test_makes_then_calibres_in_one_sentence() -> None:
    text = (
        "Sakinin həyətindən 2 ədəd “F1”, 1 ədəd “RQD-5” əl qumbarası, 60 ədəd 7.62 mm-lik, "
        "15 ədəd 5.45 mm-lik avtomat patronu götürülüb."
    )
    assert goods_found(text) == [
        ("explosives", None, 2.0, "pieces"),
        ("explosives", None, 1.0, "pieces"),
        ("ammunition", None, 60.0, "rounds"),
        ("ammunition", None, 15.0, "rounds"),
    ]


def test_brands_of_drink_listed_before_their_goods_word_are_still_added_up() -> None:
    text = 'Anbarda 120 ədəd "Xan", 40 ədəd "Qala" markalı spirtli içkilər aşkar edilib.'
    assert goods_found(text) == [("alcoholic beverages", None, 160.0, "bottles")]


def test_russian_grenades_named_by_model() -> None:
    text = "В ходе обыска в гараже изъяты 3 гранаты Ф-1, 2 гранаты РГД-5 и 120 патронов."
    assert goods_found(text) == [
        ("explosives", None, 3.0, "pieces"),
        ("explosives", None, 2.0, "pieces"),
        ("ammunition", None, 120.0, "rounds"),
    ]


def test_russian_pomegranates_are_not_grenades() -> None:
    text = "На рынке изъяли 300 кг гранатов, ввезённых из Ирана без документов."
    assert all(g[0] != "explosives" for g in goods_found(text))


def test_english_rounds_listed_by_calibre() -> None:
    text = (
        "Police said officers recovered 120 rounds of 5.56mm and 40 rounds of 7.62mm "
        "ammunition and two grenades from the house."
    )
    assert goods_found(text) == [
        ("ammunition", None, 120.0, "rounds"),
        ("ammunition", None, 40.0, "rounds"),
        ("explosives", None, 2.0, "pieces"),
    ]


def test_english_grenades_counted_with_their_model_and_bare_rounds() -> None:
    text = "Police in Basra recovered three F-1 grenades and 200 rounds from an abandoned house."
    assert goods_found(text) == [
        ("explosives", None, 3.0, "pieces"),
        ("ammunition", None, 200.0, "rounds"),
    ]


def test_english_bare_rounds_beside_rifles_are_ammunition() -> None:
    text = "Police in Basra seized two rifles with 200 rounds at a checkpoint."
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("ammunition", None, 200.0, "rounds"),
    ]
