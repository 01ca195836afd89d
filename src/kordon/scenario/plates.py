"""Vehicle plates, wagon and container numbers and passport numbers in real national formats."""

from __future__ import annotations

import random
import string

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# Latin capitals that have a Cyrillic twin: what a Russian keyboard produces for an AZ plate.
CYRILLIC_TWINS = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
LATIN_TWINS = str.maketrans("АВСЕНКМОРТХУ", "ABCEHKMOPTXY")

AZ_LETTERS = "ABCDEFGHJKLMNPRSTUVXYZ"
RU_LETTERS = "АВЕКМНОРСТУХ"
LOOKALIKE_LATIN = "ABCEHIKMOPTX"
TR_LETTERS = "ABCDEFGHJKLMNPRSTUVYZ"
AZ_REGIONS = (10, 10, 10, 90, 90, 99, 77, 50, 60, 20, 3, 11, 25, 36, 40, 45, 48, 70, 85)
RU_REGIONS = ("05", "05", "05", "05", "77", "99", "777", "26", "30", "61", "23", "34", "15")
IR_REGIONS = (15, 25, 35, 15, 91, 11, 22, 46, 56, 76, 17, 27, 33, 63, 45)
IR_LETTERS = ("ع", "ع", "ع", "ع", "ب", "د", "ج", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ی")
TR_PROVINCES = (34, 34, 6, 35, 16, 27, 38, 42, 1, 61, 25, 36, 76, 33, 55)
KZ_REGIONS = ("12", "12", "12", "02", "01", "17", "06", "13")
TM_REGIONS = ("AG", "BN", "LB", "MR", "DZ", "AH")


def _letters(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def plate(rng: random.Random, country: str, *, trailer: bool = False) -> str:
    """A plate of a country's format; Russian trailers have their own layout."""
    if country == "AZ":
        return f"{rng.choice(AZ_REGIONS):02d}-{_letters(rng, AZ_LETTERS, 2)}-{_digits(rng, 3)}"
    if country == "RU":
        region = rng.choice(RU_REGIONS)
        if trailer:
            return f"{_letters(rng, RU_LETTERS, 2)}{_digits(rng, 4)} {region}"
        letters = _letters(rng, RU_LETTERS, 3)
        return f"{letters[0]}{_digits(rng, 3)}{letters[1:]} {region}"
    if country == "IR":
        first = f"{rng.randint(11, 99)}"
        text = (
            f"{first} {rng.choice(IR_LETTERS)} {rng.randint(111, 999)} - {rng.choice(IR_REGIONS)}"
        )
        # Some declarants copy the plate as painted, in Persian digits.
        return text.translate(PERSIAN_DIGITS) if rng.random() < 0.12 else text
    if country == "GE":
        return f"{_letters(rng, AZ_LETTERS, 2)}-{_digits(rng, 3)}-{_letters(rng, AZ_LETTERS, 2)}"
    if country == "TR":
        province = f"{rng.choice(TR_PROVINCES):02d}"
        if rng.random() < 0.5:
            return f"{province} {_letters(rng, TR_LETTERS, 3)} {_digits(rng, 3)}"
        return f"{province} {_letters(rng, TR_LETTERS, 2)} {_digits(rng, 4)}"
    if country == "MD":
        return f"{_letters(rng, AZ_LETTERS, 3)} {_digits(rng, 3)}"
    if country == "KZ":
        return f"{_digits(rng, 3)} {_letters(rng, AZ_LETTERS, 3)} {rng.choice(KZ_REGIONS)}"
    if country == "TM":
        return f"{rng.choice(TM_REGIONS)} {_digits(rng, 4)} {rng.choice(TM_REGIONS)}"
    if country == "UA":
        series = _letters(rng, LOOKALIKE_LATIN, 2)
        return f"{series} {_digits(rng, 4)} {_letters(rng, LOOKALIKE_LATIN, 2)}"
    raise ValueError(f"no plate format for country {country!r}")


def wagon_number(rng: random.Random) -> str:
    """An eight-digit 1520 mm gauge wagon number (gondola, hopper or tank)."""
    return f"{rng.choice('5679')}{_digits(rng, 7)}"


def container_number(rng: random.Random, owner: str) -> str:
    """An ISO 6346 container number (owner code, U, serial, check digit)."""
    body = f"{owner[:3]}U{_digits(rng, 6)}"
    values: list[int] = []
    for char in body:
        if char.isdigit():
            values.append(int(char))
        else:
            # ISO 6346 letter values skip multiples of 11.
            value = 10 + ord(char) - ord("A")
            value += (value - 1) // 10
            values.append(value)
    total = sum(v * 2**i for i, v in enumerate(values))
    return f"{body}{total % 11 % 10}"


def passport_number(rng: random.Random, nationality: str) -> str:
    """A passport number in the layout of the issuing country."""
    if nationality == "AZ":
        return f"C{_digits(rng, 8)}"
    if nationality == "IR":
        return f"{rng.choice('ABEKXY')}{_digits(rng, 8)}"
    if nationality == "RU":
        return f"{rng.choice(('72', '73', '75', '76'))}{_digits(rng, 7)}"
    if nationality == "GE":
        return f"{_digits(rng, 2)}{_letters(rng, AZ_LETTERS, 2)}{_digits(rng, 5)}"
    if nationality == "TR":
        return f"U{_digits(rng, 8)}"
    if nationality == "MD":
        return f"AB{_digits(rng, 7)}"
    if nationality == "KZ":
        return f"N{_digits(rng, 8)}"
    return f"A{_digits(rng, 7)}"


def to_persian_digits(text: str) -> str:
    """The same text with Western digits written as Persian digits."""
    return text.translate(PERSIAN_DIGITS)


def to_cyrillic_twins(text: str) -> str:
    """The same text with every Latin capital that has a Cyrillic look-alike replaced by it."""
    return text.translate(CYRILLIC_TWINS)
