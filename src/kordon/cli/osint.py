"""`kordon osint ...`: read public seizure reports into structured records."""

from __future__ import annotations

import json
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

if TYPE_CHECKING:
    from kordon.osint.evaluate import Batches, LabelledText
    from kordon.osint.records import SeizureRecord

app = typer.Typer(help="Read public seizure reports into seizure records.", no_args_is_help=True)

DEFAULT_EVAL = Path("data/osint-eval")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=1)


def _read(path: str) -> tuple[bytes, str]:
    from kordon.osint.report import MAX_REPORT_BYTES

    if path == "-":
        # Read one byte past the limit so an oversized input is refused, not half read.
        return sys.stdin.buffer.read(MAX_REPORT_BYTES + 1), "standard input"
    file = Path(path)
    if not file.exists():
        raise _fail(f"{path} does not exist")
    if not file.is_file():
        raise _fail(f"{path} is not a file")
    if file.stat().st_size > MAX_REPORT_BYTES:
        raise _fail(
            f"{path} is {file.stat().st_size:,} bytes; a report may be at most "
            f"{MAX_REPORT_BYTES:,} bytes (one news story or press release per file)"
        )
    return file.read_bytes(), path


@app.command("extract")
def extract(
    path: Annotated[str, typer.Argument(help="A plain-text report (UTF-8), or - for stdin.")],
) -> None:
    """Print the seizure records of one report as a JSON array.

    Reports in English, Russian and Azerbaijani are read; a report in another language exits
    with status 2 and names the language. An optional first line `SOURCE: <url>` and second
    line `DATE: <date>` give provenance.
    """
    from kordon.osint import ReportError, decode_report, extract_text

    data, name = _read(path)
    try:
        text = decode_report(data, name=name)
    except ReportError as exc:
        raise _fail(str(exc)) from exc
    from kordon.osint.language import UnsupportedLanguage

    try:
        records = extract_text(text)
    except UnsupportedLanguage as exc:
        typer.echo(f"Error: {name}: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    except ReportError as exc:
        raise _fail(f"{name}: {exc}") from exc
    typer.echo(json.dumps([r.to_json() for r in records], indent=2, ensure_ascii=False))


@app.command("ingest")
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Report files (plain UTF-8 text), or folders of .txt files."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Store the seizures of public reports as open-source records, each event once.

    A seizure another stored report already tells (same goods, quantity within 1%, same
    country, within a week; in any language) is merged into it as one more source.
    """
    from kordon.cli.common import progress, store
    from kordon.services.osint_ingest import ingest_reports

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.txt")))
        elif path.is_file():
            files.append(path)
        else:
            raise _fail(f"{path}: no such file or folder.")
    with store() as opened, progress(enabled=not as_json) as bar:
        task = bar.add_task("reading reports", total=len(files))
        summary = ingest_reports(opened, files, on_progress=lambda n: bar.advance(task, n))
    if as_json:
        typer.echo(json.dumps({key: getattr(summary, key) for key in
                               ("reports", "stored", "merged", "unchanged",
                                "without_seizures", "errors")}))  # fmt: skip
    else:
        for error in summary.errors:
            typer.echo(f"error: {error}", err=True)
        typer.echo(
            f"{summary.reports} reports: {summary.stored} seizures stored "
            f"({summary.merged} merged into events already stored), {summary.unchanged} already "
            f"stored, {summary.without_seizures} reports without a seizure, "
            f"{len(summary.errors)} unreadable."
        )
    if summary.errors:
        raise typer.Exit(1)


@app.command("watch")
def watch(
    feeds: Annotated[
        list[str] | None,
        typer.Option(
            "--feed", help="A feed or page to poll (repeatable); default KORDON_OSINT_FEEDS."
        ),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    interval: Annotated[
        float | None,
        typer.Option(help="Seconds between polls; default KORDON_OSINT_POLL_SECONDS.", min=1),
    ] = None,
) -> None:
    """Poll RSS/Atom feeds and pages for seizure reports and ingest each new item once.

    Robots.txt is respected; every request waits KORDON_OSINT_REQUEST_GAP seconds after the
    previous one to the same host, gives up after KORDON_OSINT_FETCH_TIMEOUT seconds and
    refuses documents over KORDON_OSINT_MAX_BYTES. Stop with Ctrl-C.
    """
    from kordon.cli.common import settings, store
    from kordon.services.osint_watch import Fetcher, Politeness, poll_feeds

    config = settings()
    urls = list(feeds or config.osint_feeds)
    if not urls:
        raise _fail("no feeds to watch: set KORDON_OSINT_FEEDS (a JSON list) or give --feed URL")
    fetcher = Fetcher(
        Politeness(
            timeout=config.osint_fetch_timeout,
            max_bytes=config.osint_max_bytes,
            request_gap=config.osint_request_gap,
        )
    )
    pause = interval or config.osint_poll_seconds
    try:
        while True:
            with store() as opened:
                summary = poll_feeds(opened, urls, fetcher)
            for error in summary.errors + summary.ingest.errors:
                typer.echo(f"error: {error}", err=True)
            i = summary.ingest
            typer.echo(
                f"{summary.feeds} feeds: {summary.new_items} new items "
                f"({summary.already_seen} read before); {i.stored} seizures stored, "
                f"{i.merged} merged into events already stored, {i.without_seizures} items "
                f"without a seizure, {len(summary.errors) + len(i.errors)} errors."
            )
            if once:
                break
            time.sleep(pause)
    except KeyboardInterrupt:
        typer.echo("stopped.", err=True)


def bench_osint(
    data: Annotated[
        Path, typer.Option(help="Labelled set: texts/NAME.txt and expected/NAME.json.")
    ] = DEFAULT_EVAL,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List missed and extra records per text.")
    ] = False,
    fit_confidence: Annotated[
        bool,
        typer.Option(
            "--fit-confidence",
            help="Refit record and field confidences on this set; save them with the reader.",
        ),
    ] = False,
    language: Annotated[
        str | None,
        typer.Option(help="Score only the texts in this language (az, en, ru)."),
    ] = None,
    orders: Annotated[
        int,
        typer.Option(
            min=1,
            help="Measure calibration with the texts in this many orders (folds drawn anew).",
        ),
    ] = 1,
    fit_decision: Annotated[
        bool,
        typer.Option(
            "--fit-decision",
            help="Refit the learned record decision on this set; save it with the reader.",
        ),
    ] = False,
    forward: Annotated[
        bool,
        typer.Option(
            "--forward",
            help="Read the newest batches with and without a decision fitted before each.",
        ),
    ] = False,
    first_runs: Annotated[
        bool,
        typer.Option(
            "--first-runs",
            help="Check the kept first-run readings and measure the decisions forward on them "
            "(reads no text).",
        ),
    ] = False,
) -> None:
    """Score `kordon osint extract` on a labelled set: record and per-field P, R, F1."""
    from kordon.osint.evaluate import (
        LabelledText,
        baseline_extract,
        evaluate,
        load_batches,
        load_labelled,
        records_match,
        scores_by_batch,
        scores_by_language,
    )
    from kordon.osint.extract import extract_text

    try:
        labelled = load_labelled(data)
        batches = load_batches(data)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    if language is not None:
        labelled = [t for t in labelled if batches.language_of(t.name) == language]
        if not labelled:
            raise _fail(f"No labelled text in {data} is in the language {language!r}.")
    if (fit_confidence or fit_decision or forward) and language is not None:
        raise _fail(
            "--fit-confidence, --fit-decision and --forward need the whole set: "
            "leave out --language."
        )
    console = Console()
    if first_runs:
        if fit_confidence or fit_decision or forward or language is not None or show_errors:
            raise _fail("--first-runs reads no text: use it alone (with --data at most).")
        from kordon.cli import osint_first_runs

        try:
            osint_first_runs.report(console, data, labelled, batches)
        except ValueError as exc:
            raise _fail(str(exc)) from exc
        return
    errors: list[str] = []
    results: list[tuple[LabelledText, list[SeizureRecord]]] = []

    def note(item: object, found: list[SeizureRecord]) -> None:
        """Record one text's missed and extra records and advance the progress bar."""

        assert isinstance(item, LabelledText)
        results.append((item, found))
        left = list(found)
        for exp in item.expected:
            hit = next((f for f in left if records_match(exp, f)), None)
            if hit is None:
                errors.append(f"{item.name}: missed {exp.substance} {_amount(exp)}")
            else:
                left.remove(hit)
        errors.extend(f"{item.name}: extra {f.substance} {_amount(f)}" for f in left)
        progress.advance(task)

    # The decisions are measured and fitted on what the reader gives before any field is left
    # empty.
    read = partial(extract_text, decide_fields=not (fit_decision or forward))
    started = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Extracting", total=len(labelled))
        scores = evaluate(labelled, read, on_text=note)
    elapsed = time.perf_counter() - started
    r = scores.records
    console.print(
        f"OSINT extraction on {scores.texts} texts ({r.tp + r.fn} labelled records), "
        f"{elapsed:.1f} s ({1000 * elapsed / max(scores.texts, 1):.0f} ms per text, "
        "model load included)"
    )
    console.print(
        f"records: precision {r.precision:.3f}  recall {r.recall:.3f}  F1 {r.f1:.3f}  "
        f"(tp {r.tp}, fp {r.fp}, fn {r.fn})"
    )
    table = Table("field", "precision", "recall", "F1", "tp", "fp", "fn")
    for name, t in scores.fields.items():
        table.add_row(name, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}",
                      str(t.tp), str(t.fp), str(t.fn))  # fmt: skip
    m = scores.micro_fields
    table.add_row("micro-average", f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}",
                  str(m.tp), str(m.fp), str(m.fn), style="bold")  # fmt: skip
    console.print(table)
    languages = Table("language", "texts", "records", "record P", "record R", "record F1",
                      "micro field F1", title="By language (whole set)")  # fmt: skip
    for code, s in sorted(scores_by_language(results, batches).items()):
        languages.add_row(code, str(s.texts), str(s.records.tp + s.records.fn),
                          f"{s.records.precision:.3f}", f"{s.records.recall:.3f}",
                          f"{s.records.f1:.3f}", f"{s.micro_fields.f1:.3f}")  # fmt: skip
    console.print(languages)
    if batches.first_runs:
        title = "First runs: each batch read before the reader was changed for it; now: this run"
        runs = Table("batch", "language", "texts", "records", "record F1", "micro field F1",
                     "now record F1", "now field F1", title=title)  # fmt: skip
        now = scores_by_batch(results, batches)
        for run in batches.first_runs:
            batch_now = now.get((run.batch, run.language))
            if language is not None and batch_now is None:
                continue
            current = (
                [f"{batch_now.records.f1:.3f}", f"{batch_now.micro_fields.f1:.3f}"]
                if batch_now else ["", ""]
            )  # fmt: skip
            runs.add_row(run.batch, run.language, str(run.texts), str(run.records),
                         f"{run.record_f1:.3f}", f"{run.field_f1:.3f}", *current)  # fmt: skip
        console.print(runs)
    _print_calibration(console, results, batches, fit=fit_confidence, orders=orders)
    if forward or fit_decision:
        from kordon.cli import osint_decision

        if forward:
            osint_decision.print_forward(console, results, batches)
        if fit_decision:
            osint_decision.fit_and_save(console, results, batches)
    base = evaluate(labelled, baseline_extract)
    console.print(
        f"baseline (first goods and first figure of each text): record F1 {base.records.f1:.3f}, "
        f"micro field F1 {base.micro_fields.f1:.3f}"
    )
    if show_errors:
        for line in errors:
            console.print(line)


