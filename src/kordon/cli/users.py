"""`kordon users`: accounts for the pages and API tokens for machine clients."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kordon.cli.common import fail, store
from kordon.domain.accounts import Role
from kordon.services import account_admin, accounts

app = typer.Typer(help="Add, list and disable accounts; issue API tokens.", no_args_is_help=True)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = typer.prompt("Password", hide_input=True)
    second = typer.prompt("Repeat the password", hide_input=True)
    if first != second:
        fail("The two passwords differ; nothing was changed.")
    return str(first)


@app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="Sign-in name: lower case, digits, . _ -")],
    role: Annotated[Role, typer.Option(help="What the account may do.")],
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint code (required for officers).")
    ] = None,
    name: Annotated[str, typer.Option(help="Name shown on the pages.")] = "",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create an account (the password is asked twice unless --password-stdin)."""
    password = _password(password_stdin)
    with store() as opened:
        user = accounts.create_user(
            opened,
            username=username,
            role=role,
            password=password,
            checkpoint=checkpoint,
            display_name=name,
            by="cli",
        )
    where = f" at {user.checkpoint}" if user.checkpoint else ""
    typer.echo(f"Created {user.username} ({user.role.label.lower()}{where}).")


@app.command("list")
def list_users() -> None:
    """Every account with its role, checkpoint and state."""
    with store() as opened:
        users = account_admin.list_users(opened)
    table = Table("user", "name", "role", "checkpoint", "state")
    for user in users:
        state = "disabled" if user.disabled else ("demo only" if user.demo_only else "active")
        table.add_row(
            user.username, user.display_name, user.role.value, user.checkpoint or "", state
        )
    Console().print(table)


@app.command("disable")
def disable(username: Annotated[str, typer.Argument(help="The account to disable.")]) -> None:
    """Disable an account and end its sessions at once."""
    with store() as opened:
        account_admin.disable_user(opened, username, by="cli")
    typer.echo(f"Disabled {username}; its sessions have ended.")


@app.command("token")
def token(
    username: Annotated[str, typer.Argument(help="The account the token acts as.")],
    label: Annotated[str, typer.Option("--name", help="What the token is for.")] = "api",
) -> None:
    """Issue an API token with the account's role; it is shown once and stored only hashed."""
    with store() as opened:
        issued = accounts.issue_token(opened, username, name=label, by="cli")
    typer.echo(issued)
    typer.echo(
        "Keep it now: it cannot be shown again. Send it as 'Authorization: Bearer ...'.", err=True
    )
