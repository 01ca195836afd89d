"""Lodging declarations as they arrive: checked like a file import, each new one assessed."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kordon.domain import Assessment
from kordon.domain.accounts import User
from kordon.domain.errors import Malformed
from kordon.intake.reader import read_documents
from kordon.services import access
from kordon.services.assessing import SelectionPolicy, assess_arrivals
from kordon.services.engines import EngineCache
from kordon.services.importing import ImportSummary, import_rows
from kordon.services.ports import Store

# One request holds at most this many declarations; larger loads are file imports.
MAX_BATCH = 5000


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
    """Store every valid declaration of the batch and assess each new one at once."""
    access.require(user, access.LODGE_DECLARATIONS, "lodge declarations")
    if not documents:
        raise Malformed("The batch is empty: send one declaration or a non-empty list.")
    if len(documents) > MAX_BATCH:
        raise Malformed(f"A batch holds at most {MAX_BATCH} declarations; got {len(documents)}.")
    summary = import_rows(store, read_documents(documents), source="request")
    with store.transaction() as uow:
        engine = engines.get(uow)
    assessed = assess_arrivals(store, engine, summary.imported_ids, policy)
    shown = [
        dataclasses.replace(a, reasons=access.redact_reasons(a.reasons, user)) for a in assessed
    ]
    return Lodged(summary, shown)
