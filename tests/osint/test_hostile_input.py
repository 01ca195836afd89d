"""Odd or hostile input costs the reader work growing with the text, not with its square.

Nothing here is timed: the tests count what the reader does (calls, characters handed to whole
text searches, positions a pattern can start at) on a text and on one four times as long.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from kordon.osint import (
    ReportError,
    areas,
    covers,
    extract_text,
    fields,
    gazetteer,
    lexicon,
    measures,
    multilingual,
    quantities,
    sums,
)
from kordon.osint.alternation import literal_alternation
from kordon.osint.amounts import find_amounts
from kordon.osint.report import MAX_FIGURES, parse_report
from kordon.osint.vocabulary import PhraseTable, vocabulary


def _counting(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, tally: Callable[..., int]
) -> list[int]:
    """Replace owner.name with a spy adding tally(*args) to the returned one-item list."""
    seen = [0]
    original = getattr(owner, name)

    def spy(*args: Any) -> Any:
        seen[0] += tally(*args)
        return original(*args)

    monkeypatch.setattr(owner, name, spy)
    return seen


# Patterns that read a figure's run of digits and separators ("1 250 000,5"), each with a text
# it matches from the run's first character.
_RUN_PATTERNS = [
    pytest.param(covers._FIGURE_BEFORE, "{run}ton ", id="cover-figure"),
    pytest.param(lexicon._COUNTED, "{run}", id="counted-animals"),
    pytest.param(multilingual._FIGURE_THEN_WORDS, "{run}manat cərimə", id="sum-words"),
    pytest.param(measures._MEASURED, "{run}metr boru ", id="measured"),
]


@pytest.mark.parametrize(("pattern", "shape"), _RUN_PATTERNS)
def test_a_figures_run_is_read_from_its_start_only(pattern: re.Pattern[str], shape: str) -> None:
    # Read again from each of its digits, a run of thousands of figures would be read
    # thousands of times.
    for run in ("3 400 ", "7 " * 300, "5,5 " * 300):
        text = shape.format(run=run)
        assert pattern.match(text, 0) is not None
        starts = [p for p in range(1, len(run)) if pattern.match(text, p) is not None]
        assert starts == []


def test_a_sum_is_read_only_as_far_back_as_a_sum_runs() -> None:
    (whole,) = sums._SUM.finditer("fined 1 250 000,50 dollars")
    assert whole.group() == "1 250 000,50 dollars"
    # A run too long to be one sum is none, not its last few figures.
    assert list(sums._SUM.finditer("8 " * 500 + "dollars")) == []
    assert list(sums._SUM.finditer("paid 4,000,000,000,000,000,000,000,000 dollars")) == []


def _chars_searched(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """A count of the characters handed to the vocabulary's whole-text searches from now on."""
    searched = _counting(monkeypatch, PhraseTable, "search", lambda _, text: len(text))
    listed = _counting(monkeypatch, PhraseTable, "finditer", lambda _, text: len(text))
    return lambda: searched[0] + listed[0]


@pytest.mark.parametrize(
    ("language", "unit"),
    [("ru", "1 2 "), ("ru", "3 и "), ("az", "1 "), ("az", "4 və "), ("ru", "6 a ")],
)
def test_goods_after_figures_are_looked_up_where_they_stand(
    monkeypatch: pytest.MonkeyPatch, language: str, unit: str
) -> None:
    # Looked up by searching the rest of the text after each figure, a text of many figures
    # would be read once per figure.
    searched = _chars_searched(monkeypatch)
    vocab = vocabulary(language)
    done = []
    for repeats in (100, 400):
        before = searched()
        find_amounts(unit * repeats, vocab)
        done.append(searched() - before)
    # Each figure may read the few words after it: four times the text, some four times the
    # reading (read to the text's end from each figure, it would be some sixteen times).
    assert done[1] <= 6 * done[0]


_KINDS = ["Fly River", "Snail Eating", "Big-Headed", "Red Eared", "Spotted Pond", "Black Marsh"]


def test_a_list_of_kinds_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "15 Fly River, 14 Snail Eating, ... and 7 Star tortoises": each figure of the list asks
    # whether the list closes on goods; read on again from each, the list is read its
    # length over.
    calls = _counting(monkeypatch, quantities, "_counted_goods_end", lambda *_: 1)
    done = []
    for kinds in (10, 40):
        before = calls[0]
        listed = ", ".join(f"{n + 2} {_KINDS[n % len(_KINDS)]}" for n in range(kinds))
        text = f"Officers found {listed} and 7 Star tortoises."
        found = quantities.find_quantities(text)
        assert len(found) == kinds + 1
        done.append(calls[0] - before)
    assert done[1] <= 5 * done[0]


def test_each_figure_of_a_sentence_is_bound_to_goods_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A figure naming no goods takes those of the figures before it: bound again for each
    # later figure, a sentence of n figures would bind some 2**n times.
    calls = _counting(monkeypatch, multilingual, "_bind_goods", lambda *_: 1)
    figures = 14
    text = "Таможенники изъяли " + ", ".join(f"{i} кг" for i in range(1, figures + 1)) + "."
    multilingual.extract_multilingual(parse_report(text))
    assert 0 < calls[0] <= 2 * figures


_FORMS = ["heroin", "hashish", "Heroin base", "hash oil", "opium", "Opium poppy", "kat", "Kelp"]


