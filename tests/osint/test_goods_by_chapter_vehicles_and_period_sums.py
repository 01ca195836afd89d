"""Goods customs seize, taken chapter by chapter (weapons, metals, tools, machinery, chemicals,
phones and their accessories, vehicles), named under the labels the set gives them; lists of
goods each with its figure; counts in wraps; stolen vehicles bound abroad; totals over days,
months and operations; and services the gazetteer did not name."""

import pytest

from kordon.osint import extract_text

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Air defence weapons: neither firearms nor explosives.
        (
            "Sərhədçilər Qazax rayonunda tərk edilmiş maşında 3 ədəd portativ zenit-raket "
            "kompleksi aşkar ediblər.",
            [("MANPADS", None, 3.0, "pieces")],
        ),
        (
            "Сотрудники ФСБ в Курской области изъяли из тайника 2 переносных зенитных ракетных "
            "комплекса.",
            [("MANPADS", None, 2.0, "pieces")],
        ),
        (
            "Police in the border town seized 4 MANPADS from a warehouse.",
            [("MANPADS", None, 4.0, "pieces")],
        ),
        # Metals: non-ferrous metal and its waste are scrap metal.
        (
            "Таможенники в Оренбурге обнаружили в фуре около 8 тонн цветного металла.",
            [("scrap metal", 8000.0, None, None)],
        ),
        (
            "Customs officers at the port seized 18 tonnes of non-ferrous metal declared as "
            "building stone.",
            [("scrap metal", 18000.0, None, None)],
        ),
        (
            "Gömrükçülər Astarada yük maşınında 5 ton dəmir qırıntısı aşkar ediblər.",
            [("scrap metal", 5000.0, None, None)],
        ),
        # Tools, metal parts and machinery counted or weighed on their own.
        (
            "Таможенники в Благовещенске изъяли у пассажира 14 наборов инструментов.",
            [("tools", None, 14.0, "items")],
        ),
        (
            "Customs officers at the airport seized 9 tool kits from a passenger.",
            [("tools", None, 9.0, "items")],
        ),
        (
            "Таможенники в Новосибирске изъяли 120 килограммов металлических деталей без "
            "документов.",
            [("metal parts", 120.0, None, None)],
        ),
        (
            "Таможенники в Краснодаре изъяли 6 станков, ввезённых без декларации.",
            [("machinery", None, 6.0, "items")],
        ),
        # Machines that mine crypto-currency are computers; chargers are electronics.
        (
            "Таможенники в Иркутске обнаружили в багаже 11 устройств для майнинга.",
            [("computers", None, 11.0, "items")],
        ),
        (
            "Customs officers at the airport seized 25 crypto mining rigs from a cargo shipment.",
            [("computers", None, 25.0, "items")],
        ),
        (
            "Gömrükçülər Bakıda 300 ədəd şarj cihazı aşkar ediblər.",
            [("electronics", None, 300.0, "items")],
        ),
        # Chemicals: precursors of drugs.
        (
            "Таможенники в порту изъяли у экспедитора 350 килограммов прекурсоров.",
            [("precursors", 350.0, None, None)],
        ),
        (
            "Таможенники в порту Усть-Луга изъяли 3 тонны химических веществ без документов.",
            [("chemicals", 3000.0, None, None)],
        ),
        # Copper is weighed as the non-ferrous metal it is.
        (
            "Customs officers at the port seized 22 tonnes of copper declared as sand.",
            [("scrap metal", 22000.0, None, None)],
        ),
        (
            "Gömrükçülər Astarada 150 ədəd qəlyan aşkar ediblər.",
            [("hookahs", None, 150.0, "items")],
        ),
        (
            "Таможенники в аэропорту изъяли у пассажира 12 упаковок анаболических стероидов.",
            [("medicines", None, 12.0, "boxes")],
        ),
        (
            "Gömrükçülər Bakı hava limanında sərnişindən 9 kiloqram kəhrəba aşkar ediblər.",
            [("amber", 9.0, None, None)],
        ),
        (
            "Таможенники в Иркутске изъяли 600 килограммов посуды.",
            [("consumer goods", 600.0, None, None)],
        ),
        # Live animals: horses, counted by head.
        (
            "Пограничники в Кулябе задержали 17 лошадей, которых перегоняли через границу.",
            [("horses", None, 17.0, "heads")],
        ),
    ],
)
def test_goods_of_each_chapter_have_their_label(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers at the port seized 4 tonnes of shisha tobacco hidden in a container.",
            [("tobacco", 4000.0, None, None)],
        ),
        (
            "Таможенники в Шереметьево изъяли у пассажира 35 кг кальянного табака.",
            [("tobacco", 35.0, None, None)],
        ),
        (
            "Gömrükçülər Astarada 260 kiloqram qəlyan tütünü aşkar ediblər.",
            [("tobacco", 260.0, None, None)],
        ),
        (
            "Customs officers at the airport seized 140 smartphones from two passengers.",
            [("mobile phones", None, 140.0, "phones")],
        ),
        (
            "Таможенники в Забайкальске изъяли у пассажира 56 смартфонов.",
            [("mobile phones", None, 56.0, "phones")],
        ),
        (
            "Gömrükçülər Bakı hava limanında sərnişindən 45 ədəd smartfon aşkar ediblər.",
            [("mobile phones", None, 45.0, "phones")],
        ),
    ],
)
def test_goods_take_the_broader_label_the_set_gives_them(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_russian_phones_counted_with_no_other_word() -> None:
    text = "Таможенники в Благовещенске обнаружили в багаже 540 телефонов и 90 зарядных устройств."
    assert goods_found(text) == [
        ("mobile phones", None, 540.0, "phones"),
        ("electronics", None, 90.0, "items"),
    ]


def test_everyday_goods_in_a_list_of_goods_each_counted_are_finds() -> None:
    text = (
        "У пассажиров таможенники обнаружили 300 килограммов удобрений, 60 блоков сигарет, "
        "12 наборов инструментов и 40 килограммов металлических деталей."
    )
    found = goods_found(text)
    assert ("fertilizers", 300.0, None, None) in found
    assert ("cigarettes", None, 60.0, "blocks") in found
    assert ("tools", None, 12.0, "items") in found
    assert ("metal parts", 40.0, None, None) in found


def test_everyday_goods_a_drug_hid_in_stay_the_load() -> None:
    text = "Таможенники в порту обнаружили 40 кг кокаина в партии из 20 тонн удобрений."
    assert [g for g, *_ in goods_found(text)] == ["cocaine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları Sumqayıtda 30 yaşlı kişinin mənzilində 9 bağlama heroin və 2 "
            "bağlama metamfetamin aşkar ediblər.",
            [("heroin", None, 9.0, "wraps"), ("methamphetamine", None, 2.0, "wraps")],
        ),
        (
            "Полицейские обнаружили у жителя Гянджи 6 свёртков героина.",
            [("heroin", None, 6.0, "wraps")],
        ),
        (
            "Полицейские в Бишкеке изъяли у мужчины 18 пакетиков героина.",
            [("heroin", None, 18.0, "wraps")],
        ),
        (
            "Полицейские в Бишкеке изъяли у курьера 14 закладок мефедрона.",
            [("mephedrone", None, 14.0, "wraps")],
        ),
        (
            "Police in Dublin seized 40 sachets of heroin from a man.",
            [("heroin", None, 40.0, "packs")],
        ),
        (
            "Police in Dublin seized 12 bundles of cocaine from a man.",
            [("cocaine", None, 12.0, "wraps")],
        ),
    ],
)
def test_counts_in_wraps(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_a_package_weighed_is_no_count_of_wraps() -> None:
    text = (
        "Sərhədçilər Biləsuvarda 3 ədəd bağlama aşkar ediblər, bağlamalarda ümumi çəkisi "
        "6 kiloqram olan tiryək olub."
    )
    assert goods_found(text) == [("opium", 6.0, None, None)]


def test_stolen_cars_bound_abroad_are_one_find_per_sentence() -> None:
    text = (
        "SAVANNAH - Customs officers are finding stolen cars in containers bound for export.\n"
        "So far this year, officers have recovered 31 stolen vehicles at the port.\n"
        "On May 2, officers recovered a stolen 2021 Porsche and a 2020 Lexus from a container "
        "destined for Nigeria.\n"
        "On June 9, a 2022 Toyota Land Cruiser bound for Ghana was found in another container."
    )
    assert goods_found(text) == [
        ("motor vehicle", None, 2.0, "vehicles"),
        ("motor vehicle", None, 1.0, "vehicles"),
    ]


def test_a_car_named_by_model_year_in_a_drug_report_is_no_goods() -> None:
    text = "Officers found 12 kilograms of cocaine hidden in a 2019 Honda Civic at the border."
    assert [g for g, *_ in goods_found(text)] == ["cocaine"]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники в порту Находка выявили 3 похищенных автомобиля, которые готовили к вывозу "
        "в Японию.",
        "Gömrükçülər Astarada İrana aparılan 3 ədəd oğurlanmış nəqliyyat vasitəsi aşkar ediblər.",
    ],
)
def test_stolen_cars_counted_in_russian_and_azerbaijani(text: str) -> None:
    assert goods_found(text) == [("motor vehicle", None, 3.0, "vehicles")]


