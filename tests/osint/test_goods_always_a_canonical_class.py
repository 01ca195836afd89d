"""A record's goods are always a canonical English value: carcasses are meat in every
language, and goods a seizure counts that no class names are read as the taxonomy's widest
class, never as the words the text writes them in."""

from kordon.osint.lexicon import GENERAL_GOODS, KNOWN_GOODS

from .reading import goods_found


def test_azerbaijani_animal_carcasses_are_meat() -> None:
    text = (
        "Polis əməkdaşları avtomobilin yük yerində 180 kq çəkisi olan 3 baş heyvan cəmdəyi "
        "aşkar edib."
    )
    assert [g[:2] for g in goods_found(text)] == [("meat", 180.0)]


def test_russian_carcasses_are_meat() -> None:
    text = "При досмотре грузовика в кузове обнаружены 4 туши крупного рогатого скота весом 350 кг."
    assert [g[:2] for g in goods_found(text)] == [("meat", 350.0)]


def test_english_carcasses_are_meat() -> None:
    text = "Officers found 14 animal carcasses weighing 420 kg in the back of a van."
    assert [g[:2] for g in goods_found(text)] == [("meat", 420.0)]


def test_azerbaijani_counted_goods_no_class_names_are_the_widest_class() -> None:
    text = "Yük maşınının yoxlanılması zamanı 25 kisə tikinti qarışığı aşkar edilib."
    assert goods_found(text) == [(GENERAL_GOODS, None, 25.0, "sacks")]


def test_russian_counted_goods_no_class_names_are_the_widest_class() -> None:
    text = "При досмотре грузовика таможенники обнаружили 12 мешков строительной смеси."
    assert goods_found(text) == [(GENERAL_GOODS, None, 12.0, "sacks")]


def test_counted_goods_a_class_names_keep_that_class() -> None:
    text = "Yük maşınının yoxlanılması zamanı 25 kisə qarğıdalı ləpəsi aşkar edilib."
    found = goods_found(text)
    assert [g[0] for g in found] != [GENERAL_GOODS]
    assert all(g[0] in KNOWN_GOODS for g in found)
