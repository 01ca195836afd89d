"""Agencies the gazetteer did not name (the food safety agency, the tax service, the emergencies
ministry; a border directorate named without "ФСБ" right after it) and English places named
as a road, a region or a stretch of sea."""

import pytest

from kordon.osint import extract_text
from kordon.osint.areas import find_sea_area
from kordon.osint.fields import find_place
from kordon.osint.gazetteer import find_agencies
from kordon.osint.regional import gazetteer


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Qida Təhlükəsizliyi Agentliyinin əməkdaşları Bərdə şəhərindəki anbarda 2000 qutu "
            "siqaret aşkar ediblər.",
            "Azerbaijan Food Safety Agency",
        ),
        (
            "Dövlət Vergi Xidmətinin əməkdaşları Sumqayıt şəhərindəki anbarda aksiz markası "
            "olmayan 3000 qutu siqaret aşkar ediblər.",
            "State Tax Service of Azerbaijan",
        ),
        (
            "Fövqəladə Hallar Nazirliyinin əməkdaşları Xətai rayonunda 4 ədəd əl qumbarası "
            "aşkar ediblər.",
            "Ministry of Emergency Situations of Azerbaijan",
        ),
        (
            "Как сообщили в пресс-службе Пограничного управления по Псковской области, "
            "пограничники изъяли у жителя Пскова 30 кг икры осетровых.",
            "FSB Border Directorate",
        ),
        (
            "Сотрудники регионального пограничного управления (ЮРПУ) ФСБ России изъяли в "
            "Ростовской области 12 кг героина.",
            "FSB Border Directorate",
        ),
        (
            "Сотрудники ФСБ изъяли в Москве 40 кг кокаина. Задержан курьер.",
            "Federal Security Service",
        ),
    ],
)
def test_an_agency_is_read_by_its_name(text: str, agency: str) -> None:
    records = extract_text(text)
    assert records
    assert records[0].reporting_agency == agency


@pytest.mark.parametrize(
    ("code", "text", "country", "agency"),
    [
        ("ru", "Агентство продовольственной безопасности провело проверку", "AZ",
         "Azerbaijan Food Safety Agency"),
        ("ru", "сотрудники Ошского пограничного управления задержали", "KG",
         "Border Service of Kyrgyzstan"),
        ("ru", "Пограничного управления ФСБ России по Дагестану", "RU", "FSB Border Directorate"),
        ("ru", "сотрудники МЧС обезвредили снаряд", "AZ",
         "Ministry of Emergency Situations of Azerbaijan"),
        ("az", "AQTA-dan verilən məlumata görə", "AZ", "Azerbaijan Food Safety Agency"),
    ],
)  # fmt: skip
def test_a_gazetteer_agency_takes_its_countrys_name(
    code: str, text: str, country: str, agency: str
) -> None:
    gaz = gazetteer(code)
    found = gaz.find_agencies(text)
    assert found
    assert gaz.agency_name(found[0], country) == agency


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "in terms of food safety", "a tax inspection", "the border directorate's history":
        # words of an agency's name that name no agency.
        ("az", "Məhsullarda qida təhlükəsizliyi baxımından uyğunsuzluq aşkarlanmayıb"),
        ("az", "vergi nəzarəti tədbiri təyin edilib"),
        ("ru", "пограничный контроль усилен на всех направлениях"),
    ],
)
def test_words_of_a_name_alone_are_no_agency(code: str, text: str) -> None:
    assert gazetteer(code).find_agencies(text) == []


