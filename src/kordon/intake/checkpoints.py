"""Checkpoint seed files: the customs offices of an administration, read from YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kordon.domain import Checkpoint, CheckpointKind, is_country
from kordon.domain.errors import Invalid

REQUIRED_FIELDS = ("code", "name", "country", "kind")
OPTIONAL_FIELDS = ("border_with", "daily_capacity", "latitude", "longitude")
KINDS = ", ".join(kind.value for kind in CheckpointKind)


class CheckpointFileError(Invalid, ValueError):
    """A checkpoint file that cannot be loaded, with where and why."""

    def __init__(
        self,
        path: Path,
        reason: str,
        *,
        line: int | None = None,
        entry: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        self.entry = entry
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if entry is not None:
            where += f", entry {entry}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {reason}", field=field)


def load_checkpoints(path: str | Path) -> list[Checkpoint]:
    """Read a YAML list of checkpoints, refusing the whole file on the first bad entry."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CheckpointFileError(path, f"cannot read the file ({error.strerror})") from error
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise CheckpointFileError(path, f"not valid YAML: {problem}", line=line) from error
    finally:
        loader.dispose()
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise CheckpointFileError(
            path, "the file must be a list of checkpoints", line=root.start_mark.line + 1
        )
    checkpoints: list[Checkpoint] = []
    seen: dict[str, int] = {}
    for index, node in enumerate(root.value, start=1):
        checkpoint = _checkpoint(path, index, node)
        if checkpoint.code in seen:
            first = seen[checkpoint.code]
            raise CheckpointFileError(
                path,
                f"duplicate code {checkpoint.code!r}; entry {first} uses it already",
                line=node.start_mark.line + 1,
                entry=index,
                field="code",
            )
        seen[checkpoint.code] = index
        checkpoints.append(checkpoint)
    return checkpoints


def _checkpoint(path: Path, index: int, node: yaml.Node) -> Checkpoint:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise CheckpointFileError(
            path, "an entry must be a mapping of fields", line=line, entry=index
        )
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    constructor = yaml.SafeLoader("")
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key not in REQUIRED_FIELDS and key not in OPTIONAL_FIELDS:
            known = ", ".join(REQUIRED_FIELDS + OPTIONAL_FIELDS)
            raise CheckpointFileError(
                path,
                f"unknown field; expected one of {known}",
                line=key_node.start_mark.line + 1,
                entry=index,
                field=key,
            )
        values[key] = constructor.construct_object(value_node, deep=True)
        lines[key] = value_node.start_mark.line + 1
    constructor.dispose()

    def fail(field: str, reason: str) -> CheckpointFileError:
        return CheckpointFileError(
            path, reason, line=lines.get(field, line), entry=index, field=field
        )

    for field in REQUIRED_FIELDS:
        if values.get(field) in (None, ""):
            raise fail(field, "missing required field")
    code, name = values["code"], values["name"]
    if not isinstance(code, str) or not code.strip():
        raise fail("code", f"code must be text, not {code!r}")
    if not isinstance(name, str):
        raise fail("name", f"name must be text, not {name!r}")
    country = values["country"]
    if not isinstance(country, str) or not is_country(country):
        raise fail("country", f"{country!r} is not an ISO 3166-1 alpha-2 country code")
    try:
        kind = CheckpointKind(values["kind"])
    except ValueError:
        raise fail("kind", f"unknown kind {values['kind']!r}; expected one of {KINDS}") from None
    border_with = values.get("border_with")
    if border_with is not None and (
        not isinstance(border_with, str) or not is_country(border_with)
    ):
        raise fail("border_with", f"{border_with!r} is not an ISO 3166-1 alpha-2 country code")
    capacity = values.get("daily_capacity")
    if capacity is not None:
        if isinstance(capacity, bool) or not isinstance(capacity, int):
            raise fail("daily_capacity", f"daily_capacity must be a whole number, not {capacity!r}")
        if capacity < 0:
            raise fail("daily_capacity", f"daily_capacity cannot be negative ({capacity})")
    latitude = _coordinate(values.get("latitude"), 90.0, lambda r: fail("latitude", r))
    longitude = _coordinate(values.get("longitude"), 180.0, lambda r: fail("longitude", r))
    return Checkpoint(
        code=code.strip(),
        name=name.strip(),
        country=country,
        kind=kind,
        border_with=border_with,
        daily_capacity=capacity,
        latitude=latitude,
        longitude=longitude,
    )


def _coordinate(
    value: object, limit: float, fail: Callable[[str], CheckpointFileError]
) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(f"must be a number of degrees, not {value!r}")
    if not -limit <= float(value) <= limit:
        raise fail(f"{value} is outside -{limit:g}..{limit:g} degrees")
    return float(value)
