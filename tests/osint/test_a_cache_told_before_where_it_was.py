"""A cache named without where it was ("Из тайника извлекли ...", "обнаружили тайник с
сигаретами") tells that the goods were hidden, not where: the hiding place is the one the find's
paragraph names ("в полу грузового отсека был оборудован тайник"), and when none does, the
cache itself ("тайник"), not the whole clause around it. A month before the cache is no place.
English and Azerbaijani name the place with the cache; their sentences are guards."""

from .reading import field_found


def test_russian_goods_taken_from_a_cache_take_the_place_told_before() -> None:
    text = (
        "В межпотолочном пространстве вагона таможенники обнаружили тайник. "
        "Из тайника извлекли 120 кг гашиша."
    )
    assert field_found(text, "concealment") == ["В межпотолочном пространстве вагона"]


def test_russian_cache_found_with_goods_takes_the_place_told_after() -> None:
    text = (
        "Таможенники обнаружили тайник с 4000 блоков сигарет. "
        "Тайник был оборудован под полом прицепа грузовика."
    )
    assert field_found(text, "concealment") == ["под полом прицепа грузовика"]


def test_russian_cache_named_alone_is_the_cache_not_the_clause() -> None:
    text = "Из тайника пограничники извлекли 25 кг героина."
    assert field_found(text, "concealment") == ["тайник"]


def test_russian_month_before_a_cache_is_no_place() -> None:
    text = "В январе пограничники обнаружили тайник с 27 кг героина."
    assert field_found(text, "concealment") == ["тайник"]


def test_russian_caches_named_alone_are_caches() -> None:
    text = "При вскрытии тайников таможенники обнаружили 900 блоков сигарет."
    assert field_found(text, "concealment") == ["тайники"]


def test_russian_cache_with_its_place_keeps_the_place() -> None:
    text = "Таможенники обнаружили тайники в бортах прицепа, где находились 3000 пачек сигарет."
    assert field_found(text, "concealment") == ["в бортах прицепа"]


def test_russian_goods_hidden_in_a_cache_keep_the_cache() -> None:
    text = "В тайнике под сиденьем автомобиля таможенники нашли 2 кг кокаина."
    assert field_found(text, "concealment") == ["В тайнике под сиденьем автомобиля"]


def test_english_cache_named_alone_then_placed() -> None:
    text = (
        "Officers found a cache under the floor of the trailer. "
        "From the cache they took 120 kilograms of hashish."
    )
    assert field_found(text, "concealment") == ["the floor of the trailer"]


def test_azerbaijani_cache_with_its_place_keeps_the_place() -> None:
    text = (
        "Avtomobilin döşəməsinin altında xüsusi hazırlanmış gizli yerdən "
        "12 kiloqram heroin aşkar edilib."
    )
    (found,) = field_found(text, "concealment")
    assert found is not None and "döşəməsinin altında" in found
