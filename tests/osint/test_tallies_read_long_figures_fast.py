"""The words for many cases and many arrests read a number with spaces between its thousands
("1 200 случаев", "2 500 nəfər") in one pass: a long run of figures reads fast, not in time
that grows with its square."""

from __future__ import annotations

import time

import pytest

from kordon.osint.tallies import tally_words


@pytest.mark.parametrize("language", ["ru", "az"])
def test_a_long_run_of_figures_reads_fast(language: str) -> None:
    words = tally_words(language)
    text = "7 " * 10_000  # 20,000 characters
    began = time.perf_counter()
    assert not words.counts_cases(text)
    assert not words.arrests_many(text)
    # A generous bound: the reading takes milliseconds, and seconds before this was mended.
    assert time.perf_counter() - began < 1.0


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "За год выявлено 1 250 случаев контрабанды."),
        ("ru", "В ходе операции задержаны 3 400 человек."),
        ("az", "Il ərzində 1 250 qaçaqmalçılıq halı aşkarlanıb."),
        ("az", "Əməliyyatda 3 400 nəfər həbs edilib."),
    ],
)
def test_a_number_with_spaced_thousands_still_counts(language: str, sentence: str) -> None:
    words = tally_words(language)
    assert words.counts_cases(sentence) or words.arrests_many(sentence)
