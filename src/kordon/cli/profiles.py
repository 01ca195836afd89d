"""`kordon profiles ...`: import, export and list risk profiles (YAML)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from kordon.cli import profiles_try
from kordon.cli.common import cli_actor, fail, store
from kordon.risk.profiles import (
    ProfileError,
    dump_profiles,
    load_profiles,
    registry,
)
from kordon.services.profiles import save_profiles, stored_profiles

app = typer.Typer(help="Import, export and list risk profiles.", no_args_is_help=True)

app.command("try")(profiles_try.try_profiles)


def _console() -> Console:
    # Piped output would otherwise be cut to 80 columns.
    return Console() if sys.stdout.isatty() else Console(width=200)


@app.command("import")
def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="YAML file of profiles."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and report; change nothing."),
) -> None:
    """Check every profile in FILE and store the new and changed ones (all or nothing)."""
    try:
        profiles = load_profiles(file)
    except ProfileError as exc:
        count = len(exc.problems)
        fail(f"{count} problem{'s' if count > 1 else ''}; nothing was imported:\n{exc}")
    with store() as opened:
        results = save_profiles(
            opened, profiles, actor=cli_actor(), dry_run=dry_run, details={"file": str(file)}
        )
    for result in results:
        typer.echo(f"{result.action:<9} {result.id} (version {result.version})")
    changed = sum(r.action != "unchanged" for r in results)
    verb = "would change" if dry_run else "changed"
    typer.echo(f"{len(results)} profiles read, {changed} {verb}.")


@app.command("export")
def export(
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    ids: list[str] = typer.Option([], "--id", help="Export only these ids (repeatable)."),
) -> None:
    """Write the stored profiles as YAML that `kordon profiles import` reads back."""
    with store() as opened:
        profiles = [view.profile for view in stored_profiles(opened)]
    if ids:
        missing = sorted(set(ids) - {p.id for p in profiles})
        if missing:
            fail(f"no profile with id {', '.join(missing)}")
        profiles = [p for p in profiles if p.id in ids]
    text = dump_profiles(profiles)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"{len(profiles)} profiles written to {out}.", err=True)


@app.command("list")
def list_() -> None:
    """Show every stored profile with its scope, effect and statistics."""
    with store() as opened:
        stored = stored_profiles(opened)
    table = Table("id", "v", "owner", "valid", "checkpoints", "effect", "fired", "inspected",
                  "findings", "hit rate")  # fmt: skip
    table.columns[0].no_wrap = True
    for view in stored:
        p, s = view.profile, view.stats
        valid = f"{p.valid_from or '…'}..{p.valid_until or '…'}"
        effect = p.channel.value if p.channel else f"{p.weight:+g}"
        if not p.enabled:
            effect += " (off)"
        hit = f"{s.hit_rate:.0%}" if s.hit_rate is not None else "–"
        table.add_row(p.id, str(p.version), p.owner, valid, ", ".join(p.checkpoints) or "all",
                      effect, str(s.fired), str(s.inspected), str(s.findings), hit)  # fmt: skip
    _console().print(table)


@app.command("fields")
def fields() -> None:
    """List the fields profiles can test, with their kind and meaning."""
    table = Table("field", "kind", "values", "meaning")
    for field in registry().values():
        shape = "per item" if field.item else "several" if field.many else "one"
        table.add_row(field.name, field.kind.value, shape, field.description)
    table.add_row("attributes.<name>", "any", "one", "A free attribute of the declaration.")
    _console().print(table)
