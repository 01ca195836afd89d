"""Who may do what: role checks, checkpoint scoping and need-to-know redaction."""

from __future__ import annotations

import dataclasses

from kordon.domain import Reason, ReasonSource
from kordon.domain.accounts import Role, User
from kordon.domain.errors import Denied, NotFound
from kordon.services.ports import StoredDeclaration, UnitOfWork

EVERYONE = frozenset(Role)
RECORD_INSPECTION = frozenset({Role.OFFICER, Role.SUPERVISOR})
OVERRIDE_CHANNEL = frozenset({Role.SUPERVISOR})
VIEW_PROFILES = frozenset({Role.RISK_ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR})
EDIT_PROFILES = frozenset({Role.RISK_ANALYST})
VIEW_WATCHLIST = frozenset({Role.INTELLIGENCE_OFFICER})
VIEW_AUDIT = frozenset({Role.ADMINISTRATOR})
MANAGE_USERS = frozenset({Role.ADMINISTRATOR})
VIEW_ALL_QUEUES = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})
LODGE_DECLARATIONS = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
VIEW_SEIZURE_ANALYSIS = frozenset(
    {
        Role.ENFORCEMENT_ANALYST,
        Role.RISK_ANALYST,
        Role.INTELLIGENCE_OFFICER,
        Role.SUPERVISOR,
        Role.ADMINISTRATOR,
    }
)

# What everyone may see of a watchlist hit: that it exists and what its source asks for.
_PUBLIC_HIT_DETAILS = ("action", "role")


class AccessDenied(Denied):
    """The user's role does not allow this (HTTP 403)."""


class NotVisible(NotFound):
    """The thing does not exist, or the user may not know that it does (HTTP 404)."""


def require(user: User, allowed: frozenset[Role], what: str) -> None:
    """Raise AccessDenied unless the user's role is allowed."""
    if user.role not in allowed:
        roles = ", ".join(sorted(role.label.lower() for role in allowed))
        article = "an" if roles[0] in "aeiou" else "a"
        raise AccessDenied(f"Only {article} {roles} may {what}.")


def sees_checkpoint(user: User, checkpoint: str | None) -> bool:
    """Officers see their own checkpoint only; every other role sees all of them."""
    return user.role is not Role.OFFICER or (
        checkpoint is not None and checkpoint == user.checkpoint
    )


def scope_checkpoint(user: User, asked: str | None) -> str | None:
    """The checkpoint a listing is limited to: an officer's own, whatever was asked."""
    if user.role is Role.OFFICER:
        return user.checkpoint
    return asked or None


def visible_declaration(uow: UnitOfWork, user: User, declaration_id: str) -> StoredDeclaration:
    """A declaration the user may see; NotVisible for missing ones and other checkpoints'."""
    stored = uow.declarations.get(declaration_id)
    if stored is None or not sees_checkpoint(user, stored.declaration.checkpoint):
        raise NotVisible(f"No declaration has the id {declaration_id!r}.")
    return stored


def sees_watchlist_details(user: User) -> bool:
    """Only intelligence officers see watchlist sources, handling codes and matched names."""
    return user.role is Role.INTELLIGENCE_OFFICER


def redact_reason(reason: Reason, user: User) -> Reason:
    """A reason as the user may see it: watchlist hits lose everything but their action."""
    if sees_watchlist_details(user):
        return reason
    if reason.source is ReasonSource.NETWORK and reason.code.startswith("watchlist-"):
        # A path that ends at a watchlist entry would show whom intelligence is watching.
        return dataclasses.replace(
            reason,
            code="network-watchlist",
            description="Network link to a watchlist entry: details are restricted to "
            "intelligence officers.",
            details={"hops": reason.details.get("hops")},
        )
    if reason.source is not ReasonSource.WATCHLIST:
        return reason
    kept = {key: reason.details[key] for key in _PUBLIC_HIT_DETAILS if key in reason.details}
    return dataclasses.replace(
        reason,
        code="watchlist",
        description="Watchlist hit: details are restricted to intelligence officers.",
        details=kept,
    )


def redact_reasons(reasons: tuple[Reason, ...], user: User) -> tuple[Reason, ...]:
    """Every reason as the user may see it."""
    return tuple(redact_reason(reason, user) for reason in reasons)
