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
