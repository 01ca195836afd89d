"""Screening a whole declaration: every party and plate, with the role that matched."""

from __future__ import annotations

from datetime import date, datetime

from kordon.domain import Conveyance, Declaration, Direction, GoodsItem, Party, PartyKind
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex, screen_declaration


def make_declaration(**overrides: object) -> Declaration:
    """A transit declaration from Iran with a company consignor, a driver and two plates."""
    fields: dict[str, object] = {
        "id": "AZ-1",
        "lodged_at": datetime(2026, 3, 1, 9, 30),
        "checkpoint": "AZ-AST",
        "direction": Direction.TRANSIT,
        "procedure": "T1",
        "items": (GoodsItem(hs_code="080620", net_mass_kg=20000.0, value=30000.0),),
        "consignor": Party(PartyKind.COMPANY, "Tabriz Dried Fruit Co", "IR"),
        "drivers": (Party(PartyKind.PERSON, "Məhəmməd Əlizadə", "IR"),),
        "conveyance": Conveyance(tractor_plate="۱۲ ب ۳۴۵ ایران ۶۷", trailer_plate="10-AB-123"),
    }
    fields.update(overrides)
    return Declaration(**fields)  # type: ignore[arg-type]


ENTRIES = [
    WatchlistEntry("drv", WatchlistKind.PERSON, ("محمد علیزاده",), action=RequestedAction.STOP),
    WatchlistEntry("co", WatchlistKind.COMPANY, ("TABRIZ DRIED FRUIT COMPANY",)),
    WatchlistEntry("truck", WatchlistKind.VEHICLE, ("12B345-67",)),
    WatchlistEntry(
        "old-trailer", WatchlistKind.VEHICLE, ("10 AB 123",), valid_until=date(2025, 12, 31)
    ),
    WatchlistEntry("other", WatchlistKind.PERSON, ("Elnur Hasanov",)),
]


def test_every_party_and_plate_is_screened_with_its_role() -> None:
    hits = screen_declaration(ScreeningIndex.build(ENTRIES), make_declaration())
    roles = {(h.entry_id, h.role) for h in hits}
    assert roles == {("drv", "driver"), ("co", "consignor"), ("truck", "tractor_plate")}
    assert all(h.match for h in hits)
    assert next(h for h in hits if h.entry_id == "drv").action == RequestedAction.STOP


def test_expired_entries_do_not_hit() -> None:
    hits = screen_declaration(ScreeningIndex.build(ENTRIES), make_declaration())
    assert "old-trailer" not in {h.entry_id for h in hits}
    earlier = make_declaration(lodged_at=datetime(2025, 6, 1, 8, 0))
    hits = screen_declaration(ScreeningIndex.build(ENTRIES), earlier)
    assert ("old-trailer", "trailer_plate") in {(h.entry_id, h.role) for h in hits}


def test_declaration_without_hits() -> None:
    clean = make_declaration(
        consignor=Party(PartyKind.COMPANY, "Ganja Agro LLC", "AZ"),
        drivers=(Party(PartyKind.PERSON, "Tural Guliyev", "AZ"),),
        conveyance=Conveyance(tractor_plate="90-XY-001"),
    )
    assert screen_declaration(ScreeningIndex.build(ENTRIES), clean) == []
