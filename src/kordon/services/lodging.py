"""Lodging declarations as they arrive: checked like a file import, each new one assessed.

`lodge` takes one request's declarations; `lodge_each` takes several requests' at once (the
group lodger gathers single lodgements arriving together) and stores them as one batch: one
scoring, one transaction, one set of checkpoint-day locks, one audit append, with each
request answered as if it had been lodged alone, in arrival order."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kordon.domain import Assessment, Channel, Declaration, clock
from kordon.domain.accounts import User
from kordon.domain.errors import Malformed
from kordon.intake.prepared import PreparedDeclaration, prepared_batches
from kordon.intake.reader import read_documents
from kordon.risk.network.mentions import mentions_kept
from kordon.services import access, entity_index
from kordon.services.assessing import SelectionPolicy, decide_arrivals, store_assessments
from kordon.services.collector import rare_collections
from kordon.services.engines import EngineCache
from kordon.services.importing import ImportSummary, collect, split_rejected, write_new_each
from kordon.services.ports import Store, UnitOfWork

logger = logging.getLogger(__name__)
# One request holds at most this many declarations; larger loads are file imports.
MAX_BATCH = 5000
# What the stored declarations name as their source.
SOURCE = "request"


@dataclass(frozen=True, slots=True)
class Lodged:
    """What a lodging stored and rejected, and the assessments of the new declarations
    (reasons already redacted to what the lodging user may see)."""

    summary: ImportSummary
    assessments: list[Assessment]


@dataclass(frozen=True, slots=True)
class Submission:
    """One request's declarations and the account that sent them."""

    user: User
    documents: Sequence[Any]


@dataclass(slots=True)
class _Checked:
    """A request after its checks: its rejections counted, its good rows and their
    declarations (a repeated id counts once: the first one)."""

    user: User
    summary: ImportSummary
    good: list[tuple[int | None, PreparedDeclaration]]
    parsed: dict[str, Declaration] = field(default_factory=dict)


def lodge(
    store: Store,
    *,
    user: User,
    documents: Sequence[Any],
    engines: EngineCache,
    policy: SelectionPolicy,
) -> Lodged:
    """Store every valid declaration of the batch and assess each new one at once.

    The engine scores the batch before any database work; then one transaction stores the
    new declarations, their channels (under their checkpoint-days' locks), their assessments
    and the audit entries. A lodging is therefore all there or not there at all, and the
    locks are held only for the writing, never for the scoring. The parties go into the
    entity index in a transaction of their own just after, before this returns."""
    with rare_collections(), mentions_kept():
        return _store_checked(store, [_check(user, documents)], engines, policy)[0]


def lodge_each(
    store: Store,
    submissions: Sequence[Submission],
    *,
    engines: EngineCache,
    policy: SelectionPolicy,
) -> list[Lodged | Exception]:
    """Lodge several requests together, each answered as if lodged alone in this order: its
    own checks, permissions, rejections, duplicates, channels and audit actor. A request
    that fails gets its error in its place; it never fails the others."""
    with rare_collections(), mentions_kept():
        return _lodge_each(store, submissions, engines, policy)


def _lodge_each(
    store: Store,
    submissions: Sequence[Submission],
    engines: EngineCache,
    policy: SelectionPolicy,
) -> list[Lodged | Exception]:
    outcomes: list[Lodged | Exception | None] = [None] * len(submissions)
    checked: list[tuple[int, _Checked]] = []
    for place, submission in enumerate(submissions):
        try:
            checked.append((place, _check(submission.user, submission.documents)))
        except Exception as exc:  # the request's own error, answered to it
            outcomes[place] = exc
    for group in _disjoint_runs(checked):
        for (place, _), outcome in zip(group, _store_group(store, group, engines, policy),
                                       strict=True):  # fmt: skip
            outcomes[place] = outcome
    assert all(outcome is not None for outcome in outcomes)
    return [outcome for outcome in outcomes if outcome is not None]


def _disjoint_runs(checked: list[tuple[int, _Checked]]) -> list[list[tuple[int, _Checked]]]:
    """Consecutive runs of requests that name no declaration in common: a request naming
    one an earlier request of its run names starts the next run, so that it finds that
    one stored (or conflicting) exactly as it would have, lodged after it."""
    runs: list[list[tuple[int, _Checked]]] = []
    seen: set[str] = set()
    for item in checked:
        ids = {row.id for _, row in item[1].good}
        if not runs or ids & seen:
            runs.append([])
            seen = set()
        runs[-1].append(item)
        seen |= ids
    return runs


