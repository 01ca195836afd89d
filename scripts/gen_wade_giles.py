"""Regenerates src/kordon/risk/screening/tables/wade_giles.tsv from pypinyin (run by hand).

    .venv/bin/python scripts/gen_wade_giles.py

pypinyin (MIT licence, kept beside the output) knows every Hanyu Pinyin syllable of its
characters and writes each in Wade-Giles (`Style.WADEGILES`). The table keeps one row per
syllable, in the form names are written in: without the apostrophe of the aspirates (ch'i is
chi), ü as u (hsü is hsu). Two syllables pypinyin leaves in Pinyin are written as Wade-Giles
writes them: guo is kuo (郭 Kuo), luo is lo (羅 Lo).
"""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style.wadegiles import to_wade_glides

TARGET = Path(__file__).parent.parent / "src/kordon/risk/screening/tables/wade_giles.tsv"
FIXES = {"guo": "kuo", "luo": "lo"}


def written(syllable: str) -> str:
    """A Wade-Giles syllable as names write it: no apostrophe, ü as u."""
    return syllable.replace("'", "").replace("ü", "u").replace("v", "u")


def main() -> None:
    """Write the table, one Pinyin syllable and its Wade-Giles a line, in Pinyin order."""
    syllables: set[str] = set()
    for code in pinyin_dict:
        for readings in pinyin(chr(code), style=Style.NORMAL, heteronym=True):
            syllables.update(r for r in readings if r.isascii() and r.isalpha())
    rows = []
    for syllable in sorted(syllables):
        wade = FIXES.get(syllable) or written(to_wade_glides(syllable))
        rows.append(f"{syllable.replace('v', 'u')}\t{wade}\n")
    header = "# Hanyu Pinyin syllable, its Wade-Giles; from pypinyin, scripts/gen_wade_giles.py\n"
    TARGET.write_text(header + "".join(dict.fromkeys(rows)), encoding="utf-8")


if __name__ == "__main__":
    main()
