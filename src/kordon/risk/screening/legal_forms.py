"""Company legal forms (LLC, ООО, MMC, Ltd ...) and generic company words, in several scripts.

Legal forms come from rigour's organisation types, a maintained list built from ISO 20275
(Entity Legal Forms) and OCCRP's list, long and short forms in many languages and scripts.
`LEGAL_FORMS` adds only the forms that list lacks (Azerbaijani, Persian, Armenian, Russian
state corporations) and corrects one reading (the Azerbaijani ASC is a joint-stock company).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from rigour.names.org_types import extract_org_types

from kordon.risk.screening.chinese import legal_form_spellings
from kordon.risk.screening.company_words import in_cyrillic, in_english, is_russian
from kordon.risk.screening.org_words import kind_words
from kordon.risk.screening.text import fold_case, latin_key, name_parts

# Each form is written as it appears on documents; it is parsed with the same tokenizer as the
# names, so that Cyrillic, Persian, Armenian and Azerbaijani spellings reduce like names do.
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "llc": (
        "Məhdud Məsuliyyətli Cəmiyyət", "Mahdud Masuliyyatli Jamiyyat", "با مسئولیت محدود",
        "ՍՊԸ", "MChJ", "МЧЖ", "TOO", "შ.პ.ს.",
        # Russian forms romanised another way than rigour's (sch for shch, -oi for -oy).
        "Obschestvo s Ogranichennoi Otvetstvennostyu",
        "Obshchestvo s Ogranichennoi Otvetstvennostyu",
        "Obschestvo s Ogranichennoy Otvetstvennostyu",
        # South African and Australian proprietary companies.
        "Pty Ltd", "Pty",
        # South Asian private companies written short (SUNAULA KHIMTI PVT. LTD., (PVT) LTD),
        # and Limited as Persian and Arabic write it out (راحت لمتد, RAHAT LTD.).
        "Pvt", "لمتد", "لیمیتد", "ليمتد", "ليميتد",
        # Japanese limited companies romanised (有限会社, 合同会社; in characters: `chinese`).
        "Yugen Kaisha", "Godo Kaisha",
    ),
    "jsc": (
        "ASC", "QSC", "ASJ", "Açıq Səhmdar Cəmiyyəti", "Qapalı Səhmdar Cəmiyyəti",
        "Səhmdar Cəmiyyəti", "سهامی خاص", "سهامی عام", "ՓԲԸ", "ԲԲԸ", "Акционерная компания",
        "AK", "A.Ş.", "AŞ", "شرکت سهامی", "سهامی",
        # "Of open (closed) type", the qualifier of a Russian or Ukrainian joint-stock form.
        "Открытого типа", "Закрытого типа", "Відкритого типу", "Закритого типу",
        # The qualifiers rigour leaves before a form it reads in another spelling
        # (ZAKRYTOE AKTSIONERNOE OBSCHESTVO).
        "Zakrytoe", "Otkrytoe", "Publichnoe", "Zakrytoye", "Otkrytoye", "Publichnoye",
        "Nepublichnoe", "Nepublichnoye", "Непубличное",
        # The Ukrainian qualifiers before a joint-stock company (приватне, публічне акціонерне
        # товариство; PRYVATNE AKTSIONERNE TOVARYSTVO), which rigour leaves in the name.
        "Приватне", "Публічне", "Pryvatne", "Publichne", "Pryvatnoe", "ПрАТ",
        # Iranian public joint-stock companies as OFAC writes them (KISH INTERNATIONAL BANK PJS).
        "PJS",
        # The Russian form romanised with -oye (AKTSIONERNOYE OBSHCHESTVO), as ZAKRYTOYE is.
        "Aktsionernoye Obshchestvo", "Aktsionernoye Obschestvo",
        # The form without its "company", as Iranian companies are written in English
        # (... INVESTMENT COMPANY PUBLIC JOINT STOCK, sherkat-e sahami-ye aam).
        "Public Joint Stock", "Private Joint Stock",
        # The company written short (TRANSNEFTEPRODUCT JOINT-STOCK CO).
        "Joint Stock Co", "Closed Joint Stock Co", "Open Joint Stock Co", "Public Joint Stock Co",
        # Persian private and public joint-stock companies romanised (SHERKAT SAHAMI KHASS
        # KALA NAFT, KALA NAFT CO SSK), as سهامی خاص and سهامی عام are read above.
        "Sahami Khass", "Sahami Khas", "Sahami Aam", "Sahami Am", "SSK",
        # The Japanese joint-stock company romanised (株式会社).
        "Kabushiki Kaisha", "Kabushiki Gaisha",
    ),
    # Joint ventures (KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION, Ryonhwa Machinery JV).
    # Korean joint ventures (합영회사) are joint operation companies in other translations.
    "jv": ("Joint Venture", "JV", "J/V", "Joint Operation"),
    # Russian non-bank credit organisations (settlement, clearing and depository houses).
    "nbco": ("НКО", "Небанковская кредитная организация", "Non-Bank Credit Institution",
             "Non-Bank Credit Organization", "NKO"),
    "corp": ("Corp", "Corporation"),
    "state": ("State Corporation", "Госкорпорация", "Государственная корпорация"),
    # Russian state and municipal unitary enterprises; rigour reads the long form but leaves
    # its "federal" in front.
    "soe": ("ФГУП", "FGUP", "ГУП", "GUP", "МУП", "MUP", "Federalnoe", "Federalnoye",
            "Федеральное"),
}  # fmt: skip
# Forms whose Latin spelling is also a common word or surname (PrAT, ПрАТ read as PRAT, the
# Catalan surname of JOSEP PRAT): a form only in a name in Cyrillic or beside the words of a
# Ukrainian company's name (PRAT ... AKTSIONERNE TOVARYSTVO).
_UKRAINIAN_FORMS = frozenset({"prat"})
_UKRAINIAN_WORDS = frozenset(
    {"aktsionerne", "aktsionernoe", "tovarystvo", "tovarystva", "pryvatne", "publichne"}
)
# Abbreviations rigour reads as forms that in a Russian name say what kind of body it is:
# НПО is a research and production association (NPO Optika), not a non-profit organisation.
_RUSSIAN_KINDS = frozenset({"npo", "нпо"})
# rigour reads these forms for another country's; here they are the forms above.
_OVERRIDES = {"asc": "jsc", "açıq səhmdar cəmiyyəti": "jsc"}
# Countries and places a company is named after (Credit Bank of Moscow): they say little about
# which company it is, and a name that adds one to another's is not another company.
PLACE_WORDS: tuple[str, ...] = (
    "Iran", "ایران", "Иран", "Russia", "России", "Россия", "Azerbaijan", "Azərbaycan",
    "Азербайджан", "Georgia", "საქართველოს", "Грузия", "Turkey", "Türkiye", "Турция",
    "Moscow", "Saint", "Petersburg", "Belarus", "Armenia", "Syria", "Lebanon", "Korea",
    "Belarusian", "Russian", "Iranian",
    # Capitals a company's name adds to say where it sits (KALA NAFT CO. TEHRAN), and
    # countries the lists' companies and groups are named after.
    "Tehran", "Тегеран", "تهران", "Pyongyang", "Пхеньян", "Damascus", "دمشق",
    "Baghdad", "بغداد", "Kabul", "کابل", "Minsk", "Минск", "Beirut", "بيروت",
    "Pakistan", "Afghanistan", "Iraq", "Ukraine", "Uzbekistan", "China", "Italy",
    # The region armed groups name themselves after beside a country (Islamic State of Iraq
    # and the Levant).
    "Levant",
)  # fmt: skip
GENERIC_WORDS: tuple[str, ...] = (
    "Company", "Co", "Group", "Holding", "Holdinq", "Trading", "Trade", "International",
    "Logistics", "Service", "Services", "and", "of", "the", "ve", "və", "Şirkəti", "Şirketi",
    "Ticaret", "Sanayi", "Компания", "Группа", "شرکت", "Kompaniyası", "კომპანია", "Tic", "San",
    "Oil", "Concern", "Концерн", "Airlines", "Airways", "Air", "Bank", "Банк", "ბანკი", "بانک",
    "Bankı", "Corporation", "Gas", "Commercial", "Financial", "Mining", "Metallurgical",
    "Research", "Production", "Plant", "State", "Refinery", "General", "Associated",
    "Shipping", "National", "Credit", "Central",
    "Savings", "Insurance", "Investment", "Development", "Industrial", "Reconstruction",
    "Foreign", "Lines", "Chemistry", "Republic", "Islamic", "United",
    "Association", "Telecom", "Telekom", "Exchange", "Currency", "Depository", "Settlement",
    "Clearing", "Centre", "Fund", "Direct", "Federal", "Federation", "Security", "Shipbuilding",
    "Broadcasting", "Corps", "Guard", "Revolution", "Organization", "Industries", "Defense",
    "Construction", "Headquarters", "Bureau", "Committee", "Leasing", "Helicopters",
    "Transport", "Petrochemical", "Electronics", "Real", "Estate",
    "Non", "Institution", "Pension", "Profit", "Management", "Energy", "Technology",
    # What a company makes or trades, words lists add to a name or leave out (GHAED BASSIR
    # PETROCHEMICAL PRODUCTS COMPANY, TADBIR ECONOMIC DEVELOPMENT GROUP, AL-KAWTHAR MONEY
    # EXCHANGE, Al-Kawthar Hawala).
    "Products", "Product", "Economic", "Money", "Hawala", "Sarafi", "Offshore", "Marketing",
    "Machinery", "Export", "Engineering", "Manufacturing",
    # Arabic words for the kind of body an armed or religious group is: group, society,
    # battalion, movement, organisation (Jama'atu Ansarul Muslimina, Katibat Ansar al-Sharia).
    "Jamaat", "Jamaatu", "Jammaatu", "Jamaah", "Jemaah", "Jamaa", "Jamiat", "Katibat",
    "Harakat", "Tanzim",
    # The same words in French, Spanish and Portuguese names (BANCO VTB AFRICA, SERVICIOS DE
    # TRANSPORTE MARUHA).
    "Banco", "Banque", "Banca", "Société", "Sociedad", "Compagnie", "Compañía", "Companhia",
    "Groupe", "Grupo", "Empresa", "Servicios", "Serviços", "Transportes", "Transporte",
    "Commerciale", "Comercial", "Internacional", "Nacional", "Industrias", "Telecommunication",
    "Telecommunications",
    # The kind of body or unit a name is given to, which lists add to a name or leave out
    # (PROMA, PROMA INDUSTRY; Taibah International Aid Association, ... Aid Agency; Sham
    # al-Islam Movement, Harakat Sham al-Islam; a state establishment, an industrial compound):
    # the distinctive words say which one it is.
    "Industry", "Agency", "Movement", "Command", "Division", "Department", "Complex",
    "Enterprise", "Network", "Global", "Establishment", "Compound",
    # The kind of armed or state body, or of its part, which lists add to a group's name or
    # leave out (ISLAMIC STATE WEST AFRICA PROVINCE, Islamic State West Africa; Strategic Rocket
    # Force Command of KPA, Strategic Force; Syrian Military Intelligence Branch 290, Branch
    # 290): the distinctive words and numbers say which one it is.
    "Army", "Armée", "Province", "Battalion", "Battalions", "Brigade", "Brigades", "Regiment",
    "Force", "Forces", "Navy", "Unit", "Military", "Intelligence", "People's", "Peoples",
    *PLACE_WORDS,
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
    # Chinese forms, as a company's name in characters is read (`chinese.company_reading`).
    for code, spellings in legal_form_spellings().items():
        for spelling in spellings:
            table.setdefault(spelling, []).append(((spelling,), code))
    for rows in table.values():
        rows.sort(key=lambda row: -len(row[0]))
    return table


# Generic words that say what kind of body a name is, not what it does: they stay generic even
# in a name of generic words only (Iran Insurance Company is Bimeh Iran; the Central Bank of the
# Republic of Armenia is the Central Bank of Armenia).
KIND_WORDS: tuple[str, ...] = (
    "Company", "Co", "Corporation", "Group", "Holding", "Concern", "Association", "Organization",
    "Republic", "Islamic", "Federation", "General", "Institution", "Bank",
)  # fmt: skip


@lru_cache(maxsize=1)
def kind_keys() -> frozenset[str]:
    """Latin keys of the kind words."""
    return frozenset(latin_key(part) for word in KIND_WORDS for part, _ in name_parts(word))


@lru_cache(maxsize=1)
def glossed_kind_keys() -> frozenset[str]:
    """Latin keys of the kind words in a name read as its English gloss: the organisation
    vocabulary's kinds of body too (fund, institute, society)."""
    return kind_keys() | kind_words()


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[str]:
    """Latin keys of company-name parts that say little about which company is named."""
    return frozenset(latin_key(part) for word in GENERIC_WORDS for part, _ in name_parts(word))


