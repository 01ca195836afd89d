"""What a user chooses for themself: the language of the pages."""

from __future__ import annotations

from kordon.domain.errors import Invalid, NotFound
from kordon.domain.text import N_, Message
from kordon.i18n import LANGUAGES
from kordon.services.ports import Store


def set_language(store: Store, *, username: str, language: str) -> None:
    """Save the language a user chose; the pages follow it on every device they sign in on."""
    if language not in LANGUAGES:
        raise Invalid(
            Message(N_("There is no language %(code)s: choose az, ru or en."), {"code": language}),
            field="language",
        )
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise NotFound(Message(N_("There is no user %(name)r."), {"name": username}))
        uow.users.set_language(stored.user.id, language)
