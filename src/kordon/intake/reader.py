"""Reading declaration files: detect the layout, decode line by line, check every record.

Each line is decoded on its own, so one badly encoded line is reported and skipped while every
valid line around it still lands.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kordon.intake import csvlayout, kcs
from kordon.intake.errors import FieldErrors, IntakeError, RowError
from kordon.intake.layout import IntakeRecord, parse_document

# A marker that cannot occur in decoded text: it stands for a line that was not valid UTF-8.
_UNDECODABLE = "\x00undecodable\x00"
# Files are decoded a block of whole lines at a time.
_BLOCK = 1 << 20


@dataclass(slots=True)
class ParsedRow:
    """One declaration's worth of input: the checked record, or why it was rejected."""

    line: int
    record: IntakeRecord | None
    errors: list[RowError] = field(default_factory=list)


def _decode_lines(stream: BinaryIO, bad: dict[int, str]) -> Iterator[str]:
    """Every line of the stream as text, split at newlines only.

    Blocks of whole lines are decoded at once; only a block that is not valid UTF-8 is decoded
    line by line, so that each bad line is recorded in bad (by number) and stands as a marker.
    """
    number = 0
    rest = b""
    first = True
    while True:
        block = stream.read(_BLOCK)
        data = rest + block
        if block:
            cut = data.rfind(b"\n") + 1
            if not cut:
                rest = data
                continue
            data, rest = data[:cut], data[cut:]
        elif not data:
            return
        if first:
            data = data.removeprefix(b"\xef\xbb\xbf")
            first = False
        text = None if b"\x00" in data else _decoded(data)
        if text is not None:
            number += text.count("\n") + (not text.endswith("\n"))
            yield from io.StringIO(text, newline="\n")
        else:
            for raw in io.BytesIO(data):
                number += 1
                yield _decode_line(raw, number, bad)
        if not block:
            return


