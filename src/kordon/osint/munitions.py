"""Words for munitions that also name ordinary things: "гранаты" are grenades or pomegranates,
"мины" mines or a look on a face, "снаряды" shells or sports gear, "mines" may be of coal,
"rockets" fireworks and "raket" a tennis racket. Such a word is read as explosives only with a
count right before it ("3 мины", "12 rockets"), a model's code right after it ("гранаты Ф-1",
"мины ОЗМ-72") or a word of arms in its sentence ("оружие и гранаты")."""

from __future__ import annotations

import re

# The forms a munition shares with an ordinary word. "гранатой" is only a grenade (the fruit's
# is "гранатом"), and compounds ("ручные гранаты", "mortar shells", "top mərmisi") say
# what they are. Land mines named without a count are most often those left in the ground
# ("the area is still full of land mines"), no find.
_AMBIGUOUS = re.compile(
    r"гранат(?:а|ы|у|ам|ами|ах)?|мин(?:а|ы|у|ой|ам|ами|ах)|снаряд\w*|ракет(?:а|ы|у|ой|ам|ами|ах)?"
    r"|(?:land\s?)?mines?|rockets?|raket\w*",
    re.IGNORECASE,
)
# A figure or a count word right before the word, over at most one describing word ("3
# противотанковые мины", "4 unexploded mines"); "20 тонн гранатов" weighs fruit, and "12 coal
# mines" are pits.
_COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![^\W_])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens"
    r"|одн[аиу]|две|два|три|четыре|пять|шесть|семь|восемь|девять|десять|нескольк\w+"
    r"|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on))"
    r"\s+(?:(?:[^\W\d_]+(?:ые|ых|ие|их|ая|ую|ой|ый|ий)|unexploded|live|old|anti-tank"
    r"|anti-personnel|improvised|homemade|pieces|units|штук[аи]?|ədəd)\s+)?$",
    re.IGNORECASE,
)
# A model's code right after the word: "гранаты Ф-1", "гранат РГД-5", "мины ОЗМ-72", "M67".
_MODEL_AFTER = re.compile(r"^\s*(?:[A-ZА-ЯЁ]{1,4}-?\d|РГД|РГН|РГО|РКГ|ОЗМ|ПМН|МОН)")
# Words of arms that make a munition word mean the munition.
_ARMS = re.compile(
    r"(?<![^\W_])(?:weapon\w*|arms|ammunition|ammo|rifles?|pistols?|guns?|firearms?|explosive\w*"
    r"|detonat\w*|fuses?|grenades?|mortars?|artillery|launchers?|military|cartridges?|bombs?"
    r"|warheads?|munitions?|оруж\w*|боеприпас\w*|патрон\w*|автомат\w*|пистолет\w*|винтовк\w*"
    r"|карабин\w*|взрыв\w*|запал\w*|детонатор\w*|гранатом[её]т\w*|тротил\w*|артиллер\w*|боев\w*"
    r"|мином[её]т\w*|осколочн\w*|противотанков\w*|противопехотн\w*|silah\w*|sursat\w*"
    r"|partlayıcı\w*|qumbara\w*|patron\w*|tapança\w*|hərbi)(?![^\W_])",
    re.IGNORECASE,
)


# Where a sentence ends, near enough for the words of arms around a munition word.
_STOPS = re.compile(r"[.!?\n]")
_REACH = 300


def ordinary_sense(text: str, start: int, end: int) -> bool:
    """Whether the munition word at start:end of text may name an ordinary thing there: a
    shared form with no count before it, no model after it and no word of arms in its
    sentence."""
    if not _AMBIGUOUS.fullmatch(text[start:end]):
        return False
    if _COUNT_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    if _MODEL_AFTER.match(text[end : end + 12]):
        return False
    # Read at most a few hundred characters either side: a text without stops would otherwise
    # be read whole for each of its words.
    lo = max(0, start - _REACH)
    stops = [m.end() for m in _STOPS.finditer(text, lo, start)]
    after = _STOPS.search(text, end, end + _REACH)
    first = stops[-1] if stops else lo
    last = after.start() if after else min(len(text), end + _REACH)
    return _ARMS.search(text[first:start] + " " + text[end:last]) is None
