"""What every command shares: the store, progress bars, error messages and exit codes."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

if TYPE_CHECKING:
    from kordon.bootstrap import Runtime
    from kordon.services.ports import Store
    from kordon.settings import Settings

from kordon.domain.errors import Conflict, Denied, KordonError, NotFound

stderr = Console(stderr=True)

# The exit status of each kind of error; 1 for input that is wrong and anything else refused,
# 2 stays what it is for every click program: the command line itself is wrong.
EXIT_CODES: tuple[tuple[type[KordonError], int], ...] = (
    (NotFound, 3),
    (Denied, 4),
    (Conflict, 5),
)
UNEXPECTED = 70  # EX_SOFTWARE of sysexits.h: an internal fault


def fail(message: str, code: int = 1) -> NoReturn:
    """Print an error sentence to stderr and exit."""
    stderr.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def exit_code_of(error: KordonError) -> int:
    """The exit status a command ends with on this error (1 for a kind without its own)."""
    return next((code for kind, code in EXIT_CODES if isinstance(error, kind)), 1)


class Commands(typer.core.TyperGroup):
    """The command tree: an error a command does not handle ends it with its sentence and code."""

    # Any: typer types the context with its vendored click, which it does not export.
    def invoke(self, ctx: Any) -> Any:
        """Run the command, translating Kordon's errors into a sentence and an exit status."""
        try:
            return super().invoke(ctx)
        except KordonError as exc:
            fail(exc.detail or str(exc), exit_code_of(exc))
        except (typer.exceptions.TyperException, typer.Exit, typer.Abort):
            raise  # the command line's own: a usage error, an exit status, Ctrl-C
        except Exception as exc:
            # A fault of Kordon's own: a sentence for the user, the traceback on request.
            if os.environ.get("KORDON_DEBUG"):
                raise
            fail(
                f"Kordon failed unexpectedly ({type(exc).__name__}: {exc}). This is a fault in "
                "Kordon, not in what you gave it; run the command again with KORDON_DEBUG=1 to "
                f"see where, and report it. (Exit status {UNEXPECTED}.)",
                UNEXPECTED,
            )


def settings() -> Settings:
    """The settings from the environment, or a clear error."""
    # Settings (pydantic) and the database (SQLAlchemy, Alembic) are imported when a command
    # first needs them, so that `kordon --help` and file-only commands start quickly.
    from kordon.settings import load_settings

    try:
        return load_settings()
    except ValueError as exc:
        fail(f"The settings are not valid: {exc}")


@contextmanager
def store() -> Iterator[Store]:
    """The database named by KORDON_DATABASE_URL, migrated, closed again at the end."""
    from kordon.bootstrap import open_store

    current = settings()
    url = current.database_url
    try:
        opened = open_store(current)
    except KordonError as exc:
        fail(str(exc))
    except Exception as exc:  # the driver's own errors: unreachable server, bad password
        fail(f"The database at {url!r} cannot be opened: {exc}")
    try:
        yield opened
    finally:
        opened.close()


@contextmanager
def runtime() -> Iterator[Runtime]:
    """The database with the engine cache and selection policy the settings describe."""
    from kordon.bootstrap import build_runtime

    with store() as opened:
        yield build_runtime(settings(), opened)


def progress(*, enabled: bool = True) -> Progress:
    """A progress bar on stderr, so that stdout stays clean for --json output."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        disable=not enabled,
        transient=False,
    )


def cli_actor() -> str:
    """Who the audit trail names for a change made from the command line."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        name = str(os.getuid())
    return f"cli:{name}"
