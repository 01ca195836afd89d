"""Weapons' model designations written beside counts of weapons: never a quantity.

"an AK 47 rifle", "three M16 rifles", "a Glock 17 pistol", "автомат АК 47", "гранаты Ф-1,
РГД-5", "AK-47 avtomatı", "2 ədəd F 1 qumbarası", "a rifle model 1891": the figure is part of
the weapon's name, and the count is the figure before the name (or the article, or none).
Readers blank a designation out (keeping every offset) before they look for figures, as they
do calibres (calibres.py). A designation is read only beside a word naming a weapon, its
ammunition or its magazine, or after "model": "A 35", "BGN 4" or "M 40 tablets" stay as they
are.
"""

from __future__ import annotations

import re

# A model's letters: a short code in capitals ("AK", "M", "РГД", "Ф", "TOZ") or a make
# written as a name. Kept case-sensitive: "to 5 rifles" is a count.
_LETTERS = (
    r"[A-ZА-ЯЁİƏÜÖĞŞÇ]{1,4}"
    r"|Glock|Beretta|Colt|Walther|Browning|Makarov|Tokarev|Макаров[а-я]*|Токарев[а-я]*"
)
# Model codes that are written apart from their figure ("AK 47", "RPG 7", "ПМ 9", "RQD 5"). Other
# letters in capitals before a figure are a word of a headline ("POLICE FIND 12 GUNS", "UP TO 5
# RIFLES"), an office ("ФСБ", "DSX") or a place ("UK"): the figure after them is a count.
_APART = frozenset(
    {
        "AK", "AKM", "AKMS", "AKS", "RPK", "PK", "PKM", "SVD", "SKS", "RPG", "RGD", "RGN", "RGO",
        "VOG", "OZM", "MON", "TOZ", "IZH", "MP", "PM", "TT", "APS", "F", "M", "RQD", "RPQ", "İJ",
        "АК", "АКМ", "АКМС", "АКС", "РПК", "ПК", "ПКМ", "СВД", "СКС", "РПГ", "РГД", "РГН", "РГО",
        "ВОГ", "ОЗМ", "МОН", "ТОЗ", "ИЖ", "ПМ", "ТТ", "АПС", "Ф",
    }
)  # fmt: skip
# Currencies written before a figure ("USD 500", "AZN 2 million"): money, not a model.
_MONEY = frozenset(
    {"USD", "EUR", "GBP", "AZN", "RUB", "INR", "PHP", "BGN", "KGS", "LKR", "JD", "N", "P", "R"}
)
# Letters, then the model's figure joined by a hyphen, one space or nothing, then an optional
# suffix ("M4A1", "AK-74M", "M16A2"); in quotes or not.
_ONE = (
    rf"[\"“«]?(?<![\w.,-])({_LETTERS})([-‑–]| ?)(\d{{1,3}}(?:[A-ZА-Я]{{1,2}}\d{{0,2}})?)"
    r"(?!\w|[.,]\d)[\"”»]?"
)
_DESIGNATION = re.compile(_ONE)
# Designations listed: "Ф-1, РГД-5", "F-1 və RQD-5", "A2 M16".
_LIST = rf"{_ONE}(?:\s*(?:,|\band\b|\bor\b|\bи\b|\bили\b|\bvə\b)?\s*{_ONE})*"
# Words naming a weapon, its ammunition or its magazine, by their stems.
_WEAPON = (
    r"(?i:rifles?|carbines?|pistols?|handguns?|guns?|revolvers?|shotguns?|grenades?|launchers?"
    r"|mortars?|rockets?|mines?|firearms?|weapons?|magazines?|rounds|ammunition|cartridges"
    r"|bullets?|автомат\w*|пистолет\w*|винтовк\w*|карабин\w*|гранат\w*|пул[её]м[её]т\w*"
    r"|револьвер\w*|руж\w+|обрез\w*|мин[аыуе]?|оружи\w*|патрон\w*|магазин\w*|ракет\w*"
    r"|avtomat\w*|tapança\w*|tüfəng\w*|karabin\w*|qumbara\w*|qranat\w*|pulemyot\w*"
    r"|revolver\w*|mina\w*|silah\w*|patron\w*|daraq\w*|raket\w*)\b"
)
# A word of kind or make between a designation and its weapon, and at most one more after it:
# "F1 hand grenades", "F-1 əl qumbarası", "AK-47 assault rifle", "TOZ-16 markalı ov tüfəngi".
_KIND = (
    r"(?i:hand|assault|sniper|automatic|semi-automatic|machine|submachine|əl|ручн\w*|markalı"
    r"|modelli|model)"
)
# A designation, or a list of them, right before the weapon's word: "RPG-7 launchers", "F-1 və
# RGD-5 qumbaraları".
_BEFORE_WEAPON = re.compile(rf"(?P<list>{_LIST})\s+(?:{_KIND}[\s-]+(?:\w+\s+)?)?{_WEAPON}")
# After the weapon's word, with at most a maker's name or "model" between: "гранаты Ф-1, РГД-5",
# "автомат Калашникова АК 74", "пистолет модели ТТ-33".
_WEAPON_WORD = re.compile(rf"(?<![\w-]){_WEAPON}")
_AFTER_WEAPON = re.compile(
    rf"(?:\s+(?:[A-ZА-ЯЁ][a-zа-яё]+|(?i:model|модели|марки|системы)))?,?\s+(?P<list>{_LIST})"
)
# "model 1891", "модели 1891", "modeli 1891": a figure after "model" names the model.
_AFTER_MODEL = re.compile(
    r"(?i:\bmodel|\bмодели|\bмодель|\bmodeli)\s+(?P<figure>\d{1,4})(?![\w.,]\d|\w)"
)


def _spans(text: str, start: int, end: int, whole: bool) -> list[tuple[int, int]]:
    """The spans of the designations listed in text[start:end], whole or only the figures of
    those joined to their letters by a space."""
    spans = []
    for m in _DESIGNATION.finditer(text, start, end):
        code = m[1].isupper()  # "AK", not a make's name ("Glock 17")
        if (m[2] == " " and code and m[1] not in _APART) or m[1] in _MONEY:
            continue  # "POLICE FIND 12 GUNS", "guns USD 500": a figure, not a model's
        if whole:
            spans.append(m.span())
        elif m[2] == " ":
            spans.append(m.span(3))
    return spans


def _blank(text: str, whole: bool) -> str:
    spans: list[tuple[int, int]] = []
    for m in _BEFORE_WEAPON.finditer(text):
        spans += _spans(text, *m.span("list"), whole)
    for w in _WEAPON_WORD.finditer(text):
        after = _AFTER_WEAPON.match(text, w.end())
        if after is not None:
            spans += _spans(text, *after.span("list"), whole)
    spans += [m.span("figure") for m in _AFTER_MODEL.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def blank_designations(text: str) -> str:
    """text with every weapon's model designation replaced by spaces of the same length: "three
    M16 rifles" reads as "three rifles"."""
    return _blank(text, whole=True)


def blank_model_figures(text: str) -> str:
    """text with the figure of every weapon's model designation written apart from its letters
    replaced by spaces ("гранату РГД 5" reads as "гранату РГД"). The letters stay: Russian and
    Azerbaijani vocabularies name goods by them ("гранаты РГД", where "гранаты" alone may be
    fruit), and their reader already takes a figure joined by a hyphen or by nothing as a name
    ("АК-47", "F1")."""
    return _blank(text, whole=False)
