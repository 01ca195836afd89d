"""A reason kept as a sentence in its details reads in the page's language."""

from __future__ import annotations

import html
from datetime import date

from jinja2 import Environment

from kordon.domain import Reason, ReasonSource
from kordon.i18n import translations
from kordon.risk.selection import _random_reason
from kordon.web.labels import reason_text


def _render(reason: Reason, lang: str) -> str:
    env = Environment(autoescape=True)
    env.filters["reason_text"] = reason_text
    template = env.from_string("{{ r | reason_text }}")
    return html.unescape(template.render(r=reason, lang=lang, translations=translations(lang)))


def test_a_random_control_reason_in_each_language() -> None:
    reason = _random_reason(0.012345, 0.03, date(2026, 12, 5))
    assert reason.description == "Selected at random as a control (draw 0.012345 < share 0.03)"
    assert _render(reason, "en") == reason.description
    assert _render(reason, "az").startswith("Nəzarət üçün təsadüfi seçilib (püşk 0.012345")
    assert _render(reason, "ru").startswith("Выбрано случайно для контроля")


def test_an_analysts_own_description_stays_as_written() -> None:
    reason = Reason(ReasonSource.PROFILE, "AZ-HER-01", "Dried fruit from Iran via the Caucasus")
    assert _render(reason, "ru") == "Dried fruit from Iran via the Caucasus"


def test_a_sentence_from_another_version_falls_back_to_the_description() -> None:
    said = {"text": "Selected at random as a control (draw %(draw).6f < share %(share)g)",
            "values": {"draw": 0.5}, "words": []}  # fmt: skip
    reason = Reason(ReasonSource.RANDOM, "random-control", "As stored", details={"said": said})
    assert _render(reason, "az") == "As stored"
