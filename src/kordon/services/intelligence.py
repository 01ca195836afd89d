"""Profiles and watchlist entries through the catalogs, with role checks and auditing."""

from __future__ import annotations

from kordon.domain.accounts import User
from kordon.services import access, audit
from kordon.services.ports import ProfileChange, ProfileView, Store, WatchlistView


def profiles(store: Store, *, user: User) -> tuple[list[ProfileView], bool]:
    """Every profile with statistics, and whether the catalog can be edited."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        return uow.profiles.list(), uow.profiles.editable


def profile(store: Store, *, user: User, profile_id: str) -> ProfileView:
    """One profile; NotVisible when there is none."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        found = uow.profiles.get(profile_id)
    if found is None:
        raise access.NotVisible(f"No risk profile has the id {profile_id!r}.")
    return found


def edit_profile(
    store: Store, *, user: User, profile_id: str, change: ProfileChange
) -> ProfileView:
    """Save a risk analyst's change as the profile's next version, in the audit trail."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    with store.transaction() as uow:
        before = uow.profiles.get(profile_id)
        if before is None:
            raise access.NotVisible(f"No risk profile has the id {profile_id!r}.")
        after = uow.profiles.update(profile_id, change, by=user.username)
        audit.record(
            uow,
            actor=user.username,
            action="profile.edit",
            subject_type="profile",
            subject_id=profile_id,
            details={
                "from": {"description": before.description, "weight": before.weight,
                         "channel": before.channel, "enabled": before.enabled},
                "to": {"description": change.description, "weight": change.weight,
                       "channel": change.channel, "enabled": change.enabled},
                "version": after.version,
            },
        )  # fmt: skip
    return after


def watchlist(store: Store, *, user: User) -> list[WatchlistView]:
    """Every watchlist entry (intelligence officers only; the listing is audited)."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entries = uow.watchlist.list()
        audit.record(
            uow,
            actor=user.username,
            action="watchlist.list",
            subject_type="watchlist",
            subject_id="*",
            details={"entries": len(entries)},
        )
    return entries


def watchlist_entry(store: Store, *, user: User, entry_id: str) -> WatchlistView:
    """One watchlist entry with its source and handling code; every view is audited."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entry = uow.watchlist.get(entry_id)
        if entry is None:
            raise access.NotVisible(f"No watchlist entry has the id {entry_id!r}.")
        audit.record(
            uow,
            actor=user.username,
            action="watchlist.view",
            subject_type="watchlist_entry",
            subject_id=entry_id,
        )
    return entry
