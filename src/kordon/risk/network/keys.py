"""Identifiers and plates in one comparable form; name keys that block candidates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import combinations, product

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.caching import cache_per_member
from kordon.risk.screening.legal_forms import LEGAL_FORMS
from kordon.risk.screening.names import ParsedName, parse_name
from kordon.risk.screening.plates import normalise_plate
from kordon.risk.screening.text import (
    PATRONYMIC_MARKERS,
    PartRole,
    fold_case,
    latin_key,
    name_parts,
    skeleton,
)

# Identifier types as records write them, folded to the families that are compared. A person's
# untyped document number is taken for a passport: it is what a border crossing shows.
_FAMILIES = {
    "passport": "passport", "passport_no": "passport", "passport_number": "passport",
    "document": "passport", "travel_document": "passport", "id": "passport",
    "national_id": "national_id", "id_card": "national_id", "pin": "national_id",
    "fin": "national_id",
    "tax_id": "tax_id", "tin": "tax_id", "voen": "tax_id", "inn": "tax_id", "vat": "tax_id",
    "registration_number": "registration", "ogrn": "registration",
}  # fmt: skip
_FOR_KIND = {
    WatchlistKind.PERSON: frozenset({"passport", "national_id", "tax_id"}),
    WatchlistKind.COMPANY: frozenset({"tax_id", "registration"}),
    WatchlistKind.VEHICLE: frozenset({"plate"}),
}
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")
# Words in company names that say little about which company it is, beyond the ones
# screening already discounts: transport and trade words every second front company uses.
EXTRA_GENERIC = (
    "Trans", "Transport", "Tranzit", "Transit", "Logistic", "Logistik", "Logistika", "Logistics",
    "Agro", "Industry", "Industries", "Market", "Trade", "Export", "Import", "Food", "Foods",
    "Fruit", "Fruct", "Cargo", "Yük", "Daşıma", "Group", "Line", "Lines", "Ərzaq", "Distribusiya",
    "Distribution", "Trading", "Транс", "Транспорт", "Транзит", "Логистик", "Логистика", "Агро",
    "Трейд", "Трейдинг", "Фрукт", "Экспорт", "Импорт", "Групп", "Карго", "Дистрибьюшн", "Юг",
)  # fmt: skip
NAME_KEYS_MAX = 4


@lru_cache(maxsize=200_000)
def identifier_value(value: str) -> str:
    """An identifier without separators, in capitals, with ASCII digits and Latin letters."""
    text = fold_case(value).upper().translate(_DIGITS).translate(_LOOKALIKES)
    return _NOT_ALNUM.sub("", text)


def identifier_pairs(
    kind: WatchlistKind, identifiers: Mapping[str, str]
) -> tuple[tuple[str, str], ...]:
    """The identifiers worth comparing, as sorted (family, normalised value) pairs."""
    if not identifiers:  # most parties a declaration names
        return ()
    out = set()
    for name, value in identifiers.items():
        family = _FAMILIES.get(name.strip().lower())
        if family is None or family not in _FOR_KIND[kind]:
            continue
        normalised = identifier_value(value)
        # Fewer than five characters identify nobody (placeholders, "N/A", "0").
        if len(normalised) >= 5 and len(set(normalised)) > 1:
            out.add((family, normalised))
    return tuple(sorted(out))


@lru_cache(maxsize=200_000)
def plate_key(plate: str) -> str:
    """A plate's canonical form: separators, case, look-alike letters and digits folded."""
    key = normalise_plate(plate)
    return key if len(key) >= 4 else ""


@lru_cache(maxsize=1)
def extra_generic_skeletons() -> frozenset[str]:
    """Skeletons of the transport and trade words, and of legal forms read the Azerbaijani way
    (MMC as mmj), that never link companies."""
    words = [part for word in EXTRA_GENERIC for part, _ in name_parts(word)]
    # A trailing Azerbaijani letter makes the reader take c, x and q the Azerbaijani way.
    words += [
        part
        for forms in LEGAL_FORMS.values()
        for form in forms
        for part, _ in name_parts(f"{form} ə")
        if part != "a"
    ]
    return frozenset(skeleton(latin_key(word)) for word in words)


def _is_patronymic(key: str) -> bool:
    # A trailing oğlu / qızı glued to the father's name (Vüsal Arif oğlu).
    return any(key.endswith(marker) and key != marker for marker in PATRONYMIC_MARKERS)


# Up to 50,000 names of each kind, 100,000 of persons and companies together (a vehicle is
# never parsed; a parse takes some 1.6 kB).
@cache_per_member(WatchlistKind, maxsize=50_000)
def parsed(kind: WatchlistKind, name: str) -> ParsedName:
    """The screening parse of a person's or company's name."""
    return parse_name(name, kind)


def distinctive_skeletons(kind: WatchlistKind, name: ParsedName) -> list[tuple[str, ...]]:
    """For each telling part of a name, the skeletons it may have (Persian و read two ways)."""
    extra = extra_generic_skeletons() if kind is WatchlistKind.COMPANY else frozenset()
    out: list[tuple[str, ...]] = []
    for n, token in enumerate(name.tokens):
        # Initials and the letters of abbreviated legal forms (S.R.L.) tell nothing.
        if token.role is not PartRole.NAME or len(token.key) < 2:
            continue
        if (name.generic and name.generic[n]) or token.skeleton in extra:
            continue
        if kind is WatchlistKind.PERSON and _is_patronymic(token.key):
            continue
        out.append(tuple(sorted({token.skeleton, token.alt or token.skeleton})))
    return out


def company_words(name: ParsedName) -> frozenset[str]:
    """Skeletons of a company name's parts but its legal form, initials and filler words."""
    legal = extra_generic_skeletons() - _trade_skeletons()
    return frozenset(
        token.skeleton
        for n, token in enumerate(name.tokens)
        if token.role is PartRole.NAME
        and len(token.key) >= 2
        and not (name.generic and name.generic[n])
        and token.skeleton not in legal
    )


def trade_words(name: ParsedName) -> frozenset[str]:
    """Skeletons of the transport and trade words in a company's name (Trans, Trading ...)."""
    return frozenset(t.skeleton for t in name.tokens if t.skeleton in _trade_skeletons())


@lru_cache(maxsize=1)
def _trade_skeletons() -> frozenset[str]:
    return frozenset(
        skeleton(latin_key(part)) for word in EXTRA_GENERIC for part, _ in name_parts(word)
    )


# Up to 50,000 names of each kind (a plate's entry, an empty tuple, is small).
@cache_per_member(WatchlistKind, maxsize=50_000)
def name_keys(kind: WatchlistKind, name: str) -> tuple[str, ...]:
    """Keys under which the same name in another script or order meets this one.

    A person needs two telling parts (a surname alone is never a key) and is keyed by all of
    them; a company, once its legal form and generic words are gone, by each pair of its telling
    parts (a Persian spelling often leaves out the trade words), or its one telling part.
    """
    if kind is WatchlistKind.VEHICLE:
        return ()
    parts = distinctive_skeletons(kind, parsed(kind, name))
    if len(parts) < (2 if kind is WatchlistKind.PERSON else 1):
        return ()
    groups = [parts]
    if kind is WatchlistKind.COMPANY and len(parts) > 2:
        groups = [list(pair) for pair in combinations(parts, 2)]
    keys = {" ".join(sorted(choice)) for group in groups for choice in product(*group)}
    return tuple(sorted(keys))[: NAME_KEYS_MAX * len(groups)]
