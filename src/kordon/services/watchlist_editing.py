"""Intelligence officers add, change and end watchlist entries in the pages.

An entry from the form is read by the same function as the JSON Lines import and the API
(entry_from_dict), so the rules are the same wherever an entry comes from. Ending an entry
keeps it, with its last day in force, so past hits stay explained.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kordon.domain import clock
from kordon.domain.accounts import User
from kordon.domain.errors import Invalid
from kordon.domain.watchlist import WatchlistEntry
from kordon.risk.screening.jsonl import WatchlistEntryInvalid, entry_from_dict
from kordon.services import access, audit, rules
from kordon.services.engines import EngineCache
from kordon.services.ports import Store
from kordon.services.watchlists import save_watchlist, view_entry


@dataclass(frozen=True, slots=True)
class EntryForm:
    """An entry as typed in the page: names one per line, identifiers "scheme: value" lines."""

    id: str
    kind: str
    names: str
    action: str
    source: str = ""
    handling_code: str = ""
    country: str = ""
    identifiers: str = ""
    valid_from: str = ""
    valid_until: str = ""
    notes: str = ""


class EntryInvalid(Invalid):
    """The form does not make a valid entry; `field` names the field."""

    def __init__(self, field: str, reason: str) -> None:
        """Keep the field and say the problem in one sentence."""
        self.reason = reason
        super().__init__(f"{field.replace('_', ' ').capitalize()}: {reason}.", field=field)


def _identifiers(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        scheme, colon, value = line.partition(":")
        if not colon or not scheme.strip() or not value.strip():
            raise EntryInvalid("identifiers", f'line {number} is not "scheme: value"')
        found[scheme.strip()] = value.strip()
    return found


def read_form(form: EntryForm) -> WatchlistEntry:
    """The entry a form describes, checked as an imported entry is; EntryInvalid otherwise."""
    row: dict[str, Any] = {
        "id": form.id.strip(),
        "kind": form.kind,
        "names": [n.strip() for n in form.names.splitlines() if n.strip()],
        "action": form.action,
        "source": form.source,
        "handling_code": form.handling_code,
        "country": form.country.strip(),
        "identifiers": _identifiers(form.identifiers),
        "valid_from": form.valid_from,
        "valid_until": form.valid_until,
        "notes": form.notes,
    }
    try:
        return entry_from_dict(row)
    except WatchlistEntryInvalid as exc:
        raise EntryInvalid(exc.field or "entry", exc.reason) from exc


def stored_entry(store: Store, *, user: User, entry_id: str) -> WatchlistEntry:
    """An entry as stored, for its editing form (the view is audited, as every view is)."""
    entry = view_entry(store, user=user, entry_id=entry_id).entry
    if entry is None:
        raise access.NotVisible(f"No watchlist entry has the id {entry_id!r}.")
    return entry


def require_editor(user: User) -> None:
    """AccessDenied unless the user works the watchlist."""
    access.require(user, access.VIEW_WATCHLIST, "change the watchlist")


def save_entry(
    store: Store, *, user: User, form: EntryForm, new: bool, engines: EngineCache | None
) -> WatchlistEntry:
    """Add an entry (refusing an id in use) or change one; audited as added or updated."""
    require_editor(user)
    entry = read_form(form)
    with store.transaction() as uow:
        exists = uow.watchlist.get(entry.id) is not None
    if new and exists:
        raise EntryInvalid("id", f"{entry.id!r} is already an entry; choose another id")
    if not new and not exists:
        raise access.NotVisible(f"No watchlist entry has the id {entry.id!r}.")
    save_watchlist(store, [entry], actor=user.username, details={"via": "page"}, engines=engines)
    return entry


def end_entry(
    store: Store,
    *,
    user: User,
    entry_id: str,
    engines: EngineCache | None,
    today: date | None = None,
) -> WatchlistEntry:
    """End an entry today: it stays stored, in force until yesterday, so it hits no more."""
    require_editor(user)
    last_day = (today or clock.today()) - timedelta(days=1)
    with store.transaction() as uow:
        entry = uow.watchlist.get(entry_id)
        if entry is None:
            raise access.NotVisible(f"No watchlist entry has the id {entry_id!r}.")
        starts = entry.valid_from if entry.valid_from and entry.valid_from <= last_day else None
        ended = dataclasses.replace(entry, valid_from=starts, valid_until=last_day)
        uow.watchlist.save_many([ended])
        audit.record(uow, actor=user.username, action="watchlist.ended",
                     subject_type="watchlist_entry", subject_id=entry_id,
                     details={"valid_until": last_day.isoformat()})  # fmt: skip
    rules.changed(engines)
    return ended
