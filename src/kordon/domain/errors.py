"""The one error hierarchy: every error Kordon explains to people derives from KordonError.

Each edge translates these once: the API to a JSON body and an HTTP status, the pages to an
error page with the same status, the command line to a sentence and an exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kordon.domain.text import Message


class KordonError(Exception):
    """Something Kordon cannot do, with a sentence for people saying why.

    The sentence may be a Message (marked text and its values): `detail` is then its English
    form and `message` lets the pages translate it into the reader's language."""

    def __init__(
        self,
        detail: str | Message = "",
        *,
        field: str | None = None,
        errors: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        message = detail if isinstance(detail, Message) else Message(detail)
        super().__init__(str(message))
        self.detail = str(message)
        self.message = message
        self.field = field
        self.errors: list[dict[str, Any]] = [dict(error) for error in errors]


class NotFound(KordonError):
    """The thing asked for does not exist, or the caller may not know that it does."""


class Invalid(KordonError):
    """The input breaks a rule; `field` names the field at fault when there is one."""


class Malformed(Invalid):
    """The request itself is malformed (an empty batch, an id that contradicts the address)."""


class Denied(KordonError):
    """The caller is known but may not do this."""


class Unauthenticated(Denied):
    """The caller is not signed in, or the credentials are not valid."""


class Conflict(KordonError):
    """The request contradicts what is stored."""


def field_errors(problems: Mapping[str, str]) -> list[dict[str, str]]:
    """Field-named problems in the shape every edge shows: [{field, reason}]."""
    return [{"field": name, "reason": reason} for name, reason in problems.items()]
