"""A queue row's main reason: the one that most explains its channel, in a few words."""

from __future__ import annotations

from datetime import datetime

from tests.builders import make_document

from kordon.domain import Channel, Reason, ReasonSource
from kordon.domain.accounts import Role, User
from kordon.domain.document import from_document
from kordon.services.ports import QueueRow, StoredDeclaration
from kordon.services.queue import main_reason, network_reason

OFFICER = User("officer", Role.OFFICER, checkpoint="AZ-AST", id=1)
STORED = StoredDeclaration(
    from_document(make_document()), Channel.RED, "test", datetime(2026, 3, 1)
)


def _row(*reasons: Reason, random_control: bool = False) -> QueueRow:
    return QueueRow(STORED, 70.0, None, reasons, random_control)


def test_the_heaviest_reason_names_the_row() -> None:
    network = Reason(ReasonSource.NETWORK, "net.consignee", "Consignee linked to seizure 12", 35)
    lead = {"description": "HS 0806.20 from IR: violation rate 40%"}
    model = Reason(
        ReasonSource.MODEL, "model", "Learned score", 20, details={"contributions": [lead]}
    )
    profile = Reason(ReasonSource.PROFILE, "AZ-HER-01", "Dried fruit to Moldova", 25)
    found = main_reason(_row(model, profile, network), OFFICER)
    assert found is not None and (found.kind, found.text) == ("network", network.description)
    found = main_reason(_row(model, profile), OFFICER)
    assert found is not None and found.text == "AZ-HER-01: Dried fruit to Moldova"
    found = main_reason(_row(model), OFFICER)
    assert found is not None and found.text == "HS 0806.20 from IR: violation rate 40%"


def test_a_random_control_and_a_watchlist_hit_come_first() -> None:
    profile = Reason(ReasonSource.PROFILE, "AZ-HER-01", "Dried fruit to Moldova", 60)
    hit = Reason(ReasonSource.WATCHLIST, "WL-1", "Driver on the watchlist", channel=Channel.RED,
                 details={"action": "stop", "matched_name": "Muhammad Alizadeh"})  # fmt: skip
    drawn = main_reason(_row(profile, random_control=True), OFFICER)
    assert drawn is not None and drawn.kind == "random"
    found = main_reason(_row(profile, hit), OFFICER)
    assert found is not None and (found.kind, found.text) == ("watchlist", "stop")
    # What the officer sees of the hit is its action, never the matched name.
    assert "Alizadeh" not in repr(found)


def test_no_reason_no_main_reason() -> None:
    assert main_reason(_row(), OFFICER) is None


def test_a_network_reason_is_shown_beside_a_heavier_main_reason() -> None:
    profile = Reason(ReasonSource.PROFILE, "AZ-HER-01", "Dried fruit to Moldova", 60)
    light = Reason(ReasonSource.NETWORK, "seizure-3", "Driver linked to seizure 3", 10)
    heavy = Reason(ReasonSource.NETWORK, "seizure-12", "Consignee linked to seizure 12", 35)
    row = _row(profile, light, heavy)
    found = main_reason(row, OFFICER)
    assert found is not None and found.kind == "profile"
    assert network_reason(row, OFFICER) == heavy
    assert network_reason(_row(profile), OFFICER) is None
    # A path to a watchlist entry reaches an officer as a bare link, the entry unnamed.
    flag = {"kind": "watchlist", "entry_id": "WL-9"}
    watched = Reason(ReasonSource.NETWORK, "watchlist-WL-9", "... watchlist entry WL-9", 20,
                     details={"hops": 2, "flag": flag})  # fmt: skip
    shown = network_reason(_row(profile, watched), OFFICER)
    assert shown is not None and "WL-9" not in repr(shown)