def _store_group(
    store: Store,
    group: list[tuple[int, _Checked]],
    engines: EngineCache,
    policy: SelectionPolicy,
) -> list[Lodged | Exception]:
    """Store a run together; if that fails as a whole, store its requests one by one, so
    that one request's failure is its own."""
    items = [item for _, item in group]
    try:
        return list(_store_checked(store, items, engines, policy))
    except Exception as exc:  # retried or answered per request below
        if len(items) == 1:
            return [exc]
    alone: list[Lodged | Exception] = []
    for item in items:
        try:
            alone.extend(_store_checked(store, [item], engines, policy))
        except Exception as exc:  # this request's own error
            alone.append(exc)
    return alone


def _index_lodged(store: Store, declarations: list[Declaration]) -> None:
    """Index what was lodged. The lodgement stands if this fails: its declarations stay
    listed as waiting, and a later lodgement or the next start indexes them."""
    if not declarations:
        return
    try:
        entity_index.index_lodged(store, declarations)
    except Exception:  # the lodgement is stored; only its indexing is put off
        logger.exception("Indexing %d lodged declarations failed; they wait for the next "
                         "lodgement or start", len(declarations))  # fmt: skip


def _check(user: User, documents: Sequence[Any]) -> _Checked:
    """A request's permission and size checks, and each declaration's own checks."""
    access.require(user, access.LODGE_DECLARATIONS, "lodge declarations")
    if not documents:
        raise Malformed("The batch is empty: send one declaration or a non-empty list.")
    if len(documents) > MAX_BATCH:
        raise Malformed(f"A batch holds at most {MAX_BATCH} declarations; got {len(documents)}.")
    checked = _Checked(user, ImportSummary(), [])
    rows = list(read_documents(documents))
    checked.good = [
        pair
        for batch in prepared_batches(rows, MAX_BATCH)
        for pair in split_rejected(checked.summary, batch)
    ]
    # The checked declarations themselves (the first of each id): checking builds each in
    # the stored document's order, so it is the declaration its stored document gives back,
    # without parsing that document again.
    records = {row.line: row.record for row in rows}
    for line, prepared in checked.good:
        record = records.get(line) if line is not None else None
        if prepared.id not in checked.parsed and record is not None:
            checked.parsed[prepared.id] = record.declaration
    return checked


def _store_checked(
    store: Store, items: Sequence[_Checked], engines: EngineCache, policy: SelectionPolicy
) -> list[Lodged]:
    """Score the requests' declarations together, then store them in one transaction;
    their declaration ids are disjoint."""
    parsed = {key: d for item in items for key, d in item.parsed.items()}
    engine = engines.current(store)
    candidates = dict(
        zip(parsed, engine.assess_many(list(parsed.values()), clock.now()), strict=True)
    )
    finals: list[Assessment] = []

    def decide(uow: UnitOfWork, new_ids: list[str]) -> dict[str, Channel]:
        # Channels are decided before the declarations are written, so that they are
        # written once, with their channels, rather than written then updated.
        new = [parsed[key] for key in new_ids]
        finals.extend(decide_arrivals(uow, new, [candidates[key] for key in new_ids], policy))
        return {final.declaration_id: final.channel for final in finals}

    goods = [item.good for item in items]
    with store.transaction() as uow:
        _, written = write_new_each(uow, goods, SOURCE, decide=decide, unindexed=True)
        actors = {
            key: item.user.username
            for item, result in zip(items, written, strict=True)
            for key in result[1]
        }
        assessed = store_assessments(uow, finals, actors=actors, channels_stored=True)
    # The parties are indexed once the lodgement has committed and its checkpoint-days'
    # locks are free, before the answer goes back; see `entity_index.index_lodged`.
    _index_lodged(store, [parsed[key] for w in written for key in w[1]])
    by_id = {a.declaration_id: a for a in assessed}
    out: list[Lodged] = []
    for item, result in zip(items, written, strict=True):
        collect(item.summary, result)
        mine = [by_id[key] for key in result[1]]
        out.append(Lodged(item.summary, [_shown(a, item.user) for a in mine]))
    return out


def _shown(assessment: Assessment, user: User) -> Assessment:
    """The assessment with the reasons the user may see: itself when redaction changes none
    (most declarations of a batch have no reason at all)."""
    reasons = access.redact_reasons(assessment.reasons, user)
    if reasons == assessment.reasons:
        return assessment
    return dataclasses.replace(assessment, reasons=reasons)
