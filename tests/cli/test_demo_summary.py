"""The demo's printed summary in each language: figures written the language's way."""

from __future__ import annotations

import pytest
from rich.console import Console

from kordon.cli import demo
from kordon.i18n.words import words
from kordon.services.assessing import AssessSummary
from kordon.services.demo import Catch, DemoResult

RESULT = DemoResult(
    scenario={"days": 60, "start": "2026-10-07", "today": "2026-12-05", "findings": 41},
    imported=12345,
    inspections=1500,
    profiles=14,
    watchlist=120,
    model=None,
    assessed=AssessSummary(
        assessed=12345, channels={"red": 1200, "green": 9000}, random_controls=9
    ),
    all_days=Catch(attempts=30, caught=21, random_expected=2.5),
    today=Catch(attempts=2, caught=2, random_expected=0.1),
    queue_today={"AZ-AST": {"red": 12, "green": 150}},
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("az", ["12.345 bəyannamə", "Bugünkü növbə", "qırmızı 1.200", "21", "8,4 dəfə"]),
        ("ru", ["12\xa0345 деклараций", "Очередь на сегодня", "красный 1\xa0200", "8,4 раза"]),
        ("en", ["12,345 declarations", "Today's queue", "red 1,200", "(8.4x)"]),
    ],
)
def test_the_summary_speaks_the_language(
    lang: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    console = Console(record=True, width=200)
    monkeypatch.setattr(demo, "console", console)
    demo._print(RESULT, "sqlite:///kordon.db", words(lang))
    demo._print_accounts([("officer.astara", "officer", "AZ-AST", "pw")], "http://x/", words(lang))
    text = console.export_text()
    for part in expected:
        assert part in text, f"{part!r} not in:\n{text}"
    if lang != "en":
        assert "declarations" not in text and "Officer" not in text
