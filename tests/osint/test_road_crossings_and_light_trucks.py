"""A road crossing ("на автомобильном пункте пропуска", "автомобильного пункта пропуска") is
named by an adjective of the road, not by a car: a find made there travelled in whatever the
report names, or in nothing it names. Azerbaijani and English name such a crossing without a
word of cars ("avtomobil buraxılış məntəqəsi" is rare; "road border crossing"); their sentences
are guards. A light truck named by its make («Газель») or as a cargo machine ("грузовых
автомашин") is a truck, as the labels give it."""

from .reading import field_found


def test_russian_road_checkpoint_names_no_car() -> None:
    text = "На автомобильном пункте пропуска «Северный» таможенники изъяли 200 военных шлемов."
    assert field_found(text, "conveyance") == [None]


def test_russian_road_checkpoint_beside_a_truck() -> None:
    text = (
        "На автомобильном пункте пропуска пограничники остановили грузовик. "
        "В кузове нашли 5000 пачек сигарет."
    )
    assert field_found(text, "conveyance") == ["truck"]


def test_russian_car_at_a_checkpoint_is_still_a_car() -> None:
    text = "В легковом автомобиле на пункте пропуска таможенники нашли 3 кг гашиша."
    assert field_found(text, "conveyance") == ["car"]


def test_azerbaijani_car_is_still_a_car() -> None:
    text = "Sərhəd buraxılış məntəqəsində minik avtomobilində 3 kiloqram heroin aşkar edilib."
    assert field_found(text, "conveyance") == ["car"]


def test_english_road_crossing_names_no_car() -> None:
    text = "Officers at the road border crossing seized 200 military helmets."
    assert field_found(text, "conveyance") == [None]


def test_russian_highway_names_no_car() -> None:
    text = "Полицейские изъяли 12 кг гашиша у мужчины, шедшего вдоль автомобильной дороги."
    assert field_found(text, "conveyance") == [None]


def test_russian_light_trucks_named_by_make_or_as_cargo_machines() -> None:
    text = "Пограничники остановили «Газель» и нашли в ней 400 кг рыбы осетровых пород."
    assert field_found(text, "conveyance") == ["truck"]
    text = "При досмотре двух грузовых автомашин обнаружены 90 кг черной икры."
    assert field_found(text, "conveyance") == ["truck"]
