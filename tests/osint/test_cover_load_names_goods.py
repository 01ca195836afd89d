"""What a verb of carrying takes is the cover load only when it names goods. "перевозивший более
...", "перевозили семь граждан России", "перевозили через Россию транзитом", "его перевозила
фура", "с грузом находятся", "прицеп с турецкой регистрацией", "документы на право въезда" and
"narkotik maddələr daşıyan" name a quantity, people, a route, the vehicle, a verb, a
registration, a right or goods of any kind: no load. "под видом заявленной минеральной воды"
names the water after the word for declared. Loads named as such stay ("перевозил картофель",
"pomidor yüklü"); English reads its cover loads by other words and is a guard."""

from .reading import field_found


def test_russian_words_that_name_no_goods_are_no_load() -> None:
    texts = [
        "Задержан грузовик, перевозивший более 300 кг гашиша в тайнике.",
        "В автобусе, который перевозил семь граждан России, нашли 4 кг икры.",
        "Гашиш, который перевозили через Россию транзитом, весил 900 кг.",
        "Сигареты в количестве 5000 пачек перевозила фура из Белоруссии.",
        "Таможенники обнаружили 20 кг икры в прицепе с турецкой регистрацией.",
    ]
    for text in texts:
        assert field_found(text, "cover_cargo") == [None], text


def test_russian_declared_goods_after_the_word_for_declared() -> None:
    text = "Под видом заявленной минеральной воды в фуре перевозили 1300 кг гашиша."
    assert field_found(text, "cover_cargo") == ["минеральной воды"]


def test_russian_named_load_stays() -> None:
    text = "В фуре с картофелем таможенники нашли 40 кг героина."
    (cover,) = field_found(text, "cover_cargo")
    assert cover is not None and "картофел" in cover


def test_azerbaijani_goods_of_any_kind_are_no_load() -> None:
    text = "Narkotik maddələr daşıyan gəmidə 4 ton kokain aşkar edilib."
    assert field_found(text, "cover_cargo") == [None]


def test_azerbaijani_named_load_stays() -> None:
    text = "Pomidor yüklü yük avtomobilində 30 kiloqram heroin aşkar edilib."
    (cover,) = field_found(text, "cover_cargo")
    assert cover is not None and "omidor" in cover


def test_english_named_load_stays() -> None:
    text = "Officers found 40 kilograms of cocaine hidden in a shipment of bananas."
    (cover,) = field_found(text, "cover_cargo")
    assert cover is not None and "bananas" in cover
