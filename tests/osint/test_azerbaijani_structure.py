"""Azerbaijani read by its structure, so that reports the reader has never seen read as well:
suffixes stripped by grammar, places, agencies and verbs by pattern, not only by list."""

import pytest

from kordon.osint import extract_text
from kordon.osint.regional import gazetteer
from kordon.osint.vocabulary import vocabulary


def _substances(sentence: str) -> list[str]:
    return [name for _, _, name in vocabulary("az").substances.finditer(sentence)]


@pytest.mark.parametrize(
    ("sentence", "substance"),
    [
        ("Şəxsin üzərindən 12 ədəd psixotrop həbləri aşkar edilib.", "drugs (unspecified)"),
        ("Maşının baqajından siqaretlərin 40 bloku götürülüb.", "cigarettes"),
        ("Heroinlə dolu bağlama tapılıb.", "heroin"),
        ("Marixuananın bir hissəsi evdən götürülüb.", "cannabis herb"),
    ],
)
def test_known_goods_are_read_under_any_chain_of_noun_suffixes(
    sentence: str, substance: str
) -> None:
    assert substance in _substances(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Şəxs həbs edilib və cinayət işi başlanıb.",  # "həbs" is arrest, not "həb" pills
        "Sənədlər müəyyən şəkildə tərtib edilib.",  # "şəkildə" is not the town Şəki
        "Mağazada 20 kiloqram kolbasa satılırdı.",  # "kolbasa" is not "kol" plants
    ],
)
def test_a_word_that_only_begins_like_a_known_stem_is_not_that_word(sentence: str) -> None:
    v = vocabulary("az")
    words = sentence.rstrip(".").split()
    assert not [w for w in words if v.count.get(w) is not None]
    assert not vocabulary("az").substances.finditer(sentence)
    assert not gazetteer("az").find_places(sentence)


def test_a_town_named_under_a_suffix_chain_is_still_the_town() -> None:
    (place,) = gazetteer("az").find_places("Şəkidəki anbardan")
    assert place.country == "AZ"
    assert not gazetteer("az").find_places("müəyyən şəkildə")
