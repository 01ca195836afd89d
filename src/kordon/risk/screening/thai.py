"""Names in Thai script spelt in Latin letters, by sound and by letter.

Thai personal names are romanised two ways: by sound (the Royal Institute's system: พงศพัศ
Phongsaphat, a final จ, ช, ซ, ศ, ษ or ส said t, a final ร or ล said n) and by letter, as the
bearers often write their own (Pongsapat, Jaggabatara for จักกาบาตร์, whose last letter is
silent). A word is cut into syllables: a vowel written before its consonant (เ แ โ ใ ไ), the
consonant or cluster that starts the syllable, its vowel marks, and the consonant that closes
it; a syllable with no vowel written says o when closed and a when open (สมยศ som-yot, พงศพัศ
pong-sa-pat). A letter under the silencing mark (์) is not said, but a spelling by letter
keeps it. พ, ผ and ภ are p in the names' own spellings (ph by the system), จ is ch or j, ท and
ธ th or t.
"""

from __future__ import annotations

import re

from kordon.risk.screening.spelt import choices

THAI = re.compile(r"[\u0e00-\u0e7f]")

# A consonant's values at the start of a syllable, the commonest first, and at its end.
_INITIAL: dict[str, tuple[str, ...]] = {
    "ก": ("k",), "ข": ("kh",), "ฃ": ("kh",), "ค": ("kh",), "ฅ": ("kh",), "ฆ": ("kh",),
    "ง": ("ng",), "จ": ("ch", "j"), "ฉ": ("ch",), "ช": ("ch",), "ซ": ("s",), "ฌ": ("ch",),
    "ญ": ("y",), "ฎ": ("d",), "ฏ": ("t",), "ฐ": ("th",), "ฑ": ("th", "d"), "ฒ": ("th",),
    "ณ": ("n",), "ด": ("d",), "ต": ("t",), "ถ": ("th",), "ท": ("th",), "ธ": ("th",),
    "น": ("n",), "บ": ("b",), "ป": ("p",), "ผ": ("p", "ph"), "ฝ": ("f",), "พ": ("p", "ph"),
    "ฟ": ("f",), "ภ": ("p", "ph"), "ม": ("m",), "ย": ("y",), "ร": ("r",), "ฤ": ("rue", "ri"),
    "ล": ("l",), "ฦ": ("lue",), "ว": ("w",), "ศ": ("s",), "ษ": ("s",), "ส": ("s",),
    "ห": ("h",), "ฬ": ("l",), "อ": ("",), "ฮ": ("h",),
}  # fmt: skip
# At a syllable's end: said (the system's) first, then as the letter is written.
_FINAL: dict[str, tuple[str, ...]] = {
    "ก": ("k",), "ข": ("k",), "ค": ("k",), "ฆ": ("k",), "ง": ("ng",), "จ": ("t", "j"),
    "ช": ("t", "ch"), "ซ": ("t", "s"), "ญ": ("n", "y"), "ฎ": ("t", "d"), "ฏ": ("t",),
    "ฐ": ("t", "th"), "ฑ": ("t", "th"), "ฒ": ("t", "th"), "ณ": ("n",), "ด": ("t", "d"),
    "ต": ("t",), "ถ": ("t", "th"), "ท": ("t", "th"), "ธ": ("t", "th"), "น": ("n",),
    "บ": ("p", "b"), "ป": ("p",), "พ": ("p",), "ฟ": ("p", "f"), "ภ": ("p",), "ม": ("m",),
    "ย": ("i",), "ร": ("n", "r"), "ล": ("n", "l"), "ว": ("o", "w"), "ศ": ("t", "s"),
    "ษ": ("t", "s"), "ส": ("t", "s"), "ฬ": ("n", "l"),
}  # fmt: skip
_LEADING = frozenset("เแโใไ")
_FOLLOWING = frozenset("ะาำๅ")
_ABOVE = frozenset("ัิีึืุู็")
_TONES = re.compile("[\u0e48-\u0e4b\u0e4d\u0e4e]")
_SILENT = "์"
# Second letters of an initial cluster (กร, ปล, ขว ...), and ห or อ before a letter they only
# give a tone to (หม, หน, อย).
_CLUSTER_FIRST = frozenset("กขคปพผตบดฟ")
_CLUSTER_SECOND = frozenset("รลว")
_TONE_ONLY = {"ห": frozenset("งญนมยรลว"), "อ": frozenset("ย")}
# ทร, ศร, สร, ซร, จร at a syllable's start are said s (ทรง song, ศรี si).
_SAID_S = frozenset("ทศสซ")
_SIGN_VOWELS = {"ั": "a", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u", "็": ""}
MAX_SPELLINGS = 16
MAX_VARIED_LETTERS = 4


def spellings(word: str) -> tuple[str, ...]:
    """A word in Thai script in Latin letters, by sound and by letter (at most
    `MAX_SPELLINGS`), the commonest first; () for a word not in Thai."""
    if not THAI.search(word):
        return ()
    chars = [c for c in _TONES.sub("", word) if THAI.match(c)]
    pieces = _pieces(chars)
    if not pieces:
        return ()
    spelt = ("".join(choice) for choice in choices(pieces, MAX_VARIED_LETTERS, MAX_SPELLINGS))
    return tuple(dict.fromkeys(spelt))


def _is_consonant(char: str) -> bool:
    """Whether a character is a Thai consonant."""
    return char in _INITIAL


def _pieces(chars: list[str]) -> list[tuple[str, ...]]:
    """A word's sounds in order, each with its spellings (see the module's note)."""
    out: list[tuple[str, ...]] = []
    i, n = 0, len(chars)
    while i < n:
        lead = ""
        if chars[i] in _LEADING:
            lead, i = chars[i], i + 1
        if i >= n or not _is_consonant(chars[i]):
            i += 1
            continue
        first = chars[i]
        i += 1
        second = chars[i] if i < n else ""
        initial = _INITIAL[first]
        if first in _TONE_ONLY and second in _TONE_ONLY[first] and _starts_syllable(chars, i):
            initial, i = _INITIAL[second], i + 1
        elif second == "ร" and first in _SAID_S and i + 1 < n and chars[i + 1] != _SILENT:
            initial, i = ("s", _INITIAL[first][0] + "r"), i + 1
        elif (
            first in _CLUSTER_FIRST
            and second in _CLUSTER_SECOND
            and (bool(lead) or _vowel_follows(chars, i + 1))
        ):
            initial = tuple(value + _INITIAL[second][0] for value in initial)
            i += 1
        if lead in "เแ" and first != "อ" and _opens_next(chars, i, first):
            # เจริญ: the first letter has its own a; the vowel around the next is the lead's.
            out.extend((initial, ("a",)))
            initial, i = _INITIAL[chars[i]], i + 1
        if i < n and chars[i] == _SILENT:
            # A letter under the silencing mark: said by its letter only.
            out.append(("", initial[0] + "a"))
            i += 1
            continue
        vowel, i = _vowel(chars, i, lead)
        final: tuple[str, ...] = ()
        if i < n and _is_consonant(chars[i]) and not _opens_closed(chars, i, vowel):
            if vowel == "ua" and chars[i] == "ว":
                i += 1
            final, i = _FINAL.get(chars[i], ("",)), i + 1
        if vowel is None:
            vowel = "o" if final else "a"
        out.append(initial)
        out.append((vowel,))
        if final:
            out.append(final)
        i = _silent_letters(chars, i, out, closed=bool(final))
    return out


def _opens_next(chars: list[str], at: int, first: str) -> bool:
    """Whether a consonant at this place takes the vowel a lead written before the consonant
    before it belongs to (เจริญ charoen, เสมียน samian; not a cluster, เปรม prem)."""
    return (
        at + 1 < len(chars)
        and _is_consonant(chars[at])
        and not (chars[at] in _CLUSTER_SECOND and first in _CLUSTER_FIRST)
        and chars[at + 1] in "ิีือา"
    )


def _opens_closed(chars: list[str], at: int, vowel: str | None) -> bool:
    """Whether the consonant at this place starts the next syllable rather than closing this
    one: a vowel mark follows it, or this syllable has its vowel written and what follows is
    one syllable with none written, closed by its last letter (กิตติพงศ์ kit-ti-pong, ศรีวงศ์
    si-wong, สุรพล su-ra-phon; บาตร์ bat, whose ร is silent, and ชาวนา chao-na close on it)."""
    if _starts_syllable(chars, at + 1):
        return True
    if vowel is None or at + 1 >= len(chars) or not _is_consonant(chars[at + 1]):
        return False
    rest = chars[at + 2 :]
    if rest[:1] == [_SILENT]:
        return False  # the next letter is silent: this one closes the syllable
    while len(rest) >= 2 and _is_consonant(rest[-2]) and rest[-1] == _SILENT:
        rest = rest[:-2]  # silent letters at the end say nothing
    return not rest or (len(rest) == 1 and _is_consonant(rest[0]))


def _vowel_follows(chars: list[str], at: int) -> bool:
    """Whether a vowel mark comes at this place (the consonants before start a syllable)."""
    return at < len(chars) and (chars[at] in _ABOVE or chars[at] in _FOLLOWING)


def _starts_syllable(chars: list[str], at: int) -> bool:
    """Whether the consonant before this place opens a syllable rather than closing one: a vowel
    mark or the silencing mark follows it, or ว or อ that is its vowel."""
    if at >= len(chars):
        return False
    nxt = chars[at]
    if nxt in _ABOVE or nxt in _FOLLOWING or nxt == _SILENT:
        return nxt != _SILENT
    if nxt in "วอ" and at + 1 < len(chars) and _is_consonant(chars[at + 1]):
        # ม่วง: ว between two consonants is the vowel ua; อ the vowel o.
        return at + 2 >= len(chars) or not _starts_syllable(chars, at + 2)
    return False


def _vowel(chars: list[str], i: int, lead: str) -> tuple[str | None, int]:
    """The vowel of a syllable from its marks after the initial (None: none written)."""
    n = len(chars)
    nxt = chars[i] if i < n else ""
    if lead:
        if lead == "เ" and nxt == "า":
            return "ao", i + 1
        if lead == "เ" and nxt in "ีื" and i + 1 < n and chars[i + 1] in "ยอ":
            return ("ia" if nxt == "ี" else "uea"), i + 2
        if lead == "เ" and nxt == "อ":
            return "oe", i + 1
        if lead == "เ" and nxt == "ิ":
            return "oe", i + 1
        if nxt in "ะ็":
            i += 1
        return {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}[lead], i
    if nxt == "ั" and i + 1 < n and chars[i + 1] == "ว":
        return "ua", i + 2
    if nxt in _SIGN_VOWELS:
        vowel = _SIGN_VOWELS[nxt]
        i += 1
        if i < n and chars[i] == "อ" and nxt == "ื":
            i += 1
        return vowel or "e", i
    if nxt in "าะๅ":
        return "a", i + 1
    if nxt == "ำ":
        return "am", i + 1
    if nxt == "ว" and i + 1 < n and _is_consonant(chars[i + 1]):
        return "ua", i + 1
    if nxt == "อ" and i + 1 < n and _is_consonant(chars[i + 1]):
        return "o", i + 1
    return None, i


def _silent_letters(chars: list[str], i: int, out: list[tuple[str, ...]], *, closed: bool) -> int:
    """Letters after a syllable's end that are not said: a ร after its closing consonant (จักร
    chak) and letters under the silencing mark, with a vowel mark between (พันธุ์ phan)."""
    n = len(chars)
    while i < n and _is_consonant(chars[i]):
        j = i + 1
        while j < n and chars[j] in "ิุ":
            j += 1
        if j < n and chars[j] == _SILENT:
            out.append(("", _INITIAL[chars[i]][0] + "a"))
            i = j + 1
        elif closed and i + 2 < n and _is_consonant(chars[i + 1]) and chars[i + 2] == _SILENT:
            # Two letters silenced together (จันทร์ chan).
            out.append(("", _INITIAL[chars[i]][0] + _INITIAL[chars[i + 1]][0] + "a"))
            i += 3
        elif chars[i] == "ร" and closed and not _starts_syllable(chars, i + 1):
            out.append(("", "ra"))
            i += 1
        else:
            break
    return i
