"""Counted goods in the Azerbaijani genitive that are the subject of a clause closed by a
verbal noun ("3 şahin quşunun evdə saxlanıldığı məlum olub", "5 ədəd tüfəngin ... gizlədildiyi
müəyyən edilib") are what the count counts; a genitive before a possessed noun ("tüfəngin
lüləsi") names an owner, and goods in the dative ("tüfəngə məxsus daraq") are no count's
goods either. Russian and English put such goods in no oblique case, and are read already."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yoxlama zamanı 4 qızılquşun sakinin həyətində saxlanıldığı məlum olub.",
            ("birds", None, 4.0, "items"),
        ),
        (
            "Yoxlama zamanı iki qızılquşun sakinin həyətində saxlanıldığı məlum olub. "
            "Quşlar götürülüb.",
            ("birds", None, 2.0, "items"),
        ),
        (
            "Əməliyyat zamanı 6 ədəd tüfəngin anbarda gizlədildiyi müəyyən edilib.",
            ("firearms", None, 6.0, "pieces"),
        ),
        (
            "Police learnt that a resident kept 4 falcons in his yard.",
            ("birds", None, 4.0, "items"),
        ),
        (
            "Полиция установила, что житель держал во дворе 4 сокола.",
            ("birds", None, 4.0, "items"),
        ),
    ],
)
def test_counted_goods_that_a_clause_tells_of(
    text: str, expected: tuple[str, float | None, float | None, str | None]
) -> None:
    assert goods_found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Polis anbarda 6 ədəd tüfəngin lüləsini götürüb.",
        "Polis anbarda 6 ədəd tüfəngin, sonra isə maşının yoxlandığını bildirib.",
    ],
)
def test_a_genitive_that_names_an_owner_is_not_counted(text: str) -> None:
    assert all(count is None for _, _, count, _ in goods_found(text))