def test_an_english_text_names_the_azerbaijani_food_safety_agency() -> None:
    names = [a.name for a in find_agencies("The Azerbaijan Food Safety Agency said on Monday")]
    assert names == ["Azerbaijan Food Safety Agency"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("по данным ПУ ФСБ по Псковской области", "FSB Border Directorate"),
        ("сотрудники пограничного УФСБ по Курганской области", "FSB Border Directorate"),
        ("таможенники совместно с сотрудниками УФСБ", None),
    ],
)
def test_the_fsbs_border_directorate_by_its_initials(text: str, agency: str | None) -> None:
    found = gazetteer("ru").find_agencies(text)
    assert (found[0].value if found else None) == agency


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Police intercepted the truck on the Kaduna-Zaria highway on Friday.",
         "Kaduna-Zaria highway"),
        ("The gang was arrested in Kano state after a tip-off.", "Kano state"),
        ("Officers checked a car in central Fergana Region and found the bags.", "Fergana Region"),
        ("A deputy stopped a van on westbound I-80 near Story County.",
         "westbound I-80 near Story County"),
        ("The drugs were found in a car stopped on the road between Zahedan and Zabol.",
         "road between Zahedan and Zabol"),
        ("Officers at the port of entry in Nogales, Arizona, referred the truck.",
         "port of entry in Nogales"),
    ],
)  # fmt: skip
def test_an_english_region_road_or_port_of_entry_is_a_place(sentence: str, place: str) -> None:
    assert find_place(sentence) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs area staff were praised by the minister for the find.",
        "The state prosecutor said the men will appear in court.",
        "Officers said the search took most of the day.",
    ],
)
def test_words_before_a_region_word_that_name_no_place(sentence: str) -> None:
    assert find_place(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The navy stopped a dhow about 40 nautical miles east of Mombasa.",
         "about 40 nautical miles east of Mombasa"),
        ("The boat was boarded off the coast of Lamu County.", "off the coast of Lamu County"),
        ("The trawler was boarded off Pemba, Tanzania on Monday.", "off Pemba, Tanzania"),
        ("A frigate seized the cargo in the Gulf of Aden.", "Gulf of Aden"),
        ("A patrol aircraft spotted the vessel in international waters.",
         "international waters"),
    ],
)  # fmt: skip
def test_a_stretch_of_sea_is_a_place(sentence: str, place: str) -> None:
    assert find_sea_area(sentence) == place


@pytest.mark.parametrize(
    "sentence",
    ["The shipment set off Monday from the farm.", "They took off the seals of the container."],
)
def test_off_that_names_no_sea(sentence: str) -> None:
    assert find_sea_area(sentence) is None


def test_a_sea_area_is_the_place_only_when_no_nearer_place_is_named() -> None:
    alone = extract_text(
        "The navy seized 300 kg of heroin from a dhow about 40 nautical miles east of Mombasa."
    )
    assert alone[0].place == "about 40 nautical miles east of Mombasa"
    nearer = extract_text(
        "The navy seized 300 kg of heroin from a dhow in the Indian Ocean. The dhow was "
        "escorted to Mombasa Port, where the drugs were unloaded."
    )
    assert nearer[0].place == "Mombasa Port"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Officials of the Azerbaijani State Border Service said the car was stopped.", None),
        ("The boat was seen in international waters about 60 nautical miles north of Aruba.",
         "about 60 nautical miles north of Aruba"),
    ],
)  # fmt: skip
def test_the_most_precise_place_of_a_sentence(sentence: str, place: str | None) -> None:
    assert (find_place(sentence) or find_sea_area(sentence)) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Soldiers found the weapons at a warehouse in Okene, Kogi State.", "Okene"),
        ("Troopers seized the van in Barstow, San Bernardino County, at noon.", "Barstow"),
        ("Officers intercepted the bus in Ore on the Lagos-Benin expressway.", "Ore"),
        # a month or a day after "in" names no town beside the region
        ("The gang was arrested in January in Kano state after a tip-off.", "Kano state"),
    ],
)  # fmt: skip
def test_a_town_beside_its_region_or_road_is_the_place(sentence: str, place: str) -> None:
    assert find_place(sentence) == place


