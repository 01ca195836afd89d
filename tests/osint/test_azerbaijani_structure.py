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


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Bərdə Rayon Polis Şöbəsinin əməkdaşları tərəfindən Yeni Daşkənd kənd sakini "
            "saxlanılıb. Onun evindən 3 kiloqram 200 qram marixuana aşkar edilərək götürülüb.",
            "Ministry of Internal Affairs of Azerbaijan",
        ),
        (
            "Narkotiklərlə Mübarizə Baş İdarəsinin əməkdaşları Sumqayıtda 7 kiloqram heroin "
            "aşkar ediblər.",
            "Ministry of Internal Affairs of Azerbaijan",
        ),
        (
            "Dövlət Təhlükəsizlik Xidmətinin əməkdaşları 15 kiloqram həşiş ələ keçiriblər.",
            "State Security Service of Azerbaijan",
        ),
        (
            "Hava Nəqliyyatında Baş Gömrük İdarəsinin əməkdaşları İstanbuldan gələn sərnişinin "
            "çamadanından 2 kiloqram qızıl zinət əşyası aşkar ediblər.",
            "State Customs Committee of Azerbaijan",
        ),
        (
            "Dövlət Sərhəd Xidmətinin Sahil Mühafizəsinin gəmisi dənizdə 40 kiloqram "
            "marixuana aşkar edib.",
            "State Border Service of Azerbaijan",
        ),
    ],
)
def test_azerbaijani_agencies_and_their_units_are_named_in_english_with_their_country(
    text: str, agency: str
) -> None:
    (r,) = extract_text(text)
    assert r.reporting_agency == agency
    assert r.country == "AZ"


def test_police_officers_without_a_unit_named_are_the_countrys_police() -> None:
    (r,) = extract_text(
        "Ötən həftə Qusar rayonunda polis əməkdaşları avtomobildən 5 kiloqram heroin aşkar ediblər."
    )
    assert r.reporting_agency == "Ministry of Internal Affairs of Azerbaijan"


def test_a_foreign_agency_named_in_azerbaijani_is_not_made_azerbaijani() -> None:
    (r,) = extract_text(
        "Özbəkistan Dövlət Gömrük Komitəsinin əməkdaşları Termez postunda 120 kiloqram "
        "heroin aşkar ediblər."
    )
    assert r.country == "UZ"
    assert r.reporting_agency == "State Customs Committee of Uzbekistan"


def _place(sentence: str) -> str | None:
    from kordon.osint.readings import find_place

    found = find_place(sentence, vocabulary("az"), gazetteer("az"))
    return found.value if found else None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a village no gazetteer names, its resident's address without the word resident
        (
            "Polis Tərtər rayonunun Qapanlı kənd sakini Elçin Quliyevi saxlayıb.",
            "Tərtər rayonunun Qapanlı kənd",
        ),
        (
            "Zığ qəsəbələrində keçirilən əməliyyat zamanı 2 kiloqram heroin aşkar edilib.",
            "Zığ qəsəbələrində",
        ),
        (
            "Sərhədçilər Xəzər dənizinin şimal istiqamətində 30 kiloqram marixuana aşkar ediblər.",
            "Xəzər dənizinin şimal istiqamətində",
        ),
        ("Qazaxlar kəndində 3 kiloqram tiryək götürülüb.", "Qazaxlar kəndində"),
        # a roadstead before the sea it lies on
        ("Xəzər dənizinin Lənkəran reydində 12 kiloqram həşiş tapılıb.", "Lənkəran reydində"),
        (
            "“Sadarak” sərhəd-buraxılış məntəqəsində 4 kiloqram heroin aşkarlanıb.",
            "Sadarak” sərhəd-buraxılış məntəqəsində",
        ),
        (
            "Heydər Əliyev Beynəlxalq Aeroportunda sərnişinin çantasından 900 qram kokain tapılıb.",
            "Heydər Əliyev Beynəlxalq Aeroportunda",
        ),
    ],
)
def test_places_are_read_by_their_pattern_without_a_gazetteer(sentence: str, place: str) -> None:
    assert _place(sentence) == place


def test_the_unit_that_seized_is_not_where_it_seized() -> None:
    assert (
        _place(
            "Hava Nəqliyyatında Baş Gömrük İdarəsinin əməkdaşları 3 kiloqram qızıl aşkar ediblər."
        )
        is None
    )


