"""Goods found in a container that a ship brought travelled in that container: the conveyance
is the sea container, not the ship, wherever in the report the container is told ("доставлены
морским судном ... обнаружены в контейнере", "gəmidə ... iki konteynerdə", "hidden in
containers ... the ship"). English names containers in the plural as often as in the singular.
A container truck or lorry is a truck; a ship named with no container stays the vessel, and the
guards' own ship carried nothing."""

from .reading import field_found


def test_russian_container_told_after_the_ship() -> None:
    text = (
        "Таможенники задержали в порту 60 кг кокаина, доставленного морским судном из Эквадора. "
        "Наркотики были спрятаны в полостях контейнера с бананами."
    )
    assert field_found(text, "conveyance") == ["sea_container"]


def test_russian_ship_without_a_container_stays_the_vessel() -> None:
    text = "Пограничники обнаружили на рыболовецком судне 300 кг осетровых рыб."
    assert field_found(text, "conveyance") == ["vessel"]


def test_azerbaijani_container_told_after_the_ship() -> None:
    text = (
        "Polis limanda gəmilərin birində 900 kiloqram kokain aşkar edib. "
        "Narkotik vasitələr yoxlama zamanı iki konteynerdə tapılıb."
    )
    assert field_found(text, "conveyance") == ["sea_container"]


def test_azerbaijani_boat_without_a_container_stays_the_vessel() -> None:
    text = "Sərhədçilər qayıqda 40 kiloqram heroin aşkar ediblər."
    assert field_found(text, "conveyance") == ["vessel"]


def test_english_containers_in_the_plural() -> None:
    text = (
        "Customs officers seized 800 kilograms of cocaine hidden in pineapple containers at the "
        "port. The ship had sailed from Colombia."
    )
    assert field_found(text, "conveyance") == ["sea_container"]


def test_english_containers_told_after_the_vessel() -> None:
    text = (
        "Officers found 3 tonnes of ivory on board a cargo vessel from Mombasa. "
        "The ivory was concealed in two containers of timber."
    )
    assert field_found(text, "conveyance") == ["sea_container"]


def test_english_container_truck_is_a_truck() -> None:
    text = "Officers stopped a container truck and found 600 kilograms of hashish in its cabin."
    assert field_found(text, "conveyance") == ["truck"]


def test_english_ship_without_a_container_stays_the_vessel() -> None:
    text = "The coast guard seized 2 tonnes of cocaine from a fishing boat off the coast."
    assert field_found(text, "conveyance") == ["vessel"]


def test_plastic_containers_are_packing_not_a_shipping_container() -> None:
    text = "На лодке пограничники нашли 20 кг икры в пластиковых контейнерах."
    assert field_found(text, "conveyance") == ["vessel"]
    text = "Qayıqda plastik konteynerlərdə 20 kiloqram kürü aşkar edilib."
    assert field_found(text, "conveyance") == ["vessel"]
    text = "Officers found 20 kilograms of caviar in plastic containers on a boat."
    assert field_found(text, "conveyance") == ["vessel"]


def test_english_containers_away_from_a_port_are_packing() -> None:
    text = (
        "Officers searched a freight train and found 23 containers of hashish oil under "
        "the floor of a carriage, 81 kilograms in all."
    )
    assert field_found(text, "conveyance") == ["train"]
    text = "Inside the lorry officers found 54 kilograms of cocaine in metal lined containers."
    assert field_found(text, "conveyance") == ["truck"]
