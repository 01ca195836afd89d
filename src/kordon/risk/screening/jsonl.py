"""Reading watchlist entries from JSON Lines, with errors that say where and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from kordon.domain.errors import Invalid
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind


class WatchlistEntryInvalid(Invalid, ValueError):
    """A watchlist entry that breaks a rule: `field` names the field, `reason` says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(
            "The watchlist entry is not valid.",
            field=field,
            errors=[{"field": field, "reason": reason}],
        )
        self.reason = reason


class WatchlistFileError(Invalid, ValueError):
    """A watchlist file line that cannot be read, with file, line, field and reason."""

    def __init__(self, path: str, line: int, field: str | None, reason: str) -> None:
        """Keep where the problem is and why, and say it in one sentence."""
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}, line {line}" + (f", field '{field}'" if field else "")
        super().__init__(f"{where}: {reason}", field=field)


def _text(value: Any, field: str, required: bool = False) -> str | None:
    """A string field, or None when absent and allowed to be."""
    if value is None or value == "":
        if required:
            raise WatchlistEntryInvalid(field, "is required")
        return None
    if not isinstance(value, str):
        raise WatchlistEntryInvalid(field, f"must be a string, not {type(value).__name__}")
    return value.strip()


def _day(value: Any, field: str) -> date | None:
    """An ISO date field (YYYY-MM-DD), or None."""
    text = _text(value, field)
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        reason = f"is not a date in the form YYYY-MM-DD: {text!r}"
        raise WatchlistEntryInvalid(field, reason) from None


def entry_from_dict(row: dict[str, Any]) -> WatchlistEntry:
    """Build an entry from one decoded JSON object; WatchlistEntryInvalid names what is wrong."""
    entry_id = _text(row.get("id"), "id", required=True)
    kind_text = _text(row.get("kind"), "kind", required=True)
    try:
        kind = WatchlistKind(kind_text or "")
    except ValueError:
        raise WatchlistEntryInvalid("kind", "must be one of person, company, vehicle") from None
    names = row.get("names")
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not names:
        raise WatchlistEntryInvalid("names", "must be a non-empty list of names or plates")
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise WatchlistEntryInvalid("names", "every name must be a non-empty string")
    identifiers = row.get("identifiers") or {}
    if not isinstance(identifiers, dict):
        raise WatchlistEntryInvalid("identifiers", "must be an object of scheme to value")
    action_text = _text(row.get("action"), "action") or RequestedAction.NOTIFY.value
    try:
        action = RequestedAction(action_text.lower())
    except ValueError:
        allowed = ", ".join(a.value for a in RequestedAction)
        raise WatchlistEntryInvalid("action", f"must be one of {allowed}") from None
    country = _text(row.get("country"), "country")
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise WatchlistEntryInvalid("country", "must be a two-letter country code")
    valid_from = _day(row.get("valid_from"), "valid_from")
    valid_until = _day(row.get("valid_until"), "valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise WatchlistEntryInvalid("valid_until", "is before valid_from")
    return WatchlistEntry(
        id=entry_id or "",
        kind=kind,
        names=tuple(n.strip() for n in names),
        country=country.upper() if country else None,
        identifiers={str(k): str(v) for k, v in identifiers.items()},
        source=_text(row.get("source"), "source") or "",
        handling_code=_text(row.get("handling_code"), "handling_code"),
        action=action,
        valid_from=valid_from,
        valid_until=valid_until,
        notes=_text(row.get("notes"), "notes") or "",
    )


def read_watchlist_jsonl(path: str | Path) -> list[WatchlistEntry]:
    """Read every entry of a JSON Lines watchlist; raise on the first bad line, saying where."""
    name = str(path)
    entries: list[WatchlistEntry] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise WatchlistFileError(
                    name, number, None, f"not valid JSON ({exc.msg})"
                ) from None
            if not isinstance(row, dict):
                raise WatchlistFileError(name, number, None, "each line must be a JSON object")
            try:
                entry = entry_from_dict(row)
            except WatchlistEntryInvalid as exc:
                raise WatchlistFileError(name, number, exc.field, exc.reason) from None
            if entry.id in seen:
                reason = f"duplicate id {entry.id!r} (first on line {seen[entry.id]})"
                raise WatchlistFileError(name, number, "id", reason)
            seen[entry.id] = number
            entries.append(entry)
    return entries
