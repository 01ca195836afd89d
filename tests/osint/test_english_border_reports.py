"""English rewrites of Azerbaijani border reports: the village or post named with its
district is the place, and parcels carried across the border are no postal items."""

import pytest

from kordon.osint import extract_text
from kordon.osint.fields import find_place
from kordon.osint.lexicon import find_conveyance


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Border guards discovered three armed violators at the post near Jalilabad "
            "region's Sarkhanli village.",
            "Jalilabad region's Sarkhanli village",
        ),
        (
            "A signal came from the border post near Fuzuli's Yaglivand village.",
            "Fuzuli's Yaglivand village",
        ),
        (
            "Border guards of the Horadiz border detachment border outpost near Buyuk Bahmanli, "
            "Fuzuli District, noticed three persons.",
            "border outpost near Buyuk Bahmanli, Fuzuli District",
        ),
    ],
)
def test_a_village_or_post_near_it_is_the_place(sentence: str, place: str) -> None:
    assert find_place(sentence) == place


def test_a_sentence_naming_no_village_gives_no_village() -> None:
    assert find_place("The border guards fired a warning shot near the river.") is None


def test_parcels_carried_across_the_border_are_not_postal() -> None:
    assert find_conveyance("Two people with two parcels attracted the attention of guards.") is None


def test_parcels_sent_by_post_are_postal() -> None:
    assert find_conveyance("The parcels were sent by courier from Germany.") == "postal"


def test_a_border_find_in_english_reads_its_village() -> None:
    text = (
        "The State Border Service of Azerbaijan reported that border guards of the Horadiz "
        "detachment at the border post near Fuzuli region's Boyuk Bahmanli village seized "
        "12 kilograms of marijuana in two parcels from an Iranian citizen.\n"
    )
    (record,) = extract_text(text)
    assert record.place == "Fuzuli region's Boyuk Bahmanli village"
    assert record.conveyance is None
