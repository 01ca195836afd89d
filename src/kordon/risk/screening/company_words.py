"""Generic company words across languages, and the abbreviations that stand for them.

Lists translate the generic words of a company's name (PUBLIC JOINT STOCK COMPANY OIL COMPANY
ROSNEFT) where the registered name keeps them in its own language, often abbreviated (ПАО «НК
«Роснефть», Neftyanaya Kompaniya Rosneft). Each such word is read as its English form before
names are compared, so that Oil Company meets НК and Нефтяная компания; the distinctive words
(Rosneft, Lukoil) still decide which company it is.

Korean company names are written as one word in Hangul (조선대성은행, Korea Daesong Bank): their
generic words are taken off the ends and the distinctive syllables kept together as one part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kordon.risk.screening.chinese import HAN, HAN_RANGES, NAME_DOTS, company_reading
from kordon.risk.screening.text import hangul_syllable, latin_key, name_parts

# English word: its spellings in Russian, Belarusian, Ukrainian, Persian and Latin
# transliterations, as they are written in registered names.
TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "oil": ("нефтяная", "нефтяной", "нефтяное", "Neftyanaya", "Neftyanoy", "нафтавая", "نفت",
            "Naft", "نفط", "Petroleum", "pétrole", "petrolier", "нефти"),
    "gas": ("газовая", "газовый", "Gazovaya", "газ", "Qaz"),
    "company": ("компания", "Kompaniya", "кампанія", "компанія", "شرکت", "Sherkat", "شركة",
                "Sharikat", "Kompaniyasi", "Société", "compagnie", "Kompaniyası"),
    "corporation": ("корпорация", "Korporatsiya", "карпарацыя", "корпорація"),
    "commercial": ("коммерческий", "Kommercheskiy", "камерцыйны", "комерційний", "التجاري",
                   "Tijari", "commerciale"),
    "financial": ("финансовая", "Finansovaya", "фінансавая", "фінансова", "Finance", "Finans",
                  "финанс"),
    "mining": ("горно", "Gorno"),
    "metallurgical": ("металлургическая", "Metallurgicheskaya"),
    # Research (научно-, науково-) and the enterprise of a Russian or Ukrainian research and
    # production enterprise (научно-производственное предприятие, НПП), as lists write it in
    # English or leave it in the registered name's language; "scientific" before production
    # is read as research too (`_SCIENTIFIC`).
    "research": ("научно", "Nauchno", "науково", "Naukovo", "навукова",
                 "Navukova"),
    "enterprise": ("предприятие", "Predpriyatie", "Predpriyatiye", "прадпрыемства",
                   "Pradpryemstva", "підприємство", "Pidpryiemstvo", "Pidpryemstvo"),
    "production": ("производственная", "Proizvodstvennaya", "вытворчая", "Üretim", "تولید",
                   "تولیدی", "Tolid", "Tolidi", "Productive", "Producing"),
    "plant": ("завод", "Zavod", "Works", "Factory"),
    "state": ("государственная", "государственный", "Gosudarstvennaya", "дзяржаўны",
              "дзяржаўная", "державна"),
    "automobile": ("автомобильный", "Avtomobilnyy", "аўтамабільны", "Automobile"),
    "airlines": ("авиакомпания", "Aviakompaniya", "авіякампанія", "авіакомпанія"),
    "aircraft": ("авиастроительная", "Aviastroitelnaya"),
    # A Russian association of enterprises (научно-производственное объединение, research
    # and production association; Novosibirsk Production Amalgamation).
    "association": ("объединение", "Obedinenie", "Obyedinenie", "Obyedineniye", "Obedineniye",
                    "аб'яднанне", "об'єднання", "Amalgamation"),
    "united": ("объединённая", "объединенная", "Obyedinennaya", "Obedinennaya"),
    "credit": ("кредитный", "Kreditnyy", "крэдытны"),
    "development": ("Dev", "Devt", "развития", "Razvitiya", "توسعه", "развіцця", "Razvitstsia",
                    "розвитку"),
    "trading": ("торговая", "Torgovaya", "торговый", "بازرگانی", "Bazargani", "Mercantile"),
    "refinery": ("нефтеперерабатывающий", "Neftepererabatyvayushchiy", "нафтаперапрацоўчы"),
    "central": ("центральный", "Tsentralnyy", "مرکزی", "Markazi", "центральная", "المركزي",
                "ცენტრალური", "Mərkəzi", "centrale", "կենտրոնական"),
    # Generic words that lists translate and registered names keep in their own language
    # (Credit Bank of Moscow, Московский кредитный банк; Bank of Georgia, საქართველოს ბანკი).
    "bank": ("банка", "банку", "Banka", "Unhaeng", "مصرف", "بنك", "բանկ", "Bankası", "banque",
             "Bankasy"),
    "national": ("национальный", "национальная", "Natsionalnyy", "Natsionalnaya",
                 "нацыянальны", "національний", "ملی", "Melli", "الوطني", "ეროვნული",
                 "Milli", "ազգային"),
    "international": ("Intl", "международный", "международная", "Mezhdunarodnyy", "міжнародны",
                      "міжнародний", "Beynəlxalq", "بین‌المللی", "الدولي"),
    "trade": ("торговый", "Torgovyy", "Muyok", "Mooyok"),
    "foreign": ("внешний", "внешнеторговый", "Vneshniy"),
    "shipping": ("судоходная", "Sudokhodnaya", "کشتیرانی", "Kashtirani", "Haeun"),
    "lines": ("линии", "Linii"),
    "insurance": ("страховая", "Strakhovaya", "страхавая", "бима", "بیمه", "Bimeh",
                  "Pohom", "страхование", "Strakhovanie"),
    "investment": ("инвестиционный", "инвестиционная", "Investitsionnyy", "інвестыцыйны",
                   "інвестиційний", "инвестиций", "سرمایه‌گذاری"),
    "industrial": ("промышленный", "промышленная", "индустриальный", "Promyshlennyy",
                   "Industrialnyy", "прамысловы", "промисловий", "صنعتی", "الصناعي"),
    "savings": ("сберегательный", "ашчадны", "Sberegatelnyy"),
    "reconstruction": ("реконструкции", "рэканструкцыі", "реконструкції", "Rekonstruktsii"),
    "chemistry": ("химии", "хіміі", "Khimii"),
    # Market infrastructure and state bodies, as their registered names and lists write them.
    "exchange": ("биржа", "Birzha", "біржа", "بورس", "Bourse", "Börse", "ბირჟა", "Birja"),
    "currency": ("валютная", "Valyutnaya", "валютна", "ارز", "Arz"),
    "depository": ("депозитарий", "Depozitariy", "депазітарый", "депозитарій", "Dépositaire"),
    "settlement": ("расчетный", "расчётный", "Raschetnyy", "разліковы", "розрахунковий"),
    "clearing": ("клиринговый", "Kliringovyy", "кліринговий", "клірынгавы"),
    "centre": ("центр", "Tsentr", "Center", "Centre", "цэнтр", "مرکز", "Markaz", "ცენტრი"),
    "fund": ("фонд", "Fond", "صندوق", "Sandogh", "ფონდი", "հիմնադրամ"),
    "direct": ("прямых", "Pryamykh", "прамых", "прямих"),
    "federal": ("федеральная", "федеральный", "Federalnaya", "Federalnyy", "федэральная"),
    "federation": ("Федерации", "Федерация", "Federatsii", "Федэрацыі", "Федерації"),
    "service": ("служба", "Sluzhba", "Service"),
    "security": ("безопасности", "Bezopasnosti", "бяспекі", "безпеки", "امنیت", "Amniyat"),
    "shipbuilding": ("судостроительная", "Sudostroitelnaya", "суднабудаўнічая",
                     "суднобудівна", "کشتی‌سازی"),
    "broadcasting": ("телерадиокомпания", "Teleradiokompaniya", "тэлерадыёкампанія",
                     "телерадіокомпанія", "radiodiffusion"),
    "corps": ("корпус", "Korpus"),
    "guard": ("стражей", "Strazhey", "پاسداران", "Pasdaran", "вартавых"),
    "revolution": ("революции", "Revolyutsii", "انقلاب", "Enghelab", "Revolutionary",
                   "рэвалюцыі", "революції"),
    # Lists shorten the words of a long name (WELFARE AND DEVELOPMENT ORG).
    "organization": ("Org", "Orgn", "организация", "Organizatsiya", "سازمان", "Sazman",
                     "Organisation", "арганізацыя", "організація"),
    "industries": ("صنایع", "Sanaye", "الصناعات", "промышленность", "Industries"),
    "leasing": ("лизинг", "Lizing", "лізинг", "лізінг", "لیزینگ"),
    "helicopters": ("вертолёты", "вертолеты", "Vertolety", "вертольоты", "гелікоптери"),
    "transport": ("نقل", "Naql", "транспортная", "транспортный", "Transportnaya", "ترابری"),
    "petrochemical": ("پتروشیمی", "Petroshimi", "нефтехимический", "нефтехимическая",
                      "Neftekhimicheskiy", "البتروكيماويات"),
    "electronics": ("الکترونیک", "Electronic", "электроники", "Elektroniki", "электронная",
                    "الإلكترونيات"),
    "construction": ("строительная", "строительный", "Stroitelnaya", "будаўнічая",
                     "будівельна", "ساختمان", "ساختمانی", "Sakhtemani"),
    "headquarters": ("قرارگاه", "Gharargah", "Gharargahe", "штаб", "Shtab"),
    "defense": ("دفاع", "Defa", "оборонной", "Oboronnoy", "الدفاع", "Defence"),
    "republic": ("республика", "республики", "рэспублікі", "республіки", "Respubliki",
                 "Respublikası", "Respublikasının", "جمهوری", "Jomhouri", "الجمهورية",
                 "Հանրապետության", "რესპუბლიკის"),
    "islamic": ("исламской", "исламская", "Islamskoy", "اسلامی", "Eslami", "Islami",
                "الإسلامية", "islamique"),
    # Place names as a company's adjective (Московский, Moskovskiy, საქართველოს): the place.
    "moscow": ("московский", "московская", "московское", "москвы", "Moskovskiy",
               "Moskovsky", "Moskovskaya", "Moskvy", "маскоўскі"),
    "saint": ("Санкт", "Sankt"),
    "petersburg": ("Петербург", "Peterburg", "петербургский", "петербургская", "Peterburgskiy"),
    "russia": ("российский", "российская", "российской", "Rossiyskiy", "Rossiyskaya",
               "Russian", "Rossii", "расейскі", "російський"),
    "iran": ("иранская", "иранский", "Iranian", "ایرانی", "Iranienne", "iranien"),
    "syria": ("Сирии", "Сирия", "сирийский", "сирийская", "Syrian", "السوري", "السورية",
              "سوريا", "سورية", "Syrie", "syrienne", "syrien"),
    "lebanon": ("Ливана", "Ливан", "ливанский", "Lebanese", "اللبناني", "لبنان", "Liban",
                "libanais", "libanaise"),
    "georgia": ("საქართველოს", "საქართველო", "Грузии", "Грузия", "Gruzii"),
    "azerbaijan": ("Azərbaycan", "азербайджана", "азербайджанский", "Azerbaijani",
                   "Azerbaydzhana", "آذربایجان"),
    "armenia": ("Հայաստանի", "Հայաստան", "армении", "армянский", "Armenii", "Armenian",
                "Армения", "Armeniya"),
    "belarus": ("белорусский", "белорусская", "беларускі", "беларуская", "Belorusskiy",
                "Belarusian", "беларусь", "Belarusi"),
    "korea": ("Choson", "корея", "корейский", "Koreyskiy"),
    # Words Russian registered names keep and lists translate (Pensionny fond, pension fund;
    # Auktsion, Auction; Upravlyayushchaya kompaniya, management company).
    "pension": ("пенсионный", "Pensionny", "Pensionnyy", "Pensionnyi", "пенсійны",
                "пенсійний"),
    "auction": ("аукцион", "Auktsion", "Aukcion", "аўкцыён"),
    # What a company does, in Persian names as lists romanise them (SHERKAT-E TOLID-E
    # RISHMAK, RISHMAK PRODUCTION COMPANY). Not Saderat (export): it is the name of Bank
    # Saderat, written Sadreat as often; not brokerage: PARSIAN BROKERAGE COMPANY and PARSIAN
    # INSURANCE COMPANY are two arms of one group.
    "export": ("экспортная", "экспортный", "Eksportnaya", "Exports", "Exporting"),
    # Mechanical and machine-building plants (MEKHANICHESKI ZAVOD, MECHANICAL PLANT;
    # MASHINOSTROITELNY ZAVOD, MACHINE-BUILDING PLANT) are engineering works, and consulting
    # engineers an engineering company.
    "engineering": ("مهندسی", "Mohandesi", "Engineers", "инжиниринговая", "Inzhiniringovaya",
                    "Mechanical", "механический", "Mekhanicheskiy", "машиностроительный",
                    "Mashinostroitelnyy", "машиностроения", "Mashinostroeniya"),
    "experimental": ("экспериментальный", "Eksperimentalnyy"),
    "money": ("деньги", "Dengi"),
    "manufacturing": ("Manufacturer", "Manufacturers"),
    "management": ("управляющая", "Upravlyayushchaya", "кіруючая", "керуюча"),
    "energy": ("энергетическая", "Energeticheskaya", "энергия", "Energiya"),
    "technology": ("технологии", "технология", "Tekhnologii", "Tekhnologiya", "Technologies",
                   "Technologii", "тэхналогіі", "технології"),
}  # fmt: skip
# Abbreviations of generic words in Russian registered names and their transliterations, and
# words that stand for more than one English word.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "НК": ("oil", "company"),
    "НГК": ("oil", "gas", "company"),
    "ГМК": ("mining", "metallurgical", "company"),
    "НПК": ("research", "production", "corporation"),
    "НПО": ("research", "production", "association"),
    "НПП": ("research", "production", "enterprise"),
    "НВП": ("research", "production", "enterprise"),
    "АБ": ("bank",),
    "АКБ": ("commercial", "bank"),
    "КБ": ("commercial", "bank"),
    "ФК": ("financial", "corporation"),
    "НПЗ": ("oil", "refinery"),
    # Korean generic words in the lists' Latin transcription, some of two English words.
    "Chonghoesa": ("general", "corporation"),
    "Hoesa": ("company",),
    "Chongguk": ("general", "bureau"),
    "Minjok": ("national",),
    "Kukje": ("international",),
    # Arabic real estate in one word.
    "العقاري": ("real", "estate"),
    "Aqari": ("real", "estate"),
    "Wiwonhoe": ("committee",),
    # Russian words of two English ones, and the abbreviations of pension funds and management
    # companies (НПФ, negosudarstvenny pensionny fond, non-state pension fund; УК).
    "Недвижимость": ("real", "estate"),
    "Nedvizhimost": ("real", "estate"),
    "Негосударственный": ("non", "state"),
    "Negosudarstvenny": ("non", "state"),
    "Negosudarstvennyy": ("non", "state"),
    "Некоммерческая": ("non", "profit"),
    "Nekommercheskaya": ("non", "profit"),
    "Nonprofit": ("non", "profit"),
    "НПФ": ("non", "state", "pension", "fund"),
    "NPF": ("non", "state", "pension", "fund"),
    "УК": ("management", "company"),
}
# Generic words of Korean company names in Hangul, taken off a word's ends.
HANGUL_WORDS: dict[str, tuple[str, ...]] = {
    "조선": ("korea",),
    "총회사": ("general", "corporation"),
    "회사": ("company",),
    "은행": ("bank",),
    "무역": ("trading",),
    "상업": ("commercial",),
    "연합": ("associated",),
    "신용": ("credit",),
    "개발": ("development",),
    "광업": ("mining",),
    "해운": ("shipping",),
    "보험": ("insurance",),
    "민족": ("national",),
    "무역은행": ("trade", "bank"),
    "국제": ("international",),
    "총국": ("general", "bureau"),
    "위원회": ("committee",),
}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_ARTICLES = frozenset({"al", "el"})
# A word as its runs of Chinese characters and what stands between them.
_HAN_PIECES = re.compile(f"[{HAN_RANGES}]+|[^{HAN_RANGES}]+")
# Endings of Russian, Belarusian and Ukrainian adjectives and nouns as Latin keys, longest
# first: a generic word is read in any case and gender (металлургический, металлургическая,
# металлургического), not only in the form the table writes.
_ENDINGS = (
    "ogo", "ego", "aya", "oye", "ykh", "ikh", "omu", "iye", "oi", "oy", "ii", "yi", "iy",
    "ay", "ei", "ey", "ye", "yu", "ya", "oe", "om", "ym", "a", "i", "y", "e", "u", "o",
)  # fmt: skip
# A stem shorter than this says too little to be read as a generic word.
_STEM_MIN = 5
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Russian legal forms as lists transliterate them (OOO, ZAO, OTKRYTOE AKTSIONERNOE
# OBSHCHESTVO): a Latin name that carries one is a Russian name spelt in Latin letters, and
# its words are Russian words in any case and gender, as they are in Cyrillic.
_RUSSIAN_FORM = re.compile(
    r"\b(?:ooo|oao|zao|pao|nao|ao|fgup|gup|mup|obshchestvo|obschestvo|aktsionernoe"
    r"|aktsionernoye|tovarishchestvo|predpriyatie|predpriyatiye)\b",
    re.IGNORECASE,
)
# Adjective endings that only Russian spelt in Latin letters has (NAUCHNO-PROIZVODSTVENNOYE,
# Avtomobilnyy, Tekhnologii; the plural STROITELNYE, STROITELNYYE and the short FINANSOVY): a
# name with such a word is Russian, whatever its legal form.
_RUSSIAN_ENDING = re.compile(
    r"[a-z]{3,}[^aeiouy\W](?:oye|aya|yy|iy|ii|yi|ogo|ykh|ikh|yye)\b|[a-z]{3,}(?:nye|ovy)\b"
)
# A Russian adjective made from a place (Уральский, Uralski; Мазырскі, Mozyrskiy; Норильский,
# Norilsk): read as the place without its -sk, which the place itself may end in (Norilsk),
# so that either spelling meets the other (Ural Bank, Mozyr Oil Refinery, Norilsk Nickel).
_PLACE_ADJECTIVE = re.compile(
    r"([a-z]{4,}?)sk(?:ii|iy|iyy|yi|yy|i|y|aya|aia|aja|oe|oye|oi|oy|ogo|ie|iye|ikh|ye)?"
)
# The Russian, Belarusian and Ukrainian "and" (и, і), as the little word "and" is read.
_RUSSIAN_AND = frozenset({"i"})
# English "scientific" in front of production is the research of a Russian research and
# production body (SCIENTIFIC PRODUCTION ENTERPRISE KONTAKT, НПП «Контакт»; SCIENTIFIC AND
# PRODUCTION ASSOCIATION OPTIKA, NPO OPTIKA); elsewhere (SCIENTIFIC INDUSTRIAL CONCERN) it
# stays a word of the name.
_SCIENTIFIC = "scientific"


def _stem(key: str) -> str:
    """A Latin key without its Slavic case or gender ending ("" when too short to say)."""
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _STEM_MIN:
            return key[: -len(ending)]
    return ""


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, bool], tuple[str, ...]]:
    """Every spelling's (Latin key, abjad) to the English words it stands for."""
    table: dict[tuple[str, bool], tuple[str, ...]] = {}
    for english, spellings in TRANSLATIONS.items():
        for spelling in spellings:
            for part, abjad in name_parts(spelling):
                # The article written joined (الوطني) is not the word.
                if part not in _ARTICLES:
                    table[(latin_key(part), abjad)] = (english,)
    for short, words in ABBREVIATIONS.items():
        for part, abjad in name_parts(short):
            if part not in _ARTICLES:
                table[(latin_key(part), abjad)] = words
    return table