# Qualifiers of a form written as words of their own (open, closed, public, federal): a form
# beside another one only. Alone they are words of the name (Открытое общество, Open Society).
_QUALIFIERS_ALONE = (
    "Zakrytoe", "Otkrytoe", "Publichnoe", "Zakrytoye", "Otkrytoye", "Publichnoye",
    "Nepublichnoe", "Nepublichnoye", "Непубличное", "Приватне", "Публічне", "Pryvatne",
    "Publichne", "Pryvatnoe", "Federalnoe", "Federalnoye", "Федеральное",
)  # fmt: skip


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """The parts of the qualifiers that are forms only beside another form."""
    return frozenset(part for word in _QUALIFIERS_ALONE for part, _ in name_parts(word))


def split_legal_form(
    parts: list[tuple[str, bool]], written: str = "", *, beside_form: bool = False
) -> tuple[list[tuple[str, bool]], str | None]:
    """Remove legal-form phrases from a company's parts; return the rest and the form's code.

    `written` is the name as written, before rigour's forms were taken away, to tell a
    Ukrainian form from a word spelt alike; `beside_form` says rigour took a form away, so
    that a qualifier left of it (ZAKRYTOE of ZAKRYTOE AKTSIONERNOE OBSCHESTVO) goes too.
    """
    words = [part for part, _ in parts]
    found: str | None = None
    keep = [True] * len(parts)
    i = 0
    table = _form_table()
    qualifiers = _qualifiers()
    alone: list[tuple[int, str]] = []
    # Worked out only for a name with such a form in it: every company's name is parsed here.
    ukrainian = not _UKRAINIAN_FORMS.isdisjoint(words) and _ukrainian(words, written)
    while i < len(words):
        if words[i] in _UKRAINIAN_FORMS and not ukrainian:
            i += 1
            continue
        for form, code in table.get(words[i], ()):
            if tuple(words[i : i + len(form)]) == form and len(form) < len(words):
                if len(form) == 1 and form[0] in qualifiers:
                    alone.append((i, code))
                    break
                for j in range(i, i + len(form)):
                    keep[j] = False
                found = found or code
                i += len(form) - 1
                break
        i += 1
    if found or beside_form:
        for j, code in alone:
            keep[j] = False
            found = found or code
    rest = [p for p, k in zip(parts, keep, strict=True) if k]
    if _short_abjad(rest):
        return parts, None
    return (rest or parts), found


