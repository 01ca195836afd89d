"""A lodgement reads its declarations' mentions twice (network reasons, then indexing): within
`mentions_kept` they are worked out once, and nothing is kept outside it."""

from __future__ import annotations

import dataclasses

import pytest
from tests.risk.builders import make_declaration

from kordon.domain import Declaration
from kordon.risk.network import mentions
from kordon.risk.network.mentions import Mention, declaration_mentions, mentions_kept


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    worked: list[str] = []
    real = mentions._declaration_mentions

    def counting(declaration: Declaration) -> list[Mention]:
        worked.append(declaration.id)
        return real(declaration)

    monkeypatch.setattr(mentions, "_declaration_mentions", counting)
    return worked


def test_mentions_are_worked_out_once_within_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    worked = _counted(monkeypatch)
    declaration = make_declaration()
    # Another declaration alike in every field but its id has mentions of its own.
    other = dataclasses.replace(declaration, id="D-OTHER")
    with mentions_kept():
        first = declaration_mentions(declaration)
        first.clear()  # a caller's list is its own
        again = declaration_mentions(declaration)
        theirs = declaration_mentions(other)
    assert worked == [declaration.id, other.id]
    assert again == mentions._declaration_mentions(declaration) and again
    assert {m.record_id for m in theirs} == {"D-OTHER"}


def test_nothing_is_kept_outside_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    worked = _counted(monkeypatch)
    declaration = make_declaration()
    with mentions_kept():
        declaration_mentions(declaration)
    declaration_mentions(declaration)
    declaration_mentions(declaration)
    assert worked == [declaration.id] * 3
