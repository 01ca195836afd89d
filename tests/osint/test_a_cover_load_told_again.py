"""Goods a find was packed between are its cover load, and stay the load when a later sentence
weighs them; goods weighed with nothing hidden among them are the find."""

from .reading import amounts_found


def test_english_load_between_which_a_find_was_packed_is_no_find_when_weighed_later() -> None:
    text = (
        "Officers found 300 kg of cocaine packed in between bags of white sugar at the port. "
        "According to the manifest, 20,000 kg of sugar were bound for Spain."
    )
    assert amounts_found(text) == [("cocaine", 300.0, None)]


def test_russian_load_between_which_a_find_was_packed_is_no_find_when_weighed_later() -> None:
    text = (
        "Таможенники обнаружили 300 кг кокаина, спрятанного между мешками с сахаром. По "
        "документам, 20 тонн сахара направлялись в Испанию."
    )
    assert amounts_found(text) == [("cocaine", 300.0, None)]


def test_azerbaijani_load_among_which_a_find_was_hidden_is_no_find_when_weighed_later() -> None:
    text = (
        "Gömrük əməkdaşları şəkər kisələri arasında gizlədilmiş 30 kq heroin aşkar edib. "
        "Sənədlərə görə 20 ton şəkər İrandan gətirilirdi."
    )
    assert amounts_found(text) == [("heroin", 30.0, None)]


def test_weighed_goods_with_nothing_hidden_among_them_are_the_find() -> None:
    text = (
        "Officers found 300 kg of cocaine in a car at the border. The same day 2,000 kg of "
        "undeclared sugar were seized from a truck."
    )
    assert [found[0] for found in amounts_found(text)] == ["cocaine", "sugar"]