def test_a_city_in_a_flights_route_is_not_the_place() -> None:
    from kordon.osint.readings import find_known_place

    assert find_known_place("Dubay-Bakı aviareysi ilə gələn sərnişin", gazetteer("az")) is None
    found = find_known_place("Sərnişin Bakıda saxlanılıb", gazetteer("az"))
    assert found is not None and found.value == "Bakıda"


@pytest.mark.parametrize(
    ("text", "substance", "kg"),
    [
        (
            "Göytəpə sərhəd dəstəsinin əməkdaşları 3 kq 250 qr haşiş ələ keçiriblər.",
            "cannabis resin",
            3.25,
        ),
        (
            "Polis əməkdaşları Bərdə rayonunda şəxsin üzərindən 12 qram metamfetamin (kristal) "
            "aşkarlanmışdır.",
            "methamphetamine",
            0.012,
        ),
        ("Sərhədçilər Biləsuvar rayonunda 7 kiloqram anaşa yaxalayıblar.", "cannabis herb", 7.0),
        ("Yardımlı rayonunda 2 kiloqram xaş-xaş qozaları müsadirə olunub.", "poppy straw", 2.0),
    ],
)
def test_goods_and_seizure_verbs_in_their_other_written_forms(
    text: str, substance: str, kg: float
) -> None:
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_kg) == (substance, kg)


def test_a_weapon_is_named_under_any_suffix_and_not_in_a_longer_word() -> None:
    assert set(_substances("Tapançadan və avtomatdan atəş açılıb.")) == {"firearms"}
    assert _substances("Avtomatlaşdırılmış idarəetmə və avtomatik qapılar") == []
    records = extract_text(
        "Qaçaqmalçının evindən Kalaşnikov avtomatı və 120 ədəd patron götürülüb."
    )
    assert sorted((r.substance, r.quantity_count or 0) for r in records) == [
        ("ammunition", 120),
        ("firearms", 0),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "DATE: 2026-11-25\n21.11.2026-cı il tarixində Astara gömrük postunda 5 kiloqram "
            "heroin aşkar edilib.",
            "2026-11-21",
        ),
        (
            "DATE: 2026-11-25\nNoyabrın 21-də Astara gömrük postunda 5 kiloqram heroin aşkar "
            "edilib.",
            "2026-11-21",
        ),
        (
            "DATE: 2026-11-25\n21 noyabr tarixində Astara gömrük postunda 5 kiloqram heroin "
            "aşkar edilib.",
            "2026-11-21",
        ),
        # a decimal weight is not a date, nor is a day after the report
        (
            "DATE: 2026-11-25\nAstara gömrük postunda 10.11.2027 tarixli qaimə ilə 1.5 kiloqram "
            "heroin aşkar edilib.",
            None,
        ),
    ],
)
def test_azerbaijani_dates_in_words_and_in_figures(text: str, day: str | None) -> None:
    (r,) = extract_text(text)
    assert r.date == day


def test_police_without_a_known_place_are_still_azerbaijans() -> None:
    (r,) = extract_text(
        "Polis əməkdaşları Bərdə rayonunun Qaradağlı kəndində 4 kiloqram marixuana aşkar ediblər."
    )
    assert (r.country, r.reporting_agency) == ("AZ", "Ministry of Internal Affairs of Azerbaijan")


def _cover(sentence: str) -> str | None:
    from kordon.osint.readings import find_cover_cargo

    found = find_cover_cargo(sentence, vocabulary("az"), "heroin")
    return found.value if found else None


@pytest.mark.parametrize(
    ("sentence", "cover"),
    [
        ("Baxış zamanı pomidor yükünün arasında gizlədilmiş heroin aşkar olunub.", "pomidor"),
        ("Kartofla yüklənmiş yük avtomobilində heroin tapılıb.", "Kartof"),
        ("Meyvə daşıyan TIR-dan heroin götürülüb.", "Meyvə"),
        ("Sərnişinin yükündə heroin tapılıb.", None),  # whose luggage, not a load
        ("Onun əl yükündə heroin tapılıb.", None),
    ],
)
def test_the_load_is_read_under_any_case_of_yuk_and_not_a_persons_luggage(
    sentence: str, cover: str | None
) -> None:
    assert _cover(sentence) == cover


def test_the_guards_own_vessel_is_not_the_conveyance() -> None:
    from kordon.osint.readings import find_conveyance

    v = vocabulary("az")
    for guards in (
        "Sərhəd gözətçi gəmisi tərəfindən dənizdə üzən bağlamadan 20 kq marixuana tapılıb.",
        "Sahil Mühafizəsinin gəmisi dənizdə üzən bağlamadan 20 kq marixuana tapıb.",
    ):
        assert find_conveyance(guards, v) is None
    smugglers = "Sərhədçilər qayıqdan 20 kq marixuana götürüblər."
    found = find_conveyance(smugglers, v)
    assert found is not None and found.value == "vessel"


