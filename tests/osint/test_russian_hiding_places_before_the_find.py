"""A Russian hiding place told before the verb of the find ends where the finders or the verb
begin: "в радиаторном отсеке были обнаружены", "в моторном отсеке пограничники нашли"."""

from .reading import field_found


def test_radiator_compartment_before_the_verb_is_the_hiding_place() -> None:
    text = "При досмотре автобуса в радиаторном отсеке были обнаружены пакеты с 30 кг икры."
    assert field_found(text, "concealment") == ["в радиаторном отсеке"]


def test_engine_compartment_ends_before_the_finders() -> None:
    text = "При досмотре автомобиля в моторном отсеке пограничники нашли 5 кг героина."
    assert field_found(text, "concealment") == ["в моторном отсеке"]


def test_a_place_after_a_verb_of_hiding_is_kept_whole() -> None:
    text = "Таможенники нашли 3 кг гашиша, спрятанного в запасном колесе автомобиля."
    assert field_found(text, "concealment") == ["в запасном колесе автомобиля"]
