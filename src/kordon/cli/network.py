"""`kordon network ...` and `kordon entities ...`: networks of seizures and declarations, and
the entity index behind them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kordon.cli.common import cli_actor, fail, progress, settings, store

if TYPE_CHECKING:
    from kordon.domain.accounts import User
    from kordon.risk.network.provider import NetworkConfig

app = typer.Typer(help="Networks: what a seizure or a declaration is connected to.",
                  no_args_is_help=True)  # fmt: skip
entities_app = typer.Typer(help="The entity index: persons, companies and vehicles resolved "
                           "across every record.", no_args_is_help=True)  # fmt: skip


def _operator() -> tuple[User, NetworkConfig, int]:
    # The command line runs with the database's own rights: it sees every checkpoint.
    from kordon.domain.accounts import Role, User
    from kordon.services.network_graph import network_config

    config = settings()
    return (
        User(cli_actor(), Role.INTELLIGENCE_OFFICER),
        network_config(config),
        (config.network_window_days),
    )


def _print_declarations(rows: list[dict[str, Any]]) -> None:
    if not rows:
        typer.echo("No connected declarations.")
    for row in rows:
        channel = row["channel"] or "not assessed"
        typer.echo(f"{row['id']}  {row['checkpoint']}  {row['lodged_at'][:16]}  {channel}  "
                   f"{row['hops']} hop(s)")  # fmt: skip
        typer.echo(f"    {row['words']}")


def _json_printed(data: dict[str, Any], as_json: bool) -> bool:
    """Print the data as JSON when asked; whether it was."""
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    return as_json


@app.command("seizure")
def seizure(
    seizure_id: Annotated[int, typer.Argument(help="The seizure's number.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Declarations connected to a seizure (the retro-targeting worklist), with paths."""
    from kordon.services.retro_targeting import seizure_network

    user, config, window = _operator()
    with store() as opened:
        _, network = seizure_network(
            opened, user=user, seizure_id=seizure_id, config=config, window_days=window
        )
    data = network.to_dict()
    if _json_printed(data, as_json):
        return
    _print_declarations(data["declarations"])


@app.command("declaration")
def declaration(
    declaration_id: Annotated[str, typer.Argument(help="The declaration's id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What a declaration's parties and vehicles lead to: seizures, findings, declarations."""
    from kordon.services.retro_targeting import declaration_network

    user, config, _ = _operator()
    with store() as opened:
        network = declaration_network(
            opened, user=user, declaration_id=declaration_id, config=config
        )
    data = network.to_dict()
    if _json_printed(data, as_json):
        return
    if not data["flags"]:
        typer.echo("Leads to no seizure, critical finding or watchlist entry.")
    for flag in data["flags"]:
        typer.echo(f"{flag['hops']} hop(s): {flag['description']}")
    _print_declarations(data["declarations"])


@app.command("entity")
def entity(
    entity_id: Annotated[int, typer.Argument(help="The entity's number in the index.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The records around a person, company or vehicle, and the declarations among them."""
    from kordon.services.entity_network import entity_network

    user, config, _ = _operator()
    with store() as opened:
        found = entity_network(opened, user=user, entity_id=entity_id, config=config)
    data = found.to_dict()
    if _json_printed(data, as_json):
        return
    typer.echo(f"{data['entity']['kind']} {data['entity']['label']}")
    for record in data["records"]:
        typer.echo(f"  {record['hops']} hop(s): {record['type']} {record['id']}")
    _print_declarations(data["declarations"])


@app.command("export")
def export(
    seizure_id: Annotated[int, typer.Option("--seizure", help="The seizure's number.")],
    fmt: Annotated[str, typer.Option("--format", help="graphml or csv (nodes and edges).")],
    output: Annotated[
        Path, typer.Option("--output", help="Folder to write the file(s) into.")
    ] = Path("."),
) -> None:
    """Write a seizure's network for Gephi or i2 Analyst's Notebook: GraphML, or CSV files."""
    from kordon.services.network_export import export_seizure_network

    user, config, window = _operator()
    if not output.is_dir():
        fail(f"{output} is not a folder.")
    with store() as opened:
        files = export_seizure_network(opened, user=user, seizure_id=seizure_id,
                                           config=config, window_days=window, fmt=fmt)  # fmt: skip
    for name, text in files.items():
        (output / name).write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output / name}")


@entities_app.command("rebuild")
def rebuild() -> None:
    """Rebuild the entity index from every record, aside, and swap it in at the end."""
    from kordon.services.entity_index import rebuild as rebuild_index

    with store() as opened, progress() as bar:
        task = bar.add_task("mentions indexed", total=None)
        entities, mentions = rebuild_index(opened, lambda n: bar.advance(task, n))
    typer.echo(f"{entities:,} entities from {mentions:,} mentions.")


@entities_app.command("catch-up")
def catch_up() -> None:
    """Index the lodged declarations still waiting for the entity index (each server also
    does this when it starts, and lodgements take up any left waiting over 5 seconds)."""
    from kordon.services.entity_index import catch_up as catch_up_index

    with store() as opened, progress() as bar:
        task = bar.add_task("declarations indexed", total=None)
        done = catch_up_index(opened, lambda n: bar.advance(task, n))
    if not done:
        typer.echo("No declaration was waiting.")
    else:
        typer.echo(f"{done:,} waiting declaration{'' if done == 1 else 's'} indexed.")
