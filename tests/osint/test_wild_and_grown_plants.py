"""Cannabis growing wild and burnt where it grows is an eradication, not a seizure; cannabis
grown by someone, or a plantation, is a find of cannabis plants, not of herb."""

import pytest

from kordon.osint import extract_text

_AZ = "Sabirabad Rayon Polis Şöbəsinin əməkdaşları rayonun Ulacalı kəndi ərazisində "
_RU = "Сотрудники полиции Кызылординской области в ходе операции «Мак» в районе Шиели "
_EN = (
    "The Ministry of Internal Affairs of Azerbaijan reported that police officers of the "
    "Yevlakh district police department "
)


@pytest.mark.parametrize(
    "text",
    [
        _AZ + "yabanı halda bitən 3120 ədəd çətənə kolu aşkar edib.",
        _RU + "обнаружили 2 гектара дикорастущей конопли.",
        _EN + "found 3 hectares of wild cannabis near the village.",
    ],
)
def test_wild_cannabis_is_no_seizure(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_AZ + "sakinin həyətində yetişdirdiyi 120 ədəd çətənə kolu aşkar edib.", 120.0),
        (_AZ + "10 hektara yaxın ərazidə çətənə plantasiyası aşkar edib.", None),
        (_AZ + "sakinin evində narkotik bitkisi aşkar edib.", None),
        (_RU + "обнаружили у местного жителя плантацию конопли.", None),
        (_EN + "found a cannabis plantation in the yard of a local resident.", None),
    ],
)
def test_grown_cannabis_is_plants(text: str, count: float | None) -> None:
    found = [(r.substance, r.quantity_count) for r in extract_text(text)]
    assert found == [("cannabis plants", count)]
