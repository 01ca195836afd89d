"""Headlines restating the body, figures given by multiplication or as lists of brands, goods
named without a figure, grown cannabis, national tallies and running totals, in the languages
the reader reads, each form in both directions where it matters."""

import pytest

from kordon.osint import extract_text
from kordon.osint.amounts import find_amounts
from kordon.osint.readings import find_concealment, find_cover_cargo
from kordon.osint.vocabulary import vocabulary


def _found(text: str) -> list[tuple[str, str, float | None]]:
    """Each record's context, goods and figure (rounded to the gram), sorted."""
    found = []
    for r in extract_text(text):
        figure = r.quantity_kg or r.quantity_count or r.quantity_litres
        found.append((r.context, r.substance, None if figure is None else round(figure, 3)))
    return sorted(found)


# --- a headline's figure that restates the one find in the body -------------------------------


def test_an_english_headline_rounding_the_body_is_that_find() -> None:
    text = (
        "Border troops prevent smuggling of 7 kg of drugs from Iran\n"
        "Border troops prevented the smuggling of over 7 kilograms of marijuana from Iran.\n"
        "The total weight of the intercepted marijuana was 7 kilograms and 710 grams."
    )
    assert _found(text) == [("primary", "cannabis herb", 7.71)]


def test_an_english_headline_far_from_the_body_figure_stays_its_own() -> None:
    text = (
        "Officers seize 5 kg of heroin\n"
        "Officers at the port found 50 kilograms of heroin in a truck on Monday."
    )
    assert [q for _, _, q in _found(text)] == [5.0, 50.0]


def test_a_russian_and_an_azerbaijani_headline_restating_the_body() -> None:
    ru = (
        "Таможенники изъяли более 40 кг гашиша\n"
        "На посту «Урбаны» в грузовике обнаружено 43,5 кг гашиша."
    )
    az = (
        "Astarada 100 kq-dan çox heroin aşkarlanıb\n"
        "“Astara” gömrük postunda yük avtomobilindən 108 kq 250 qram heroin aşkar edilib."
    )
    assert _found(ru) == [("primary", "cannabis resin", 43.5)]
    assert _found(az) == [("primary", "heroin", 108.25)]


# --- per-unit weights times their counts, and lists of brands ----------------------------------


def test_azerbaijani_per_unit_weights_are_multiplied_and_added_up() -> None:
    text = (
        AZ_SALE + "hər birinin çəkisi 1 355 qram olan 3 ədəd və hər birinin çəkisi 113 qram "
        "olan 7 ədəd nərə kürüsü aşkarlanıb."
    )
    assert _found(text) == [("primary", "caviar", 4.856)]


def test_an_azerbaijani_count_before_its_per_unit_weight() -> None:
    text = AZ_SALE + "3 ədəd, hər birinin çəkisi 500 qram olan heroin aşkarlanıb."
    assert _found(text) == [("primary", "heroin", 1.5)]


def test_a_per_unit_weight_with_no_count_is_not_a_find() -> None:
    amounts = find_amounts("hər birinin çəkisi 500 qram olan bağlamalar", vocabulary("az"))
    text = AZ_SALE + "hər birinin çəkisi 500 qram olan bağlamalarda 12 kq heroin aşkarlanıb."
    assert [q.value for q in amounts] == [0.5]
    assert _found(text) == [("primary", "heroin", 12.0)]


def test_counts_of_a_list_of_brands_are_added_up() -> None:
    text = (
        AZ_SALE + 'hər biri 1 litrlik olmaqla 268 ədəd "Moskovskaya", 7 ədəd "President" və '
        '217 ədəd "Vodka Marya Morevna" markalı spirtli içkilər aşkar edilib.'
    )
    assert _found(text) == [("primary", "alcoholic beverages", 492)]


AZ_SALE = "Bakı şəhərində polis əməkdaşları tərəfindən keçirilən əməliyyat zamanı "


# --- goods named without a figure ---------------------------------------------------------------