@pytest.mark.parametrize(
    ("text", "agency", "country"),
    [
        # a directorate of another country's service is that service's
        ("Сотрудники Пограничного управления Государственной пограничной службы Азербайджана "
         "в Астаринском районе изъяли 8 кг опия. Задержан житель Ирана.",
         "State Border Service of Azerbaijan", "AZ"),
        ("Пограничное управление по Хатлонской области ГКНБ Таджикистана задержало курьера с "
         "7 кг героина. Наркотики были спрятаны в лодке.",
         "State Committee for National Security of Tajikistan", "TJ"),
        ("Сотрудники Пограничного управления КНБ по Жамбылской области изъяли 15 кг "
         "марихуаны. Задержан водитель.", "Border Service of Kazakhstan", "KZ"),
        # a directorate of no named country is no agency
        ("Сотрудники пограничного управления нашли у пассажира 6 кг гашиша. Пассажир "
         "задержан.", None, None),
        # a bare ФСБ gives no country of its own
        ("По сведениям ФСБ, в Казахстане полицейские изъяли 9 кг героина в Шымкенте. "
         "Задержан водитель.", "Kazakh police", "KZ"),
        ("В Баку полиция изъяла 3 кг героина у жителя Гянджи. Раньше его задерживала ФСБ в "
         "Санкт-Петербурге.", "Ministry of Internal Affairs of Azerbaijan", "AZ"),
    ],
)  # fmt: skip
def test_a_directorate_or_a_bare_fsb_takes_the_reports_country(
    text: str, agency: str | None, country: str | None
) -> None:
    record = extract_text(text)[0]
    assert (record.reporting_agency, record.country) == (agency, country)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the name after "state of", not the nationality before it
        ("Soldiers burnt a cannabis farm in the western Indian state of Gujarat.", "Gujarat"),
        ("The lorry was stopped in the Canadian province of Manitoba.", "Manitoba"),
        # a word that opens the sentence is dropped, not the region with it
        ("In Kogi State, soldiers burnt a cannabis farm.", "Kogi State"),
        ("Today Oyo state officers burnt a cannabis farm.", "Oyo state"),
    ],
)  # fmt: skip
def test_a_region_named_after_its_word_or_after_an_opening_word(sentence: str, place: str) -> None:
    assert find_place(sentence) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Texas Highway Patrol troopers stopped the van.",
        "Officers searched the Departures area of the airport.",
        "Staff in the Baggage area at the airport called the officers.",
        "Mrs Jones Region director was questioned by the officers.",
        "The raid was ordered by Sheriff Bill Ward County officials.",
        "The farm lies in an Indian state far from the coast.",
    ],
)
def test_a_patrol_an_airport_hall_or_a_persons_name_is_no_region(sentence: str) -> None:
    assert find_place(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The courier had set off March from Lagos.",
        "He was dropped off Musa's shop before the raid.",
        "Officers sealed off Church Road for the search.",
    ],
)
def test_off_a_month_a_possessive_or_a_street_is_no_sea(sentence: str) -> None:
    assert find_sea_area(sentence) is None


def test_off_the_coast_at_the_start_of_a_sentence() -> None:
    assert find_sea_area("Off the coast of Kismayo, sailors boarded a dhow.") == (
        "Off the coast of Kismayo"
    )


def test_a_sea_of_another_sentence_is_no_place_when_the_finds_names_one() -> None:
    records = extract_text(
        "Coast guard officers seized 700 kg of cocaine in Jamaica. The speedboat had been "
        "followed off the coast of Venezuela for two days."
    )
    assert (records[0].place, records[0].country) == (None, "JM")


def test_a_bare_fsb_in_a_find_of_no_named_place_is_russias() -> None:
    record = extract_text(
        "Сотрудники ФСБ изъяли у курьера 7 кг гашиша. Курьер задержан и дал показания."
    )[0]
    assert (record.reporting_agency, record.country) == ("Federal Security Service", "RU")


def test_a_sea_of_another_sentence_off_the_finds_country_is_the_place() -> None:
    records = extract_text(
        "Coast guard officers seized 700 kg of cocaine and brought it to Jamaica. The "
        "speedboat had been stopped off the coast of Jamaica the night before."
    )
    assert records[0].place == "off the coast of Jamaica"


def test_a_region_is_the_place_when_the_town_beside_it_names_nothing_known() -> None:
    # "near Kitale" is no find's verb and no known town: the area is still read.
    assert find_place("Officers raided a store in the Juja area near Kitale.") == "Juja area"
