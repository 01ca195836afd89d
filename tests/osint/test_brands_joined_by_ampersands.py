"""A long list of brands joined by "&" is read in one pass: "A & B" reads one way only, so a
list that is not followed by goods fails at once instead of trying every split."""

from __future__ import annotations

from kordon.osint.brands import blank_brands


def _brands(n: int) -> str:
    return " & ".join(f"Br{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(n))


def test_forty_brands_joined_by_ampersands_before_goods_are_blanked() -> None:
    text = f"Officers found 300 counterfeit {_brands(40)} handbags at the port."
    blanked = blank_brands(text)
    assert len(blanked) == len(text)
    assert "Br" not in blanked
    assert blanked.startswith("Officers found 300 counterfeit ")
    assert blanked.endswith(" handbags at the port.")


def test_forty_brands_joined_by_ampersands_without_goods_are_left_alone() -> None:
    text = f"The report listed counterfeit {_brands(40)}."
    assert blank_brands(text) == text
