"""Choosing a language from Accept-Language, formatting per locale, reading catalogs."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from kordon.i18n import Message, catalogs, negotiate, translate_message, translations
from kordon.i18n.formatting import (
    format_month,
    format_number,
    format_percent,
    format_quantity,
    format_when,
)
from kordon.settings import Settings


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"),
        ("az-Latn-AZ", "az"),
        ("de-DE,de;q=0.9,en;q=0.5", "en"),
        ("fr-FR, az;q=0.4, ru;q=0.6", "ru"),
        ("en;q=0.5, az;q=0.5", "en"),
        ("ru;q=0", "tr"),
        ("", "tr"),
        (None, "tr"),
        ("ru;q=bad, az", "az"),
    ],
)
def test_negotiate(header: str | None, expected: str) -> None:
    assert negotiate(header, "tr") == expected


def test_quantities_are_written_per_language() -> None:
    assert format_quantity(301.475, "kg", "az") == "301,475 kq"
    assert format_quantity(301.475, "kg", "ru") == "301,475 кг"
    assert format_quantity(301.475, "kg", "en") == "301.475 kg"
    assert format_quantity(5_100_000, "pieces", "en") == "5,100,000 pieces"
    assert format_quantity(5_100_000, "pieces", "az") == "5.100.000 ədəd"
    assert format_quantity(None, "kg", "ru") == "количество неизвестно"
    assert format_number(1234.5, "ru") == "1\xa0234,5"


def test_dates_and_shares_are_written_per_language() -> None:
    moment = datetime(2026, 12, 5, 14, 3)
    assert format_when(moment, "az") == "5 dek 2026 14:03"
    assert format_when(moment.date(), "ru") == "5 дек. 2026\u202fг."
    assert format_month(date(2026, 11, 1), "az") == "noyabr 2026"
    assert format_percent(0.063, "ru") == "6\xa0%"
    assert format_percent(None, "en") == "–"


def test_a_message_is_translated_with_its_values() -> None:
    message = Message("There is no language %(code)s: choose az, ru or en.", {"code": "de"})
    assert translate_message(translations("ru"), message).startswith("Языка de нет")
    assert str(message) == "There is no language de: choose az, ru or en."
    assert translate_message(translations("az"), "Sign out") == "Çıxış"


def test_a_stale_compiled_catalog_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "az" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "kordon.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Queue"\nmsgstr "Növbə"\n',
        encoding="utf-8",
    )
    mo = po.with_suffix(".mo")
    mo.write_bytes(catalogs.compile_po(po).replace("Növbə".encode(), "Köhnə".encode()))
    os.utime(mo, (po.stat().st_mtime - 60, po.stat().st_mtime - 60))
    monkeypatch.setattr(catalogs, "CATALOG_DIR", tmp_path)
    catalogs.translations.cache_clear()
    try:
        assert catalogs.translations("az").gettext("Queue") == "Növbə"
    finally:
        catalogs.translations.cache_clear()


def test_the_default_language_must_be_one_kordon_has() -> None:
    assert Settings(default_language="ru").default_language == "ru"
    with pytest.raises(ValidationError, match="KORDON_DEFAULT_LANGUAGE is 'de'"):
        Settings(default_language="de")
