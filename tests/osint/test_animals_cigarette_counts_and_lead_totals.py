"""Fish and live birds counted in pieces or heads, a cigarette count beside a weight of the same
cigarettes, and a generic total before its parts, in each language."""

import pytest
from tests.osint.reading import goods_found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Polis əməkdaşları Lənkəranda brakonyerdən 25 ədəd kütüm balığı götürüb.", 25.0),
        ("Katerə baxış zamanı Astarada 59 ədəd balıq və tor götürülüb.", 59.0),
        ("При осмотре в Астаре у них изъяты 65 особей рыбы различных видов.", 65.0),
        (
            "Wildlife officers stopped a car near Nogales and seized 120 fish caught illegally.",
            120.0,
        ),
    ],
)
def test_fish_counted_in_pieces_are_items(text: str, count: float) -> None:
    assert goods_found(text) == [("fish", None, count, "items")]


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники полиции изъяли у браконьеров в Астаре 40 голов рыбы осетровых пород.",
        "Polis Astarada brakonyerdən 40 baş nərə balığı götürüb.",
        "Police seized 40 head of sturgeon from poachers on the Caspian coast near Astara.",
    ],
)
def test_sturgeon_counted_in_heads_are_items(text: str) -> None:
    assert goods_found(text) == [("sturgeon", None, 40.0, "items")]


def test_cattle_counted_in_heads_keep_heads() -> None:
    text = "Border police seized 12 head of cattle at the Georgian border near Balakan."
    assert goods_found(text) == [("cattle", None, 12.0, "heads")]


def test_fish_named_without_a_figure_is_a_find_when_nothing_else_is_named() -> None:
    text = (
        "Xəzərdə qanunsuz balıq ovlayan şəxslər saxlanılıb\n"
        "Lənkəran rayonunun akvatoriyasında qanunsuz balıq ovlayan şəxslər saxlanılıb.\n"
        "Onlardan qanunsuz ovlanmış balıq və ov alətləri aşkar edilərək götürülüb."
    )
    assert goods_found(text) == [("fish", None, None, None)]


def test_fishing_named_as_an_activity_is_no_find() -> None:
    text = (
        "Siyəzən rayonu akvatoriyasında qanunsuz balıq ovlayan şəxslər saxlanılıb.\n"
        "Onlardan ov alətləri və sintetik tor götürülüb."
    )
    assert goods_found(text) == []


def test_fish_beside_drugs_is_still_the_load() -> None:
    text = "В Астаре в грузовике с рыбой таможенники обнаружили 12 кг героина."
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Hacıqabul rayonunda avtomobildə bir Şahin quşu, üç göyərçin və dörd cələ aşkar "
            "olunub.",
            [1.0, 3.0],
        ),
        (
            "Пограничники на посту Астара обнаружили в автомобиле трех соколов и 20 голубей.",
            [3.0, 20.0],
        ),
        ("Customs officers at the port found 45 live birds and 3 parrots in a truck.", [45.0, 3.0]),
    ],
)
def test_live_birds_are_birds_counted_in_items(text: str, counts: list[float]) -> None:
    assert goods_found(text) == [("birds", None, c, "items") for c in counts]


def test_a_number_in_words_does_not_count_a_vehicle() -> None:
    text = "Таможенники обнаружили в кузове одного автомобиля 3 кг героина на посту Астара."
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "В грузовых отсеках автомобилей в Ярцевском районе таможенники обнаружили сигареты "
            "общей массой около 10 тонн.\nВ ходе досмотра таможенники выявили 488,9 тысячи "
            "пачек сигарет.",
            488900.0,
        ),
        (
            "Gömrükçülər Astarada yük avtomobilində ümumi çəkisi 2 ton olan siqaret aşkar "
            "ediblər.\nBaxış zamanı 40 min qutu siqaret götürülüb.",
            40000.0,
        ),
        (
            "Officers found cigarettes weighing about 10 tonnes in two trucks at the border.\n"
            "During the inspection they counted 480,000 packs of cigarettes.",
            480000.0,
        ),
    ],
)
def test_a_cigarette_weight_beside_their_count_is_the_counted_find(text: str, count: float) -> None:
    assert goods_found(text) == [("cigarettes", None, count, "packs")]


def test_cigarettes_only_weighed_keep_their_weight() -> None:
    text = "На посту Астара таможенники обнаружили в грузовике сигареты общей массой 2 тонны."
    assert goods_found(text) == [("cigarettes", 2000.0, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "В Баку изъято более 44 кг наркотиков\nПолицейские в Баку изъяли свыше 44 кг "
        "запрещенных веществ. У них изъято 1 кг героина, около 2 кг опия, 1 кг "
        "метамфетамина и другие препараты.",
        "Bakıda 44 kq-dan çox narkotik götürülüb\nPolis əməkdaşları Bakıda saxlanılan "
        "şəxslərdən 1 kq heroin, 2 kq tiryək və 1 kq metamfetamin götürüb.",
        "Police in Baku seized over 44 kg of drugs\nOfficers in Baku seized 1 kg of heroin, "
        "about 2 kg of opium, 1 kg of methamphetamine and other drugs.",
    ],
)
def test_a_generic_total_before_its_parts_is_no_find(text: str) -> None:
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [
        ("heroin", 1.0),
        ("opium", 2.0),
        ("methamphetamine", 1.0),
    ]


def test_a_generic_figure_below_its_listed_parts_stays_a_find() -> None:
    text = (
        "Bakıda polis 3 kq narkotik götürüb\n"
        "Polis əməkdaşları Bakıda başqa bir şəxsdən 10 kq heroin və 5 kq tiryək götürüb."
    )
    assert ("drugs (unspecified)", 3.0) in [(s, kg) for s, kg, *_ in goods_found(text)]


def test_a_generic_headline_rounding_the_largest_listed_part_is_no_find() -> None:
    text = (
        "Biləsuvarda sərhəd pozucusundan 12 kq narkotik götürülüb\n"
        "Biləsuvar sərhəd dəstəsinin xidməti ərazisində sərhəd pozucusu saxlanılıb. Ondan 12 "
        "kiloqram 300 qram tiryək və 2 kiloqram heroin götürülüb."
    )
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("opium", 12.3), ("heroin", 2.0)]
