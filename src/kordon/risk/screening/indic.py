"""Names in the scripts of India and Sri Lanka (Devanagari, Tamil, Sinhala and their kin) spelt in
Latin letters, the way such names are commonly romanised.

anyascii spells a consonant without its inherent vowel (සරවනබවන් srvnbvn, கவீந்திரன் kvintirn)
and Tamil ச as c: the vowels come back here, and a letter the script writes for several sounds is
spelt each way, the commonest first. Tamil writes no voicing and no aspiration (க is k or g, ச s,
ch or j, ட t or d, த th or d, ப p or b) and puts an i before a word's r (இராமநாதன் Ramanathan);
Devanagari and Sinhala write aspirates that Latin spellings keep or drop (भ bh or b), and Hindi and
Nepali do not say a word's last inherent vowel (गगन Gagan). The Latin skeleton already merges k and
g, p and b, th and t; the spellings give the rest.
"""

from __future__ import annotations

import re

from kordon.risk.screening.spelt import choices

# The scripts whose blocks follow Devanagari's layout letter for letter (ISCII's order), and
# Sinhala, which has its own.
INDIC = re.compile(r"[\u0900-\u0d7f\u0d80-\u0dff]")
_SINHALA = re.compile(r"[\u0d80-\u0dff]")
_DEVANAGARI, _TAMIL_BASE = 0x0900, 0x0B80
# Where the inherent vowel of a word's last consonant is not said (Hindi, Nepali, Marathi,
# Gujarati, Punjabi, Bengali, Odia): Devanagari to Odia.
_SCHWA_DROPPED_BELOW = 0x0B80

# Devanagari's letters by their place in the block; the other Indian scripts share the places.
_CONSONANTS: dict[int, tuple[str, ...]] = {
    0x15: ("k",), 0x16: ("kh", "k"), 0x17: ("g",), 0x18: ("gh", "g"), 0x19: ("ng",),
    0x1A: ("ch",), 0x1B: ("chh", "ch"), 0x1C: ("j",), 0x1D: ("jh", "j"), 0x1E: ("ny",),
    0x1F: ("t",), 0x20: ("th", "t"), 0x21: ("d",), 0x22: ("dh", "d"), 0x23: ("n",),
    0x24: ("t",), 0x25: ("th", "t"), 0x26: ("d",), 0x27: ("dh", "d"), 0x28: ("n",),
    0x29: ("n",), 0x2A: ("p",), 0x2B: ("ph", "p"), 0x2C: ("b",), 0x2D: ("bh", "b"),
    0x2E: ("m",), 0x2F: ("y",), 0x30: ("r",), 0x31: ("r",), 0x32: ("l",), 0x33: ("l",),
    0x34: ("zh", "l"), 0x35: ("v", "b"), 0x36: ("sh",), 0x37: ("sh",), 0x38: ("s",),
    0x39: ("h",),
    # Bengali letters outside Devanagari's places (য় y, ৎ t).
    0x5F: ("y",), 0x4E: ("t",),
}  # fmt: skip
# A nukta makes a letter the sound of a Persian or English one (ज़ z, फ़ f, ड़ r).
_NUKTA = {0x15: "q", 0x16: "kh", 0x17: "gh", 0x1C: "z", 0x21: "r", 0x22: "rh", 0x2B: "f"}
_VOWELS = {
    0x05: "a", 0x06: "aa", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri",
    0x0C: "li", 0x0D: "e", 0x0E: "e", 0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o", 0x13: "o",
    0x14: "au",
}  # fmt: skip
_SIGNS = {
    0x3E: "aa", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x44: "ri",
    0x45: "e", 0x46: "e", 0x47: "e", 0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o", 0x4C: "au",
    0x57: "au",
}  # fmt: skip
_VIRAMA, _NUKTA_SIGN, _ANUSVARA = 0x4D, 0x3C, 0x02
# Tamil's long i and u as Tamil names spell them (Kodeeswaran, Maharoof): by their places.
_TAMIL_LONG = {0x08: "ee", 0x0A: "oo", 0x40: "ee", 0x42: "oo"}
_NASALS = frozenset({0x01, 0x02})  # candrabindu, anusvara
_TIPPI = 0x0A70  # Gurmukhi's nasal sign, at a place other blocks use for other signs
_VISARGA = 0x03
# Malayalam's chillu letters: a consonant with no vowel.
_CHILLU = {0x0D7A: "n", 0x0D7B: "n", 0x0D7C: "r", 0x0D7D: "l", 0x0D7E: "l", 0x0D7F: "k"}

