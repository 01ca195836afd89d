"""A stored watchlist screens declarations; only intelligence officers see an entry's source."""

from __future__ import annotations

from pathlib import Path

from tests.builders import make_document, write_jsonl

from kordon.bootstrap import engine_for, selection_policy
from kordon.domain import Channel, ReasonSource
from kordon.domain.accounts import Role, User
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.services.assessing import assess_arrivals
from kordon.services.briefing import brief
from kordon.services.importing import import_file
from kordon.services.lookfor import Hint
from kordon.settings import Settings
from kordon.storage.store import SqlStore

ENTRY = WatchlistEntry(
    id="WL-7",
    kind=WatchlistKind.PERSON,
    names=("محمد علیزاده", "Мухаммад Ализаде"),
    country="IR",
    identifiers={"passport": "X12345678"},
    source="Liaison report 2026/114",
    handling_code="H3",
    action=RequestedAction.STOP,
)


def test_a_stop_hit_goes_red_and_its_source_is_need_to_know(
    store: SqlStore, tmp_path: Path
) -> None:
    settings = Settings(random_control_share=0.0)
    with store.transaction() as uow:
        uow.watchlist.save_many([ENTRY])
    import_file(store, write_jsonl(tmp_path / "d.jsonl", [make_document(id="A")]))
    with store.transaction() as uow:
        engine = engine_for(uow, settings)
    (assessment,) = assess_arrivals(store, engine, ["A"], selection_policy(settings))
    assert assessment.channel is Channel.RED
    (hit,) = [r for r in assessment.reasons if r.source is ReasonSource.WATCHLIST]
    assert hit.details["role"] == "driver" and hit.details["matched_name"] in ENTRY.names
    assert "source" not in hit.details and "handling_code" not in hit.details

    intel = brief(store, user=User("intel", Role.INTELLIGENCE_OFFICER, id=1), declaration_id="A")
    (seen,) = [r for r in intel.reasons if r.source is ReasonSource.WATCHLIST]
    assert seen.details["source"] == "Liaison report 2026/114"
    assert seen.details["handling_code"] == "H3"

    officer = User("officer", Role.OFFICER, checkpoint="AZ-AST", id=2)
    shown = brief(store, user=officer, declaration_id="A")
    (redacted,) = [r for r in shown.reasons if r.source is ReasonSource.WATCHLIST]
    text = repr(redacted)
    assert "Liaison" not in text and "H3" not in text and "محمد" not in text
    assert Hint("action", {"action": "stop"}) in shown.look_for
