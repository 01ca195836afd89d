"""Crabs counted in items, pyjamas, hoodies and tracksuits as clothing, clothing seized in a
paragraph apart from the tobacco hidden in clothing bales, and a weight written after a list of
counts: the total when a word says so ("общим весом"), else the last count's weight."""

from .reading import goods_found


def test_crabs_counted_in_items_in_three_languages() -> None:
    ru = "Пограничники обнаружили пакеты с 30 кг икры, а также 9 больших крабов."
    assert goods_found(ru) == [("caviar", 30.0, None, None), ("crab", None, 9.0, "items")]
    assert goods_found("Sərhədçilər 15 ədəd krab aşkar ediblər.") == [("crab", None, 15.0, "items")]
    en = "Border guards found 120 kg of crab meat in the truck."
    assert goods_found(en) == [("crab", 120.0, None, None)]


def test_pyjamas_hoodies_and_tracksuits_are_clothing() -> None:
    ru = "Таможенники нашли у предпринимателя 4,5 тысячи детских пижам."
    assert goods_found(ru) == [("clothing", None, 4500.0, "items")]
    en = "Customs officers seized 300 counterfeit hoodies and 40 tracksuits."
    assert goods_found(en) == [
        ("clothing", None, 300.0, "items"),
        ("clothing", None, 40.0, "items"),
    ]


def test_russian_clothing_seized_apart_from_tobacco_hidden_in_clothing() -> None:
    text = (
        "Таможенники обнаружили в фуре более трех тысяч пачек сигарет, спрятанных в тюки "
        "с одеждой.\nТакже таможенники выявили поддельные товары. Это более 600 курток и "
        "футболок."
    )
    assert goods_found(text) == [
        ("cigarettes", None, 3000.0, "packs"),
        ("clothing", None, 600.0, "items"),
    ]


def test_russian_clothing_a_load_hid_among_is_no_find() -> None:
    text = "Таможенники обнаружили в фуре 3 тысячи пачек сигарет, спрятанных среди 600 курток."
    assert goods_found(text) == [("cigarettes", None, 3000.0, "packs")]


def test_russian_weight_after_two_counts_without_a_total_word_is_the_last_counts() -> None:
    text = (
        "В автомобиле обнаружили три банки с черной икрой и 54 банки с филе осетровых рыб "
        "весом более 40 килограммов."
    )
    assert goods_found(text) == [
        ("caviar", None, 3.0, "jars"),
        ("sturgeon", 40.0, 54.0, "jars"),
    ]


def test_russian_weight_said_to_be_the_total_stays_shared() -> None:
    text = "В машине нашли три банки икры и 54 банки филе осетра общим весом 40 кг."
    assert goods_found(text) == [
        ("caviar", None, 3.0, "jars"),
        ("sturgeon", None, 54.0, "jars"),
    ]