def test_a_days_total_over_regions_is_no_find_beside_the_cases_told() -> None:
    text = (
        "Сотрудниками МВД за минувшие сутки выявлено шесть фактов незаконного оборота "
        "наркотиков, изъято свыше 21 кг наркотиков.\n"
        "У 35-летнего жителя Вахдата обнаружено и изъято 5,2 кг гашиша.\n"
        "У жителя Турсунзаде обнаружено и изъято 8,9 кг героина."
    )
    assert goods_found(text) == [
        ("cannabis resin", 5.2, None, None),
        ("heroin", 8.9, None, None),
    ]


def test_months_total_before_the_cases_told_is_no_find() -> None:
    text = (
        "За 9 месяцев текущего года на границе было задержано более 2 миллионов пачек "
        "контрабандных сигарет.\n"
        "Накануне пограничники задержали мужчину, который вёз на телеге 1400 пачек сигарет."
    )
    assert goods_found(text) == [("cigarettes", None, 1400.0, "packs")]


def test_english_total_since_the_start_of_the_year_beside_a_find_of_one_day() -> None:
    text = (
        "Since the start of the year, officers at the port have seized 640 kilograms of "
        "cocaine. On Monday, officers found 35 kilograms of cocaine in a shipment of bananas "
        "from Ecuador."
    )
    assert goods_found(text) == [("cocaine", 35.0, None, None)]


