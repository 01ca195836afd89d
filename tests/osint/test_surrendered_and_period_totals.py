"""Weapons handed in by their owners, a kind named beside its counted goods, a weapon named
without a figure, earlier operations told in a paragraph of their own, and figures that carry
on a period's total."""

from kordon.osint import extract_text

_POLICE = "Daxili İşlər Nazirliyinin məlumatına görə, Qusar Rayon Polis Şöbəsinin əməkdaşları "


def _found(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(r.substance, r.quantity_kg, r.quantity_count, r.context) for r in extract_text(text)]


def test_weapons_handed_in_of_the_owners_free_will_are_not_seized() -> None:
    found = _found(
        _POLICE + "tərəfindən Əlik kəndində keçirilən tədbir nəticəsində sakin saxlanılıb. "
        "Ondan 1 ədəd tapança aşkar olunaraq götürülüb.\n"
        "Həmçinin, profilaktik söhbətlər nəticəsində 4 ədəd ov tüfəngi könüllü olaraq polis "
        "əməkdaşlarına təhvil verilib."
    )
    assert ("firearms", None, 1.0, "primary") in found
    assert not any(count == 4.0 for _, _, count, _ in found)


def test_weapons_found_on_a_person_are_still_seized() -> None:
    found = _found(
        _POLICE + "tərəfindən Əlik kəndində keçirilən tədbir nəticəsində sakin saxlanılıb. "
        "Ondan 4 ədəd ov tüfəngi aşkar olunaraq götürülüb."
    )
    assert ("firearms", None, 4.0, "primary") in found


def test_russian_weapons_surrendered_voluntarily_are_not_seized() -> None:
    text = (
        "В Бресте изъяли героин\nПо данным МВД, у задержанного изъяли 2 кг героина.\n"
        "Кроме того, жители района добровольно сдали полиции 6 единиц огнестрельного оружия."
    )
    substances = [r.substance for r in extract_text(text)]
    assert "heroin" in substances
    assert "firearms" not in substances


def test_a_kind_named_without_a_figure_is_the_counted_goods_of_that_kind() -> None:
    found = _found(
        "Bakı. Trend:\nŞirvan Şəhər Polis Şöbəsinə tullantı sahəsindən müxtəlif növ "
        "silah-sursat tapılması barədə məlumat daxil olub.\nDaxili İşlər Nazirliyindən "
        "verilən məlumata görə, şöbə əməkdaşları tərəfindən hadisə yerinə baxış keçirilib. "
        "Aparılan tədbirlər nəticəsində həmin ərazidən 1 ədəd avtomat və 17 ədəd patron "
        "aşkarlanaraq götürülüb."
    )
    assert sorted(s for s, _, _, _ in found) == ["ammunition", "firearms"]


def test_a_kind_named_alone_is_still_a_find() -> None:
    found = _found(
        "Şirvan Şəhər Polis Şöbəsinin əməkdaşları tərəfindən tullantı sahəsindən silah-sursat "
        "aşkarlanaraq götürülüb."
    )
    assert [s for s, _, _, _ in found] == ["weapons"]


def test_a_weapon_named_without_a_figure_beside_counted_rounds_is_a_record() -> None:
    found = _found(
        _POLICE + "tərəfindən sakin saxlanılıb. Ondan “Kalaşnikov” markalı avtomat və 9 ədəd "
        "patron aşkar olunaraq götürülüb."
    )
    assert ("firearms", None, None, "primary") in found
    assert ("ammunition", None, 9.0, "primary") in found


def test_a_paragraph_opening_on_an_earlier_operation_tells_of_it_to_its_end() -> None:
    found = _found(
        _POLICE + "tərəfindən sakin saxlanılıb. Ondan 9 ədəd patron aşkar olunaraq götürülüb.\n"
        "Qeyd edək ki, polis əməkdaşlarının bir müddət əvvəl həyata keçirdikləri tədbirlərlə "
        "2 nəfər saxlanılıb. Bu şəxslərdən 2 ədəd tapança aşkar olunub."
    )
    assert ("ammunition", None, 9.0, "primary") in found
    assert ("firearms", None, 2.0, "background") in found


def test_a_figure_carrying_on_a_period_total_is_not_a_find() -> None:
    found = _found(
        _POLICE + "tərəfindən sakin saxlanılıb. Onun üzərindən 300 qram heroin aşkarlanıb.\n"
        "Qeyd edilib ki, cari ilin 1-ci rübündə polis şöbəsinin əməkdaşları 42 əməliyyat "
        "keçiriblər. Qanunsuz dövriyyədən 5 kiloqrama yaxın narkotik vasitə çıxarılıb."
    )
    assert [(s, kg) for s, kg, _, _ in found] == [("heroin", 0.3)]


def test_a_figure_after_an_unrelated_sentence_is_still_a_find() -> None:
    found = _found(
        _POLICE + "tərəfindən sakin saxlanılıb. Onun evindən 300 qram heroin aşkarlanıb.\n"
        "Həmin gün Qusar rayonunda daha bir sakin saxlanılıb. Ondan ümumilikdə 2 kiloqram "
        "marixuana aşkarlanıb."
    )
    assert ("cannabis herb", 2.0) in [(s, kg) for s, kg, _, _ in found]


def test_a_paragraph_opening_on_another_truck_is_not_an_earlier_seizure() -> None:
    text = (
        "Таможенники пресекли ввоз 1,5 млн пачек сигарет. Товар перевозили два грузовика.\n"
        "По документам в одном из них находились металлические изделия, в другом – бумага. "
        "Однако таможенники обнаружили в грузовых отсеках сигареты без акцизных марок."
    )
    assert {r.context for r in extract_text(text)} == {"primary"}
