"""A seizure's inventory given without any figure names one find per class of goods, everyday
goods among them; reporting agencies of Central Asia, Turkey, Iran and South Asia by the names
reports give them; branded bags, sewing machines and pens as consumer goods, confectionery,
gutka and cloth under their labels."""

from kordon.osint import extract_text

from .reading import goods_found


def _agency(text: str) -> set[tuple[str | None, str | None]]:
    return {(r.reporting_agency, r.country) for r in extract_text(text)}


def test_english_inventory_names_each_class_once_and_keeps_everyday_goods() -> None:
    text = (
        "Customs officials stopped a minibus near the Torkham crossing on Tuesday.\n"
        "The seized items included laptops, Samsung phones and other handsets, foreign "
        "cigarettes, cooking oil and bolts of cloth."
    )
    assert sorted(goods_found(text)) == [
        ("cigarettes", None, None, None),
        ("computers", None, None, None),
        ("fabric", None, None, None),
        ("mobile phones", None, None, None),
        ("vegetable oil", None, None, None),
    ]


def test_english_other_goods_listed_after_a_find_are_finds_of_their_own() -> None:
    text = (
        "Officers raided a warehouse in Thane and seized smuggled phones worth Rs2 crore. "
        "The consignment also included ballpoint pens, confectionary and gutka."
    )
    assert sorted(g[0] for g in goods_found(text)) == [
        "consumer goods",
        "mobile phones",
        "sweets",
        "tobacco",
    ]


def test_branded_bags_are_counted_consumer_goods() -> None:
    text = "Officers at the airport seized four Louis Vuitton handbags from a returning traveller."
    assert goods_found(text) == [("consumer goods", None, 4.0, "items")]


def test_russian_kazakh_national_security_committee() -> None:
    text = "Сотрудники КНБ в Шымкенте изъяли у водителя легкового автомобиля 20 кг гашиша."
    assert _agency(text) == {("National Security Committee of Kazakhstan", "KZ")}


def test_russian_state_committee_for_national_security_of_kyrgyzstan() -> None:
    text = "Сотрудники ГКНБ Кыргызстана изъяли в Оше у местного жителя 3 кг героина."
    assert _agency(text) == {("State Committee for National Security of Kyrgyzstan", "KG")}


def test_azerbaijani_turkish_gendarmerie() -> None:
    text = "Jandarma əməkdaşları Ərzurumda yük maşınından 12 kq heroin aşkar edib."
    assert _agency(text) == {("Turkish gendarmerie", "TR")}


def test_english_pakistan_customs_and_revolutionary_guards() -> None:
    assert _agency("Pakistan Customs seized 40 kg of hashish from a truck at Chaman.") == {
        ("Pakistan Customs", "PK")
    }
    assert _agency("The IRGC navy seized 2 tonnes of opium from a dhow near Bandar Abbas.") == {
        ("Islamic Revolutionary Guard Corps", "IR")
    }


def test_russian_indian_customs_by_name() -> None:
    text = "Таможенная служба Индии изъяла в аэропорту Ченнаи у пассажира 2 кг золота."
    assert _agency(text) == {("Indian Customs", "IN")}


def test_fuel_aboard_boats_and_ships_in_litres_and_kilograms() -> None:
    az = "Sahil mühafizəçiləri Fars körfəzində 25 min litr qaçaq neft daşıyan qayığı saxlayıb."
    assert goods_found(az) == [("fuel", None, None, None)]
    assert [r.quantity_litres for r in extract_text(az)] == [25000.0]
    ru = "Таможенники обнаружили на сухогрузе в порту Туапсе 3 400 кг незадекларированного топлива."
    assert goods_found(ru) == [("fuel", 3400.0, None, None)]


def test_fuel_tank_stays_a_hiding_place() -> None:
    text = "Пограничники нашли 5 кг героина в топливном баке грузовика."
    assert goods_found(text) == [("heroin", 5.0, None, None)]


def test_money_called_counterfeit_with_a_denomination_between() -> None:
    az = "Polis əməkdaşları Gəncədə evdən saxta 50 manatlıq əskinaslar aşkar ediblər."
    assert goods_found(az) == [("counterfeit currency", None, None, None)]
    ru = "Полицейские изъяли у жителя Алматы фальшивые купюры номиналом 5000 тенге."
    assert [g[0] for g in goods_found(ru)] == ["counterfeit currency"]


def test_cash_is_not_counterfeit() -> None:
    text = "Полицейские изъяли у жителя Алматы наличные купюры на сумму 5000 долларов."
    assert "counterfeit currency" not in [g[0] for g in goods_found(text)]


def test_bars_counted_in_words_over_a_describing_word() -> None:
    ru = "Таможенники нашли в кресле самолета три золотых слитка."
    assert goods_found(ru) == [("gold", None, 3.0, "bars")]
    az = "Gömrükçülər sərnişinin çantasında üç qızıl külçə aşkar edib."
    assert goods_found(az) == [("gold", None, 3.0, "bars")]


def test_a_total_that_adds_up_finds_told_before_is_no_find() -> None:
    en = (
        "Cocaine seized in Leeds\n"
        "Police found 6 kg of cocaine in the car of a man stopped in Leeds on Monday.\n"
        "A search of his flat found another 4 kg of cocaine.\n"
        "In total, officers seized 10 kg of cocaine.\n"
    )
    assert goods_found(en) == [("cocaine", 6.0, None, None), ("cocaine", 4.0, None, None)]
    ru = (
        "Героин изъят в Бресте\n"
        "Пограничники обнаружили в машине жителя Бреста 8 кг героина.\n"
        "При обыске в его доме изъяли еще 4 кг героина.\n"
        "Общий вес изъятого героина составил 12 кг.\n"
    )
    assert goods_found(ru) == [("heroin", 8.0, None, None), ("heroin", 4.0, None, None)]


def test_russian_sum_over_a_span_of_years_is_a_total() -> None:
    text = (
        "Полиция провинции Керман изъяла в городе Бам 600 кг опиума.\n"
        "Согласно статистическим данным, с марта 2022 года по март 2023 года полиция "
        "страны изъяла более 800 тонн наркотиков.\n"
    )
    assert goods_found(text) == [("opium", 600.0, None, None)]


def test_the_customs_act_names_no_customs_service() -> None:
    text = (
        "Gold seized at Chennai airport\n"
        "A passenger arriving from Dubai at Chennai airport was found carrying 2 kg of gold "
        "in his shoes.\n"
        "He was arrested under the Customs Act.\n"
    )
    assert _agency(text) == {(None, "IN")}