def test_cannabis_counted_in_bushes_is_cannabis_grown() -> None:
    records = extract_text(
        "Sabirabad rayonunda 320 kol çətənə aşkarlandı\n"
        "Sabirabad Rayon Polis Şöbəsinin əməkdaşları Qalağayın kəndində 320 kol çətənə "
        "bitkisi aşkar edərək götürüblər. Həmçinin evdən 2 kiloqram qurudulmuş marixuana "
        "tapılıb."
    )
    found = sorted((r.substance, r.quantity_count or r.quantity_kg) for r in records)
    assert found == [("cannabis herb", 2.0), ("cannabis plants", 320.0)]
    # the second find of the same search is where the first was
    (herb,) = [r for r in records if r.substance == "cannabis herb"]
    assert herb.place == "Qalağayın kəndində"


def test_the_committee_a_post_belongs_to_is_not_part_of_its_name() -> None:
    assert (
        _place("Dövlət Gömrük Komitəsinin Şahtaxtı gömrük postunda 5 kiloqram heroin aşkar edilib.")
        == "Şahtaxtı gömrük postunda"
    )
    assert _place("Bakının Nizami rayonunda keçirilən əməliyyat zamanı heroin aşkar edilib.") == (
        "Bakının Nizami rayonunda"
    )


def test_weapons_counted_in_pieces_without_a_unit_of_their_own() -> None:
    records = extract_text(
        "Şahtaxtı gömrük postunda minik avtomobilinin baqajında 5 ədəd odlu silah və 230 ədəd "
        "patron aşkar edilib."
    )
    found = sorted((r.substance, r.quantity_count, r.count_unit) for r in records)
    assert found == [("ammunition", 230.0, "rounds"), ("firearms", 5.0, "pieces")]


def test_a_count_of_pieces_is_not_read_for_goods_that_are_weighed() -> None:
    (r,) = extract_text("Astara gömrük postunda 3 ədəd heroin bağlaması aşkar edilib.")
    assert r.quantity_count is None


def test_a_weeks_total_and_its_breakdown_are_not_seizures() -> None:
    text = (
        "DATE: 2026-03-10\n"
        "DSX: Ötən həftə 120 kiloqramdan çox narkotik ələ keçirilib\n"
        "Dövlət Sərhəd Xidmətinin məlumatına görə, martın 2-dən 9-dək sərhəd qoşunları "
        "tərəfindən İran-Azərbaycan sərhədində ümumilikdə 120 kiloqramdan çox narkotik vasitə "
        "aşkar edilib.\n"
        "Bunlardan 85 kiloqramı marixuana, 30 kiloqramı heroin, 5 kiloqramı metamfetamindir."
    )
    assert extract_text(text) == []


def test_a_single_find_with_the_same_words_is_still_a_seizure() -> None:
    (r,) = extract_text(
        "DATE: 2026-03-10\nMartın 9-da Biləsuvar sərhəd dəstəsinin əməkdaşları 30 kiloqram "
        "heroin aşkar ediblər."
    )
    assert (r.substance, r.quantity_kg) == ("heroin", 30.0)
    assert r.reporting_agency == "State Border Service of Azerbaijan"


def test_a_half_written_after_the_unit_is_added() -> None:
    records = extract_text(
        "Onun üzərindən iki kiloqram yarım heroin və yarım kiloqram tiryək aşkar edilib."
    )
    assert sorted((r.substance, r.quantity_kg) for r in records) == [
        ("heroin", 2.5),
        ("opium", 0.5),
    ]


def test_a_headline_weight_over_a_body_count_is_the_same_find() -> None:
    (r,) = extract_text(
        "Lənkəranda 620 kiloqram nərə balığı müsadirə olunub\n"
        "Sərhədçilər Lənkəran şəhərindəki anbarda qanunsuz ovlanmış 106 ədəd nərə balığı "
        "aşkar ediblər."
    )
    assert (r.quantity_kg, r.quantity_count, r.count_unit) == (620.0, 106.0, "items")


