"""A find told in a sentence that carries on the one before it ("Кроме того", "Кроме
телефонов", "Bundan başqa") was hidden where that sentence's find was; a find told in a
sentence of its own keeps its own hiding place or none."""

from .reading import field_found


def test_russian_find_carried_on_takes_the_hiding_place_before_it() -> None:
    text = (
        "В багаже пассажира таможенники обнаружили 40 телефонов.\n"
        "Кроме телефонов у него обнаружили 20 блоков сигарет."
    )
    assert field_found(text, "concealment") == ["В багаже пассажира", "В багаже пассажира"]


def test_azerbaijani_find_carried_on_takes_the_hiding_place_before_it() -> None:
    text = (
        "Sərnişinin çamadanında 40 ədəd mobil telefon aşkar edilib. Bundan başqa, ondan 20 "
        "blok siqaret götürülüb."
    )
    first, second = field_found(text, "concealment")
    assert first is not None and "çamadanında" in first
    assert second == first


def test_a_find_told_on_its_own_keeps_no_hiding_place() -> None:
    text = (
        "В багаже пассажира таможенники обнаружили 40 телефонов.\n"
        "В тот же день у его попутчика нашли 20 блоков сигарет."
    )
    assert field_found(text, "concealment") == ["В багаже пассажира", None]


def test_russian_under_personal_belongings_is_a_hiding_place() -> None:
    text = (
        "При осмотре под личными вещами в салоне машины нашли коробки, в которых лежали "
        "6 пневматических винтовок."
    )
    assert field_found(text, "concealment") == ["под личными вещами в салоне машины"]
