"""A supervisor's channel override: always with a reason, always in the audit trail."""

from __future__ import annotations

from kordon.domain import Channel, Override
from kordon.domain.accounts import User
from kordon.services import access, audit
from kordon.services.ports import Store

MIN_REASON = 10


class OverrideInvalid(ValueError):
    """The override cannot be recorded as asked."""


def override_channel(
    store: Store, *, user: User, declaration_id: str, to_channel: Channel, reason: str
) -> Override:
    """Change a declaration's channel, recording who, when, from what and why."""
    access.require(user, access.OVERRIDE_CHANNEL, "override a channel")
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON:
        raise OverrideInvalid(
            f"Give the reason for the override (at least {MIN_REASON} characters)."
        )
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = access.visible_declaration(uow, user, declaration_id)
        current = stored.channel
        if current is None:
            raise OverrideInvalid("The declaration has no channel yet: assess it first.")
        if current is to_channel:
            raise OverrideInvalid(f"The declaration is already in the {to_channel.value} channel.")
        override = Override(
            declaration_id=declaration_id,
            from_channel=current,
            to_channel=to_channel,
            reason=reason,
            by=user.username,
            at=now,
        )
        uow.overrides.add(override)
        uow.declarations.set_channel(declaration_id, to_channel)
        audit.record(
            uow,
            actor=user.username,
            action="channel.override",
            subject_type="declaration",
            subject_id=declaration_id,
            details={"from": current.value, "to": to_channel.value, "reason": reason},
            at=now,
        )
    return override
