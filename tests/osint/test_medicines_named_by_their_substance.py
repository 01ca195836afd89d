"""Medicines named by their active substance are read as such: clonidine as its own goods (as
clonazepam and zolpidem), testosterone as medicines (the class that holds anabolic steroids),
not as drugs of no known kind; a text that names them with no seizure has no record."""

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
