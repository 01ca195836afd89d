"""Goods named for the first time (masks, crab, onions, bladed weapons, antiquities, food by
weight), counts of cartridges by calibre, reports that name no find, and a headline figure
the body corrects: each read as a class, in every language it applies to."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gömrükçülər Astara gömrük postunda yük avtomobilində 12 min tibbi maska aşkar "
            "ediblər.",
            [("medical masks", None, 12000.0, "items")],
        ),
        (
            "На посту Верхний Ларс таможенники обнаружили в грузовике 800 кг краба.",
            [("crab", 800.0, None, None)],
        ),
        (
            "Пограничники задержали грузовик, водитель пытался вывезти 20 тонн репчатого лука.",
            [("onions", 20000.0, None, None)],
        ),
        (
            "Customs officers at the Tisa post found 120 kg of cheese and 80 kg of sausage in "
            "a minibus.",
            [("dairy products", 120.0, None, None), ("meat", 80.0, None, None)],
        ),
    ],
)
def test_goods_named_for_the_first_time_are_their_class(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_food_by_weight_beside_a_generic_word_is_not_drugs() -> None:
    text = (
        "Customs officers confiscated tons of contraband.\n"
        "Officers found 645 kg of meat products (606 packages) and 276 kg of cheese in cars. "
        "In the third case, 34 kg of canned tuna were found in the luggage compartment."
    )
    assert goods_found(text) == [
        ("meat", 645.0, 606.0, "packs"),
        ("dairy products", 276.0, None, None),
        ("fish", 34.0, None, None),
    ]


def test_drugs_in_a_load_of_everyday_goods_are_still_the_find() -> None:
    text = "Gömrükçülər 20 ton soğan daşıyan yük avtomobilində 30 kq heroin aşkar ediblər."
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


@pytest.mark.parametrize(
    "text",
    [
        "Polis evdə axtarış zamanı 40 ədəd 5.45 mm-lik patron, 2 ədəd 7.62 mm-lik avtomat "
        "patronu və 2 ədəd pulemyot patronu aşkar edib.",
        "В Гяндже при обыске полицейские изъяли 40 патронов калибра 5,45 мм, 2 патрона "
        "калибра 7,62 мм и 2 пулеметных патрона.",
    ],
)
def test_cartridges_of_several_calibres_are_counted_each(text: str) -> None:
    assert goods_found(text) == [
        ("ammunition", None, 40.0, "rounds"),
        ("ammunition", None, 2.0, "rounds"),
        ("ammunition", None, 2.0, "rounds"),
    ]


def test_a_calibre_is_no_count() -> None:
    text = "Police seized 120 rounds of 7.62x39 ammunition and two 9 mm pistols."
    assert ("ammunition", None, 7.62, "rounds") not in goods_found(text)
    assert ("ammunition", None, 120.0, "rounds") in goods_found(text)


def test_the_weapon_a_magazine_belongs_to_is_no_find() -> None:
    text = (
        "Evə baxış zamanı 1 ədəd əl qumbarası, 2 ədəd “Kalaşnikov” avtomatına məxsus daraq "
        "və 30 ədəd patron aşkar edilib."
    )
    assert [s for s, *_ in goods_found(text)] == ["explosives", "ammunition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis Qum əyalətində 12 qədim gümüş və mis sikkə müsadirə edib. Onlardan 10 "
            "qədim gümüş sikkə Sasanilər dövrünə aiddir.",
            [("cultural property", None, 12.0, "items")],
        ),
        (
            "Türkiyədə polis evdən Roma dövrünə aid 4 ədəd qızıl sikkə və 20 ədəd gümüş sikkə "
            "götürüb.",
            [("cultural property", None, None, None)],
        ),
        (
            "Customs officers found 30 ancient silver coins in the captain's cabin.",
            [("cultural property", None, 30.0, "items")],
        ),
    ],
)
def test_antiquities_are_cultural_property_whatever_their_metal(
    text: str, expected: list[Goods]
) -> None:
    assert goods_found(text) == expected


def test_gold_coins_with_no_sign_of_age_stay_gold() -> None:
    text = "Gömrükçülər sərnişinin çamadanında 4 ədəd qızıl sikkə aşkar ediblər."
    assert [s for s, *_ in goods_found(text)] == ["gold"]


def test_bladed_weapons_named_beside_a_counted_find_are_a_find() -> None:
    text = (
        "Əraziyə baxış keçirilərkən 179 ədəd narkotik tərkibli bitki, eləcə də ov tüfəngi və "
        "soyuq silahlar aşkarlanıb."
    )
    assert [s for s, *_ in goods_found(text)] == ["cannabis plants", "firearms", "bladed weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "Sahil Mühafizəsi partlayıcı vasitələrdən istifadə edərək qanunsuz balıq ovu ilə "
        "məşğul olan üç nəfəri saxlayıb.",
        "Əməliyyat nəticəsində narkotiklərin dövriyyəsində şübhəli bilinən bir neçə nəfər "
        "saxlanılıb.",
    ],
)
def test_goods_named_only_as_a_means_or_a_trade_are_no_find(text: str) -> None:
    assert goods_found(text) == []


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        (
            "Украинец пытался вывезти в Россию 430 кг красной икры.\n"
            "В сумке под вещами таможенники обнаружили красную икру. Общий вес деликатеса "
            "составил почти 40 кг.",
            40.0,
        ),
        (
            "Sərnişin 300 kq qara kürü aparmağa cəhd edib.\n"
            "Avtomobildə kürü aşkar edilib. Malların çəkisi isə 30 kq olub.",
            30.0,
        ),
    ],
)
def test_the_body_figure_corrects_the_headline(text: str, kg: float) -> None:
    assert [(s, q) for s, q, *_ in goods_found(text)] == [("caviar", kg)]


def test_a_headline_that_rounds_the_body_keeps_one_record() -> None:
    text = (
        "Таможенники изъяли 40 кг красной икры.\n"
        "В автомобиле обнаружена красная икра. Общий вес составил 40,2 кг."
    )
    assert [(s, q) for s, q, *_ in goods_found(text)] == [("caviar", 40.2)]


def test_a_body_figure_naming_the_goods_is_another_find_not_a_correction() -> None:
    text = (
        "Polis Gəncədə sakindən çəkisi 10,9 kiloqram marixuana götürüb.\n"
        "Digər əməliyyatda Binə qəsəbəsində evdən çəkisi 4,8 kiloqram marixuana aşkar edilib."
    )
    assert sorted(q for _, q, *_ in goods_found(text) if q is not None) == [4.8, 10.9]


def test_a_village_told_before_the_find_is_its_place_not_the_police_district() -> None:
    text = (
        "Balakən Rayon Polis Şöbəsinin əməkdaşları tərəfindən əməliyyat keçirilib.\n"
        "Əməliyyat zamanı rayonun Qullar kənd sakini saxlanılıb.\n"
        "Onun evinin həyətinə baxış zamanı 44 ədəd çətənə bitkisi aşkar edilərək götürülüb."
    )
    assert [r.place for r in extract_text(text)] == ["Qullar kənd"]


def test_a_village_area_is_a_place() -> None:
    text = (
        "Zaqatala Rayon Polis Şöbəsinin əməkdaşları rayonun Aşağı Tala kənd inzibati "
        "ərazisində 500 ədəd çətənə bitkisi aşkar edib."
    )
    place = extract_text(text)[0].place
    assert place is not None and "Aşağı Tala" in place


@pytest.mark.parametrize(
    "text",
    [
        "Əməliyyat nəticəsində dağlıq ərazilərdə gizlədilən 2 ədəd “Kalaşnikov” avtomatı "
        "aşkar edilib.",
        "Yoxlama zamanı nəqliyyat vasitələrində gizlədilən 300 qutu dərman aşkar edilib.",
    ],
)
def test_hiding_in_an_area_or_a_vehicle_names_no_hiding_place(text: str) -> None:
    assert [r.concealment for r in extract_text(text)] == [None]


def test_hiding_inside_a_thing_is_a_hiding_place() -> None:
    text = "Gömrükçülər avtomobilin təkərlərinin içərisində gizlədilən 5 kq heroin aşkar edib."
    assert extract_text(text)[0].concealment is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border guards near the village of Ahmedli found two parcels with 3 kg of marijuana.",
            "two parcels",
        ),
        ("The riders carried 20 kg of heroin in sacks across the border.", "in sacks"),
    ],
)
def test_parcels_and_sacks_the_goods_were_carried_in_are_the_concealment(
    text: str, expected: str
) -> None:
    assert extract_text(text)[0].concealment == expected


def test_sacks_counting_goods_are_no_concealment() -> None:
    text = "Customs officers at the Kyzyl-Kiya post seized 12 sacks of potatoes from a truck."
    assert [r.concealment for r in extract_text(text)] == [None]


def test_a_count_over_kinds_the_vocabulary_does_not_know_counts_their_goods() -> None:
    text = (
        "Polis Neftçala rayonunda brakonyerdən qanunsuz ovlanmış 40-dan çox şamayı, külmə, "
        "kütüm və kefal balığı aşkar edərək götürüb."
    )
    assert goods_found(text) == [("fish", None, 40.0, "items")]


def test_a_past_conviction_is_no_earlier_find() -> None:
    text = (
        "Balakəndə polis əməliyyat keçirib.\n"
        "Çətənə kollarını əkən, əvvəllər də dəfələrlə məhkum edilmiş iki nəfər saxlanılıb.\n"
        "Əraziyə baxış keçirilərkən 179 ədəd narkotik tərkibli bitki aşkarlanıb."
    )
    assert [(r.context, r.substance) for r in extract_text(text)] == [
        ("primary", "cannabis plants")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники обнаружили в каюте капитана монеты. Экспертиза установила, что монеты "
        "изготовлены более 100 лет назад и относятся к категории культурных ценностей.",
        "На посту Внуково у пассажира изъяли золотую цепь. Цепь выполнена из золотого сплава "
        "916-й пробы, и не является готовым ювелирным изделием.",
    ],
)
def test_a_figure_before_a_clause_is_no_count_of_the_goods_after_it(text: str) -> None:
    assert all(r.quantity_count is None for r in extract_text(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Officers found 12 kg of heroin at the customs post "Tisa".', 'customs post "Tisa"'),
        (
            "Officers found 12 kg of heroin at the “Ayritom” Border Check Point.",
            "“Ayritom” Border Check Point",
        ),
    ],
)
def test_a_post_named_in_quotes_is_the_place(sentence: str, expected: str) -> None:
    assert extract_text(sentence)[0].place == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Customs officers found 40 kg of cheese carried by citizens of Ukraine.", "UA"),
        ("Таможенники Уссурийска изъяли у гражданина КНР семь мешков игрушек.", "CN"),
    ],
)
def test_citizens_named_after_the_word_are_a_nationality(text: str, code: str) -> None:
    assert extract_text(text)[0].offender_nationality == [code]


def test_goods_a_load_was_passed_off_as_are_not_what_its_figure_measures() -> None:
    text = (
        "Таможенники в аэропорту Домодедово изъяли 40 кг черной икры. Ранее дагестанские "
        "таможенники пресекли провоз более 22 тонн эпимедиумной пасты под видом меда."
    )
    assert "honey" not in [s for s, *_ in goods_found(text)]


def test_nuts_by_the_sack_are_nuts() -> None:
    # Walnuts are named as such since the labels of 465-488; other nuts stay nuts.
    text = "Таможенники Астары изъяли 20 мешков грецких орехов, ввозимых из Ирана."
    assert goods_found(text) == [("walnuts", None, 20.0, "sacks")]
    text = "Таможенники Астары изъяли 20 мешков орехов, ввозимых из Ирана."
    assert goods_found(text) == [("nuts", None, 20.0, "sacks")]


def test_a_province_named_with_its_word_is_a_place() -> None:
    text = "İranın hüquq-mühafizə orqanları Qum əyalətində 12 qədim sikkə müsadirə ediblər."
    assert extract_text(text)[0].place == "Qum əyalətində"
