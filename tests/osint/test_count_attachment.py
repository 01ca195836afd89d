"""How a count reaches the goods it counts, read from the sentence's structure (a numeral, a
count word or unit, then the nearest noun phrase), for goods of any kind, in Azerbaijani,
Russian and English; and the phrases where the count belongs to something else."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint.lexicon import GENERAL_GOODS
from kordon.osint.vocabulary import vocabulary

_POLICE = "Yevlax Rayon Polis Şöbəsinin əməkdaşları Yevlax rayon sakininin evinə baxış keçirib. "
_CUSTOMS = "“Qırmızı Körpü” gömrük postunda avtomobilə baxış zamanı "
_RU = "На таможенном посту «Ялама» при досмотре автомобиля "
_EN = (
    "The State Border Service of Azerbaijan reported that during an operation on the border "
    "with Iran the border guards of the Horadiz detachment near Fuzuli "
)


def _found(text: str) -> list[Goods]:
    return sorted(goods_found(text), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A generic count word takes the goods' own unit: plants are counted in plants.
        (
            _POLICE + "Həyətdən 11 ədəd çətənə bitkisi aşkar edilib.",
            [("cannabis plants", None, 11.0, "plants")],
        ),
        # Bushes are plants, and the goods named after the unit are the plants counted.
        (
            _POLICE + "Həyətdə əkilmiş 57 kol çətənə aşkar edilib.",
            [("cannabis plants", None, 57.0, "plants")],
        ),
        # A participle clause with quoted brand names lies between the count and its goods.
        (
            _CUSTOMS + "5725 ədəd üzərlərində “Firework star 16”, “Bang 36” və “Big cracker” "
            "yazılan pirotexniki vasitələr aşkarlanıb.",
            [("pyrotechnics", None, 5725.0, "pieces")],
        ),
        # Wraps of a drug no weight is given for are a count of doses.
        (
            _POLICE + "Ondan marixuana, 5 büküm heroin, 2 büküm metamfetamin aşkar edilib.",
            [
                ("cannabis herb", None, None, None),
                ("heroin", None, 5.0, "wraps"),
                ("methamphetamine", None, 2.0, "wraps"),
            ],
        ),
        # E-cigarettes counted are pieces, not cigarettes.
        (
            _CUSTOMS + "40 ədəd elektron siqaret aşkar edilib.",
            [("e-cigarettes", None, 40.0, "pieces")],
        ),
        # Boxes of medicines are boxes; packs stay for tobacco.
        (
            _CUSTOMS + "759 qutu müxtəlif markalı dərman preparatları aşkar edilib.",
            [("medicines", None, 759.0, "boxes")],
        ),
        # A count word that closes its phrase counts the goods written before it.
        (
            _POLICE + "Həyətdən çətənə kolları (47 ədəd) aşkar edilib.",
            [("cannabis plants", None, 47.0, "plants")],
        ),
        (
            _POLICE + "Həyətində çətənə kolları aşkar edilib, onların sayı 47 ədəd olub.",
            [("cannabis plants", None, 47.0, "plants")],
        ),
        (
            _POLICE + "Ondan heroin – 5 büküm, metamfetamin – 2 büküm aşkar edilib.",
            [("heroin", None, 5.0, "wraps"), ("methamphetamine", None, 2.0, "wraps")],
        ),
        # A weight in brackets after a count is the counted goods' weight.
        (
            _POLICE + "Həyətdən 30 ədəd çətənə kolu (ümumi çəkisi 15 kq) aşkar edilib.",
            [("cannabis plants", 15.0, 30.0, "plants")],
        ),
        # A qualifier between the count and its goods.
        (
            _POLICE + "Həyətdən 450 koldan çox çətənə aşkar edilib.",
            [("cannabis plants", None, 450.0, "plants")],
        ),
        # Brands that are goods of their own are counted each.
        (
            _CUSTOMS + "200 ədəd “Lyrica” və 100 ədəd “Tramadol” həbi aşkar edilib.",
            [("lyrica", None, 200.0, "pieces"), ("tramadol", None, 100.0, "pills")],
        ),
        # A count in a list counts its own item, not the next one too.
        (
            _POLICE + "Ondan 5 büküm heroin, marixuana aşkar edilib.",
            [("cannabis herb", None, None, None), ("heroin", None, 5.0, "wraps")],
        ),
        (_RU + "обнаружено 11 кустов конопли.", [("cannabis plants", None, 11.0, "plants")]),
        (_RU + "изъяли 5 свёртков с героином.", [("heroin", None, 5.0, "wraps")]),
        (
            _RU + "обнаружено 5 единиц огнестрельного оружия.",
            [("firearms", None, 5.0, "pieces")],
        ),
        (_EN + "seized 11 cannabis bushes.", [("cannabis plants", None, 11.0, "plants")]),
        (_EN + "seized 450 marijuana plants.", [("cannabis plants", None, 450.0, "plants")]),
        (_EN + "found two pistols.", [("firearms", None, 2.0, "pieces")]),
        (
            _EN + "found one AK-47 rifle and 60 cartridges.",
            [("ammunition", None, 60.0, "rounds"), ("firearms", None, 1.0, "pieces")],
        ),
        (
            _EN + "found an AKM Kalashnikov assault rifle near the border.",
            [("firearms", None, 1.0, "pieces")],
        ),
        # Pills are counted with the drug they name, never with a drug only ever weighed.
        (
            _EN + "seized 3.5 kg of heroin and 420 methadone pills.",
            [("heroin", 3.5, None, None), ("methadone", None, 420.0, "pills")],
        ),
        (
            _EN + "seized 3.5 kg of heroin and 420 psychotropic pills.",
            [("drugs (unspecified)", None, 420.0, "pills"), ("heroin", 3.5, None, None)],
        ),
        (
            _EN + "seized 3.5 kg of heroin and 420 pills from an Iranian citizen.",
            [("drugs (unspecified)", None, 420.0, "pills"), ("heroin", 3.5, None, None)],
        ),
        (
            _POLICE + "Ondan 3,5 kq heroin və 420 ədəd həb aşkar edilib.",
            [("drugs (unspecified)", None, 420.0, "pills"), ("heroin", 3.5, None, None)],
        ),
        (
            _POLICE + "Ondan 3,5 kq heroin və 420 ədəd metadon həbi aşkar edilib.",
            [("heroin", 3.5, None, None), ("methadone", None, 420.0, "pills")],
        ),
        (
            _RU + "изъяли 3,5 кг героина и 420 психотропных таблеток.",
            [("drugs (unspecified)", None, 420.0, "tablets"), ("heroin", 3.5, None, None)],
        ),
        # "pieces of" takes the goods' own unit written after their name and strength.
        (
            _EN + "found 300 pieces of methadone 40 - psychotropic pills.",
            [("methadone", None, 300.0, "pills")],
        ),
    ],
)
def test_a_count_travels_with_the_goods_it_counts(text: str, expected: list[Goods]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The magazines belong to the rifle (dative): the rifle is not counted.
        (
            _POLICE + "Çay kənarından “Kalaşnikov” markalı avtomat, 3 ədəd həmin silaha məxsus "
            "daraq və 1089 ədəd patron aşkar edilərək götürülüb.",
            [("ammunition", None, 1089.0, "rounds"), ("firearms", None, None, None)],
        ),
        # The unit word that names goods heads the phrase: hunting cartridges, not rifles.
        (
            _POLICE + "Ondan 12 ədəd ov tüfəngi patronu aşkar edilib.",
            [("ammunition", None, 12.0, "rounds")],
        ),
        # A cartridge case is no cartridge: the possessive noun heads the compound.
        (
            _POLICE + "Hadisə yerində 6 ədəd patron, 1 ədəd patron gilizi aşkar olunub.",
            [("ammunition", None, 6.0, "rounds")],
        ),
        # Pieces of a weighed drug are its packages.
        (
            _CUSTOMS + "3 ədəd heroin bağlaması aşkar edilib.",
            [("heroin", None, None, None)],
        ),
        # Wraps of a drug the report weighs are its packing.
        (
            _RU + "извлечено 32 свёртка, упакованных в полимерные пакеты, с гашишем общим "
            "весом 10,5 кг.",
            [("cannabis resin", 10.5, None, None)],
        ),
        (
            _EN + "found more than 300 kilograms of heroin in 598 pieces wrapped in parcels.",
            [("heroin", 300.0, None, None)],
        ),
        # A calibre glued to its letters is not a count; a plural without a figure has none.
        (_EN + "found a 9mm pistol.", [("firearms", None, 1.0, "pieces")]),
        # Processing plants are no plants grown.
        (
            _EN + "dismantled two cocaine processing plants and seized 300 kg of cocaine.",
            [("cocaine", 300.0, None, None)],
        ),
        (
            _EN + "found rifles and 2 kg of heroin.",
            [("firearms", None, None, None), ("heroin", 2.0, None, None)],
        ),
        # Brands of one goods are added up into one count.
        (
            _POLICE + "Qarajda 268 ədəd “Moskovskaya”, 7 ədəd “President” və 217 ədəd “Vodka "
            "Marya” markalı spirtli içkilər aşkar edilib.",
            [("alcoholic beverages", None, 492.0, "bottles")],
        ),
        # Pipes named beside the drugs are what they were used with.
        (
            _POLICE + "Avtomobildən 1,640 qram marixuana və istifadəsi üçün nəzərdə tutulduğu "
            "ehtimal edilən 2 ədəd metal boru aşkar olunub.",
            [("cannabis herb", 0.00164, None, None)],
        ),
    ],
)
def test_a_count_of_something_else_does_not_travel(text: str, expected: list[Goods]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "word", ["qablaşdırılan", "qablaşdırılmış", "bükülmüş", "gizlədilmiş", "yetişdirdiyi",
             "yetişdirən", "gətirilən", "yazılan", "edərək"],
)  # fmt: skip
def test_azerbaijani_participles_are_known_by_their_suffixes(word: str) -> None:
    assert vocabulary("az").participle.search(word)


@pytest.mark.parametrize(
    "word", ["dərman", "gümüş", "kartof", "parça", "şəkər", "kabel", "telefon", "nişan"]
)
def test_azerbaijani_nouns_are_not_participles(word: str) -> None:
    assert not vocabulary("az").participle.search(word)


def test_a_packing_participle_is_not_read_as_unnamed_goods() -> None:
    text = (
        _CUSTOMS + "mal müşaiyət sənədlərində göstərilməyən 57 irihəcmli karton yeşiklərə "
        "qablaşdırılan 2156 qutu müxtəlif adda dərman vasitələri aşkarlanıb."
    )
    assert _found(text) == [("medicines", None, 2156.0, "boxes")]


def test_goods_no_list_names_are_still_read_after_their_unit() -> None:
    found = _found(_CUSTOMS + "40 top pərdə parçası aşkar edilib.")
    assert found == [(GENERAL_GOODS, None, 40.0, "rolls")]


def test_a_participle_ends_a_russian_goods_phrase() -> None:
    found = _found(_RU + "обнаружено 20 мешков садового инвентаря, спрятанных под брезентом.")
    assert found == [(GENERAL_GOODS, None, 20.0, "sacks")]