_SINHALA_CONSONANTS: dict[str, tuple[str, ...]] = {
    "ක": ("k",), "ඛ": ("kh", "k"), "ග": ("g",), "ඝ": ("gh", "g"), "ඞ": ("ng",),
    "ඟ": ("ng",), "ච": ("ch",), "ඡ": ("chh", "ch"), "ජ": ("j",), "ඣ": ("jh", "j"),
    "ඤ": ("ny",), "ඥ": ("gny",), "ඦ": ("nj",), "ට": ("t",), "ඨ": ("th", "t"), "ඩ": ("d",),
    "ඪ": ("dh", "d"), "ණ": ("n",), "ඬ": ("nd",), "ත": ("th", "t"), "ථ": ("th", "t"),
    "ද": ("d",), "ධ": ("dh", "d"), "න": ("n",), "ඳ": ("nd",), "ප": ("p",), "ඵ": ("ph", "p"),
    "බ": ("b",), "භ": ("bh", "b"), "ම": ("m",), "ඹ": ("mb",), "ය": ("y",), "ර": ("r",),
    "ල": ("l",), "ව": ("v",), "ශ": ("sh",), "ෂ": ("sh",), "ස": ("s",), "හ": ("h",),
    "ළ": ("l",), "ෆ": ("f",),
}  # fmt: skip
_SINHALA_VOWELS = {
    "අ": "a", "ආ": "aa", "ඇ": "ae", "ඈ": "ae", "ඉ": "i", "ඊ": "ee", "උ": "u", "ඌ": "oo",
    "ඍ": "ri", "ඎ": "ri", "ඏ": "li", "ඐ": "li", "එ": "e", "ඒ": "e", "ඓ": "ai", "ඔ": "o",
    "ඕ": "o", "ඖ": "au",
}  # fmt: skip
_SINHALA_SIGNS = {
    "ා": "aa", "ැ": "ae", "ෑ": "ae", "ි": "i", "ී": "ee", "ු": "u", "ූ": "oo", "ෘ": "ru",
    "ෙ": "e", "ේ": "e", "ෛ": "ai", "ො": "o", "ෝ": "o", "ෞ": "au", "ෟ": "lu", "ෲ": "ru",
}  # fmt: skip
_SINHALA_VIRAMA, _SINHALA_NASAL, _SINHALA_VISARGA = "්", "ං", "ඃ"

# How many spellings of one word are made, at most, and of how many letters every value is
# tried (the rest take their commonest).
MAX_SPELLINGS = 16
MAX_VARIED_LETTERS = 4


class _Unit:
    """One consonant or vowel of a word: its possible spellings and the vowel after it."""

    __slots__ = ("consonant", "place", "spellings", "vowel")

    def __init__(self, spellings: tuple[str, ...], place: int = -1, vowel: str = "") -> None:
        self.spellings = spellings
        # The consonant's place in the block; a vowel's place negated.
        self.place = place
        self.consonant = place >= 0
        self.vowel = vowel  # "" after a virama; the inherent a is "a"


def spellings(word: str) -> tuple[str, ...]:
    """A word in an Indian script or Sinhala in Latin letters, every common way (at most
    `MAX_SPELLINGS`), the commonest first; () for a word in none of them."""
    if not INDIC.search(word):
        return ()
    if _SINHALA.search(word):
        units = _sinhala_units(word)
        tamil = schwa_dropped = False
    else:
        base = _block_base(word)
        units = _indian_units(word, base)
        tamil = base == _TAMIL_BASE
        schwa_dropped = base < _SCHWA_DROPPED_BELOW
    if not units:
        return ()
    if not tamil:
        _nasal_values(units, dravidian=not schwa_dropped)
    options = _tamil_options(units) if tamil else [u.spellings for u in units]
    if schwa_dropped:
        _drop_schwa(units)
    found = list(dict.fromkeys(_spelt(units, options)))
    if tamil and (short := _without_epenthesis(units)) is not None:
        found.append(short)
    if schwa_dropped and units[-1].consonant and units[-1].vowel == "":
        # Said with the last inherent vowel too (Nepali Ajaya, Hindi Ajay): one more rhythm.
        units[-1].vowel = "a"
        found.append(_spell(units, [u.spellings[:1] for u in units]))
    return tuple(dict.fromkeys(found))