def _decoded(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_line(raw: bytes, number: int, bad: dict[int, str]) -> str:
    if b"\x00" in raw:
        bad[number] = (
            "contains NUL bytes: the file is not UTF-8 text (UTF-16 or binary?); save it as UTF-8"
        )
        return _UNDECODABLE + "\n"
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad[number] = (
            f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
            "save the file as UTF-8"
        )
        return _UNDECODABLE + "\n"


def detect_layout(path: Path) -> str:
    """'jsonl', 'kcs' or 'kordon-csv', judged from the file's first line."""
    with path.open("rb") as stream:
        first = stream.readline(65536)
    text = first.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace").strip()
    if not text:
        raise IntakeError(
            RowError(str(path), 1, None, "the file is empty or starts with a blank line")
        )
    if text.startswith(("{", "[")):
        return "jsonl"
    columns = next(csv.reader([text]))
    if kcs.is_kcs_header(columns):
        return "kcs"
    if csvlayout.is_kordon_header(columns):
        return "kordon-csv"
    raise IntakeError(
        RowError(
            str(path),
            1,
            None,
            "the layout is not recognised: expected JSON Lines, a Kordon CSV header "
            "(declaration_id, lodged_at, ...) or a KCS header (Declaration ID, Date, ...)",
        )
    )


def read_file(path: Path) -> Iterator[ParsedRow]:
    """Every declaration in a file, checked; raises IntakeError when the file cannot be read."""
    if not path.is_file():
        raise IntakeError(RowError(str(path), None, None, "no such file"))
    try:
        layout = detect_layout(path)
        with path.open("rb") as stream:
            if layout == "jsonl":
                yield from _read_jsonl(stream, str(path))
            elif layout == "kcs":
                yield from _read_kcs(stream, str(path))
            else:
                yield from _read_kordon_csv(stream, str(path))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise IntakeError(
            RowError(str(path), None, None, f"the file cannot be read ({reason})")
        ) from exc


def read_documents(documents: Iterable[object], source: str = "request") -> Iterator[ParsedRow]:
    """Check declaration documents that arrived already parsed (an API payload)."""
    for index, document in enumerate(documents, start=1):
        errors = FieldErrors(source, index)
        record = parse_document(errors, document)
        yield ParsedRow(index, record, errors.errors)


def _read_jsonl(stream: BinaryIO, name: str) -> Iterator[ParsedRow]:
    bad: dict[int, str] = {}
    for number, text in enumerate(_decode_lines(stream, bad), start=1):
        if number in bad:
            yield ParsedRow(number, None, [RowError(name, number, None, f"the line {bad[number]}")])
            continue
        if not text.strip():
            continue
        errors = FieldErrors(name, number)
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            hint = "; the file may be truncated" if not text.endswith("\n") else ""
            errors.add(None, f"the line is not valid JSON ({exc.msg} at column {exc.colno}){hint}")
            yield ParsedRow(number, None, errors.errors)
            continue
        record = parse_document(errors, document)
        yield ParsedRow(number, record, errors.errors)


def _csv_records(
    stream: BinaryIO, name: str, check_header: Callable[[list[str]], None]
) -> Iterator[tuple[int, dict[str, str] | None, RowError | None]]:
    """Yields (line, values by column, problem) for each non-blank CSV record.

    A record that cannot be read (bad encoding, broken quoting, wrong number of fields) comes
    with its problem and no values; the header is checked before any record is read.
    """
    for line, header, row, bad in _csv_rows(stream, name, check_header):
        if not any(map(str.strip, row)):
            continue
        whole = len(row) == len(header) and line not in bad and not row[0].startswith("\x00")
        problem = None if whole else _row_problem(name, line, header, row, bad)
        yield line, None if problem else dict(zip(header, row, strict=True)), problem


def _csv_rows(
    stream: BinaryIO, name: str, check_header: Callable[[list[str]], None]
) -> Iterator[tuple[int, list[str], list[str], dict[int, str]]]:
    """Yields (line, header, row, bad-lines) for each CSV record, once the header is checked."""
    bad: dict[int, str] = {}
    reader = csv.reader(_decode_lines(stream, bad), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise IntakeError(
            RowError(name, 1, None, f"the CSV header cannot be read ({exc})")
        ) from exc
    if 1 in bad:
        raise IntakeError(RowError(name, 1, None, f"the header line {bad[1]}"))
    header = [column.strip() for column in header]
    check_header(header)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, header, [f"{_UNDECODABLE}csv:{exc}"], bad
            return
        yield start, header, row, bad


def _row_problem(
    name: str, line: int, header: list[str], row: list[str], bad: dict[int, str]
) -> RowError | None:
    if line in bad:
        return RowError(name, line, None, f"the line {bad[line]}")
    if row and row[0].startswith(_UNDECODABLE + "csv:"):
        reason = row[0].removeprefix(_UNDECODABLE + "csv:")
        return RowError(
            name, line, None, f"the CSV cannot be parsed here ({reason}); the file may be truncated"
        )
    if len(row) != len(header):
        hint = "; the file may be truncated" if len(row) < len(header) else ""
        return RowError(
            name,
            line,
            None,
            f"the row has {len(row)} fields but the header has {len(header)}{hint}",
        )
    return None


def _read_kcs(stream: BinaryIO, name: str) -> Iterator[ParsedRow]:
    def check_header(header: list[str]) -> None:
        missing = [column for column in kcs.REQUIRED_COLUMNS if column not in header]
        if missing:
            raise IntakeError(
                RowError(name, 1, ", ".join(missing), "the KCS header lacks these columns")
            )

    for line, values, problem in _csv_records(stream, name, check_header):
        if values is None:
            assert problem is not None
            yield ParsedRow(line, None, [problem])
            continue
        errors = FieldErrors(name, line)
        record = kcs.parse_kcs_row(errors, values)
        yield ParsedRow(line, record, errors.errors)


def _finish_group(name: str, group: csvlayout.CsvGroup) -> ParsedRow:
    if group.errors:
        return ParsedRow(group.first_line, None, group.errors)
    errors = FieldErrors(name, group.first_line)
    record = parse_document(errors, csvlayout.to_document(group))
    return ParsedRow(
        group.first_line, record, [csvlayout.locate(group, error) for error in errors.errors]
    )


def _read_kordon_csv(stream: BinaryIO, name: str) -> Iterator[ParsedRow]:
    group: csvlayout.CsvGroup | None = None
    finished: dict[str, int] = {}

    def check_header(header: list[str]) -> None:
        problems = csvlayout.header_problems(header)
        if problems:
            raise IntakeError(RowError(name, 1, None, "; ".join(problems)))

    for line, values, problem in _csv_records(stream, name, check_header):
        if values is None:
            assert problem is not None
            yield ParsedRow(line, None, [problem])
            continue
        declaration_id = values["declaration_id"].strip()
        if group is not None and declaration_id == group.head.get("declaration_id", "").strip():
            group.add_item_row(name, line, values)
            continue
        if group is not None:
            finished[group.head.get("declaration_id", "")] = group.first_line
            yield _finish_group(name, group)
        if declaration_id and declaration_id in finished:
            yield ParsedRow(
                line,
                None,
                [
                    RowError(
                        name,
                        line,
                        "declaration_id",
                        f"declaration {declaration_id} already ended at line "
                        f"{finished[declaration_id]}; its item rows must be consecutive",
                        declaration_id,
                    )
                ],
            )
            group = None
            continue
        group = csvlayout.start_group(line, values)
    if group is not None:
        yield _finish_group(name, group)
