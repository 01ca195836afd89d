"""How intake reports what is wrong with its input: where (file, line, field) and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from kordon.domain.errors import Invalid


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem with one row or line of input."""

    file: str
    line: int | None
    field: str | None
    reason: str
    declaration_id: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """The error as the JSON shape shared by the CLI and the API."""
        return asdict(self)


class IntakeError(Invalid):
    """Input that cannot be read at all (missing file, unknown layout, wrong header)."""

    def __init__(self, error: RowError) -> None:
        super().__init__(str(error))
        self.error = error


class FieldErrors:
    """Collects field errors while one record is checked, so all of them are reported at once."""

    __slots__ = ("declaration_id", "errors", "file", "line")

    def __init__(self, file: str, line: int | None) -> None:
        self.file = file
        self.line = line
        self.declaration_id: str | None = None
        self.errors: list[RowError] = []

    def add(self, field: str | None, reason: str) -> None:
        """Record that field is wrong, and why."""
        self.errors.append(RowError(self.file, self.line, field, reason, self.declaration_id))

    def __bool__(self) -> bool:
        return bool(self.errors)
