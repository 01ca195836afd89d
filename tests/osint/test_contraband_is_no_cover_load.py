"""Goods a report calls smuggled, contraband or prohibited ("carrying smuggled goods", "фуру с
запрещенным товаром") are the seizure itself, never the legitimate load it travelled with; the
goods the papers say were carried ("По документам ... везли партию сосисок") are."""

from .reading import field_found


def test_english_smuggled_goods_carried_are_no_cover() -> None:
    text = (
        "A passenger arrived from Dubai carrying smuggled goods worth Rs8 million. Officers "
        "found 54 kg of saffron in his bags."
    )
    assert field_found(text, "cover_cargo") == [None]


def test_russian_lorry_with_prohibited_goods_is_no_cover() -> None:
    text = (
        "Фуру с запрещенным товаром остановили в Троицком районе. Таможенники обнаружили "
        "в ней 3 тысячи пачек сигарет."
    )
    assert field_found(text, "cover_cargo") == [None]


def test_a_lorry_of_apples_and_a_declared_shipment_are_still_covers() -> None:
    ru = (
        "Фуру с яблоками остановили в Троицком районе. Таможенники обнаружили в ней 3 тысячи "
        "пачек сигарет."
    )
    (cover,) = field_found(ru, "cover_cargo")
    assert cover is not None and cover.startswith("яблоками")
    en = "Officers found 40 kg of cocaine in a shipment declared as bananas."
    assert field_found(en, "cover_cargo") == ["bananas"]


def test_russian_goods_carried_by_the_papers_are_the_cover() -> None:
    text = (
        "Таможенники обнаружили в грузовике 1 млн пачек сигарет. По документам "
        "контрабандисты везли партию сосисок."
    )
    assert field_found(text, "cover_cargo") == ["сосисок"]
