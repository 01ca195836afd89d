"""A supervisor's channel override: always with a reason, always on the record."""

from __future__ import annotations

from datetime import datetime

from kordon.domain import Assessment, Channel
from kordon.risk.selection import OverrideError, apply_override
from kordon.services.assessing import store_assessment
from kordon.services.errors import InvalidRequestError, NotFoundError
from kordon.services.ports import Store


def override_channel(
    store: Store, *, declaration_id: str, to_channel: Channel, reason: str, by: str, at: datetime
) -> Assessment:
    """Change a declaration's channel; the override becomes its newest, explained assessment."""
    with store.transaction() as uow:
        latest = uow.assessments.latest_for(declaration_id)
        if latest is None:
            if uow.declarations.get(declaration_id) is None:
                raise NotFoundError(f"No declaration has the id {declaration_id!r}.")
            raise InvalidRequestError(
                f"Declaration {declaration_id} has not been assessed yet; assess it first."
            )
        try:
            changed, record = apply_override(latest, to_channel, reason, by, at)
        except OverrideError as exc:
            raise InvalidRequestError(str(exc).capitalize() + ".") from exc
        uow.overrides.add(record)
        return store_assessment(uow, changed)
