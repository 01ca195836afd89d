"""Whether a person's initials and the other name's given names disagree.

An initial stands for a given name the other spelling may write out or leave out (`names`
reads it as a particle), but it still says which letter that name starts with: DOCKRAT, F. is
not DOCKRAT, J. I., nor Junaid Ismail Dockrat, as Farhad Dockrat is not Junaid Dockrat.
Letters are compared on the parts' Latin keys, which already read Cyrillic, Korean and the
other scripts the matcher knows (Ж and Дж are j, Х is h), in classes: every vowel is one,
k, g, q, h and x are one (Georgiy, Heorhiy; Qasim, Kasim, Gasim), b and p one. A name's
first sound is written with other letters in some romanisations (Yusuf, Jusuf, Iosif; Jamal,
Gamal; Zhanna, Jeanne; Chamil, Shamil; Theodor, Fyodor; Walid, Oualid; the Korean Ri, Lee,
Yi): those letters never clash, nor does a part spelt in Arabic script, whose first letter
may be read several ways.
"""

from __future__ import annotations

from kordon.risk.screening.text import Token

# Classes one name's first sound is written with in different romanisations: y, j and a
# vowel (Yusuf, Iosif, Jusuf); j and g, h or kh (Gamal, Jamal; Juan, Хуан); j and z, d, s
# and ch (Zhanna and Jeanne, Dzhamal written D., Celine read the Turkish way, Cengiz and
# Chingiz); c with k, s, ts and ch (Carlos, Karlos; Cyrille, Sirill; Cvetan, Цветан); ch and
# sh or k (Chamil, Shamil; Christos, Khristos); ts and z or t (Цви, Zvi); th and f or s
# (Theodor, Fyodor; Thabit, Sabit); s and z, d and t or z (Dhahir, Zahir); v and f, b, w or
# a vowel (Basil, Vasily; Walid, Oualid); the Korean ㄹ as l, r, n or none.
_KIN = frozenset(
    frozenset(pair)
    for pair in (
        "ay", "aj", "yj",
        "jk", "jz", "jd", "js", "jC",
        "ck", "cs", "cC", "ct", "cz", "sC", "kC",
        "ft", "fv", "ts", "sz", "dt", "dz",
        "bv", "av",
        "lr", "ln", "rn", "la", "ra", "ly", "ry",
    )
)  # fmt: skip
_VOWELS = frozenset("aeiou")
_K = frozenset("kgqhx")


def first_sound(token: Token) -> str | None:
    """The class of a part's first letter; None where it may be any letter (Arabic script)."""
    key = token.key
    if token.abjad or not key:
        return None
    if key.startswith("ch"):
        return "C"
    if key.startswith(("ts", "tz")):
        return "c"
    head = key[0]
    if head in _VOWELS:
        return "a"
    if head in _K:
        return "k"
    return "b" if head == "p" else head


def sounds_agree(a: Token, b: Token) -> bool:
    """Whether two parts may start with one sound, in one reading of each."""
    one, other = first_sound(a), first_sound(b)
    if one is None or other is None:
        return True
    return one == other or frozenset((one, other)) in _KIN
