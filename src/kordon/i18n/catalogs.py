"""The compiled message catalogs: a `.mo` file built from its `.po`, or the `.po` read directly.

`make translations` (run by `make demo` and `make test`) compiles every `.po` into a `.mo` beside
it. A catalog whose `.mo` is missing or older than its `.po` is compiled in memory instead, so a
checkout that skipped the step still shows every translation and a stale `.mo` never wins.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "kordon"
CATALOG_DIR = Path(__file__).parent / "locale"


def po_path(language: str) -> Path:
    """Where a language's catalog source lives."""
    return CATALOG_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_po(po: Path) -> bytes:
    """A `.po` file compiled to `.mo` bytes; fuzzy entries are left out, as msgfmt does."""
    with po.open("rb") as source:
        catalog = read_po(source, locale=po.parent.parent.name)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The translations of one language (English, the source language, needs none)."""
    po = po_path(language)
    if not po.exists():
        return gettext.NullTranslations()
    mo = po.with_suffix(".mo")
    if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
        data = mo.read_bytes()
    else:
        data = compile_po(po)
    return gettext.GNUTranslations(io.BytesIO(data))
