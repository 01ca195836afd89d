"""Calibres written beside counts of cartridges and weapons: never a quantity.

"55 ədəd 5.45 mm-lik patron", "2 ədəd 7.62 mm-lik avtomat patronu", "30 патронов калибра 7,62",
"12 rounds of 7.62x39 ammunition": the calibre is part of the goods' name. Readers blank it out
(keeping every offset) before they look for figures, so that it is neither counted nor ends the
words between a count and the goods it counts.
"""

from __future__ import annotations

import re

# A calibre's figure is never the head of a longer number: "kalibrli 3700 ədəd patron" counts.
_FIGURE = r"\d{1,2}(?:[.,]\d{1,3})?(?![\d])"
# Measures a figure led by a point may be written in: then it is a weight or a volume.
_MEASURE = (
    r"kgs?|g|gr|grams?|kilo\w*|tonn?e?s?|t|lbs?|pounds?|ounces?|oz|litres?|liters?|l|ml|mg"
    r"|кг|г|гр|грамм\w*|килограмм\w*|тонн\w*|т|л|литр\w*|мл|мг"
    r"|kq|q|qr|qram\w*|kiloqram\w*|ton\w*|litr\w*|mq"
)
_CALIBRE = re.compile(
    rf"(?<![\w.,]){_FIGURE}\s*[x×х]\s*\d{{2,3}}(?:\s*(?:mm|мм)\b)?"  # "7.62x39", "5,45х39 мм"
    rf"|(?<![\w.,]){_FIGURE}\s*-?\s*(?:mm|мм)(?:-?l[iıüu]k|-?l[iıüu]|\b)"  # "9 mm", "7.62 mm-lik"
    rf"|(?<=калибра\s){_FIGURE}|(?<=калибр\s){_FIGURE}"  # "калибра 7,62"
    rf"|(?<=caliber\s){_FIGURE}|(?<=calibre\s){_FIGURE}"
    # "ammunition for cal. 5.56 M16 rifles": the abbreviation, its model blanked after it.
    rf"|(?<=\bcal\.\s){_FIGURE}"
    # after "kalibrli" only a decimal figure: "müxtəlif kalibrli 12 ədəd patron" is a count.
    r"|(?<=kalibrli\s)\d{1,2}[.,]\d{1,3}(?!\d)"
    rf"|(?<![\w.,])\.?{_FIGURE}(?=\s*-?\s*(?:калибра|kalibrli|caliber|calibre)\b)"  # ".45 caliber"
    # ".44 magnum revolver", ".38 special": a figure led by a point names a cartridge.
    # ".308 rounds", ".223 Remington": a figure of two or three digits led by a point and
    # followed by a word names a cartridge, unless the word is a measure (".75 kg", ".75-kg").
    rf"|(?<![\w.,])\.\d{{2,3}}(?![\d.,])(?=\s*-?\s*[^\W\d_])(?!\s*-?\s*(?:{_MEASURE})\b)",
    re.IGNORECASE,
)


def blank_calibres(text: str) -> str:
    """text with every calibre replaced by spaces of the same length."""
    return _CALIBRE.sub(lambda m: " " * len(m.group()), text)
