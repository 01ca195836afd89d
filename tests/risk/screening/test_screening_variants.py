"""Screening finds each kind of name and plate variant, and each negative twin stays quiet."""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex

PERSON, COMPANY, VEHICLE = WatchlistKind.PERSON, WatchlistKind.COMPANY, WatchlistKind.VEHICLE


def make_entry(entry_id: str, kind: WatchlistKind, *names: str, **fields: object) -> WatchlistEntry:
    """A watchlist entry with the given names and defaults for the rest."""
    return WatchlistEntry(entry_id, kind, tuple(names), **fields)  # type: ignore[arg-type]


# A small list padded with ordinary names so that part weights behave as on a real list.
ENTRIES = [
    make_entry("aliyev", PERSON, "İlham Heydər oğlu Əliyev", action=RequestedAction.STOP),
    make_entry("alizadeh", PERSON, "محمد علیزاده"),
    make_entry("mammadov", PERSON, "Rəşad Məmmədov"),
    make_entry("cavusoglu", PERSON, "Mevlüt Çavuşoğlu"),
    make_entry("ivanishvili", PERSON, "ბიძინა ივანიშვილი"),
    make_entry("soleimani", PERSON, "Касем Сулеймани"),
    make_entry("azertrans", COMPANY, "ООО «Азертранс»"),
    make_entry("azer-trans-log", COMPANY, "Azer Trans Logistics LLC"),
    make_entry("plate-az", VEHICLE, "10-AB-123"),
    make_entry("plate-ru", VEHICLE, "А123ВС 77"),
    make_entry("plate-ir", VEHICLE, "۱۲ب۳۴۵ ایران ۶۷"),
    *(
        make_entry(f"pad-{n}", PERSON, f"{given} {surname}")
        for n, (given, surname) in enumerate(
            (g, s)
            for g in ("Elnur", "Tural", "Farid", "Kamran", "Orkhan", "Vugar")
            for s in ("Mammadov", "Hasanov", "Guliyev", "Aliyev", "Huseynov")
        )
    ),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """The small list, indexed once for the module."""
    return ScreeningIndex.build(ENTRIES)


def matched(index: ScreeningIndex, name: str, kind: WatchlistKind | None = None) -> set[str]:
    """Ids of the entries that match a name at the default threshold."""
    return {hit.entry_id for hit in index.screen(name, kind=kind) if hit.match}


CASES = [
    # (variant, query, kind, expected entry, negative twin that must not match it)
    ("latin vs azerbaijani", "Rashad Mammadov", PERSON, "mammadov", "Ramil Mammadov"),
    ("turkish latin, no cedillas", "Mevlut Cavusoglu", PERSON, "cavusoglu", "Mevlut Kaya"),
    ("cyrillic", "Qasem Soleimani", PERSON, "soleimani", "Qasem Rezaei"),
    ("persian", "Muhammad Alizadeh", PERSON, "alizadeh", "Muhammad Rezazadeh"),
    ("georgian", "Bidzina Ivanishvili", PERSON, "ivanishvili", "Bidzina Kobakhidze"),
    ("cyrillic to azerbaijani", "Ильхам Алиев", PERSON, "aliyev", "Ильхам Асадов"),
    ("SURNAME, Given", "ALIYEV, Ilham", PERSON, "aliyev", "ALIYEV, Heydar"),
    ("reordered parts", "Alizadeh Muhammad", PERSON, "alizadeh", "Alizadeh Hamid"),
    ("missing patronymic", "Ilham Aliyev", PERSON, "aliyev", "Heydar Aliyev"),
    ("small typo", "Muhamad Alizadeh", PERSON, "alizadeh", "Muhamad Alinejad"),
    ("typo in surname", "Ilham Aliyef", PERSON, "aliyev", "Ilham Aliyar"),
    ("legal form LLC vs ООО", "Azertrans LLC", COMPANY, "azertrans", "Azerpetrol LLC"),
    ("legal form MMC, joined words", "Azer Trans MMC", COMPANY, "azertrans", "Azer Trade MMC"),
    ("legal form Ltd", "Azer Trans Logistics Ltd", COMPANY, "azer-trans-log", "Azer Petro Ltd"),
]  # fmt: skip


@pytest.mark.parametrize(("variant", "query", "kind", "expected", "twin"), CASES)
def test_variant_matches_and_twin_does_not(
    index: ScreeningIndex,
    variant: str,
    query: str,
    kind: WatchlistKind,
    expected: str,
    twin: str,
) -> None:
    assert expected in matched(index, query, kind), variant
    assert expected not in matched(index, twin, kind), f"{variant}: twin {twin!r} matched"


PLATES = [
    ("separators", "10 AB 123", "plate-az", "10 AB 124"),
    ("no separators, country mark", "AZ 10AB123", "plate-az", "10 AB 132"),
    ("latin for cyrillic look-alikes", "A123BC 77", "plate-ru", "A123BC 78"),
    ("persian digits and letter", "12 ب 345-67", "plate-ir", "12 ب 345-68"),
    ("iranian plate in latin", "12B345 IR 67", "plate-ir", "12D345 67"),
]


@pytest.mark.parametrize(("variant", "plate", "expected", "twin"), PLATES)
def test_plate_variants(
    index: ScreeningIndex, variant: str, plate: str, expected: str, twin: str
) -> None:
    assert expected in matched(index, plate, VEHICLE), variant
    assert expected not in matched(index, twin, VEHICLE), f"{variant}: twin {twin!r} matched"


def test_common_surname_does_not_flood() -> None:
    entries = [
        make_entry(f"m{n}", PERSON, f"{given} Mammadov")
        for n, given in enumerate(
            ["Elnur", "Tural", "Farid", "Kamran", "Orkhan", "Vugar", "Anar", "Emin", "Rashad"]
        )
    ]
    index = ScreeningIndex.build(entries)
    assert matched(index, "Rashad Mammadov", PERSON) == {"m8"}
    assert matched(index, "Mammadov", PERSON) == set()
    assert matched(index, "Məmmədov Rəşad", PERSON) == {"m8"}


def test_hit_carries_entry_name_score_features_and_action(index: ScreeningIndex) -> None:
    hit = index.screen("ALIYEV, Ilham", kind=PERSON)[0]
    assert hit.entry_id == "aliyev"
    assert hit.matched_name == "İlham Heydər oğlu Əliyev"
    assert hit.query_name == "ALIYEV, Ilham"
    assert 0.0 <= hit.score <= 1.0 and hit.match
    assert hit.features["reordered"] == 1.0
    assert hit.features["given_name_agreement"] == 1.0
    assert hit.action == RequestedAction.STOP


def test_hits_come_best_first_and_respect_limit(index: ScreeningIndex) -> None:
    hits = index.screen("Elnur Mammadov", limit=3)
    assert len(hits) <= 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert hits[0].entry_id == "pad-0"


def test_screen_without_kind_searches_every_kind(index: ScreeningIndex) -> None:
    assert {"azertrans"} <= matched(index, "Азертранс")
    assert {"aliyev"} <= matched(index, "Ilham Aliyev")
    assert matched(index, "10 AB 123") == {"plate-az"}


def test_country_mismatch_is_a_feature_not_a_filter() -> None:
    index = ScreeningIndex.build([make_entry("x", PERSON, "Elnur Hasanov", country="AZ")])
    same = index.screen("Elnur Hasanov", country="AZ")[0]
    other = index.screen("Elnur Hasanov", country="GE")[0]
    assert other.features["country_mismatch"] == 1.0
    assert other.score < same.score


def test_empty_index_and_empty_name() -> None:
    index = ScreeningIndex.build([])
    assert index.screen("Ilham Aliyev") == []
    assert index.screen_plate("") == []
    assert ScreeningIndex.build(ENTRIES).screen("  ") == []
