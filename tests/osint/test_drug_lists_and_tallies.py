"""Several drugs under one figure or none, counts of pills kept with their drug, weights not
given to weapons, and month tallies that are no seizures."""

from kordon.osint import extract_text


def _found(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(r.substance, r.quantity_kg, r.quantity_count) for r in extract_text(text)]


def test_several_drugs_named_without_figures_are_one_record_each() -> None:
    text = (
        "Abşeron rayonunda narkotik vasitələrin qanunsuz dövriyyəsi ilə məşğul olan 8 nəfər "
        "saxlanılıb.\nDaxili İşlər Nazirliyinin məlumatına görə, rayon polis idarəsinin "
        "əməkdaşları narkotik vasitələrin qanunsuz dövriyyəsi ilə məşğul olan 8 nəfəri "
        "saxlayıblar. Bu şəxslərdən külli miqdarda heroin və metamfetamin aşkar edilib."
    )
    found = _found(text)
    assert ("heroin", None, None) in found
    assert ("methamphetamine", None, None) in found
    assert all(s != "drugs (unspecified)" for s, *_ in found), found


def test_one_figure_for_a_drug_and_a_generic_kind_is_unspecified() -> None:
    text = (
        "Daxili İşlər Nazirliyinin məlumatına görə, Yasamal rayonunda keçirilən əməliyyat "
        "zamanı 12 kiloqram 500 qramdan çox heroin və psixotrop maddələr aşkar olunub."
    )
    assert _found(text) == [("drugs (unspecified)", 12.5, None)]


def test_one_figure_for_one_drug_stays_that_drug() -> None:
    text = (
        "Daxili İşlər Nazirliyinin məlumatına görə, Yasamal rayonunda keçirilən əməliyyat "
        "zamanı 12 kiloqram heroin aşkar olunub."
    )
    assert _found(text) == [("heroin", 12.0, None)]


def test_a_pill_count_in_a_named_product_stays_with_its_drug() -> None:
    text = (
        "Onların avtomobilindən 37 kiloqram heroin, 1 kiloqram tiryək və 5 min ədəd "
        '"Metadon M40" həbi aşkar edilərək götürülüb.'
    )
    found = _found(text)
    assert ("methadone", None, 5000.0) in found
    assert ("opium", 1.0, None) in found
    assert all(count != 40.0 for *_, count in found), found


def test_a_weight_beside_a_weapon_is_the_drugs() -> None:
    text = (
        "Dövlət Sərhəd Xidmətinin məlumatına görə, sərhəd pozucusunun yanında Kalaşnikov "
        "avtomatı, üç ədəd bağlamada çəkisi 32 kiloqram 270 qram narkotik vasitə aşkarlanıb."
    )
    found = _found(text)
    assert ("drugs (unspecified)", 32.27, None) in found
    assert all(not (s == "firearms" and kg) for s, kg, _ in found), found


def test_a_chairmans_figure_for_the_past_month_is_no_seizure() -> None:
    text = (
        "Как сказал глава ГТК, за минувший месяц таможенникам страны удалось перехватить на "
        "постах в Астаре и Билясуваре 730 килограммов наркотиков."
    )
    assert _found(text) == []


def test_a_seizure_on_one_day_is_still_read() -> None:
    text = "Таможенники поста Астара 12 мая изъяли у водителя грузовика 73 килограмма наркотиков."
    assert [kg for _, kg, _ in _found(text)] == [73.0]