def test_azerbaijani_total_between_two_dates_is_no_find() -> None:
    text = (
        "İyunun 3-dən avqustun 20-dək sərhədçilər Astara rayonunda 45 kiloqram heroin aşkar "
        "ediblər.\n"
        "Bundan başqa, avqustun 21-də Biləsuvarda 42 yaşlı sürücünün avtomobilindən 6 kiloqram "
        "tiryək götürülüb."
    )
    assert goods_found(text) == [("opium", 6.0, None, None)]


def test_day_of_a_date_is_no_count() -> None:
    text = (
        "Сотрудниками таможенного поста в ночь на 3 марта задержана партия сотовых телефонов: "
        "в кузове грузовика обнаружено 210 телефонов."
    )
    assert goods_found(text) == [("mobile phones", None, 210.0, "phones")]


def test_a_model_number_is_no_count() -> None:
    text = "В салоне автомобиля Nexia 3 таможенники нашли сотовые телефоны без документов."
    assert [n for _, _, n, _ in goods_found(text)] == [None]


def test_contraband_in_a_report_of_goods_is_their_packing_not_drugs() -> None:
    text = (
        "Customs officers seized 3 tonnes of shisha tobacco at the port. More than 400 cartons "
        "carrying the suspected contraband were found in the container."
    )
    assert goods_found(text) == [("tobacco", 3000.0, None, None)]


