"""Seizure intelligence for the pages and the command line: overview, linked cases, reports.

Every figure is computed by kordon.analytics from the seizures the user may see; this module
reads them (with their declarations' parties) and turns bad filters into sentences.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from kordon.analytics import (
    Filters,
    Link,
    Month,
    MonthlyReport,
    NameKeys,
    Overview,
    PeriodError,
    commodity_key,
    find_links,
    links_of,
    monthly_report,
    overview,
)
from kordon.analytics.period import check_period
from kordon.domain import Seizure, SeizureSource, clock
from kordon.domain.accounts import User
from kordon.domain.errors import Invalid
from kordon.risk.screening import company_key, person_key
from kordon.services import access
from kordon.services.ports import SeizureFilter, Store, UnitOfWork
from kordon.services.seizures import get_seizure

# More seizures than this are not analysed in one go (the newest are); the log says so.
MAX_SEIZURES = 50_000
# Links compare names as screening folds them, so a linked case and a watchlist hit agree.
NAME_KEYS = NameKeys(person=person_key, company=company_key)

logger = logging.getLogger(__name__)


def read_month(text: str, *, field: str = "month") -> Month:
    """A month written YYYY-MM; Invalid with a sentence otherwise."""
    try:
        return Month.parse(text, field=field)
    except PeriodError as exc:
        raise Invalid(str(exc)) from exc


def read_filters(
    *, start: str = "", end: str = "", commodity: str = "", source: str = ""
) -> Filters:
    """Filters from form fields (empty means any); Invalid naming a bad one."""
    first = read_month(start, field="from") if start.strip() else None
    last = read_month(end, field="to") if end.strip() else None
    try:
        check_period(first, last)
    except PeriodError as exc:
        raise Invalid(str(exc)) from exc
    chosen = None
    if source.strip():
        try:
            chosen = SeizureSource(source.strip())
        except ValueError:
            known = " or ".join(s.value for s in SeizureSource)
            raise Invalid(f"source: {source!r} is not {known}.") from None
    key = commodity_key(commodity) if commodity.strip() else None
    return Filters(start=first, end=last, commodity=key, source=chosen)


def _visible(uow: UnitOfWork, user: User | None) -> list[Seizure]:
    """Every seizure the user may see (all of them for the command line)."""
    scope = access.scope_checkpoint(user, None) if user is not None else None
    where = SeizureFilter(checkpoint=scope, with_open_source=True)
    found, total = uow.seizures.search(where, limit=MAX_SEIZURES, offset=0)
    if total > len(found):
        # Newest first: the oldest records are the ones left out, and the pages say so.
        logger.warning("Seizure analysis read the newest %d of %d seizures.", len(found), total)
    return found


def _parties(uow: UnitOfWork, seizures: Sequence[Seizure]) -> dict[int, list[tuple[str, str]]]:
    """The consignor and consignee of each seizure's declaration, by seizure id."""
    wanted = {s.declaration_id for s in seizures if s.declaration_id}
    named: dict[str, list[tuple[str, str]]] = {}
    for stored in uow.declarations.get_many(sorted(wanted)):
        declaration = stored.declaration
        named[declaration.id] = [
            (role, party.name)
            for role, party in (
                ("consignor", declaration.consignor),
                ("consignee", declaration.consignee),
            )
            if party is not None and party.name
        ]
    return {
        s.id: named[s.declaration_id]
        for s in seizures
        if s.id is not None and s.declaration_id in named
    }


def seizure_overview(store: Store, *, user: User, filters: Filters, lang: str = "en") -> Overview:
    """Trends, routes, concealment, outliers and links of the seizures the user may see (its
    charts in a language)."""
    access.require(user, access.VIEW_SEIZURE_ANALYSIS, "see seizure intelligence")
    with store.transaction() as uow:
        seizures = _visible(uow, user)
        kept = [s for s in seizures if filters.keep(s)]
        parties = _parties(uow, kept)
    return overview(kept, filters, names=NAME_KEYS, parties=parties, lang=lang)


def linked_cases(store: Store, *, user: User, seizure_id: int) -> list[Link]:
    """The seizures linked to one, among those the user may see, each with why."""
    seizure, _ = get_seizure(store, user=user, seizure_id=seizure_id)
    with store.transaction() as uow:
        seizures = _visible(uow, user)
        parties = _parties(uow, seizures) if seizure.declaration_id else None
    return links_of(seizure_id, find_links(seizures, names=NAME_KEYS, parties=parties))


def build_monthly_report(
    store: Store, *, month: Month, user: User | None = None, now: datetime | None = None
) -> MonthlyReport:
    """The monthly report; `user` None is the command line, which sees every seizure."""
    if user is not None:
        access.require(user, access.VIEW_SEIZURE_ANALYSIS, "see seizure reports")
    start = datetime(month.year, month.month, 1)
    following = month.next()
    end = datetime(following.year, following.month, 1)
    with store.transaction() as uow:
        seizures = _visible(uow, user)
        parties = _parties(uow, seizures)
        facts = uow.inspection_facts.between(start=start, end=end)
    return monthly_report(
        month,
        seizures,
        facts,
        generated_at=now or clock.now(),
        names=NAME_KEYS,
        parties=parties,
    )
