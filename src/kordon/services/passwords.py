"""Password rules after NIST SP 800-63B: length, and no common, breached, repetitive or
sequential password. No composition rules: a long phrase is the easiest strong password."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

from kordon.domain.text import N_, Message

MIN_LENGTH = 12
MAX_LENGTH = 256
# Rows people run a finger along; both directions count.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
)
_TRAILING = re.compile(r"[\d\W_]+$")
_LEADING = re.compile(r"^[\d\W_]+")


class PasswordRefused(ValueError):
    """The password breaks a rule; the message says which, as a sentence."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of common and breached passwords (see common_passwords.LICENSE)."""
    path = Path(__file__).with_name("common_passwords.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def _neighbours() -> frozenset[tuple[str, str]]:
    pairs = set()
    for row in _SEQUENCES:
        for a, b in itertools.pairwise(row):
            pairs.update({(a, b), (b, a)})
    return frozenset(pairs)


def _repeats(text: str) -> bool:
    if len(set(text)) < 4:
        return True
    return any(
        len(text) % size == 0 and text == text[:size] * (len(text) // size)
        for size in range(1, len(text) // 2 + 1)
    )


def _sequential(text: str) -> bool:
    pairs = list(itertools.pairwise(text))
    runs = sum(1 for pair in pairs if pair in _neighbours())
    return bool(pairs) and runs >= 0.75 * len(pairs)


def _common(text: str) -> bool:
    known = common_passwords()
    core = _LEADING.sub("", _TRAILING.sub("", text))
    return text in known or (len(core) >= 6 and core in known)


def check(password: str, *, username: str = "") -> None:
    """Raise PasswordRefused unless the password follows every rule."""
    if len(password) < MIN_LENGTH:
        raise PasswordRefused(
            Message(
                N_("The password is too short: use at least %(n)s characters."), {"n": MIN_LENGTH}
            )
        )
    if len(password) > MAX_LENGTH:
        raise PasswordRefused(
            Message(
                N_("The password is too long: use at most %(n)s characters."), {"n": MAX_LENGTH}
            )
        )
    text = password.lower()
    if len(username) >= 3 and username.lower() in text:
        raise PasswordRefused(N_("The password contains the user name: choose another."))
    if _repeats(text):
        raise PasswordRefused(
            N_("The password repeats a few characters over and over: choose a longer phrase.")
        )
    if _sequential(text):
        raise PasswordRefused(
            N_("The password is a sequence of neighbouring keys or letters: choose another.")
        )
    if _common(text):
        raise PasswordRefused(
            N_("The password is on the list of common and breached passwords: choose another.")
        )
