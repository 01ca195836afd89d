"""Countries named in Russian and Azerbaijani beyond the region's neighbours and the usual
routes: "прибывшем из Японии", "из Коста-Рики", "гражданина Египта", "Yaponiyadan gələn",
"Misir vətəndaşı" give the origin or the nationality as they do for Iran or Turkey. Words
spelt like a country's name ("кроме того", Azerbaijani "sudan", from water) are no country,
and English names every country already; those sentences are guards."""

from kordon.osint import extract_text


def _route(text: str) -> list[tuple[str | None, list[str]]]:
    return [(r.origin_country, r.offender_nationality) for r in extract_text(text)]


def test_russian_ship_arriving_from_japan() -> None:
    text = "Таможенники обнаружили 30 бутылок виски на судне, прибывшем из Японии."
    assert _route(text) == [("JP", [])]


def test_russian_container_from_costa_rica() -> None:
    text = "В порту изъяли 200 кг кокаина в контейнере, прибывшем из Коста-Рики."
    assert _route(text) == [("CR", [])]


def test_russian_citizens_of_egypt_and_thailand() -> None:
    assert _route("У гражданина Египта таможенники изъяли 3 кг золота.") == [(None, ["EG"])]
    text = "Пограничники задержали гражданина Таиланда с 2 кг героина."
    assert _route(text) == [(None, ["TH"])]


def test_azerbaijani_passenger_from_japan() -> None:
    text = (
        "Gömrük əməkdaşları Yaponiyadan gələn sərnişinin baqajından 20 kiloqram kokain aşkar edib."
    )
    assert _route(text) == [("JP", [])]


def test_azerbaijani_container_from_costa_rica() -> None:
    text = "Kosta-Rikadan gələn konteynerdə 200 kiloqram kokain aşkar edilib."
    assert _route(text) == [("CR", [])]


def test_azerbaijani_citizen_of_egypt() -> None:
    text = "Misir vətəndaşının baqajından 3 kiloqram qızıl aşkar edilib."
    assert _route(text) == [(None, ["EG"])]


def test_words_spelt_like_a_country_are_no_country() -> None:
    assert _route("Кроме того, из автомобиля изъяли 5 кг гашиша.") == [(None, [])]
    text = "Balıqçılar sudan 20 kiloqram balıq çıxarıb."
    assert _route(text) == [(None, [])]


def test_english_ship_arriving_from_japan() -> None:
    text = "Officers seized 30 bottles of whisky on a ship arriving from Japan."
    assert _route(text) == [("JP", [])]
