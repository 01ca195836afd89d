"""Translated company words, acronyms, French and Egyptian spellings, Armenian h in Russian.

Version 6: generic words in any Slavic case and more languages, kind words in names of
generic words only, legal forms made of generic words, short forms of a full name, compound
given names, a final ح, Korean names without particles, words left over in company names.
"""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.names import parse_name

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

# Ordinary names so that part weights behave as on a real list.
PADDING = [
    WatchlistEntry("p1", PERSON, ("Rəşad Məmmədov",)),
    WatchlistEntry("p2", PERSON, ("Касем Сулеймани",)),
    WatchlistEntry("p3", PERSON, ("Hassan Rouhani",)),
    WatchlistEntry("c1", COMPANY, ("Azer Trans Logistics LLC",)),
    WatchlistEntry("c2", COMPANY, ("ООО «Азертранс»",)),
    WatchlistEntry("c3", COMPANY, ("Bank Melli Iran",)),
]
INDEX = ScreeningIndex.build(PADDING)


def score(a: str, b: str, kind: WatchlistKind) -> float:
    return INDEX.score_name(a, b, kind)


def both_ways(a: str, b: str, kind: WatchlistKind) -> list[float]:
    return [score(a, b, kind), score(b, a, kind)]


MATCHES = [
    # Generic words, places and country adjectives translated.
    ("Credit Bank of Moscow", "ПАО «Московский кредитный банк»", COMPANY),
    ("Credit Bank of Moscow", "Moskovskiy Kreditnyy Bank PAO", COMPANY),
    ("Bank of Georgia", "სს „საქართველოს ბანკი“", COMPANY),
    ("Bank Saint Petersburg", "ПАО «Банк «Санкт-Петербург»", COMPANY),
    # Acronyms against their names, in one script or two, and one acronym in two scripts.
    ("IRISL", "Islamic Republic of Iran Shipping Lines", COMPANY),
    ("ПАО «МКБ»", "ПАО «Московский кредитный банк»", COMPANY),
    ("OMM", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", COMPANY),
    ("UAC", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION", COMPANY),
    ("ОАО «РЖД»", "RZD", COMPANY),
    # French spellings of Arabic names, and the Egyptian g.
    ("Fayçal Mekdad", "Faisal Mekdad", PERSON),
    ("Ayman al-Zaouahiri", "Ayman al-Zawahiri", PERSON),
    ("Amine Cherri", "أمين شري", PERSON),
    ("Abu Mohamed al-Golani", "Abu Mohammad al-Julani", PERSON),
    ("Abu Mohamed al-Golani", "أبو محمد الجولاني", PERSON),
    # Armenian names in Russian, without the initial h.
    ("Anna Hakobyan", "Анна Акопян", PERSON),
    ("Arayik Harutyunyan", "Араик Арутюнян", PERSON),
    # Generic words in any case and gender of a Slavic name, and in more languages.
    ("АО «Металлургический завод «Электросталь»", "Elektrostal Metallurgical Plant", COMPANY),
    ("ПАО «Санкт-Петербургская биржа»", "Saint Petersburg Exchange", COMPANY),
    ("Банк развіцця Рэспублікі Беларусь", "Development Bank of the Republic of Belarus", COMPANY),
    ("Banque centrale de Syrie", "Central Bank of Syria", COMPANY),
    ("الشركة السورية للنفط", "Syrian Petroleum Company", COMPANY),
    ("المصرف العقاري", "Real Estate Bank", COMPANY),
    ("Choson Minjok Pohom Chonghoesa", "Korea National Insurance Corporation", COMPANY),
    ("일심국제은행", "Ilsim International Bank", COMPANY),
    # A name of generic words only keeps the words that say what kind of body it is generic.
    ("National Bank of the Islamic Republic of Iran", "National Bank of Iran", COMPANY),
    ("Bimeh Iran", "Iran Insurance Company", COMPANY),
    # Legal forms: one made of generic words stays in the name; forms rigour's list lacks.
    ("ПАО «Московский коммерческий банк»", "Moscow Commercial Bank", COMPANY),
    ("НКО АО «Московский клиринговый центр»", "Moscow Clearing Centre", COMPANY),
    ("شرکت سهامی بیمه آسیا", "Asia Insurance Company", COMPANY),
    # A short form of a full name: given and family name against a nasab chain.
    ("Alaa Mubarak", "MUBARAK, Alaa Mohamed Hosni Elsayed", PERSON),
    ("Saif al-Islam Gaddafi", "Saif al-Islam Muammar Mohammed Abu Minyar Gaddafi", PERSON),
    # A compound given name in one word or two.
    ("علی‌اکبر ولایتی", "VELAYATI, Ali Akbar", PERSON),
    ("محمدجواد ظریف", "Mohammad Javad Zarif", PERSON),
    # A final ح, and French ou and dj.
    ("صالح العاروري", "Saleh al-Arouri", PERSON),
    ("Yahya Sinouar", "Yahya Sinwar", PERSON),
    ("Yahia Djouadi", "Yahya Juwadi", PERSON),
    # A Russian acronym against the English name: the initials of its words in Russian.
    ("ОСК", "JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION", COMPANY),
    ("ПАО КБ «УБРР»", "Ural Bank for Reconstruction and Development", COMPANY),
    ("МАЗ", "OJSC MINSK AUTOMOBILE PLANT", COMPANY),
    # A Korean syllable that looks like a particle elsewhere.
    ("Ким Вон Хон", "Kim Won Hong", PERSON),
]  # fmt: skip

NON_MATCHES = [
    # A company that is another's name plus a distinctive word is another company.
    ("Gazprom Neft", "Gazprom", COMPANY),
    ("Gazprom Neft", "ПАО «Газпром»", COMPANY),
    # Translated generic words do not make two companies of one place one company.
    ("Credit Bank of Moscow", "Bank of Moscow", COMPANY),
    ("International Bank of Azerbaijan", "Central Bank of Azerbaijan", COMPANY),
    # An acronym must take in every distinctive word: NIOC is not the Tanker Company.
    ("NIOC", "National Iranian Tanker Company", COMPANY),
    ("OMC", "Ocean Maritime Management Company", COMPANY),
    # Readings for one language do not join different names.
    ("Amine Cherri", "Amine Kerimov", PERSON),
    ("Anna Hakobyan", "Anna Akopova", PERSON),
    # Russian initials still take in every distinctive word.
    ("ОСК", "United Aircraft Corporation", COMPANY),
    ("МАЗ", "Minsk Tractor Plant", COMPANY),
    # A place added beside another place names another company.
    ("Commercial Bank of Syria", "Syrian Lebanese Commercial Bank", COMPANY),
    ("المصرف التجاري السوري", "البنك التجاري السوري اللبناني", COMPANY),
    ("Central Bank of Armenia", "Central Bank of Syria", COMPANY),
    # Words left over on a company name: the learned decision does not lift it.
    ("Ural Bank for Reconstruction and Development", "Credit Ural Bank", COMPANY),
    ("АО «Российский национальный коммерческий банк»", "Банк России", COMPANY),
    # A short form is still not a relative's name: the given name weighs more.
    ("Saddam Hussein", "Odai Saddam Hussein", PERSON),
    ("Ahmad Khalil Hasan al-Douri", "Yusuf Khalil Hasan al-Douri", PERSON),
    ("Alaa Mubarak", "MUBARAK, Gamal Mohamed Hosni Elsayed", PERSON),
    # A compound given name is not two different given names joined.
    ("محمدجواد ظریف", "Mohammad Hassan Zarif", PERSON),
    # A final ح read without it is not another name.
    ("صالح العاروري", "Salim al-Arouri", PERSON),
    # Korean names that differ in two syllables, one of them read as a particle before.
    ("Ким Вон Хон", "Ким Гён Хи", PERSON),
]


@pytest.mark.parametrize(("a", "b", "kind"), MATCHES)
def test_names_of_one_entity_match_both_ways(a: str, b: str, kind: WatchlistKind) -> None:
    assert min(both_ways(a, b, kind)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b", "kind"), NON_MATCHES)
def test_names_of_different_entities_stay_below_both_ways(
    a: str, b: str, kind: WatchlistKind
) -> None:
    assert max(both_ways(a, b, kind)) < DEFAULT_THRESHOLD


def test_a_matching_company_name_stays_a_match() -> None:
    assert min(both_ways("Gazprom Neft", "ПАО «Газпром нефть»", COMPANY)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("IRISL", "Islamic Republic of Iran Shipping Lines"),
        ("Islamic Republic of Iran Shipping Lines", "IRISL"),
        ("ПАО «МКБ»", "ПАО «Московский кредитный банк»"),
        ("ПАО «Московский кредитный банк»", "ПАО «МКБ»"),
        # A Russian acronym and the name in English.
        ("ОСК", "United Shipbuilding Corporation"),
        ("United Shipbuilding Corporation", "ОСК"),
    ],
)
def test_retrieval_finds_an_acronym_and_its_name(query: str, listed: str) -> None:
    index = ScreeningIndex.build([*PADDING, WatchlistEntry("target", COMPANY, (listed,))])
    hits = index.screen(query, kind=COMPANY)
    assert hits and hits[0].entry_id == "target"


def test_acronyms_are_words_in_capitals_only() -> None:
    assert parse_name("ПАО «МКБ»", COMPANY).acronym == "mkb"
    assert parse_name("Gazprom", COMPANY).acronym == ""
    assert parse_name("Mkb", COMPANY).acronym == ""


def test_the_armenian_reading_needs_an_armenian_surname() -> None:
    hassan = parse_name("Hassan Rouhani", PERSON).tokens[0]
    hakob = parse_name("Hakob Arshakyan", PERSON).tokens[0]
    assert hassan.extra == ""
    assert hakob.extra == parse_name("Акоп Аршакян", PERSON).tokens[0].skeleton
