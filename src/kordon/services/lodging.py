"""Lodging declarations as they arrive: checked like a file import, each new one assessed."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from kordon.domain import Assessment, Channel, Declaration, clock
from kordon.domain.accounts import User
from kordon.domain.document import from_document
from kordon.domain.errors import Malformed
from kordon.intake.prepared import prepared_batches
from kordon.intake.reader import read_documents
from kordon.services import access, entity_index
from kordon.services.assessing import SelectionPolicy, decide_arrivals, store_assessments
from kordon.services.engines import EngineCache
from kordon.services.importing import ImportSummary, collect, split_rejected, write_new
from kordon.services.ports import Store, UnitOfWork

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
    new declarations, their channels (under their checkpoint-days' locks), their entities and
    the audit entries. A lodging is therefore all there or not there at all, and the locks are
    held only for the writing, never for the scoring."""
    access.require(user, access.LODGE_DECLARATIONS, "lodge declarations")
    if not documents:
        raise Malformed("The batch is empty: send one declaration or a non-empty list.")
    if len(documents) > MAX_BATCH:
        raise Malformed(f"A batch holds at most {MAX_BATCH} declarations; got {len(documents)}.")
    summary = ImportSummary()
    good = [
        pair
        for batch in prepared_batches(read_documents(documents), MAX_BATCH)
        for pair in split_rejected(summary, batch)
    ]
    parsed: dict[str, Declaration] = {}
    for _, row in good:  # a repeated id is a conflict or a repeat: the first one counts
        if row.id not in parsed:
            parsed[row.id] = from_document(orjson.loads(row.document))
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

    with store.transaction() as uow:
        _, written = write_new(uow, good, SOURCE, decide=decide)
        assessed = store_assessments(uow, finals, actor=user.username, channels_stored=True)
        entity_index.index_declarations(uow, [parsed[key] for key in written[1]])
    collect(summary, written)
    shown = [
        dataclasses.replace(a, reasons=access.redact_reasons(a.reasons, user)) for a in assessed
    ]
    return Lodged(summary, shown)
