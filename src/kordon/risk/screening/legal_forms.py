"""Company legal forms (LLC, ООО, MMC, Ltd ...) and generic company words, in several scripts."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kordon.risk.screening.text import latin_key, name_parts

# Each form is written as it appears on documents; it is parsed with the same tokenizer as the
# names, so that Cyrillic, Georgian, Persian and Azerbaijani spellings reduce like names do.
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "llc": (
        "LLC", "L.L.C.", "Ltd", "Limited", "Ltd. Şti.", "Ltd Sti", "Şti", "GmbH", "SARL", "SRL",
        "Limited Liability Company", "ООО", "ТОВ", "МЧЖ", "MChJ", "TOO", "ТОО", "OOO",
        "Общество с ограниченной ответственностью", "MMC", "Məhdud Məsuliyyətli Cəmiyyət",
        "Mahdud Masuliyyatli Jamiyyat", "Limited Şirketi", "შპს", "შ.პ.ს.",
        "შეზღუდული პასუხისმგებლობის საზოგადოება", "با مسئولیت محدود", "Sp. z o.o.", "LLP",
    ),
    "jsc": (
        "JSC", "OJSC", "CJSC", "PJSC", "АО", "ОАО", "ЗАО", "ПАО", "AO", "OAO", "ZAO", "PAO",
        "Акционерное общество", "Публичное акционерное общество", "ASC", "QSC", "ASJ",
        "Açıq Səhmdar Cəmiyyəti", "Qapalı Səhmdar Cəmiyyəti", "Səhmdar Cəmiyyəti", "A.Ş.",
        "AŞ", "Anonim Şirketi", "სს", "სააქციო საზოგადოება", "سهامی خاص", "سهامی عام", "PLC",
        "AG", "SA", "NV", "Joint Stock Company", "Public Joint Stock Company", "AK",
        "Акционерная компания",
    ),
    "corp": ("Inc", "Inc.", "Incorporated", "Corp", "Corporation"),
    "state": ("State Corporation", "Госкорпорация", "Государственная корпорация"),
}  # fmt: skip
GENERIC_WORDS: tuple[str, ...] = (
    "Company", "Co", "Group", "Holding", "Holdinq", "Trading", "Trade", "International",
    "Logistics", "Service", "Services", "and", "of", "the", "ve", "və", "Şirkəti", "Şirketi",
    "Ticaret", "Sanayi", "Компания", "Группа", "شرکت", "Kompaniyası", "კომპანია", "Tic", "San",
    "Oil", "Concern", "Концерн", "Airlines", "Airways", "Air", "Bank", "Банк", "ბანკი", "بانک",
    "Bankı",
    # Country names in a company's name say little about which company it is.
    "Iran", "ایران", "Иран", "Russia", "России", "Россия", "Azerbaijan", "Azərbaycan",
    "Азербайджан", "Georgia", "საქართველოს", "Грузия", "Turkey", "Türkiye", "Турция",
)  # fmt: skip


@lru_cache(maxsize=1)
def _form_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Every legal form as a sequence of parts, by first part, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code, forms in LEGAL_FORMS.items():
        for form in forms:
            parts = tuple(part for part, _ in name_parts(form))
            if parts:
                table.setdefault(parts[0], []).append((parts, code))
    for rows in table.values():
        rows.sort(key=lambda row: -len(row[0]))
    return table


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[str]:
    """Latin keys of company-name parts that say little about which company is named."""
    return frozenset(latin_key(part) for word in GENERIC_WORDS for part, _ in name_parts(word))


def split_legal_form(
    parts: list[tuple[str, bool]],
) -> tuple[list[tuple[str, bool]], str | None]:
    """Remove legal-form phrases from a company's parts; return the rest and the form's code."""
    words = [part for part, _ in parts]
    found: str | None = None
    keep = [True] * len(parts)
    i = 0
    table = _form_table()
    while i < len(words):
        for form, code in table.get(words[i], ()):
            if tuple(words[i : i + len(form)]) == form and len(form) < len(words):
                for j in range(i, i + len(form)):
                    keep[j] = False
                found = found or code
                i += len(form) - 1
                break
        i += 1
    rest = [p for p, k in zip(parts, keep, strict=True) if k]
    return (rest or parts), found


@lru_cache(maxsize=50_000)
def is_generic(key: str) -> bool:
    """Whether a company-name part is a generic word, allowing a typo in longer words."""
    common = generic_keys()
    if key in common:
        return True
    if len(key) < 4:
        return False
    found = process.extractOne(key, common, scorer=OSA.normalized_similarity, score_cutoff=0.8)
    return found is not None and found[0][0] == key[0]
