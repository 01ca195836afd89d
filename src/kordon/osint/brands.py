"""Brand names listed between "counterfeit" and the goods they are counterfeits of.

"3,524 counterfeit YSL, Louis Vuitton, Chanel ... and Christian Louboutine luxury goods",
"1,200 fake Gucci handbags": the brands name whose goods were copied, the goods and the count
are read as if they stood together ("3,524 counterfeit luxury goods"). The brands are blanked
with spaces of the same length, so every offset into the text stays as it was.
"""

from __future__ import annotations

import re

# One brand: capitalised words ("Louis Vuitton", "Co."). "&" is read only as the list's joint,
# so "Tiffany & Co." is two names joined, blanked alike: were "&" also allowed inside a name,
# a list that fails to match would be tried once for every way of splitting it at each "&".
_BRAND = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*"
_BRANDS = re.compile(
    rf"(\b(?:counterfeit|fake|knock-off|replica)\s+)"
    rf"((?:{_BRAND}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*{_BRAND}\s+)(?=[a-z])"
)


def blank_brands(text: str) -> str:
    """text with the brands named after "counterfeit" or "fake" replaced by spaces."""
    return _BRANDS.sub(lambda m: m[1] + " " * len(m[2]), text)


# The spaces blank_brands left: a text read again after blanking (a count's goods).
_BLANKED = re.compile(r"(\b(?:counterfeit|fake|knock-off|replica)\s)(\s+)(?=[a-z])")


def brand_lists(text: str) -> list[tuple[int, int, int]]:
    """Where brands stand after "counterfeit" or "fake", or the blanks left for them: the
    word's start, and the brands' start and end."""
    found = [*_BRANDS.finditer(text), *_BLANKED.finditer(text)]
    return sorted((m.start(1), m.start(2), m.end(2)) for m in found)