@lru_cache(maxsize=1)
def _stems() -> dict[str, tuple[str, ...]]:
    """The stems of the table's Latin-script words, to the English words they stand for."""
    stems: dict[str, tuple[str, ...]] = {}
    for (key, abjad), words in _table().items():
        stem = _stem(key)
        if stem and not abjad:
            stems.setdefault(stem, words)
    return stems


def _english(part: str, abjad: bool, cyrillic: bool) -> tuple[str, ...] | None:
    """The English words a part stands for, or None when it is not a generic word."""
    table = _table()
    key = latin_key(part)
    words = table.get((key, abjad))
    if words is not None:
        return words
    if abjad:
        # Arabic writes the preposition li- joined to the article (للنفط, for oil).
        return table.get((key[1:], True)) if key.startswith("l") and len(key) > 3 else None
    # Only Cyrillic is read in any case: a Latin word may be a name (Bank Respublika).
    stem = _stem(key) if cyrillic else ""
    return _stems().get(stem) if stem else None


def in_cyrillic(written: str) -> bool:
    """Whether a name has Cyrillic letters in it."""
    return bool(_CYRILLIC.search(written))


def is_russian(written: str) -> bool:
    """Whether a company name is Russian: in Cyrillic, or in Latin letters with a Russian
    legal form or adjective ending (`_RUSSIAN_FORM`, `_RUSSIAN_ENDING`)."""
    return bool(
        _CYRILLIC.search(written)
        or _RUSSIAN_FORM.search(written)
        or _RUSSIAN_ENDING.search(written.lower())
    )


