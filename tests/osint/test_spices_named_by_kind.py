"""Spices named by their kind (ginger, turmeric) are read as spices, as black pepper and cumin
are; a text that names them with no seizure or find has no record."""

import pytest

from kordon.osint import extract_text


def goods(text: str) -> list[str]:
    return sorted(r.substance for r in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Agentlik İrandan idxal edilən 500 kq zəncəfilin istehlak üçün yararsız olduğunu "
        "aşkarlayıb.",
        "Gömrük əməkdaşları yük maşınında 300 kq zerdeçal aşkar ediblər.",
        "На границе выявили 500 кг непригодного имбиря из Ирана.",
        "Таможенники изъяли 300 кг куркумы в грузовике.",
        "Inspectors found 500 kg of ginger from Iran unfit for consumption.",
        "Customs officers seized 300 kg of turmeric from a lorry.",
    ],
)
def test_a_spice_named_by_its_kind_is_spices(text: str) -> None:
    assert goods(text) == ["spices"]


@pytest.mark.parametrize(
    "text",
    [
        "Həkimlər soyuqdəymə zamanı zəncəfilli çay içməyi məsləhət görürlər.",
        "Врачи советуют пить чай с имбирём при простуде.",
        "Doctors advise drinking tea with ginger during a cold.",
    ],
)
def test_a_spice_named_with_no_find_is_no_record(text: str) -> None:
    assert goods(text) == []
