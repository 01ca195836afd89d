"""Goods measured in a unit no record holds: "20 cubic metres of timber", "350 метров кабеля",
"16 kubmetr həcmində meşə materialı", "5 hektar çətənə".

A record gives a weight, a volume in litres or a count. A figure in cubic metres, metres,
square metres or hectares says the goods were found and measured, so they are a find of their
own beside other goods, though the record keeps no figure for them.
"""

from __future__ import annotations

import re

_UNITS = (
    r"cubic\s+met(?:re|er)s?|square\s+met(?:re|er)s?|(?:linear\s+|running\s+)?met(?:re|er)s?|"
    r"cu\.?\s?m|sq\.?\s?m|m[3³2²]|hectares?|acres?|"
    r"кубометр\w*|куб\.\s?м|кубическ\w+\s+метр\w*|квадратн\w+\s+метр\w*|кв\.\s?м|"
    r"(?:погонн\w+\s+)?метр\w*|гектар\w*|"
    r"kub(?:\s?metr|metr)\w*|kvadrat\s?metr\w*|metr\w*|hektar\w*"
)
# A figure, its unit, then at most three describing words ("of", "həcmində", "müxtəlif növ")
# before the goods.
_MEASURED = re.compile(
    rf"(?<![\w.,])\d[\d\s.,]*\s*(?:{_UNITS})(?![^\W\d_])\s+(?:of\s+)?"
    r"(?:[^\W\d_][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
# How far before the goods the figure may stand.
_REACH = 60
# "150 метров пластиковой трубы ... проложена к линии границы": pipes told by their length
# are a pipeline laid to smuggle through, not goods carried.
_LAID = frozenset({"pipes"})


def measured_apart(body: str, start: int, goods_at: int, goods: str) -> bool:
    """True when the goods named at goods_at are measured, right before their name and after
    start (their sentence's beginning), in a unit no record holds."""
    if goods in _LAID:
        return False
    return _MEASURED.search(body[max(start, goods_at - _REACH) : goods_at]) is not None
