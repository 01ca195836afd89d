"""Goods measured in a unit no record holds: "20 cubic metres of timber", "350 метров кабеля",
"16 kubmetr həcmində meşə materialı", "5 hektar çətənə".

A record gives a weight, a volume in litres or a count. A figure in cubic metres, metres,
square metres or hectares says the goods were found and measured, so they are a find of their
own beside other goods, though the record keeps no figure for them.
"""

from __future__ import annotations

import re

_UNITS_EN = (
    r"cubic\s+met(?:re|er)s?|square\s+met(?:re|er)s?|(?:linear\s+|running\s+)?met(?:re|er)s?|"
    r"cu\.?\s?m|sq\.?\s?m|hectares?|acres?"
)
# "m3", "m²" stand in texts of every language: "47 m3 həcmində meşə materialı".
_SYMBOLS = r"m[3³2²]"
_UNITS_RU = (
    r"кубометр\w*|куб\.\s?м|кубическ\w+\s+метр\w*|квадратн\w+\s+метр\w*|кв\.\s?м|"
    r"(?:погонн\w+\s+)?метр\w*|гектар\w*"
)
_UNITS_AZ = r"kub(?:\s?metr|metr)\w*|kvadrat\s?metr\w*|metr\w*|hektar\w*"
# A figure and its unit measure the goods only when the goods follow as what was measured:
# English names them after "of" ("500 square metres of cable", not "a warehouse of 500 square
# metres storing cigarettes"); Russian in the genitive, so a unit in another case ("в 300
# метрах от заставы") or before "от", "из", "до" is a distance; Azerbaijani names a distance with
# "aralı", "məsafədə", "uzaqlıqda" and a size of a place with "-lik" ("500 kvadratmetrlik anbar").
_MEASURE_EN = rf"(?:{_UNITS_EN})\s+of"
# A symbol is followed by "of", by a word of Russian or Azerbaijani or by the goods themselves,
# not by an English verb ("a store of 200 m2 holding cigarettes").
_MEASURE_SYMBOL = rf"(?:{_SYMBOLS})(?=\s+(?:of\s|\S*[^\x00-\x7f]|$))"
_MEASURE_RU = rf"(?:{_UNITS_RU})(?<!ах)(?<!ам)(?<!ами)(?!\s+(?:от|из|до|вокруг)(?![^\W\d_]))"
_MEASURE_AZ = (
    rf"(?!met(?:re|er)s?(?![^\W\d_]))(?:{_UNITS_AZ})(?<!l[iıuü]k)(?<!l[iıuü]q)"
    r"(?!\s+(?:aral\w*|məsafə\w*|uzaql\w*)(?![^\W\d_]))"
)
# A figure, its unit, then at most three describing words ("həcmində", "müxtəlif növ") before
# the goods. A figure starts at a digit after no letter, digit, point or comma; its run of
# digits and separators is read once, from the run's start, to the first such digit (one
# opening the run, or one after a blank) and on to its end: tried from every digit of a long
# run it would take time growing with the run's square.
_MEASURED = re.compile(
    r"(?<![\d\s.,])(?>(?<!\w)\d|[\d\s.,]*?\s\d)[\d\s.,]*+"
    rf"(?:{_MEASURE_EN}|{_MEASURE_SYMBOL}|{_MEASURE_RU}|{_MEASURE_AZ})(?![^\W\d_])\s+"
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