# The longest word in an abjad that may stand alone once its form is taken off.
_SHORT_ABJAD = 4


def _short_abjad(rest: list[tuple[str, bool]]) -> bool:
    """Whether a name's rest is one short word in an abjad (راحت of راحت لمتد): its three or four
    letters, mostly consonants, are the skeleton of too many Latin names (RIGHT, REACT), so the
    name is better kept with its form."""
    return len(rest) == 1 and rest[0][1] and len(rest[0][0]) <= _SHORT_ABJAD


def _ukrainian(words: list[str], written: str) -> bool:
    """Whether a company's name shows it is Ukrainian: written in Cyrillic, or with the words
    of a Ukrainian form in its parts or as written (rigour may have taken those away)."""
    if in_cyrillic(written) or not _UKRAINIAN_WORDS.isdisjoint(words):
        return True
    return any(part in _UKRAINIAN_WORDS for part, _ in name_parts(written))


def strip_legal_forms(text: str) -> tuple[str, str | None]:
    """Remove the legal forms rigour knows from a company name; return the rest and the form.

    The form is rigour's generic code (llc, jsc ...). A name that is nothing but a form keeps
    it (a company may be called "Holding").
    """
    folded = fold_case(text)
    # A form made of generic words (коммерческий банк, a commercial bank) is part of the name:
    # lists write it in English, where it is no form (Russian National Commercial Bank).
    russian = is_russian(text)
    found = [
        (alias, code)
        for alias, code in extract_org_types(folded, generic=True)
        if not _generic_only(alias) and not (russian and alias.strip() in _RUSSIAN_KINDS)
    ]
    if not found:
        return text, None
    rest = folded
    for alias, _ in found:
        rest = re.sub(rf"(?<!\w){_QUALIFIERS}{re.escape(alias)}(?!\w)", " ", rest)
    if not any(ch.isalnum() for ch in rest):
        return text, None
    alias, code = found[0]
    return rest, _OVERRIDES.get(alias.strip(), code)


