"""A declaration's page: everything an officer needs, redacted to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kordon.domain import Assessment, Inspection, Override, Reason, ReasonSource
from kordon.domain.accounts import User
from kordon.services import access, audit, lookfor
from kordon.services.ports import SeizureFilter, Store, StoredDeclaration, UnitOfWork


@dataclass(frozen=True, slots=True)
class Briefing:
    """A declaration with its assessment, history and what to look for."""

    stored: StoredDeclaration
    assessment: Assessment | None
    reasons: tuple[Reason, ...]
    look_for: tuple[lookfor.Hint, ...]
    inspections: tuple[Inspection, ...]
    overrides: tuple[Override, ...]
    seizure_ids: tuple[int, ...]


def _linked_hints(uow: UnitOfWork, user: User, stored: StoredDeclaration) -> list[lookfor.Hint]:
    """Hints from the seizures the user may see: linked ones, and those on the same route."""
    declaration = stored.declaration
    where = SeizureFilter(checkpoint=access.scope_checkpoint(user, None), with_open_source=True)
    seizures, _ = uow.seizures.search(where, limit=lookfor.SEIZURES_COMPARED, offset=0)
    ids = sorted({s.declaration_id for s in seizures if s.declaration_id} - {declaration.id})
    linked = {row.declaration.id: row.declaration for row in uow.declarations.get_many(ids)}
    return lookfor.from_seizures(declaration, seizures, linked)


def _with_entry_details(uow: UnitOfWork, reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """Watchlist reasons with the entry's source and handling code, read from the entry itself.

    Assessments never store them (every officer reads assessments); only the intelligence
    officer's view adds them, as they stand in the watchlist now.
    """
    enriched: list[Reason] = []
    for reason in reasons:
        entry_id = str(reason.details.get("entry_id", reason.code))
        entry = uow.watchlist.get(entry_id) if reason.source is ReasonSource.WATCHLIST else None
        if entry is not None:
            details = {**reason.details, "source": entry.source}
            if entry.handling_code:
                details["handling_code"] = entry.handling_code
            reason = replace(reason, details=details)
        enriched.append(reason)
    return tuple(enriched)


def brief(store: Store, *, user: User, declaration_id: str) -> Briefing:
    """A declaration the user may see, with reasons redacted to need-to-know."""
    with store.transaction() as uow:
        stored = access.visible_declaration(uow, user, declaration_id)
        assessment = uow.assessments.latest_for(declaration_id)
        reasons = assessment.reasons if assessment else ()
        hits = [r for r in reasons if r.source is ReasonSource.WATCHLIST]
        if hits and access.sees_watchlist_details(user):
            reasons = _with_entry_details(uow, reasons)
        shown = access.redact_reasons(reasons, user)
        if hits and access.sees_watchlist_details(user):
            audit.record(
                uow,
                actor=user.username,
                action="watchlist.view",
                subject_type="declaration",
                subject_id=declaration_id,
                details={"entries": [str(r.details.get("entry_id", r.code)) for r in hits]},
            )
        inspections = tuple(uow.inspections.for_declaration(declaration_id))
        overrides = tuple(uow.overrides.for_declaration(declaration_id))
        seizures, _ = uow.seizures.search(
            SeizureFilter(declaration_id=declaration_id), limit=20, offset=0
        )
        hints = lookfor.from_reasons(stored.declaration, shown)
        hints += _linked_hints(uow, user, stored)
    return Briefing(
        stored=stored,
        assessment=assessment,
        reasons=shown,
        look_for=lookfor.unique(hints),
        inspections=inspections,
        overrides=overrides,
        seizure_ids=tuple(s.id for s in seizures if s.id is not None),
    )
