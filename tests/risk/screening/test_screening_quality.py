"""Quality figures per class and through retrieval, on labelled pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.quality import Pair, by_class, read_pairs, screened_scores

PERSON = WatchlistKind.PERSON


def pair(query: str, candidate: str, match: bool, *classes: str) -> Pair:
    """A labelled pair with classes."""
    return Pair(query, candidate, PERSON, match, classes[0], candidate, classes)


def test_by_class_counts_each_class_of_a_pair() -> None:
    pairs = [
        pair("a", "b", True, "cross-script", "inversion"),
        pair("c", "d", True, "cross-script"),
        pair("e", "f", False, "cross-script", "relatives"),
        pair("g", "h", False, "relatives"),
    ]
    rows = {c.name: c for c in by_class([0.9, 0.1, 0.85, 0.2], pairs, 0.8)}
    assert rows["cross-script"].recall == 0.5
    assert rows["cross-script"].precision == 0.5
    assert rows["cross-script"].false_hits == 1
    # A class of non-matches only has false hits, not precision or recall.
    assert rows["relatives"].precision is None
    assert rows["relatives"].recall is None
    assert rows["relatives"].false_hits == 1
    # A class of matches only has recall; every hit in it is right by construction.
    assert rows["inversion"].recall == 1.0
    assert rows["inversion"].precision is None


def test_read_pairs_reads_classes_and_split(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    row = {"query": "Ильхам Алиев", "candidate": "Ilham Aliyev", "kind": "person", "match": True}
    path.write_text(
        json.dumps({**row, "classes": ["cross-script"], "split": "test"}, ensure_ascii=False)
        + "\n"
        + json.dumps(row, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    first, second = read_pairs(path)
    assert first.classes == ("cross-script",)
    assert first.split == "test"
    assert second.split == ""


def test_read_pairs_names_the_line_of_a_bad_pair(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"query": "a", "candidate": "b", "kind": "ship", "match": true}\n')
    with pytest.raises(ValueError, match="line 1"):
        read_pairs(path)


def test_screened_scores_go_through_retrieval() -> None:
    pairs = [
        pair("Ilham Aliyev", "Ильхам Гейдар оглы Алиев", True, "cross-script"),
        pair("Heydar Aliyev", "Ильхам Гейдар оглы Алиев", False, "relatives"),
        pair("Tural Hasanov", "Ramiz Mehdiyev", False, "random"),
    ]
    found, relative, stranger = screened_scores(pairs)
    assert found >= 0.8
    assert relative < 0.8
    assert stranger == 0.0


def test_a_class_named_twice_on_a_pair_counts_once() -> None:
    pairs = [pair("a", "b", True, "inversion", "inversion"), pair("c", "d", True, "inversion")]
    rows = {c.name: c for c in by_class([0.9, 0.1], pairs, 0.8)}
    assert rows["inversion"].matches == 2
    assert rows["inversion"].recall == 0.5