def _block_base(word: str) -> int:
    """The start of the block of the word's first Indian letter."""
    code = next(ord(c) for c in word if INDIC.match(c))
    return code - (code - 0x0900) % 0x80


def _indian_units(word: str, base: int) -> list[_Unit]:
    """A word in a script of Devanagari's layout as consonants and vowels."""
    units: list[_Unit] = []
    for char in word:
        code = ord(char)
        if code in _CHILLU:
            units.append(_Unit((_CHILLU[code],), 0x28))
            continue
        if not base <= code < base + 0x80:
            continue
        place = code - base
        last = units[-1] if units else None
        if place in _CONSONANTS:
            values = _CONSONANTS[place]
            if place == _V and base != _DEVANAGARI:
                values = values[:1]  # व is b in Nepali; va elsewhere
            units.append(_Unit(values, place, "a"))
        elif place in _VOWELS:
            vowel = _VOWELS[place]
            if base == _TAMIL_BASE:
                vowel = _TAMIL_LONG.get(place, vowel)
            units.append(_Unit((vowel,), -place))
        elif place in _SIGNS and last is not None and last.consonant:
            sign = _SIGNS[place]
            last.vowel = _TAMIL_LONG.get(place, sign) if base == _TAMIL_BASE else sign
        elif place == _VIRAMA and last is not None and last.consonant:
            last.vowel = ""
        elif place == _NUKTA_SIGN and last is not None and last.place in _NUKTA:
            last.spellings = (_NUKTA[last.place],)
        elif place in _NASALS or code == _TIPPI:
            units.append(_Unit(("n",), _ANUSVARA))
        elif place == _VISARGA:
            units.append(_Unit(("h",), 0x39))
    return units


def _sinhala_units(word: str) -> list[_Unit]:
    """A word in Sinhala as consonants and vowels."""
    units: list[_Unit] = []
    for char in word:
        last = units[-1] if units else None
        if char in _SINHALA_CONSONANTS:
            units.append(_Unit(_SINHALA_CONSONANTS[char], ord(char), "a"))
        elif char in _SINHALA_VOWELS:
            units.append(_Unit((_SINHALA_VOWELS[char],)))
        elif char in _SINHALA_SIGNS and last is not None and last.consonant:
            last.vowel = _SINHALA_SIGNS[char]
        elif char == _SINHALA_VIRAMA and last is not None and last.consonant:
            last.vowel = ""
        elif char == _SINHALA_NASAL:
            units.append(_Unit(("n",), _ANUSVARA))
        elif char == _SINHALA_VISARGA:
            units.append(_Unit(("h",), 0x39))
    return units


def _nasal_values(units: list[_Unit], *, dravidian: bool) -> None:
    """The anusvara is m before p, b and m, and at a word's end m in Telugu, Kannada and
    Malayalam (మరగతం Maragatham, ఎం. M.), n or m elsewhere (सिंह Singh)."""
    for n, unit in enumerate(units):
        if unit.place != _ANUSVARA:
            continue
        after = units[n + 1] if n + 1 < len(units) else None
        if after is None:
            unit.spellings = ("m", "n") if dravidian else ("n", "m")
        elif _LABIALS[0] <= after.place <= _LABIALS[1]:
            unit.spellings = ("m",)


_LABIALS = (0x2A, 0x2E)  # प to म


def _drop_schwa(units: list[_Unit]) -> None:
    """Hindi and Nepali leave out a word's last inherent vowel after a single consonant
    (गगन Gagan; चन्द्र Chandra keeps it after a cluster), and one between a vowel and a
    consonant with a vowel (रामचन्द्र Ramchandra, आरजु Arju)."""
    last = units[-1]
    before = units[-2] if len(units) >= 2 else None
    closed = before is not None and before.consonant and before.vowel == ""
    if (
        before is not None
        and last.consonant
        and last.vowel == "a"
        and not (closed and before.place != _ANUSVARA)
    ):
        last.vowel = ""
    for n in range(1, len(units) - 1):
        unit, prev, nxt = units[n], units[n - 1], units[n + 1]
        said_before = not prev.consonant or prev.vowel != ""
        if unit.vowel == "a" and unit.place != _ANUSVARA and said_before and nxt.vowel:
            unit.vowel = ""


