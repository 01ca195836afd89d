"""`kordon declarations ...`: import and look up declarations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import TaskID
from rich.table import Table

from kordon.cli.common import progress, stderr, store
from kordon.domain.document import to_document
from kordon.services.declarations import get_declaration, list_declarations
from kordon.services.importing import ImportSummary, count_lines, import_file

app = typer.Typer(help="Import and look up declarations.", no_args_is_help=True)


@app.command("import")
def import_command(
    files: Annotated[
        list[Path],
        typer.Argument(help="JSON Lines or CSV files, in Kordon's layout or the KCS layout."),
    ],
    strict: Annotated[
        bool, typer.Option("--strict", help="Reject a whole file on any error; write none of it.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout.")
    ] = False,
) -> None:
    """Import declarations; every row lands or is reported with file, line, field and reason."""
    total = ImportSummary()
    with store() as opened, progress(enabled=not as_json) as bar:
        for path in files:
            task = bar.add_task(f"Importing {path.name}", total=max(count_lines(path) - 1, 1))

            def advance(rows: int, task: TaskID = task) -> None:
                bar.advance(task, rows)

            summary = import_file(opened, path, strict=strict, on_progress=advance)
            bar.update(task, completed=bar.tasks[task].total)
            total.add(summary)
    if as_json:
        typer.echo(json.dumps(total.to_dict(), ensure_ascii=False))
    else:
        _print_summary(total)
    if total.errors:
        raise typer.Exit(1)


def _print_summary(summary: ImportSummary) -> None:
    for error in summary.errors[:50]:
        stderr.print(f"[red]rejected[/] {error}", highlight=False, soft_wrap=True)
    if len(summary.errors) > 50:
        stderr.print(f"... and {len(summary.errors) - 50} more errors (use --json for all).")
    typer.echo(
        f"{summary.imported} imported, {summary.unchanged} unchanged, {summary.rejected} rejected."
    )


@app.command("show")
def show_command(
    declaration_id: Annotated[str, typer.Argument(help="The declaration's id.")],
) -> None:
    """Print one stored declaration as JSON."""
    with store() as opened:
        stored = get_declaration(opened, user=None, declaration_id=declaration_id)
    document = to_document(stored.declaration)
    document["channel"] = stored.channel.value if stored.channel else None
    typer.echo(json.dumps(document, ensure_ascii=False, indent=2))


@app.command("list")
def list_command(
    checkpoint: Annotated[str | None, typer.Option(help="Only this checkpoint's code.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many to show.")] = 20,
) -> None:
    """List the newest declarations."""
    from kordon.services.ports import DeclarationFilter

    with store() as opened:
        rows, total = list_declarations(
            opened, user=None, where=DeclarationFilter(checkpoint=checkpoint), limit=limit
        )
    table = Table("id", "lodged", "checkpoint", "direction", "route", "HS codes", "channel")
    for row in rows:
        d = row.declaration
        table.add_row(
            d.id,
            d.lodged_at.strftime("%Y-%m-%d %H:%M"),
            d.checkpoint,
            d.direction.value,
            " > ".join(d.route.countries()),
            ", ".join(item.hs_code for item in d.items),
            row.channel.value if row.channel else "-",
        )
    stderr.print(table)
    stderr.print(f"{len(rows)} of {total} declarations.")
