"""A supervisor's channel override: always with a reason, always on the record."""

from __future__ import annotations

from datetime import UTC, datetime

from kordon.domain import Assessment, Channel
from kordon.domain.accounts import User
from kordon.domain.errors import Invalid
from kordon.risk.selection import OverrideError, apply_override
from kordon.services import access, audit
from kordon.services.assessing import store_assessment
from kordon.services.ports import Store, UnitOfWork

# Long enough to say why, short enough to type at the roadside.
MIN_REASON = 10


def _record(
    uow: UnitOfWork, latest: Assessment, to_channel: Channel, reason: str, by: str, at: datetime
) -> Assessment:
    """Apply an override to the latest assessment: the record, the new assessment, the audit."""
    try:
        changed, record = apply_override(latest, to_channel, reason, by, at)
    except OverrideError as exc:
        raise Invalid(str(exc).capitalize() + ".") from exc
    uow.overrides.add(record)
    stored = store_assessment(uow, changed)
    audit.record(
        uow,
        actor=record.by,
        action="channel.override",
        subject_type="declaration",
        subject_id=latest.declaration_id,
        details={"from": latest.channel.value, "to": to_channel.value, "reason": record.reason},
        at=at,
    )
    return stored


def override_as(
    store: Store, *, user: User, declaration_id: str, to_channel: Channel, reason: str
) -> Assessment:
    """A signed-in supervisor's override: role and checkpoint checked, audited in the same
    transaction as the new assessment."""
    access.require(user, access.OVERRIDE_CHANNEL, "override a channel")
    reason = " ".join(reason.split())
    at = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as uow:
        access.visible_declaration(uow, user, declaration_id)
        latest = uow.assessments.latest_for(declaration_id)
        if latest is None:
            raise Invalid(
                f"Declaration {declaration_id} has not been assessed yet; assess it first."
            )
        if len(reason) < MIN_REASON:
            raise Invalid(
                f"An override needs a reason of at least {MIN_REASON} characters; "
                "it is kept in the audit trail."
            )
        return _record(uow, latest, to_channel, reason, user.username, at)