def in_english(
    parts: list[tuple[str, bool]], written: str = "", english: tuple[bool, ...] = ()
) -> list[tuple[str, bool]]:
    """A company name's parts with its generic words and their abbreviations in English.

    `written` is the name as written: when it is in Cyrillic, or in Latin letters with a
    Russian legal form or adjective ending (`_RUSSIAN_FORM`, `_RUSSIAN_ENDING`), generic words
    are read in any case and gender and "и" as "and". In any name an adjective made from a
    place is read as the place (`_PLACE_ADJECTIVE`). `english` marks the parts that are English
    words already (a gloss's): they are looked up as spelt, never as a Russian word's case form
    (society is not общество, a company).
    """
    russian = is_russian(written)
    if len(parts) < 2:
        # A name that is only an abbreviation (НК) stays what it is.
        return parts
    out: list[tuple[str, bool]] = []
    for n, (part, abjad) in enumerate(parts):
        already = n < len(english) and english[n]
        words = _english(part, abjad, russian and not already)
        if words is None and part == _SCIENTIFIC and _before_production(parts[n + 1 :]):
            words = ("research",)
        if words is not None:
            out.extend((word, False) for word in words)
        elif abjad:
            out.append((part, abjad))
        elif russian and part in _RUSSIAN_AND:
            out.append(("and", False))
        else:
            place = _PLACE_ADJECTIVE.fullmatch(part)
            out.append((place.group(1) if place else part, False))
    return out