def test_a_weapon_beside_counted_cartridges_is_a_find_in_both_languages() -> None:
    az = (
        "Qəbələ rayonunda polis əməkdaşları çay kənarından “Kalaşnikov” markalı avtomat və "
        "1089 ədəd patron aşkar edərək götürüb."
    )
    ru = "На участке Московского погранотряда изъято 297 кг героина, а также 7,62-мм автомат АК-47."
    assert _found(az) == [("primary", "ammunition", 1089), ("primary", "firearms", None)]
    assert _found(ru) == [("primary", "firearms", None), ("primary", "heroin", 297)]


def test_a_generic_figure_covers_the_drugs_listed_after_it() -> None:
    text = (
        "Lökbatan qəsəbəsində saxlanılan şəxslərdən 3 kiloqrama yaxın narkotik vasitə heroin, "
        "marixuana, tiryək və psixotrop maddə metamfetamin aşkar edilib."
    )
    assert _found(text) == [("primary", "drugs (unspecified)", 3)]


def test_a_drug_named_beside_others_with_figures_between_is_a_find() -> None:
    text = (
        "Lerik rayonunda saxlanılanlardan 12 kiloqram narkotik vasitə - 7 kiloqram heroin, "
        "5 kiloqram metamfetamin və əlavə olaraq marixuana götürülüb."
    )
    assert ("primary", "cannabis herb", None) in _found(text)


def test_drugs_seized_from_someone_else_in_a_paragraph_of_their_own() -> None:
    text = (
        "Gəncədə külli miqdarda narkotik vasitə aşkarlanıb.\n"
        "Gəncə şəhərində polis əməkdaşları V.Həsənovdan 10,9 kiloqram marixuana götürüb.\n"
        "Binə qəsəbəsində saxlanılan T.Medvedyevin şəxsi axtarışı zamanı ondan heroin aşkar "
        "edilib."
    )
    assert _found(text) == [("primary", "cannabis herb", 10.9), ("primary", "heroin", None)]
    # A headline naming the drug without a figure is not a find of its own.
    titled = "Gəncədə heroin aşkarlanıb.\n" + text.split("\n", 1)[1]
    assert _found(titled) == _found(text)


def test_a_drug_named_again_beside_its_figure_is_not_a_second_find() -> None:
    text = (
        "Gəncə şəhərində polis əməkdaşları V.Həsənovdan 10,9 kiloqram marixuana götürüb. "
        "Marixuana ekspertizaya göndərilib və aşkar edilən marixuana götürülüb."
    )
    assert _found(text) == [("primary", "cannabis herb", 10.9)]


# --- grown cannabis -----------------------------------------------------------------------------


def test_cannabis_plants_are_counted_in_plants_in_both_languages() -> None:
    az = (
        "Sabirabad rayonunun Muğan Gəncəli kəndi ərazisində 53 ədəd çətənə kolu və 8 "
        "kiloqramdan artıq marixuana aşkar olunaraq götürülüb."
    )
    ru = "В Чуйской области у жителя села изъяли 150 кустов конопли и 2 кг марихуаны."
    az_records = extract_text(az)
    assert next((r.substance, r.quantity_count, r.count_unit) for r in az_records) == (
        "cannabis plants", 53, "plants",
    )  # fmt: skip
    assert _found(ru) == [("primary", "cannabis herb", 2), ("primary", "cannabis plants", 150)]


def test_the_weight_of_cannabis_plants_goes_with_their_count() -> None:
    text = (
        "Yevlax rayonunun Qaraoğlan kəndi ərazisində ümumi çəkisi 1 ton 152 kiloqram olan 192 "
        "çətənə kolu aşkarlanaraq götürülüb."
    )
    (record,) = extract_text(text)
    assert (record.substance, round(record.quantity_kg or 0, 3), record.quantity_count) == (
        "cannabis plants", 1152, 192,
    )  # fmt: skip


# --- tallies, running totals and earlier seizures -----------------------------------------------


