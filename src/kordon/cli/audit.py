"""`kordon audit`: check the audit trail, anchor its head, move it onto a key."""

from __future__ import annotations

from pathlib import Path

import typer

from kordon.cli.common import cli_actor, fail, settings, store
from kordon.domain.errors import KordonError
from kordon.services import audit, audit_anchor

app = typer.Typer(help="Check, anchor and key the audit trail.", no_args_is_help=True)

ANCHORS_HELP = (
    "The anchors file (default: KORDON_AUDIT_ANCHORS, else <data_dir>/audit-anchors.jsonl)."
)


def _anchors(path: Path | None) -> Path:
    return path or settings().audit_anchor_path()


@app.command("verify")
def verify_command(
    anchors: Path | None = typer.Option(None, "--anchors", help=ANCHORS_HELP),
) -> None:
    """Walk the keyed chain and check it against the last anchor; exit 1 naming the first
    altered, removed or reordered entry, a cut tail or a wiped trail."""
    chosen = settings()
    path = _anchors(anchors)
    try:
        anchor = audit_anchor.last(path, key=chosen.audit_secret())
    except audit_anchor.AnchorInvalid as exc:
        fail(str(exc))
    with store() as opened:
        result = audit_anchor.verify_against(opened, anchor)
    if not result.ok:
        fail(f"The audit trail is broken after {result.checked} good entries. {result.problem}")
    typer.echo(f"The audit trail is intact: {result.checked} entries, each chained to the last.")
    if anchor is None:
        typer.echo(f"No anchor in {path}: run `kordon audit checkpoint` to make one.")
    else:
        when = anchor.at.isoformat(sep=" ", timespec="minutes")
        typer.echo(f"It holds the anchor of {when} (entry {anchor.seq}).")
    if not chosen.audit_secret():
        typer.echo("Warning: no KORDON_AUDIT_KEY is set, so the chain uses a public key.")


@app.command("checkpoint")
def checkpoint_command(
    file: Path | None = typer.Option(None, "--file", help=ANCHORS_HELP),
    print_only: bool = typer.Option(
        False, "--print", help="Only print the anchor, for safekeeping elsewhere."
    ),
) -> None:
    """Anchor the trail's head (sequence, hash, time): append it to the anchors file and
    print it. Keep a copy where the database's writers cannot reach."""
    with store() as opened:
        try:
            anchor = audit_anchor.checkpoint(opened)
        except audit_anchor.AnchorInvalid as exc:
            fail(str(exc))
    if not print_only:
        audit_anchor.append(_anchors(file), anchor)
    typer.echo(anchor.to_json())


@app.command("rekey")
def rekey_command() -> None:
    """Rechain a trail written without a key (or under the public one) with KORDON_AUDIT_KEY,
    after checking every entry; run it once when a key is first set."""
    if not settings().audit_secret():
        fail("Set KORDON_AUDIT_KEY (or KORDON_SECRET_KEY) first: rekeying needs a key.")
    with store() as opened:
        try:
            moved = audit.rekey(opened, by=cli_actor())
        except KordonError as exc:
            fail(str(exc))
    typer.echo(f"{moved} entries now chained under the audit key.")
