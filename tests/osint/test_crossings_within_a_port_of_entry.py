"""A port of entry holds several crossings: a report that names the find at "the Laredo Port of
Entry" and the bridge or gate it was made at ("the Juarez-Lincoln Bridge", "the Morley
Pedestrian Gate") places it at that bridge or gate, as the labels do. A port of entry named
with no bridge stays the place, and a bridge is no place over an airport or a town. Russian and
Azerbaijani reports name their crossings as posts ("пункт пропуска", "gömrük postu"), with no
port of entry around them; their sentences are guards."""

from .reading import field_found


def test_bridge_told_after_the_port_of_entry() -> None:
    text = (
        "Officers at the Hidalgo Port of Entry seized 20 pounds of heroin. "
        "The driver of a Ford pickup arrived at the Anzalduas International Bridge from Mexico."
    )
    assert field_found(text, "place") == ["Anzalduas International Bridge"]


def test_gate_told_before_the_port_of_entry() -> None:
    text = (
        "A woman crossing at the Dennis DeConcini Pedestrian Gate was referred for inspection. "
        "Officers at the Nogales Port of Entry found 4 pounds of heroin in her shoes."
    )
    (place,) = field_found(text, "place")
    assert place is not None and "Pedestrian Gate" in place


def test_port_of_entry_without_a_bridge_stays() -> None:
    text = "Officers at the San Ysidro Port of Entry seized 40 pounds of cocaine from a car."
    (place,) = field_found(text, "place")
    assert place is not None and "San Ysidro" in place


def test_airport_is_not_replaced_by_a_bridge() -> None:
    text = (
        "Officers at Dulles International Airport seized 12 kilograms of cocaine. "
        "The traveller had earlier crossed the Rainbow Bridge."
    )
    (place,) = field_found(text, "place")
    assert place is not None and "Airport" in place


def test_russian_post_names_its_place() -> None:
    text = "На пункте пропуска «Верхний Ларс» таможенники изъяли 5 кг гашиша."
    (place,) = field_found(text, "place")
    assert place is not None and "Верхний Ларс" in place


def test_azerbaijani_post_names_its_place() -> None:
    text = "“Qırmızı Körpü” gömrük postunda 3 kiloqram heroin aşkar edilib."
    (place,) = field_found(text, "place")
    assert place is not None and "Qırmızı Körpü" in place
