"""`kordon watchlist ...`: import and screen watchlists ("operational information")."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kordon.cli.common import cli_actor, fail, store
from kordon.domain.watchlist import WatchlistHit, WatchlistKind
from kordon.risk.screening import (
    DEFAULT_THRESHOLD,
    ScreeningIndex,
    WatchlistFileError,
    read_watchlist_jsonl,
)
from kordon.services.watchlists import save_watchlist

app = typer.Typer(help="Import watchlist entries and screen names or plates.", no_args_is_help=True)

WatchlistOpt = Annotated[
    Path | None,
    typer.Option(
        "--watchlist",
        help="JSON Lines watchlist to screen against (default: the stored watchlist).",
        dir_okay=False,
    ),
]


def _load(path: Path) -> ScreeningIndex:
    """Read and index a watchlist file, turning bad lines into a one-sentence error."""
    try:
        entries = read_watchlist_jsonl(path)
    except FileNotFoundError:
        raise typer.BadParameter(f"{path}: no such file", param_hint="--watchlist") from None
    except WatchlistFileError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    return ScreeningIndex.build(entries)


def _stored_index() -> ScreeningIndex:
    """An index of the watchlist stored in the database."""
    with store() as opened, opened.transaction() as uow:
        entries = uow.watchlist.list()
    if not entries:
        fail("The stored watchlist is empty: import one with `kordon watchlist import FILE`.")
    return ScreeningIndex.build(entries)


def _hit_json(hit: WatchlistHit) -> dict[str, Any]:
    """A hit as a JSON object."""
    out = asdict(hit)
    out["kind"] = hit.kind.value
    out["action"] = hit.action.value
    if out["role"] is None:
        del out["role"]
    return out


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="JSON Lines file, one entry a line.", exists=True)],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every entry; store nothing.")
    ] = False,
) -> None:
    """Check a watchlist file entry by entry and store it (all or nothing)."""
    try:
        entries = read_watchlist_jsonl(file)
    except WatchlistFileError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    kinds = {k: sum(1 for e in entries if e.kind == k) for k in WatchlistKind}
    counts = ", ".join(f"{n} {k.value}" for k, n in kinds.items())
    if dry_run:
        typer.echo(f"{file}: {len(entries)} valid entries ({counts}); nothing stored.")
        return
    with store() as opened:
        outcome = save_watchlist(opened, entries, actor=cli_actor(), details={"file": str(file)})
    tally = {word: sum(1 for v in outcome.values() if v == word) for word in ("added", "updated")}
    typer.echo(
        f"{file}: {len(entries)} entries ({counts}): {tally['added']} added, "
        f"{tally['updated']} updated, {len(entries) - sum(tally.values())} unchanged."
    )


@app.command("screen")
def screen(
    watchlist: WatchlistOpt = None,
    name: Annotated[str | None, typer.Option(help="Name or plate to screen.")] = None,
    queries: Annotated[
        Path | None,
        typer.Option(help='JSON Lines of queries {"name", "kind", "country"}; one result a line.'),
    ] = None,
    kind: Annotated[WatchlistKind | None, typer.Option(help="Screen as this kind only.")] = None,
    country: Annotated[str | None, typer.Option(help="Country (alpha-2) of the name.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most hits to print per name.")] = 10,
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Score at which a hit is a match.")
    ] = DEFAULT_THRESHOLD,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Screen a name (or a file of names) against a watchlist; hits best first."""
    if (name is None) == (queries is None):
        raise typer.BadParameter("give either --name or --queries", param_hint="--name")
    index = _load(watchlist) if watchlist is not None else _stored_index()
    index.threshold = threshold
    if name is not None:
        hits = index.screen(name, kind=kind, country=country, limit=limit)
        if as_json:
            typer.echo(json.dumps([_hit_json(h) for h in hits], ensure_ascii=False))
        else:
            _print_table(name, hits)
        return
    assert queries is not None
    for number, line in enumerate(queries.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        q = _query(queries, number, line)
        hits = index.screen(q["name"], kind=q["kind"], country=q["country"], limit=limit)
        if as_json:
            typer.echo(json.dumps([_hit_json(h) for h in hits], ensure_ascii=False))
        else:
            _print_table(q["name"], hits)


def _query(path: Path, number: int, line: str) -> dict[str, Any]:
    """One query line, checked; a bad line stops with file, line, field and reason."""

    def fail(field: str | None, reason: str) -> typer.Exit:
        where = f"{path}, line {number}" + (f", field '{field}'" if field else "")
        typer.echo(f"Error: {where}: {reason}", err=True)
        return typer.Exit(code=2)

    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(None, f"not valid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise fail(None, "each line must be a JSON object")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "is required and must be a string")
    kind = row.get("kind")
    if kind is not None:
        try:
            kind = WatchlistKind(kind)
        except ValueError:
            raise fail("kind", "must be one of person, company, vehicle") from None
    country = row.get("country")
    if country is not None and not isinstance(country, str):
        raise fail("country", "must be a two-letter country code")
    return {"name": name, "kind": kind, "country": country}


def _print_table(name: str, hits: list[WatchlistHit]) -> None:
    """Hits as a table for people."""
    table = Table(title=f"Screening {name!r}: {len(hits)} hit(s)")
    for column in ("entry", "score", "match", "matched name", "action"):
        table.add_column(column)
    for hit in hits:
        mark = "yes" if hit.match else "no"
        table.add_row(hit.entry_id, f"{hit.score:.3f}", mark, hit.matched_name, hit.action.value)
    Console(file=sys.stdout).print(table)