def test_what_a_service_does_as_a_rule_is_no_seizure() -> None:
    text = (
        "Customs officers at the airport seized $25,000 in undeclared cash from a passenger. "
        "Customs routinely inspects flights and intercepts narcotics, weapons and currency."
    )
    assert [g for g, *_ in goods_found(text)] == ["currency"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Дальневосточное таможенное управление сообщило, что в порту изъято 30 кг икры.",
            "Far Eastern Customs Administration",
        ),
        (
            "Сотрудниками МВД Таджикистана у жителя Душанбе изъято 3 кг гашиша.",
            "Tajik police",
        ),
        (
            "Gürcüstan Daxili İşlər Nazirliyi Tbilisidə 2 kiloqram heroin götürüldüyünü bildirib.",
            "Georgian Interior Ministry",
        ),
        (
            "The Indian Coast Guard seized 300 kg of heroin from a boat off Gujarat.",
            "Indian Coast Guard",
        ),
    ],
)
def test_services_the_gazetteer_lacked(text: str, agency: str) -> None:
    assert [r.reporting_agency for r in extract_text(text)] == [agency]


def test_a_city_before_a_service_names_whose_service_it_is() -> None:
    text = (
        "Ankara polis bölməsinin əməkdaşları şəhərin Çankaya rayonunda bir evdən 300 kiloqram "
        "heroin götürüblər."
    )
    (record,) = extract_text(text)
    assert (record.country, record.reporting_agency) == ("TR", "Turkish police")


def test_laptops_beside_phones_are_computers() -> None:
    text = (
        "Customs officers at the airport seized 240 mobile phones, 35 laptops and 80 chargers "
        "from two passengers."
    )
    assert goods_found(text) == [
        ("mobile phones", None, 240.0, "phones"),
        ("computers", None, 35.0, "items"),
        ("electronics", None, 80.0, "items"),
    ]


def test_a_stolen_car_is_no_conveyance_of_itself() -> None:
    text = (
        "Customs officers at the port of Baltimore seized a stolen 2021 BMW X5 set to be "
        "exported to Nigeria in a container."
    )
    (record,) = extract_text(text)
    assert (record.substance, record.quantity_count, record.conveyance) == (
        "motor vehicle",
        1.0,
        "sea_container",
    )


def test_money_told_by_its_sum_beside_other_goods_is_a_find() -> None:
    text = (
        "On March 3, officers at the airport stopped two travellers trying to smuggle 40 live "
        "parrots and $9,500 of undeclared currency from Mexico."
    )
    assert [g for g, *_ in goods_found(text)] == ["birds", "currency"]


def test_a_find_that_names_only_the_courier_and_the_flight_is_in_the_sites_country() -> None:
    text = (
        "SOURCE: https://customs.gov.cy/news/1234\n"
        "Customs officers at the departures lounge seized undeclared cash from a Senegalese "
        "national who was due to board a flight to Cairo. A search of his luggage found "
        "48,000 euros."
    )
    (record,) = extract_text(text)
    assert record.country == "CY"


def test_a_sum_of_money_seized_beside_goods_is_currency_and_a_value_is_not() -> None:
    seized = "Coast Guard seizes boat with 12,000 litres of smuggled diesel & ₹2.4 lakh in Goa."
    valued = "Officers in Goa seized 40 kilograms of methamphetamine and $90,000 worth of heroin."
    assert "currency" in [g for g, *_ in goods_found(seized)]
    assert "currency" not in [g for g, *_ in goods_found(valued)]
