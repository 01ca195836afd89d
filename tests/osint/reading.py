"""What the reader found in a text, as the goods tests compare it."""

from __future__ import annotations

from kordon.osint import extract_text

Goods = tuple[str, float | None, float | None, str | None]


def goods_found(text: str) -> list[Goods]:
    """Each record's goods, weight, count and count unit, in the reader's order."""
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.count_unit) for r in extract_text(text)
    ]


def field_found(text: str, name: str) -> list[str | None]:
    """One text field (concealment, cover_cargo, conveyance ...) of each record, in order."""
    return [getattr(r, name) for r in extract_text(text)]


def amounts_found(text: str) -> list[tuple[str, float | None, float | None]]:
    """Each record's goods, weight and count, in the reader's order (the unit left aside)."""
    return [goods[:3] for goods in goods_found(text)]


def qualified_found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    """Each record's goods, weight, count and quantity qualifier, in the reader's order."""
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.quantity_qualifier)
        for r in extract_text(text)
    ]