def _before_production(rest: list[tuple[str, bool]]) -> bool:
    """Whether the next part, after an "and" at most, is the word production."""
    if rest and rest[0][0] in ("and", *_RUSSIAN_AND):
        rest = rest[1:]
    if not rest:
        return False
    part, abjad = rest[0]
    return part == "production" or _english(part, abjad, False) == ("production",)


@lru_cache(maxsize=1)
def _russian() -> dict[str, str]:
    """Each English generic word's Russian spelling, as a Latin key."""
    out: dict[str, str] = {}
    for english, spellings in TRANSLATIONS.items():
        russian = next((w for w in spellings if _CYRILLIC.search(w)), None)
        if russian is not None:
            out[english] = latin_key(name_parts(russian)[0][0])
    return out


def in_russian(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Parts read in English (`in_english`) with their generic words in Russian.

    Russian acronyms are the initials of the Russian words (ОСК, Объединённая судостроительная
    корпорация), which a list writes in English (United Shipbuilding Corporation).
    """
    russian = _russian()
    return [(russian.get(part, part), abjad) for part, abjad in parts]


def company_parts(text: str) -> list[tuple[str, bool]]:
    """A company name's Latin parts, with Korean words in Hangul and Chinese ones in
    characters taken apart (see above and `chinese.company_reading`)."""
    if not _HANGUL.search(text) and not HAN.search(text):
        return name_parts(text)
    out: list[tuple[str, bool]] = []
    for word in text.split():
        if _HANGUL.search(word):
            out.extend(_hangul_word(word))
        elif HAN.search(word):
            out.extend(_han_word(word))
        else:
            out.extend(name_parts(word))
    return out


def _han_word(word: str) -> list[tuple[str, bool]]:
    """One word with Chinese characters: each run read as a company's words, what stands
    between runs (brackets, Latin letters) as any name's parts."""
    out: list[tuple[str, bool]] = []
    dotted = NAME_DOTS.search(word) is not None
    for piece in _HAN_PIECES.findall(word):
        if HAN.match(piece):
            out.extend((part, False) for part in company_reading(piece, dotted))
        else:
            out.extend(name_parts(piece))
    return out


def _hangul_word(word: str) -> list[tuple[str, bool]]:
    """One Hangul word: its generic words in English, the rest as one romanised part."""
    head: list[str] = []
    tail: list[str] = []
    found = True
    while found and word:
        found = False
        for hangul, english in HANGUL_WORDS.items():
            if word.startswith(hangul) and len(word) > len(hangul):
                head.extend(english)
                word = word[len(hangul) :]
                found = True
            elif word.endswith(hangul):
                tail[:0] = english
                word = word[: -len(hangul)]
                found = True
    middle = "".join(hangul_syllable(char) for char in word if _HANGUL.match(char))
    return [(w, False) for w in (*head, *([middle] if middle else []), *tail)]
