"""A person's record ("a man with 2 previous offences", "three prior violations") tells of the
person, not of cases the report counts: the find told beside it is still a record."""

from __future__ import annotations

from kordon.osint import extract_text
from kordon.osint.lexicon import AGGREGATE
from kordon.osint.tallies import tally_words


def test_past_offences_keep_the_find() -> None:
    text = "Customs in Mombasa, Kenya, seized 12 kg of heroin from a driver with 4 prior offences."
    assert [(r.substance, r.quantity_kg, r.country) for r in extract_text(text)] == [
        ("heroin", 12.0, "KE")
    ]


def test_past_offences_are_no_tally_of_cases() -> None:
    for sentence in (
        "The courier had three earlier customs violations.",
        "A woman with 5 past drug offences was held.",
    ):
        assert AGGREGATE.search(sentence) is None
        assert not tally_words("en").counts_cases(sentence)


def test_cases_a_report_counts_are_still_a_tally() -> None:
    sentence = "Officers stopped 14 smuggling attempts at the border."
    assert AGGREGATE.search(sentence) is not None
    assert tally_words("en").counts_cases(sentence)
