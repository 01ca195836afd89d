"""Reading seizure records, scoped to what the user may see."""

from __future__ import annotations

from kordon.domain import Seizure, SeizureSource
from kordon.domain.accounts import User
from kordon.services import access
from kordon.services.ports import PhotoRecord, SeizureFilter, Store


def list_seizures(
    store: Store,
    *,
    user: User,
    commodity: str | None = None,
    text: str | None = None,
    source: SeizureSource | None = None,
    min_confidence: float | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[Seizure], int]:
    """Seizures, newest first; officers see their checkpoint's and the public ones."""
    where = SeizureFilter(
        checkpoint=access.scope_checkpoint(user, None),
        with_open_source=True,
        commodity=commodity or None,
        text=text or None,
        source=source,
        min_confidence=min_confidence,
    )
    with store.transaction() as uow:
        return uow.seizures.search(where, limit=limit, offset=offset)


def get_seizure(store: Store, *, user: User, seizure_id: int) -> tuple[Seizure, list[PhotoRecord]]:
    """One seizure with its photos; NotVisible when missing or at another officer's checkpoint."""
    with store.transaction() as uow:
        seizure = uow.seizures.get(seizure_id)
        if seizure is None or not sees_seizure(user, seizure):
            raise access.NotVisible(f"No seizure has the number {seizure_id}.")
        return seizure, uow.photos.for_seizure(seizure_id)


def sees_seizure(user: User, seizure: Seizure) -> bool:
    """Whether a user may see a seizure: open-source ones, or their checkpoint's."""
    # Open-source seizures were published: every user may read them, officers included.
    if seizure.source is SeizureSource.OPEN_SOURCE:
        return True
    if seizure.checkpoint is None:
        return not (user.checkpoint and user.role.value == "officer")
    return access.sees_checkpoint(user, seizure.checkpoint)


def get_photo(store: Store, *, user: User, photo_id: int) -> PhotoRecord:
    """A photo's metadata, when the user may see its seizure, or for a photo of an inspection
    that found nothing, its declaration."""
    with store.transaction() as uow:
        photo = uow.photos.get(photo_id)
        inspected = (
            uow.inspections.declaration_of(photo.inspection_id)
            if photo is not None and photo.inspection_id is not None
            else None
        )
        if photo is not None and photo.seizure_id is None and inspected is not None:
            access.visible_declaration(uow, user, inspected)
            return photo
    if photo is None or photo.seizure_id is None:
        raise access.NotVisible(f"No photo has the number {photo_id}.")
    get_seizure(store, user=user, seizure_id=photo.seizure_id)
    return photo
