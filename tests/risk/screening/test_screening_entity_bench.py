"""The benchmark's leave-one-name-out measure and its recall without 'other name' matches."""

from __future__ import annotations

import json
from pathlib import Path

from kordon.bench.screening import measure_entities, measure_quality, name_script
from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.index import ScreeningIndex

PERSON = WatchlistKind.PERSON

ENTITIES = [
    {"id": "ilham", "kind": "person", "family": "aliyev",
     "names": [["en", "Ilham Aliyev"], ["ru", "Ильхам Алиев"], ["list", "ALIYEV, Ilham"]]},
    {"id": "heydar", "kind": "person", "family": "aliyev",
     "names": [["en", "Heydar Aliyev"], ["ru", "Гейдар Алиев"]]},
    # A nom de guerre shares no part with the name: no name matcher finds one by the other.
    {"id": "hammami", "kind": "person",
     "names": [["list", "OMAR HAMMAMI"], ["en", "Abu Mansur Al-Amriki"]]},
    {"id": "azertrans", "kind": "company",
     "names": [["en", "Azertrans LLC"], ["ru", "ООО «Азертранс»"]]},
    {"id": "single", "kind": "person",
     "names": [["en", "Vugar Mammadov"], ["list", "Vugar Mammadov"]]},
]  # fmt: skip


def write_entities(tmp_path: Path) -> Path:
    """The entities above as JSON Lines."""
    path = tmp_path / "entities.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in ENTITIES), "utf-8")
    return path


def test_leave_out_screens_as_if_the_entry_lacked_that_name() -> None:
    index = ScreeningIndex.build(
        [
            WatchlistEntry("a", PERSON, ("Ilham Aliyev", "Ильхам Алиев")),
            WatchlistEntry("b", PERSON, ("Ilham Aliyev",)),
        ]
    )
    ids = {h.entry_id for h in index.screen("Ilham Aliyev", kind=PERSON) if h.match}
    assert ids == {"a", "b"}
    left = index.screen("Ilham Aliyev", kind=PERSON, leave_out=("b", "Ilham Aliyev"))
    assert [h.entry_id for h in left if h.match] == ["a"]  # a's Cyrillic name still finds it


def test_each_name_is_screened_against_its_entitys_other_names(tmp_path: Path) -> None:
    result = measure_entities(write_entities(tmp_path), generated=200)
    # The one entity whose names are one string has nothing left to be found by.
    assert result.single_named == 1
    assert result.list_entries == 200 + len(ENTITIES)
    assert result.overall.screened == 3 + 2 + 2 + 2
    by_class = {c.name: c for c in result.classes}
    assert by_class["company"].screened == 2 and by_class["company"].found == 2
    assert by_class["script cyrillic"].screened == 3
    # Ilham's and Heydar's names find their own entity, never each other: the father and the
    # son share the family name only. Hammami's two names share no part and miss.
    assert by_class["person"].found == 5
    assert by_class["person"].recall == 5 / 7
    assert result.overall.false_hits == 0 and result.overall.precision == 1.0


def test_name_script_reads_the_first_letter() -> None:
    assert name_script("«Азертранс» ООО") == "cyrillic"
    assert name_script("محمد عمر") == "arabic"
    assert name_script("리용길") == "korean"
    assert name_script("ALIYEV, Ilham") == "latin"


def test_recall_is_reported_without_the_other_name_matches(tmp_path: Path) -> None:
    rows = [
        {"query": "Ilham Aliyev", "candidate": "Ильхам Алиев", "kind": "person", "match": True,
         "classes": ["cross-script"]},
        {"query": "Abu Mansur Al-Amriki", "candidate": "OMAR HAMMAMI", "kind": "person",
         "match": True, "classes": ["other name"]},
        {"query": "Ilham Aliyev", "candidate": "Heydar Aliyev", "kind": "person", "match": False,
         "classes": ["relatives"]},
    ]  # fmt: skip
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    result = measure_quality(path, with_nomenklatura=False)
    assert result.other_names == 1
    assert result.kordon.recall == 0.5
    assert result.kordon_named is not None and result.kordon_named.recall == 1.0
    assert result.kordon_named.false_pos == result.kordon.false_pos == 0
    assert result.kordon_screened_named is not None
    assert result.kordon_screened_named.recall == 1.0