def test_the_polices_finds_of_a_day_naming_no_place_are_a_national_tally() -> None:
    tally = (
        "Dekabrın 17-də polis əməkdaşları narkotik vasitələrin aşkar edilməsi üçün əməliyyat "
        "keçiriblər. Əməliyyat tədbirləri nəticəsində ümumi çəkisi 11 kiloqramdan artıq "
        "narkotik vasitə, həmçinin 304 ədəd metadon həbi aşkar edilərək götürülüb."
    )
    local = tally.replace("polis əməkdaşları", "Lənkəran rayonunda polis əməkdaşları")
    assert extract_text(tally) == []
    assert _found(local) != []


def test_a_past_conviction_is_not_an_earlier_seizure() -> None:
    az = (
        "Sabirabad rayonunda əvvəllər məhkum olunmuş Fərrux İmanovdan 8 kiloqram marixuana "
        "aşkar olunaraq götürülüb."
    )
    ru = "В Бресте у ранее судимого жителя города изъяли 3 кг марихуаны."
    assert _found(az) == [("primary", "cannabis herb", 8)]
    assert _found(ru) == [("primary", "cannabis herb", 3)]
    recalled = "Xatırladaq ki, bundan əvvəl Astarada 8 kiloqram marixuana aşkar olunub."
    assert _found(recalled) == [("background", "cannabis herb", 8)]


def test_earlier_seizures_listed_under_a_running_total_are_its_parts() -> None:
    text = (
        "На КПП «Аксарайский» в поезде обнаружено около двух килограммов гашиша.\n"
        "Всего с начала года это уже пятый случай. Ранее сотрудниками КПП было изъято 11 кг "
        "героина и более 7,5 кг гашиша."
    )
    assert _found(text) == [("primary", "cannabis resin", 2)]


def test_yearly_figures_are_not_seizures_in_both_languages() -> None:
    ru = (
        "На границе в поезде изъяли 3 кг героина.\n"
        "В нынешнем году правоохранительными органами были изъяты 250 кг наркотиков."
    )
    az = (
        "“Astara” gömrük postunda 5 kq heroin aşkar edilib.\n"
        "Bu ilin əvvəlindən gömrük orqanları tərəfindən 120 kq narkotik vasitə aşkarlanıb."
    )
    assert _found(ru) == [("primary", "heroin", 3)]
    assert _found(az) == [("primary", "heroin", 5)]


def test_a_weight_written_as_an_adjective_and_a_month_ago() -> None:
    amounts = find_amounts("задержание 172-килограммовой партии кокаина", vocabulary("ru"))
    assert [q.value for q in amounts] == [172.0]
    assert find_amounts("автомат калибра 7,62-мм", vocabulary("ru")) == []
    text = (
        "В порту Калининграда в контейнере с фаршем обнаружено 490 кг кокаина.\n"
        "Месяц назад на этом же посту было проведено аналогичное задержание "
        "172-килограммовой партии кокаина."
    )
    assert _found(text) == [("background", "cocaine", 172), ("primary", "cocaine", 490)]


# --- Russian cover cargo ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cargo"),
    [
        ("Кокаин обнаружен в контейнере с бананами, прибывшем из Эквадора.", "бананами"),
        ("Водитель предоставил документы на партию промышленного оборудования.",
         "промышленного оборудования"),
        ("Героин везли по документам, грузовик перевозил только безалкогольные напитки.",
         "безалкогольные напитки"),
        ("Остановили погрузку наркотиков, замаскированных под картошку.", "картошку"),
    ],
)  # fmt: skip
def test_russian_cover_cargo_after_its_cues(sentence: str, cargo: str) -> None:
    found = find_cover_cargo(sentence, vocabulary("ru"), "cocaine")
    assert found is not None and found.value == cargo


@pytest.mark.parametrize(
    "sentence",
    ["Выявленный груз у водителя изъяли.", "Весь груз передали сотрудникам полиции."],
)
def test_russian_words_after_a_cue_that_are_no_load(sentence: str) -> None:
    assert find_cover_cargo(sentence, vocabulary("ru"), "heroin") is None


