"""Vehicle plates: one canonical form across separators, scripts and digit sets."""

from __future__ import annotations

import re

# Cyrillic letters allowed on Russian plates precisely because they look like Latin ones.
_CYRILLIC_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# The letter on an Iranian plate, spelt as Iranian police write it in Latin.
_IRANIAN_LETTERS = {
    "الف": "A", "ا": "A", "ب": "B", "پ": "P", "ت": "T", "ث": "SE", "ج": "J", "چ": "CH",
    "د": "D", "ز": "Z", "ژ": "ZH", "س": "S", "ش": "SH", "ص": "SAD", "ط": "TA", "ع": "EIN",
    "ف": "F", "ق": "Q", "ک": "K", "ك": "K", "گ": "G", "ل": "L", "م": "M", "ن": "N", "و": "V",
    "ه": "H", "ی": "Y", "ي": "Y",
}  # fmt: skip
_IRANIAN_LETTER = re.compile("|".join(sorted(_IRANIAN_LETTERS, key=len, reverse=True)))
# Country marks printed on or around plates, dropped when they stand apart from the number.
_COUNTRY_MARKS = frozenset({"AZ", "RUS", "RU", "IR", "IRAN", "ایران", "GE", "TR", "UA", "KZ"})
_SEPARATORS = re.compile(r"[\s\-_.·|/\\,:]+")
# What OCR and tired eyes swap on plates.
_CONFUSABLE = str.maketrans("OQDIZSB", "0001258")


def normalise_plate(plate: str) -> str:
    """The canonical form of a plate: Latin capitals and ASCII digits, no separators."""
    text = plate.strip().translate(_DIGITS)
    words = [w for w in _SEPARATORS.split(text) if w]
    if len(words) > 1:
        words = [w for w in words if w.upper() not in _COUNTRY_MARKS]
    text = "".join(words)
    if text.isascii():
        # Most plates: no Iranian or Cyrillic letter to read, and often nothing to drop.
        text = text.upper()
        return text if text.isalnum() else "".join(ch for ch in text if ch.isalnum())
    text = _IRANIAN_LETTER.sub(lambda m: _IRANIAN_LETTERS[m.group(0)], text)
    text = text.upper().translate(_CYRILLIC_LOOKALIKES)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def confusable_key(normalised: str) -> str:
    """A coarser plate key under which letters and digits that look alike coincide."""
    return normalised.translate(_CONFUSABLE)