def test_a_headline_weight_of_counted_cigarettes_is_their_count() -> None:
    # Cigarettes are recorded by their count: the headline's weight measures the same find.
    (r,) = extract_text(
        "Lənkəranda 1 ton 200 kiloqram siqaret müsadirə olunub\n"
        "Gömrük əməkdaşları Lənkəran şəhərindəki anbarda qanunsuz yolla ölkəyə gətirilmiş "
        "24 min qutu siqaret aşkar ediblər."
    )
    assert (r.quantity_kg, r.quantity_count, r.count_unit) == (None, 24000.0, "packs")


def test_a_decimal_comma_does_not_cut_the_hiding_place() -> None:
    from kordon.osint.readings import find_concealment

    found = find_concealment(
        "Avtomobilin yanacaq çəninə gizlədilmiş 1,5 kq həşiş aşkar olunub.", vocabulary("az")
    )
    assert found is not None and "1,5 kq" in found.value


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("iki min ədəd psixotrop həb", 2000.0, "pills"),
        ("3 min 500 ədəd siqaret", 3500.0, "cigarettes"),
        ("200 qr-a yaxın heroin", 0.2, None),
        ("iki yüz əlli qram heroin", 0.25, None),
    ],
)
def test_azerbaijani_figures_in_words_and_in_figures(
    written: str, value: float, unit: str | None
) -> None:
    from kordon.osint.amounts import find_amounts

    (q,) = find_amounts(written, vocabulary("az"))
    assert (q.quantity.value, q.count_unit) == (value, unit)


def test_a_seizure_told_in_the_pluperfect_is_an_earlier_one() -> None:
    records = extract_text(
        "DATE: 2026-07-15\n"
        "Astara sərhəd dəstəsinin əməkdaşları iyulun 13-də 54 kiloqram marixuana aşkar ediblər.\n"
        "Yanvarın 5-də isə eyni ərazidə 20 kiloqram tiryək götürülmüşdü.\n"
        "Marixuananın İrandan gətirildiyi müəyyən edilmişdir."
    )
    contexts = {r.substance: r.context for r in records}
    assert contexts == {"cannabis herb": "primary", "opium": "background"}


def test_the_perfect_of_an_official_release_is_the_seizure_itself() -> None:
    (r,) = extract_text(
        "Astara gömrük postunda yük avtomobilindən 46 kiloqram tiryək aşkar edilmişdir."
    )
    assert r.context == "primary"


def test_undeclared_dollars_are_currency_and_a_value_is_not() -> None:
    (cash,) = extract_text(
        "Hava Nəqliyyatında Baş Gömrük İdarəsinin əməkdaşları sərnişinin əl yükündə bəyan "
        "edilməmiş 85 min ABŞ dolları aşkar ediblər."
    )
    assert (cash.substance, cash.quantity_kg, cash.quantity_count) == ("currency", None, None)
    (gold,) = extract_text(
        "Gömrük əməkdaşları sərnişinin çamadanından ümumi dəyəri 50 min ABŞ dolları olan "
        "3 kiloqram qızıl zinət əşyası aşkar ediblər."
    )
    assert (gold.substance, gold.quantity_kg) == ("gold", 3.0)


def test_medicines_counted_in_pieces_are_pills() -> None:
    (r,) = extract_text("Sərhəd pozucusunun çantasından 350 ədəd “Lyrica” dərmanı aşkar edilib.")
    assert (r.substance, r.quantity_count, r.count_unit) == ("lyrica", 350.0, "pills")


def test_a_police_find_from_one_person_is_a_seizure_without_a_place() -> None:
    (r,) = extract_text(
        "Polis əməkdaşları tərəfindən saxlanılan 32 yaşlı Elvin Əliyevin üzərindən 15 qram "
        "heroin aşkar edilib. Faktla bağlı cinayət işi başlanıb."
    )
    assert (r.substance, r.quantity_kg) == ("heroin", 0.015)


def test_a_days_police_tally_naming_no_place_and_no_person_is_not_a_seizure() -> None:
    assert (
        extract_text(
            "Dekabrın 17-də polis əməkdaşları narkotik vasitələrin aşkar edilməsi üçün əməliyyat "
            "keçiriblər. Əməliyyat tədbirləri nəticəsində ümumi çəkisi 11 kiloqramdan artıq "
            "narkotik vasitə aşkar edilərək götürülüb."
        )
        == []
    )


def _route(sentence: str) -> tuple[str | None, str | None]:
    from kordon.osint.readings import find_route

    route = find_route(sentence, vocabulary("az"), gazetteer("az"))
    return route.origin, route.destination


