"""`kordon report`: the monthly seizure report, the same figures as /reports/monthly."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kordon.cli.common import fail, store

app = typer.Typer(help="Seizure reports for the enforcement analyst.", no_args_is_help=True)


class ReportFormat(StrEnum):
    """How the report is written."""

    MARKDOWN = "markdown"
    HTML = "html"
    CSV = "csv"


@app.command("monthly")
def monthly(
    month: Annotated[str, typer.Option(help="The month to report, YYYY-MM (e.g. 2026-11).")],
    format: Annotated[
        ReportFormat, typer.Option("--format", help="markdown, html (a whole page) or csv.")
    ] = ReportFormat.MARKDOWN,
    output: Annotated[
        Path | None, typer.Option(help="Write the report to this file instead of stdout.")
    ] = None,
) -> None:
    """Totals by commodity and unit against the month before, routes, concealment, the
    largest seizures, outliers, new links and targeting results of one month."""
    from kordon.analytics.render import to_csv, to_html_document, to_markdown
    from kordon.domain.errors import Invalid
    from kordon.services.seizure_analysis import build_monthly_report, read_month

    try:
        chosen = read_month(month, field="--month")
    except Invalid as exc:
        fail(str(exc))
    with store() as opened:
        report = build_monthly_report(opened, month=chosen)
    writers = {
        ReportFormat.MARKDOWN: to_markdown,
        ReportFormat.HTML: to_html_document,
        ReportFormat.CSV: to_csv,
    }
    text = writers[format](report)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot be written ({exc.strerror or exc}).")
    typer.echo(f"Wrote the {chosen} report ({format.value}) to {output}.", err=True)
