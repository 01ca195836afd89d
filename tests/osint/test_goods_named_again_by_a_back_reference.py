"""A figure that names its goods again by the last word of their name ("Pangolin scales were
found ... seized 410kg of the scales") measures those goods: one record with the figure, no
second record without one. Russian and Azerbaijani name them again by a demonstrative
("этих сигарет", "həmin narkotik"), which the reader already binds."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scales seized at port\nPangolin scales were found in a container at the port. "
            "Customs officers seized 410kg of the scales, which came from Nigeria.",
            [("pangolin scales", 410.0, None, None)],
        ),
        (
            "Ivory seized at port\nElephant tusks were found in a crate of timber. Officers "
            "seized 120kg of the tusks and sent them for tests.",
            [("ivory", 120.0, None, None)],
        ),
        (
            "В Самаре задержан курьер\nПолицейские обнаружили в машине контрабандные сигареты. "
            "Всего изъято 3 тысячи пачек этих сигарет.",
            [("cigarettes", None, 3000.0, "packs")],
        ),
        (
            "Bakıda kuryer saxlanılıb\nPolis maşında heroin aşkar edib. Həmin narkotikin "
            "çəkisi 3 kiloqram olub.",
            [("heroin", 3.0, None, None)],
        ),
    ],
)
def test_a_figure_of_goods_named_before_is_theirs(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected
