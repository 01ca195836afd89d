"""An offender named by the noun of a people ("у украинца", "Таджики везли", "iki ukraynalıdan")
has that people's country as nationality, in every case of the noun; the country's own name
("в Украине", "из Казахстана", "İrandan") names a place, never a person."""

import pytest

from kordon.osint import extract_text


def nationalities(text: str) -> list[list[str]]:
    return [r.offender_nationality for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Таможенники изъяли у украинца 5 кг икры.", "UA"),
        ("Двое таджиков пытались провезти 3 кг героина, их задержали пограничники.", "TJ"),
        ("Грузины везли 40 блоков сигарет, таможенники их изъяли.", "GE"),
        ("У казаха таможенники изъяли 12 кг гашиша.", "KZ"),
        ("На границе таможенники изъяли у белоруса 2 кг янтаря.", "BY"),
        ("Gömrükçülər iki ukraynalıdan 5 kq heroin götürdülər.", "UA"),
        ("İranlı sürücünün avtomobilindən 5 kq tiryək aşkar edilib.", "IR"),
        ("Özbəkistanlılar 3 kq heroin keçirməyə cəhd ediblər, heroin götürülüb.", "UZ"),
    ],
)
def test_a_people_named_by_its_noun_gives_the_nationality(text: str, code: str) -> None:
    assert nationalities(text) == [[code]]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники изъяли в Украине 5 кг икры.",
        "Пограничники Казахстана изъяли 12 кг гашиша.",
        "В Грузии таможенники изъяли 3 кг героина.",
        "Gömrükçülər İrandan gələn yükdə 5 kq tiryək aşkar ediblər.",
        "Customs officers in Ukraine seized 5 kg of caviar.",
        "Polis iranlıların yaşadığı qəsəbədə bir evdən 3 kq heroin götürüb.",
    ],
)
def test_a_country_named_as_a_place_gives_no_nationality(text: str) -> None:
    assert nationalities(text) == [[]]
