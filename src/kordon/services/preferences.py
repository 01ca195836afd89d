"""What a user chooses for themself: the language of the pages."""

from __future__ import annotations

from kordon.i18n import LANGUAGES, N_, Message
from kordon.services.errors import InvalidRequestError, NotFoundError
from kordon.services.ports import Store


class UnknownLanguage(InvalidRequestError):
    """A language Kordon has no catalog for."""

    def __init__(self, code: str) -> None:
        self.message = Message(
            N_("There is no language %(code)s: choose az, ru or en."), {"code": code}
        )
        super().__init__(str(self.message))


def set_language(store: Store, *, username: str, language: str) -> None:
    """Save the language a user chose; the pages follow it on every device they sign in on."""
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise NotFoundError(f"There is no user {username!r}.")
        uow.users.set_language(stored.user.id, language)
