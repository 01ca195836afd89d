"""Reading stored declarations and assessments, as the caller's role allows.

`user=None` is the operator at the command line, who has the database in hand anyway; every
other caller sees only what its role may see (officers: their own checkpoint).
"""

from __future__ import annotations

import dataclasses

from kordon.domain.accounts import User
from kordon.services import access
from kordon.services.ports import DeclarationFilter, Store, StoredDeclaration


def get_declaration(store: Store, *, user: User | None, declaration_id: str) -> StoredDeclaration:
    """One stored declaration with its channel; NotVisible when missing or out of scope."""
    with store.transaction() as uow:
        stored = uow.declarations.get(declaration_id)
    if stored is None or (
        user is not None and not access.sees_checkpoint(user, stored.declaration.checkpoint)
    ):
        raise access.NotVisible(f"No declaration has the id {declaration_id!r}.")
    return stored


def list_declarations(
    store: Store, *, user: User | None, where: DeclarationFilter, limit: int, offset: int = 0
) -> tuple[list[StoredDeclaration], int]:
    """Declarations, newest first, and how many match (officers: their checkpoint only)."""
    if user is not None:
        asked = where.checkpoint
        if asked and not access.sees_checkpoint(user, asked):
            raise access.NotVisible(f"No checkpoint {asked!r} is open to you.")
        where = dataclasses.replace(where, checkpoint=access.scope_checkpoint(user, asked))
    with store.transaction() as uow:
        rows, total = uow.declarations.search(where, limit=limit, offset=offset)
    return rows, total