# Tamil consonants by their place: the values Latin spellings give them, by where they stand.
_K, _NG, _CH, _NY, _TT, _NN, _T = 0x15, 0x19, 0x1A, 0x1E, 0x1F, 0x23, 0x24
_N, _P, _M, _R, _RR, _ZH, _V, _I = 0x28, 0x2A, 0x2E, 0x30, 0x31, 0x34, 0x35, 0x07
_TAMIL_NASALS = frozenset({_NG, _NY, _NN, _N, 0x29, _M})


def _tamil_options(units: list[_Unit]) -> list[tuple[str, ...]]:
    """Each letter's spellings in a Tamil word, by where it stands: the script writes one
    letter for the voiced and the voiceless sound, which Latin spellings tell apart."""
    options: list[tuple[str, ...]] = []
    for n, unit in enumerate(units):
        before = units[n - 1] if n else None
        after = units[n + 1] if n + 1 < len(units) else None
        closed = before is not None and before.consonant and before.vowel == ""
        doubled = closed and before is not None and before.place == unit.place
        after_nasal = closed and before is not None and before.place in _TAMIL_NASALS
        inside = before is not None and not closed
        place = unit.place
        if place == _K:
            # Between vowels as after a nasal, Tamil names spell it g (Murugan, Nagarajan).
            found: tuple[str, ...] = ("g",) if after_nasal or inside else ("k",)
        elif place == _NG and after is not None and after.place == _K:
            found = ("n",)  # ங்க is ng
        elif place == _CH:
            if after_nasal:
                found = ("j",)
            elif doubled or (after is not None and after.place == _CH and unit.vowel == ""):
                found = ("ch",) if doubled else ("",)
            elif inside:
                found = ("s", "j", "ch")
            else:
                found = ("s", "ch")
        elif place == _NY:
            found = ("gn", "ny") if before is None else ("n",)
        elif place == _TT:
            found = ("t",) if doubled else ("d", "t") if inside or after_nasal else ("t", "d")
        elif place == _T:
            voiced = (inside or after_nasal) and not doubled
            found = ("th", "d") if voiced else ("th",)
        elif place == _P:
            # ஃப is f; ப alone is f as often in names from Arabic (யூசுப் Yousuf).
            aytham = before is not None and before.place == 0x39 and before.spellings == ("h",)
            pair = doubled or (after is not None and after.place == _P and unit.vowel == "")
            found = ("f",) if aytham else ("b",) if after_nasal else ("p",) if pair else ("p", "f")
        elif place == 0x39 and unit.spellings == ("h",) and after is not None and after.place == _P:
            found = ("",)
        elif place == _ZH:
            found = ("zh", "l")  # ழ: Tamil's own sound, zh or l (Arunmozhi, Arunmoli)
        elif place == _RR:
            found = ("t", "r") if after is not None and after.place == _RR else ("r",)
        elif place == -_I and before is None and after is not None and after.place in (_R, 0x32):
            # இ before a word's r or l is no vowel of the name (இராமன் Raman, இலங்கை Lanka).
            found = ("", "i")
        else:
            found = unit.spellings[:1]
        options.append(found)
    return options


def _without_epenthesis(units: list[_Unit]) -> str | None:
    """A Tamil word without the i or u the script puts between two consonants it cannot write
    together (சிறீ Sri, கிருபா Kripa, சுவரன் swaran): another rhythm, the same consonants."""
    short = [_Unit(u.spellings, u.place, u.vowel) for u in units]
    changed = False
    for n, unit in enumerate(short[:-1]):
        after = short[n + 1]
        if unit.consonant and unit.vowel in ("i", "u") and after.place in (_R, _RR, _V):
            unit.vowel = ""
            changed = True
    if not changed:
        return None
    return _spell(short, _tamil_options(short))


def _spelt(units: list[_Unit], options: list[tuple[str, ...]]) -> list[str]:
    """Every spelling of a word, varying at most `MAX_VARIED_LETTERS` letters, commonest first."""
    return [_spell(units, list(c)) for c in choices(options, MAX_VARIED_LETTERS, MAX_SPELLINGS)]


def _spell(units: list[_Unit], choice: list[str] | list[tuple[str, ...]]) -> str:
    """A word spelt with one value for each letter."""
    out: list[str] = []
    for unit, value in zip(units, choice, strict=True):
        letter = value if isinstance(value, str) else value[0]
        out.append(letter + (unit.vowel if unit.consonant else ""))
    return "".join(out)
