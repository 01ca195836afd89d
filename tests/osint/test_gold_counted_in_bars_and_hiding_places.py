"""Gold counted in bars, biscuits or ingots with no weight is a count of bars; goods named
without a figure where a sentence tells what a find was hidden in are the hiding place, not
a find of their own."""

from .reading import goods_found


def test_english_gold_biscuits_and_bars_are_counted_in_bars() -> None:
    text = "Officers at the airport found four gold biscuits in a passenger's shoes."
    assert goods_found(text) == [("gold", None, 4.0, "bars")]
    bars = "Officers detected 6 bars of gold in a bag."
    assert goods_found(bars) == [("gold", None, 6.0, "bars")]


def test_english_gold_bars_with_a_weight_keep_both() -> None:
    text = "Officers seized 12 gold bars weighing 1.2 kg from a passenger."
    assert goods_found(text) == [("gold", 1.2, 12.0, "bars")]


def test_english_gold_jewellery_is_weighed_not_counted() -> None:
    text = "Officers seized 125 grams of gold jewellery from a passenger."
    assert goods_found(text) == [("gold", 0.125, None, None)]


def test_russian_and_azerbaijani_gold_bars_stay_counted() -> None:
    ru = "Таможенники аэропорта обнаружили у пассажира 6 слитков золота."
    assert goods_found(ru) == [("gold", None, 6.0, "bars")]
    az = "Hava limanında sərnişindən 6 ədəd qızıl külçə aşkar edilib."
    assert goods_found(az) == [("gold", None, 6.0, "bars")]


def test_goods_a_find_was_concealed_in_are_no_find() -> None:
    text = "Officers found four gold biscuits concealed in headlamps of emergency lamps."
    assert goods_found(text) == [("gold", None, 4.0, "bars")]
    ru = "Таможенники обнаружили 12 смартфонов, спрятанных в коробках из-под обуви."
    assert goods_found(ru) == [("mobile phones", None, 12.0, "phones")]


def test_goods_named_before_the_hiding_words_are_still_a_find() -> None:
    text = "Officers found 12 phones and cocaine hidden in a bag."
    assert [g[0] for g in goods_found(text)] == ["mobile phones", "cocaine"]
