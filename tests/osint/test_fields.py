"""Reading single fields from sentences: route, nationality, date, place, cover load."""

from datetime import date

import pytest

from kordon.osint.fields import (
    find_concealment,
    find_cover_cargo,
    find_date,
    find_nationalities,
    find_place,
    find_route,
)


def test_route_from_to_via() -> None:
    route = find_route("A truck carried drugs from Iran to Kazakhstan via Azerbaijan.")
    assert (route.origin, route.transit, route.destinations) == ("IR", ["AZ"], ["KZ"])


def test_a_city_with_its_country_is_that_country() -> None:
    route = find_route("It arrived from Sao Paulo, Brazil via Dubai and Bangkok, Thailand.")
    assert (route.origin, route.transit) == ("BR", ["AE", "TH"])


def test_general_statements_about_routes_are_ignored() -> None:
    route = find_route("Heroin often moves from Afghanistan via Iran to Europe.")
    assert (route.origin, route.transit, route.destinations) == (None, [], [])


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("referred a 43-year-old male Mexican citizen for inspection", ["MX"]),
        ("A British man was arrested.", ["GB"]),
        ("The driver, a U.S. citizen, was arrested.", ["US"]),
        ("The car was driven by a Moldovan.", ["MD"]),
        ("two Britons on board were detained", ["GB"]),
        ("a Polish-registered lorry arrived", []),
    ],
)
def test_nationalities(sentence: str, codes: list[str]) -> None:
    assert find_nationalities(sentence) == codes


def test_a_day_without_year_takes_the_publication_year_or_the_one_before() -> None:
    assert find_date("It occurred on May 25.", date(2024, 5, 30), paragraph_start=False) == (
        "2024-05-25"
    )
    assert find_date("on Dec. 28 officers", date(2024, 1, 5), paragraph_start=False) == (
        "2023-12-28"
    )
    assert find_date("on Sunday officers", date(2024, 1, 5), paragraph_start=False) is None
    assert find_date("In August 2017, customs", None, paragraph_start=False) == "2017-08"


def test_the_day_a_committee_reported_is_not_the_seizure_date() -> None:
    text = "the committee reported on January 7"
    assert find_date(text, date(2022, 1, 7), paragraph_start=False) is None


def test_places_as_written() -> None:
    assert find_place("was detained at the Astara customs checkpoint.") == (
        "Astara customs checkpoint"
    )
    assert find_place("found at the “Darband” railway station") == "Darband railway station"
    assert find_place("seized 3.4 tonnes in Guadarranque after a chase") == "Guadarranque"


def test_cover_load_is_not_the_seized_goods() -> None:
    assert find_cover_cargo("a truck transporting raisins to Moldova") == "raisins"
    assert find_cover_cargo("a shipment of cocaine was found", "cocaine") is None
    assert find_cover_cargo("described the contents as 1,216 cases of alcohol.", "cocaine") == (
        "alcohol"
    )


def test_concealment() -> None:
    text = "heroin was found in one part of the fuel tank [which was divided]"
    assert find_concealment(text) == "one part of the fuel tank"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Officers placed under seizure 2,734 kilograms of pure cocaine.", None),
        (
            "The cargo was placed under investigation; heroin was hidden in the spare tyre.",
            "the spare tyre",
        ),
        ("The heroin was found under the floor of the trailer.", "the floor of the trailer"),
    ],
)
def test_idioms_are_not_hiding_places(sentence: str, found: str | None) -> None:
    assert find_concealment(sentence) == found


def test_a_place_named_by_one_long_word() -> None:
    # Long single words name real places; a word of a name is cut only far past them.
    town = "Aberystwythbetwscoedllanfihangelpenrhiwtrefeglwysmawr"  # made up, 54 letters
    assert find_place(f"Parcels were held at the {town} railway station.") == (
        f"{town} railway station"
    )
