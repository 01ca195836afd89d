"""Second-hand and used cars shipped in containers are goods counted in vehicles, as stolen
cars are; a used car a person drove or sold is no find."""

from .reading import goods_found


def test_english_second_hand_cars_in_containers_are_counted_vehicles() -> None:
    text = "Customs officers seized 12 second-hand cars inside two containers from Japan."
    assert goods_found(text) == [("motor vehicle", None, 12.0, "vehicles")]


def test_english_used_vehicles_without_a_figure_are_one_find() -> None:
    text = "The Bureau of Customs seized second-hand car units inside two containers."
    assert [g[0] for g in goods_found(text)] == ["motor vehicle"]


def test_english_a_dealer_in_used_cars_is_no_find() -> None:
    text = "Police stopped a man who sells used cars and found 2 kg of heroin in his car."
    assert goods_found(text) == [("heroin", 2.0, None, None)]
