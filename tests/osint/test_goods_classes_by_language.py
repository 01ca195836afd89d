"""The classes of goods customs, border guards and police in the region seize are named in each
language's data, in the inflected and multi-word forms reports write, and read to one canonical
value."""

import pytest

from kordon.osint.lexicon import find_substances
from kordon.osint.vocabulary import vocabulary


def _named(code: str, text: str) -> list[str]:
    if code == "en":
        return [m.canonical for m in find_substances(text)]
    return [value for _, _, value in vocabulary(code).substances.finditer(text)]


# (canonical value, Azerbaijani, Russian, English), each as a report writes it in a sentence.
_CLASSES = [
    ("pyrotechnics", "pirotexniki vasitələr", "пиротехнических изделий", "fireworks"),
    ("ammunition", "döyüş patronları", "патронов", "cartridges"),
    ("currency", "nağd pul vəsaiti", "наличных денежных средств", "undeclared cash"),
    ("gold", "qızıl zinət əşyaları", "золотых изделий", "gold jewellery"),
    ("cultural property", "qədim sikkələr", "старинных монет", "antique coins"),
    ("hookah tobacco", "qəlyan tütünü", "кальянного табака", "hookah tobacco"),
    ("alcoholic beverages", "alkoqollu içkilər", "алкогольной продукции", "alcoholic drinks"),
    ("caviar", "qara kürü", "черной икры", "black caviar"),
    ("lyrica", "“Lirika” dərmanı", "лирики", "Lyrica"),
    ("pregabalin", "pregabalin", "прегабалина", "pregabalin"),
    ("tramadol", "tramadol", "трамадола", "tramadol"),
    ("captagon", "kaptaqon", "каптагона", "Captagon"),
    ("methadone", "metadon", "метадона", "methadone"),
    ("alprazolam", "ksanaks", "ксанакса", "Xanax"),
    ("mobile phones", "mobil telefonlar", "мобильных телефонов", "mobile phones"),
    ("car parts", "avtomobil ehtiyat hissələri", "автозапчастей", "car parts"),
    ("cannabis plants", "çətənə plantasiyası", "плантацию конопли", "cannabis plantation"),
    ("firearms", "“Kalaşnikov” avtomatı", "автомат Калашникова", "Kalashnikov assault rifle"),
]


@pytest.mark.parametrize(("canonical", "az", "ru", "en"), _CLASSES)
def test_each_class_of_goods_is_named_in_each_language(
    canonical: str, az: str, ru: str, en: str
) -> None:
    for code, text in (("az", az), ("ru", ru), ("en", en)):
        assert _named(code, text)[:1] == [canonical], (code, text)


@pytest.mark.parametrize(
    ("code", "text", "canonical"),
    [
        # Explosive firecrackers are explosives, other fireworks are pyrotechnics.
        ("az", "partlayıcı fişənglər", "explosives"),
        ("az", "fişənglər", "pyrotechnics"),
        # A plantation of cannabis is plants grown, dried cannabis is herb.
        ("az", "narkoplantasiya", "cannabis plants"),
        ("az", "qurudulmuş çətənə", "cannabis herb"),
        ("ru", "наркоплантация", "cannabis plants"),
        ("ru", "высушенной конопли", "cannabis herb"),
        ("en", "marijuana plantations", "cannabis plants"),
        ("en", "dried cannabis", "cannabis herb"),
    ],
)
def test_near_kinds_of_goods_stay_apart(code: str, text: str, canonical: str) -> None:
    assert _named(code, text)[-1:] == [canonical]