# Whether a company is private or public, written in front of the form rigour reads and left
# by it (P.C.C. (SINGAPORE) PRIVATE LIMITED, PUBLIC-JOINT STOCK COMPANY VTB BANK, PRIVATE JOINT
# STOCK COMPANY): part of the form where it stands right before it, and only there (SBERBANK
# PRIVATE PENSION FUND keeps its word).
_QUALIFIERS = r"(?:\(?(?:private|public|pvt)\.?\)?[\s\-]+)*"


def _generic_only(phrase: str) -> bool:
    """Whether a phrase is made of generic company words only, read in English."""
    parts = in_english(name_parts(phrase), phrase)
    return len(parts) > 1 and all(is_generic(latin_key(part)) for part, _ in parts)


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """Latin keys of the place words."""
    return frozenset(latin_key(part) for word in PLACE_WORDS for part, _ in name_parts(word))


def is_place(key: str) -> bool:
    """Whether a company name's part is a country or place (see PLACE_WORDS)."""
    return key in place_keys()


def is_generic_glossed(key: str) -> bool:
    """Whether a part of a name read as its English gloss is a generic word: a kind of body
    of the organisation vocabulary's (fund, institute) or any other (`is_generic`)."""
    return key in kind_words() or is_generic(key)


@lru_cache(maxsize=50_000)  # a fuzzy look-up, asked for the same parts over and over
def is_generic(key: str) -> bool:
    """Whether a company-name part is a generic word, allowing a typo in longer words."""
    common = generic_keys()
    if key in common:
        return True
    if len(key) < 4:
        return False
    found = process.extractOne(key, common, scorer=OSA.normalized_similarity, score_cutoff=0.8)
    return found is not None and found[0][0] == key[0]
