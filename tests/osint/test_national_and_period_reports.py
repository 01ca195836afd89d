"""National and period reports: a weekend's, a year's or a country's figures sum many finds
and are no record; a report of one find keeps its record beside such a total."""

from kordon.osint import extract_text
from kordon.osint.tallies import Told, tally_report, tally_words


def _substances(text: str) -> list[str]:
    return [r.substance for r in extract_text(text)]


def test_azerbaijani_weekend_weapons_across_the_country_are_no_record() -> None:
    text = (
        "Həftəsonu vətəndaşlardan 21 silah götürülüb\n"
        "Daxili İşlər Nazirliyinin məlumatına görə, həftəsonu respublika üzrə qanunsuz "
        "saxlanılan 3 ədəd tapança, 9 ədəd ov tüfəngi və 140 ədəd patron götürülüb.\n"
        "Faktlarla bağlı araşdırmalar aparılır."
    )
    assert _substances(text) == []


def test_azerbaijani_year_of_a_district_is_no_record() -> None:
    text = (
        "Şamaxı Rayon Polis Şöbəsinin əməkdaşları tərəfindən qanunsuz saxlanılan silahların "
        "götürülməsi istiqamətində tədbirlər keçirilib.\n"
        "Məlumata görə, cari il ərzində keçirilən tədbirlər zamanı ümumilikdə 9 ədəd ov "
        "tüfəngi aşkarlanaraq götürülüb."
    )
    assert _substances(text) == []


def test_azerbaijani_operation_in_many_cities_is_no_record() -> None:
    text = (
        "İranın 30 şəhərində narkotacirlərə qarşı əməliyyat keçirilib.\n"
        "Əməliyyat zamanı 210 narkotacir həbs edilib, onlardan 400 kq narkotik götürülüb."
    )
    assert _substances(text) == []


def test_azerbaijani_single_find_keeps_its_record_beside_a_year_total() -> None:
    text = (
        "Salyanda 35 yaşlı kişidən 2 kiloqram heroin götürülüb\n"
        "Salyan Rayon Polis Şöbəsinin əməkdaşları tərəfindən rayon sakini saxlanılıb, onun "
        "üzərindən 2 kiloqram heroin aşkar edilib.\n"
        "Qeyd edək ki, cari il ərzində respublika üzrə 1200 kiloqram narkotik vasitə "
        "dövriyyədən çıxarılıb."
    )
    assert _substances(text) == ["heroin"]


def test_russian_weekend_figures_over_the_republic_are_no_record() -> None:
    text = (
        "За выходные по республике изъято 12 единиц оружия\n"
        "По данным МВД, за выходные по республике у граждан изъято 4 пистолета, "
        "8 охотничьих ружей и 300 патронов."
    )
    assert _substances(text) == []


def test_russian_single_seizure_keeps_its_record_beside_a_year_total() -> None:
    text = (
        "В Бресте у водителя грузовика изъяли 3 кг гашиша\n"
        "Таможенники при досмотре грузовика обнаружили в кабине 3 кг гашиша. Водитель "
        "задержан.\n"
        "Всего за текущий год по стране изъято более 900 кг наркотиков."
    )
    assert _substances(text) == ["cannabis resin"]


def test_english_nationwide_operation_is_no_record() -> None:
    text = (
        "Police seize drugs in nationwide sweep\n"
        "Police said 230 suspects were arrested in 40 cities during the operation, and "
        "officers seized 650 kg of heroin and 2 million pills of captagon nationwide."
    )
    assert _substances(text) == []


def test_english_single_seizure_keeps_its_record_beside_a_nationwide_total() -> None:
    text = (
        "Customs find cocaine in a truck at Kapikule\n"
        "Customs officers found 12 kg of cocaine hidden in the fuel tank of a truck at the "
        "Kapikule border crossing. The driver, a 40-year-old man, was arrested.\n"
        "This year customs seized more than 3 tonnes of cocaine across the country."
    )
    assert _substances(text) == ["cocaine"]


def test_a_tally_lead_with_one_vehicle_told_is_not_a_tally() -> None:
    words = tally_words("en")
    lead = Told("Over the weekend 40 kg were seized.", True, True, False, False, True)
    told = [lead, Told("The driver hid 4 kg in a car.", True, True, False, False, False)]
    assert tally_report([lead], words)
    assert not tally_report(told, words)


def test_many_arrested_makes_a_tally_only_in_the_hundreds() -> None:
    words = tally_words("az")
    assert words.arrests_many("əməliyyatla ümumilikdə 320 narkotacir həbs edilib")
    assert not words.arrests_many("ümumilikdə 13 nəfər saxlanılıb")
