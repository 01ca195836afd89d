"""A figure told as added ("another 4 kg", "ещё 4 кг", "daha 4 kiloqram") is a find of its own
when its sentence names another place, another vehicle or another day than the find before it;
told of the same vehicle or with nothing else named, it is a part of that find, summed."""

from __future__ import annotations

import pytest

from .reading import amounts_found

_TWO = [("heroin", 6.0, None), ("heroin", 4.0, None)]
_ONE = [("heroin", 10.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heroin seized at the border\nCustoms officers found 6 kg of heroin in a truck at "
            "the Astara checkpoint. Another 4 kg of heroin was seized from a car at the Samur "
            "checkpoint.",
            _TWO,
        ),
        (
            "Heroin seized at the border\nCustoms officers found 6 kg of heroin in a truck. "
            "Another 4 kg of heroin was seized from a bus.",
            _TWO,
        ),
        (
            "Heroin seized at the border\nCustoms officers found 6 kg of heroin in a truck on "
            "Monday. Another 4 kg of heroin was seized on Thursday.",
            _TWO,
        ),
        (
            "Героин изъят на границе\nТаможенники на посту «Астара» обнаружили в грузовике 6 кг "
            "героина. Ещё 4 кг героина изъяли из автобуса на посту «Самур».",
            _TWO,
        ),
        (
            "Героин изъят на границе\nТаможенники обнаружили в грузовике 6 кг героина в "
            "понедельник. Ещё 4 кг героина изъяли в четверг.",
            _TWO,
        ),
        (
            "Sərhəddə heroin aşkar edilib\nAstara gömrük postunda yük maşınında 6 kiloqram "
            "heroin aşkar edilib. Samur gömrük postunda avtobusdan daha 4 kiloqram heroin "
            "götürülüb.",
            _TWO,
        ),
        (
            "Sərhəddə heroin aşkar edilib\nBazar ertəsi yük maşınında 6 kiloqram heroin aşkar "
            "edilib. Cümə axşamı daha 4 kiloqram heroin götürülüb.",
            _TWO,
        ),
    ],
)
def test_a_part_found_elsewhere_or_on_another_day_is_a_find_of_its_own(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heroin seized at the border\nCustoms officers found 6 kg of heroin in a truck at the "
        "Astara checkpoint. Another 4 kg of heroin was found in the truck's trailer.",
        "Героин изъят на границе\nТаможенники обнаружили в кабине грузовика 6 кг героина. При "
        "досмотре прицепа грузовика обнаружили ещё 4 кг героина.",
        "Sərhəddə heroin aşkar edilib\nGömrükçülər yük maşınının kabinəsində 6 kiloqram heroin "
        "aşkar ediblər. Yük maşınının qoşqusunda daha 4 kiloqram heroin tapılıb.",
    ],
)
def test_a_part_found_in_the_same_vehicle_is_summed(text: str) -> None:
    assert amounts_found(text) == _ONE