@pytest.mark.parametrize("ignore_case", [False, True])
def test_an_alternation_grouped_by_letter_matches_as_the_plain_one(ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
    grouped = literal_alternation(_FORMS, ignore_case=ignore_case)
    text = "Heroin base, hash oil and HASHISH; opium poppy, Opium, kat and kelp; heroine."
    expected = [m.span() for m in re.finditer(rf"\b(?:{plain})\b", text, flags)]
    assert [m.span() for m in re.finditer(rf"\b(?:{grouped})\b", text, flags)] == expected
    assert expected  # the text names some of the forms


def test_an_alternation_tries_at_a_word_only_the_forms_of_its_first_letter() -> None:
    grouped = literal_alternation(_FORMS, ignore_case=True)
    groups = re.findall(r"\(\?=(.)\)\(\?:([^)]*)\)", grouped)
    assert {letter.lower() for letter, _ in groups} == {"h", "o", "k"}
    for letter, forms in groups:
        assert all(f.lower().startswith(letter.lower()) for f in forms.split("|"))


def test_an_agencys_name_is_read_a_words_length_from_each_capital() -> None:
    # "Q-Q-Q-...-Q Customs": a name may start at each capital of a hyphenated run, and read to
    # the run's end from each one, a run n long would cost some n * n steps.
    for links in (50, 200):
        text = "Q-" * links + "Q Customs seized it."
        reads = [gazetteer.GENERIC_AGENCY.match(text, p) for p in range(0, len(text) - 20, 2)]
        spans = [m.end() - m.start() for m in reads if m is not None]
        assert spans  # the name's last words are still read as an agency
        assert max(spans) <= 6 * (gazetteer.NAME_WORD + 2) + len("Customs")


@pytest.mark.parametrize(
    ("pattern", "tail"),
    [
        pytest.param(fields._VILLAGE, "Q village", id="village"),
        pytest.param(fields._TOWN_OF_REGION, "Q city of Baku region", id="town-of-region"),
        pytest.param(areas._AREA, "Q state", id="region"),
    ],
)
def test_a_places_name_is_read_a_words_length_from_each_capital(
    pattern: re.Pattern[str], tail: str
) -> None:
    # The same run before a place's head word ("village", "state"): each capital may open the
    # name, and reading to the run's end from each would cost the run's square.
    for links in (50, 200):
        text = "Q-" * links + tail
        reads = [pattern.match(text, p) for p in range(0, 2 * links, 2)]
        spans = [m.end() - m.start() for m in reads if m is not None]
        assert spans  # the place is still read, from the run's last words
        assert max(spans) <= 3 * (gazetteer.NAME_WORD + 2) + len(tail)


def _weighed(lead: str, unit: str, goods: str) -> str:
    return " ".join(f"{lead}{n} {unit}{goods}" for n in range(2, 420))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_weighed("Officers weighed ", "kg", " of hashish."), extract_text),
        (
            _weighed("Сотрудники таможни взвесили ", "кг", " гашиша."),
            lambda text: multilingual.extract_multilingual(parse_report(text)),
        ),
        (
            _weighed("Gömrük əməkdaşları ", "kq", " həşiş aşkar ediblər."),
            lambda text: multilingual.extract_multilingual(parse_report(text)),
        ),
    ],
    ids=["en", "ru", "az"],
)
def test_a_text_of_too_many_figures_is_refused_without_a_count_it_did_not_make(
    text: str, read: Callable[[str], object]
) -> None:
    # The Russian and Azerbaijani readers stop at the sentence that passes the bound, so the
    # count they reach is no count of the text.
    with pytest.raises(ReportError) as refused:
        read(text)
    assert f"more than {MAX_FIGURES} quantities" in str(refused.value)


def _read_in(language: str) -> Callable[[str], list[Any]]:
    if language == "en":
        return extract_text
    return lambda text: multilingual.extract_multilingual(parse_report(text))


_MANY_ZEROS = "7" + "0" * 350
_MANY_NINES = "9" * 350


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", f"Border guards found {_MANY_ZEROS} pills of methadone in a van."),
        ("en", f"Border guards found {_MANY_NINES} kg of cocaine in a van."),
        ("en", "Border guards found " + "five hundred and " * 200 + "kg of cocaine in a van."),
        ("ru", f"Пограничники нашли в фургоне {_MANY_ZEROS} таблеток метадона."),
        ("ru", f"Пограничники нашли в фургоне {_MANY_NINES} кг кокаина."),
        ("ru", "Пограничники нашли в фургоне 1" + " 000" * 150 + " кг кокаина."),
        ("az", f"Sərhədçilər furqonda {_MANY_ZEROS} ədəd metadon həbi aşkar ediblər."),
        ("az", f"Sərhədçilər furqonda {_MANY_NINES} kiloqram kokain aşkar ediblər."),
        ("az", "Sərhədçilər furqonda 2" + " 000" * 150 + " kiloqram kokain aşkar ediblər."),
    ],
)
def test_a_number_no_seizure_reaches_is_no_figure(language: str, text: str) -> None:
    # Read as figures, such runs overflowed or became infinite and stopped the reader.
    for record in _read_in(language)(text):
        for value in (record.quantity_kg, record.quantity_count, record.quantity_litres):
            assert value is None or quantities.is_figure(value)
