"""A passenger in an English report is one who flew when the report names an airport anywhere,
though not in the sentences of the find."""

from kordon.osint import extract_text


def test_passenger_whose_airport_is_named_in_another_paragraph_flew() -> None:
    text = (
        "Turtles found in passenger's luggage at the border\n"
        "Reptiles were concealed inside cookie boxes\n"
        "On January 7 officers at Los Angeles International Airport halted attempts by two "
        "travellers to smuggle 55 live turtles from Japan.\n"
        "The reptiles were found alive wrapped in cloth bags. Turtles are protected species.\n"
        "Officers seized 15 Fly River turtles and 7 Star tortoises."
    )
    assert [r.conveyance for r in extract_text(text)] == ["air_passenger"] * 3


def test_passenger_of_a_report_without_an_airport_is_no_air_passenger() -> None:
    text = (
        "Cigarettes found in passenger's luggage at the border\n"
        "The goods were concealed inside cookie boxes\n"
        "On January 7 officers at the Sarpi crossing stopped two travellers from Turkey.\n"
        "The packs were wrapped in cloth bags. Such goods need excise stamps.\n"
        "Officers seized 150 packs of cigarettes."
    )
    assert "air_passenger" not in [r.conveyance for r in extract_text(text)]