# --- English: generic figures over lists, quotes, weights told apart, recalled attempts -------


def test_an_english_generic_figure_over_a_list_of_drugs_is_one_find() -> None:
    text = (
        "Border guards in Astara found a bag with 11.9 kg of drugs - marijuana, heroin, opium "
        "and methamphetamine.\n"
        "When examining an abandoned bag, 37.9 kg of drugs were found: opium, heroin and "
        "marijuana."
    )
    assert _found(text) == [
        ("primary", "drugs (unspecified)", 11.9), ("primary", "drugs (unspecified)", 37.9),
    ]  # fmt: skip
    single = "Border guards in Astara found 11.9 kg of drugs - marijuana - in a bag."
    assert _found(single) == [("primary", "cannabis herb", 11.9)]


def test_an_english_quote_about_what_usually_happens_is_not_a_find() -> None:
    text = (
        "CBP officers at Otay Mesa seized 20 pounds of cocaine in a tractor.\n"
        '"When officers find narcotics, we generally uncover marijuana hidden in the '
        'shipment," said the port director.'
    )
    assert [s for _, s, _ in _found(text)] == ["cocaine"]


def test_an_english_weight_told_in_a_sentence_of_its_own_is_the_drugs() -> None:
    text = (
        "Smuggler Hides 12 Lbs of Heroin in Backpack\n"
        "Agents discovered the black backpack contained five bricks of heroin wrapped in "
        "plastic. The bricks weighed a total of 12.44 pounds."
    )
    assert _found(text) == [("primary", "heroin", round(12.44 * 0.45359237, 3))]


def test_a_recalled_attempt_told_before_its_figure_is_one_earlier_seizure() -> None:
    text = (
        "Border guards in Fuzuli found 10 kilograms of heroin on Monday.\n"
        "Previously, on July 14, an effort to import drugs from Iran was foiled near Boyuk "
        "Bahmanli village. Over 53 kilograms of marijuana were discovered."
    )
    assert [(c, s) for c, s, _ in _found(text)] == [
        ("background", "cannabis herb"), ("primary", "heroin"),
    ]  # fmt: skip


# --- Russian hiding places ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Кокаин спрятали в технологических полостях контейнера, доставленного судном.",
         "в технологических полостях контейнера"),
        ("В тот раз кокаин спрятали в куриных тушках.", "в куриных тушках"),
        ("Гашиш находился в топливном баке автомобиля, следовавшего из Польши.",
         "в топливном баке автомобиля"),
        ("На месте обнаружены три дорожных сумки, в которых находилось более 44 кг героина.",
         "На месте обнаружены три дорожных сумки"),
    ],
)  # fmt: skip
def test_russian_hiding_places_are_read_as_places(sentence: str, place: str) -> None:
    found = find_concealment(sentence, vocabulary("ru"))
    assert found is not None and found.value == place


def test_a_russian_sentence_without_a_place_keeps_the_clause_of_its_cue() -> None:
    found = find_concealment("Героин был тщательно упакован.", vocabulary("ru"))
    assert found is not None and "упакован" in found.value


def test_goods_brought_into_the_country_go_to_the_seizing_country() -> None:
    ru = (
        "Таможенники Балтийской таможни в порту Санкт-Петербурга обнаружили 820 кг кокаина, "
        "который пытались провезти в нашу страну в контейнерах с бананами."
    )
    az = (
        "“Qırmızı Körpü” gömrük postunda gömrükçülər ölkəyə qanunsuz gətirilən 5 kq heroin "
        "aşkar ediblər."
    )
    (ru_record,) = extract_text(ru)
    (az_record,) = extract_text(az)
    assert (ru_record.country, ru_record.destination_country) == ("RU", "RU")
    assert (az_record.country, az_record.destination_country) == ("AZ", "AZ")
    away = az.replace("ölkəyə qanunsuz gətirilən", "Gürcüstana aparılan")
    assert extract_text(away)[0].destination_country == "GE"
