"""The tests of a class of names, made once: a list of entries, the names that must match one
of them, and the names of other people that must not match theirs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex

# (what the case shows, the name screened, the id of the entry it is about)
Case = tuple[str, str, str]


def class_tests(
    entries: Sequence[WatchlistEntry],
    matches: Sequence[Case],
    non_matches: Sequence[Case],
    kind: WatchlistKind = WatchlistKind.PERSON,
) -> tuple[Callable[..., object], ...]:
    """A module's `index` fixture and its two tests: each match is found through screening,
    and each other person scores below the threshold against the entry and is not found."""

    @pytest.fixture(scope="module")
    def index() -> ScreeningIndex:
        """A list of the entries."""
        return ScreeningIndex.build(entries)

    @pytest.mark.parametrize(("case", "name", "expected"), matches)
    def test_one_name_written_two_ways_matches(
        index: ScreeningIndex, case: str, name: str, expected: str
    ) -> None:
        assert expected in matched(index, name, kind), case

    @pytest.mark.parametrize(("case", "name", "entry"), non_matches)
    def test_another_person_does_not_match(
        index: ScreeningIndex, case: str, name: str, entry: str
    ) -> None:
        listed = index.entry(entry).names[0]
        assert index.score_name(name, listed, kind) < DEFAULT_THRESHOLD, case
        assert entry not in matched(index, name, kind), case

    return index, test_one_name_written_two_ways_matches, test_another_person_does_not_match