def _print_calibration(
    console: Console, results: list[tuple[LabelledText, list[SeizureRecord]]], batches: Batches,
    *, fit: bool, orders: int = 1,
) -> None:  # fmt: skip
    """Confidence against the share right, in ten bins, cross-fitted."""
    from kordon.osint import confidence

    rows = [(batches.language_of(item.name), item.expected, found) for item, found in results]
    seen = confidence.cross_fitted(rows)
    for what in ("record", "field"):
        bins = confidence.calibration(seen, what)
        title = f"Calibration of {what} confidence (cross-fitted, 5 folds)"
        table_out = Table("confidence", "values", "mean confidence", "share right", "gap",
                          title=title)  # fmt: skip
        for b in bins:
            table_out.add_row(f"{b.low:.1f}-{b.low + 0.1:.1f}", str(b.count),
                              f"{b.mean_confidence:.3f}", f"{b.observed:.3f}",
                              f"{abs(b.mean_confidence - b.observed):.3f}")  # fmt: skip
        console.print(table_out)
        worst = confidence.largest_gap(seen, what)
        console.print(f"largest gap in a bin of 10 or more {what}s: {worst:.3f}")
    if orders > 1:
        gaps = confidence.gaps_over_orders(rows, orders)
        for i, what in enumerate(("record", "field")):
            listed = ", ".join(f"{g[i]:.3f}" for g in gaps)
            console.print(
                f"largest {what} gap in {orders} orders of the texts: {max(g[i] for g in gaps):.3f}"
                f" (each: {listed})"
            )
    if fit:
        fitted = confidence.fit_calibrated(rows)
        path = confidence.table_path()
        path.write_text(json.dumps(fitted.to_json(), indent=1, sort_keys=True) + "\n")
        console.print(f"confidences fitted on {len(rows)} texts and saved to {path}")


def _amount(record: object) -> str:
    from kordon.osint.records import SeizureRecord

    assert isinstance(record, SeizureRecord)
    if record.quantity_kg is not None:
        return f"{record.quantity_kg:g} kg"
    if record.quantity_count is not None:
        return f"{record.quantity_count:g} {record.count_unit or 'units'}"
    if record.quantity_litres is not None:
        return f"{record.quantity_litres:g} l"
    return "(no quantity)"
