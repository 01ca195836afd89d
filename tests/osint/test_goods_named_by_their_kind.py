"""Goods named by their own kind are read as such: clonidine as its own goods (as clonazepam
and zolpidem), testosterone as medicines (the class that holds anabolic steroids), ginger and
turmeric as spices (as black pepper and cumin), not as drugs of no known kind or not at all; a
text that names them with no seizure or find has no record."""

import pytest

from kordon.osint import extract_text


def goods(text: str) -> list[str]:
    return sorted(r.substance for r in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "В международном почтовом отправлении таможенники обнаружили 120 таблеток клонидина.",
        "Почтовое отправление с 60 таблетками клофелина изъяли на таможне.",
        "Gömrük əməkdaşları poçt göndərişində 120 ədəd klonidin həbi aşkar ediblər.",
        "Customs officers found 120 clonidine tablets in an international parcel.",
    ],
)
def test_clonidine_is_read_as_clonidine(text: str) -> None:
    assert goods(text) == ["clonidine"]


@pytest.mark.parametrize(
    "text",
    [
        "В посылке из Китая таможенники изъяли 2 кг тестостерона.",
        "Gömrük əməkdaşları Çindən gələn bağlamada 2 kq testosteron aşkar ediblər.",
        "Customs officers seized 2 kg of testosterone in a parcel from China.",
    ],
)
def test_testosterone_is_read_as_medicines(text: str) -> None:
    assert goods(text) == ["medicines"]


@pytest.mark.parametrize(
    "text",
    [
        "Врачи напоминают, что клонидин и тестостерон отпускаются только по рецепту.",
        "Həkimlər xatırladır ki, klonidin və testosteron yalnız reseptlə satılır.",
        "Doctors remind that clonidine and testosterone are sold only on prescription.",
    ],
)
def test_a_substance_named_with_no_seizure_is_no_record(text: str) -> None:
    assert goods(text) == []


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
