"""Who may do what: role checks, checkpoint scoping and need-to-know redaction."""

from __future__ import annotations

import dataclasses

from kordon.domain import Reason, ReasonSource
from kordon.domain.accounts import AuditEntry, Role, User
from kordon.domain.errors import Denied, NotFound
from kordon.domain.text import N_, Listing, Message
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
# Audit entries about intelligence subjects: what others may see is that something changed.
_INTELLIGENCE_SUBJECTS = frozenset({"watchlist_entry", "watchlist"})
_PUBLIC_AUDIT_DETAILS = ("file", "entries")


class AccessDenied(Denied):
    """The user's role does not allow this (HTTP 403)."""


class NotVisible(NotFound):
    """The thing does not exist, or the user may not know that it does (HTTP 404)."""


def require(user: User, allowed: frozenset[Role], what: str) -> None:
    """Raise AccessDenied unless the user's role is allowed."""
    if user.role not in allowed:
        labels = sorted((role.label for role in allowed), key=str.lower)
        roles = ", ".join(label.lower() for label in labels)
        article = "an" if roles[0] in "aeiou" else "a"
        raise AccessDenied(
            Message(
                N_("Only %(roles)s may %(what)s."),
                {"roles": Listing(tuple(labels), f"{article} {roles}"), "what": Message(what)},
            )
        )


# What require() says a role may do, marked so that the refusal reads in the user's language.
ACTIONS = (
    N_("change the watchlist"),
    N_("delete risk profiles"),
    N_("edit risk profiles"),
    N_("lodge declarations"),
    N_("manage accounts"),
    N_("override a channel"),
    N_("read the audit trail"),
    N_("record an inspection"),
    N_("see risk profiles"),
    N_("see seizure intelligence"),
    N_("see seizure reports"),
    N_("see the watchlist"),
)


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
            description=N_(
                "Network link to a watchlist entry: details are restricted to "
                "intelligence officers."
            ),
            details={"hops": reason.details.get("hops")},
        )
    if reason.source is not ReasonSource.WATCHLIST:
        return reason
    kept = {key: reason.details[key] for key in _PUBLIC_HIT_DETAILS if key in reason.details}
    return dataclasses.replace(
        reason,
        code="watchlist",
        description=N_("Watchlist hit: details are restricted to intelligence officers."),
        details=kept,
    )


def redact_reasons(reasons: tuple[Reason, ...], user: User) -> tuple[Reason, ...]:
    """Every reason as the user may see it."""
    return tuple(redact_reason(reason, user) for reason in reasons)


def redact_audit(entry: AuditEntry, user: User) -> AuditEntry:
    """An audit entry as the user may see it: the protected fields of intelligence subjects
    (source, handling code, names) and watchlist hit codes only for intelligence officers."""
    if sees_watchlist_details(user):
        return entry
    details = entry.details
    if entry.subject_type in _INTELLIGENCE_SUBJECTS:
        details = {key: details[key] for key in _PUBLIC_AUDIT_DETAILS if key in details}
        if len(details) < len(entry.details):
            details["protected"] = "details restricted to intelligence officers"
    elif isinstance(details.get("reasons"), list):
        reasons = [
            ["watchlist", "watchlist"] if r and r[0] == ReasonSource.WATCHLIST.value else r
            for r in details["reasons"]
        ]
        details = {**details, "reasons": reasons}
    return dataclasses.replace(entry, details=details)