@pytest.mark.parametrize(
    ("sentence", "route"),
    [
        # where the smugglers ran back to is not where the goods were going
        (
            "İran İslam Respublikasından Azərbaycan Respublikası istiqamətində sərhədi pozan "
            "şəxslər İran istiqamətində geri qaçıblar.",
            ("IR", "AZ"),
        ),
        (
            "Pekin-Bakı aviareysi ilə gələn sərnişinin çamadanından xəz məmulatları götürülüb.",
            ("CN", "AZ"),
        ),
        # flown out of the country: caught where it left, not made there
        ("Bakı-Dubay reysi ilə uçmaq istəyən sərnişinin çantasından qızıl tapılıb.", (None, "AE")),
        # a pair of names that is no route
        ("Qərb-Şərq nəqliyyat dəhlizində heroin tapılıb.", (None, None)),
    ],
)
def test_the_route_of_the_goods(sentence: str, route: tuple[str | None, str | None]) -> None:
    assert _route(sentence) == route


@pytest.mark.parametrize(
    "sentence",
    ["Yevlax rayonunda", "Şəmkirdə", "Mərdəkan qəsəbəsində", "Sədərək gömrük postunda"],
)
def test_azerbaijans_districts_and_crossings_are_known(sentence: str) -> None:
    (place,) = gazetteer("az").find_places(sentence)
    assert place.country == "AZ"


def test_the_parcel_examined_is_described_where_it_was_found() -> None:
    from kordon.osint.readings import find_concealment

    v = vocabulary("az")
    assert (
        find_concealment("Bağlamaya baxış zamanı 4 kq 365 qram marixuana aşkar edilib.", v) is None
    )
    found = find_concealment("Dənizdə su səthində 1 ədəd şübhəli bağlama aşkar edilib.", v)
    assert found is not None and "şübhəli bağlama" in found.value
    (r,) = extract_text(
        "Sərhədçilər dənizdə su səthində 1 ədəd şübhəli bağlama aşkar ediblər. Bağlamaya baxış "
        "zamanı 4 kq 365 qram marixuana aşkar edilib."
    )
    assert r.concealment is not None and "şübhəli bağlama" in r.concealment


def test_goods_wrapped_in_something_are_hidden_in_it() -> None:
    (r,) = extract_text("Otlaq sahəsində köynəyə bükülmüş halda 4 kq 680 qram heroin aşkarlanıb.")
    assert r.concealment is not None and "köynəyə bükülmüş" in r.concealment


@pytest.mark.parametrize(
    ("written", "qualifier"),
    [
        ("12 kiloqramadək heroin", "approx"),
        ("ən azı 5 kiloqram heroin", "more_than"),
        ("12 kiloqram heroin", "exact"),
    ],
)
def test_azerbaijani_bounds_written_as_a_case_ending_or_before_the_figure(
    written: str, qualifier: str
) -> None:
    from kordon.osint.amounts import find_amounts

    (q,) = find_amounts(written, vocabulary("az"))
    assert q.qualifier.value == qualifier


def test_pills_beside_a_weighed_drug_are_not_that_drug() -> None:
    records = extract_text(
        "“Astara” gömrük postunda yük avtomobilində 12 kiloqram tiryək aşkar edilib.\n"
        "“Biləsuvar” gömrük postunda isə sərnişinin çantasından 2500 ədəd psixotrop həb "
        "götürülüb."
    )
    found = sorted((r.substance, r.quantity_kg or r.quantity_count) for r in records)
    assert found == [("drugs (unspecified)", 2500.0), ("opium", 12.0)]


def test_a_trade_or_a_purpose_named_is_no_find() -> None:
    assert (
        extract_text(
            "Polis narkotik tərkibli bitkilərin aşkar edilməsi istiqamətində əməliyyat keçirib. "
            "Heroinin qanunsuz dövriyyəsi ilə məşğul olan iki nəfər yaxalanıb."
        )
        == []
    )
    (found,) = extract_text("Sərnişin heroinlə birlikdə yaxalanıb və heroin götürülüb.")
    assert found.substance == "heroin"


def test_a_plant_containing_drugs_is_cannabis() -> None:
    records = extract_text(
        "Həyətdə 40 kol narkotik tərkibli bitki və 2 kiloqram qurudulmuş narkotik tərkibli "
        "bitki aşkar edilib."
    )
    found = sorted((r.substance, r.quantity_count or r.quantity_kg) for r in records)
    assert found == [("cannabis herb", 2.0), ("cannabis plants", 40.0)]
