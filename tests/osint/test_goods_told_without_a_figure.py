"""Goods whose amount a report tells only in words ("külli miqdarda", "большое количество",
"a large quantity of"), beside a figure of other goods, are a find of their own without a
quantity, not folded into the figure's record; a hand grenade counted by a bare figure."""

from .reading import goods_found


def test_azerbaijani_drugs_in_a_large_amount_beside_counted_plants() -> None:
    text = (
        "Qaxda narkotik plantasiyası aşkarlanıb.\n"
        "Polis əməkdaşları Qax rayonunun İlisu kəndində 214 ədəd çətənə kolu, eləcə də "
        "xeyli miqdarda narkotik vasitə aşkar ediblər."
    )
    assert goods_found(text) == [
        ("cannabis plants", None, 214.0, "plants"),
        ("drugs (unspecified)", None, None, None),
    ]


def test_azerbaijani_many_pills_beside_a_weighed_generic_drug() -> None:
    text = (
        "Masallıda narkotik aşkarlanıb.\n"
        "Masallı rayonunun Ərəb kəndində yaşayan sakinin evindən ümumi çəkisi 4 kiloqram "
        "narkotik vasitə və çox sayda psixotrop həb götürülüb."
    )
    assert goods_found(text) == [
        ("drugs (unspecified)", 4.0, None, None),
        ("drugs (unspecified)", None, None, None),
    ]


def test_russian_large_quantity_of_drugs_beside_a_weighed_drug() -> None:
    text = (
        "Сотрудники таможни в аэропорту Домодедово изъяли у пассажира 12 кг марихуаны и "
        "большое количество наркотиков."
    )
    assert goods_found(text) == [
        ("cannabis herb", 12.0, None, None),
        ("drugs (unspecified)", None, None, None),
    ]


def test_english_large_quantity_of_drugs_beside_a_weighed_drug() -> None:
    text = (
        "Police in Durban seized 12 kg of cannabis and a large quantity of drugs in pill form "
        "from the garage."
    )
    assert goods_found(text) == [
        ("cannabis herb", 12.0, None, None),
        ("drugs (unspecified)", None, None, None),
    ]


def test_generic_drugs_named_again_beside_their_figure_stay_one_find() -> None:
    text = (
        "Сотрудники таможни в аэропорту Домодедово изъяли у пассажира 12 кг марихуаны. "
        "Наркотики были спрятаны в чемодане."
    )
    assert goods_found(text) == [("cannabis herb", 12.0, None, None)]


def test_azerbaijani_hand_grenades_counted_by_a_bare_figure() -> None:
    text = (
        "Zaqatalada silah-sursat aşkarlanıb.\n"
        "Zaqatala rayonunun meşəlik ərazisində 2 odlu silah, 140 ədəd patron və 3 əl "
        "qumbarası aşkar edilib."
    )
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("ammunition", None, 140.0, "rounds"),
        ("explosives", None, 3.0, "pieces"),
    ]
