"""Partial names, spellings of Arabic-origin names, quoted company names and legal forms.

Each class in both directions: another published name of one person or company matches, a
relative, a namesake or a sister company does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name, quoted
from kordon.risk.screening.text import PartRole, latin_key, tokenize

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("zawahiri", PERSON, ("AYMAN MUHAMMAD RABI AL-ZAWAHIRI",)),
    WatchlistEntry("jubouri", PERSON, ("Yasir Mahmud Irhayyim Salih al-Jubouri",)),
    WatchlistEntry("haddad", PERSON, ("ANWAR MAHMOUD SALIM HADDAD",)),
    WatchlistEntry("kabarutsi", PERSON, ("JULIEN KABARUTSI",)),
    WatchlistEntry("allahyar", PERSON, ("اللهیار رحمانی",)),
    WatchlistEntry("nasir", PERSON, ("Muhammad Nasir Abbasi",)),
    WatchlistEntry("uthman", PERSON, ("Uthman Haidar Khalil",)),
    WatchlistEntry("harutyunyan", PERSON, ("Hovhannes Harutyunyan",)),
    WatchlistEntry("razavi", PERSON, ("مجتبی رضوی",)),
    WatchlistEntry("rahimi", PERSON, ("سیدمحمدعلی رحیمی",)),
    WatchlistEntry(
        "roskosmos",
        COMPANY,
        ("Государственная корпорация по космической деятельности «Роскосмос»",),
    ),
    WatchlistEntry(
        "stroitransgaz", COMPANY, ("OBSCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU STROITRANSGAZ",)
    ),
    WatchlistEntry("southern-cross", COMPANY, ("SOUTHERN CROSS TRADING (PTY) LTD.",)),
    WatchlistEntry("sobaeksu", COMPANY, ("KOREA SOBAEKSU JOINT VENTURE CORPORATION",)),
    WatchlistEntry("arya", COMPANY, ("ARYA SASOL POLYMER PRODUCTS COMPANY",)),
    WatchlistEntry("al-nour", COMPANY, ("AL-NOUR MONEY EXCHANGE",)),
    WatchlistEntry("shahram", PERSON, ("شهرام نوری",)),
    WatchlistEntry("mazhari", PERSON, ("عبد الغفور مظهری",)),
    WatchlistEntry("abdollahi", PERSON, ("حمید عبداللهی",)),
    WatchlistEntry("tannouch", PERSON, ("كمال طنوش",)),
    WatchlistEntry("serge", PERSON, ("سيرج حداد",)),
    WatchlistEntry("khadi", PERSON, ("KHADI MBUYI TSHALA",)),
    WatchlistEntry("promresurs", COMPANY, ("NEGOSUDARSTVENNY PENSIONNY FOND PROMRESURS, AO",)),
    WatchlistEntry(
        "kamskaya", COMPANY, ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KAMSKAYA NEDVIZHIMOST",)
    ),
    WatchlistEntry("vostok", COMPANY, ("FGUP VOSTOKGEOLOGIYA",)),
    WatchlistEntry("severinvest", COMPANY, ("OOO UK 'SEVERINVEST'",)),
    WatchlistEntry("sibir", COMPANY, ("AUKTSION SIBIR, OOO",)),
    WatchlistEntry("abdussalam", PERSON, ("Abdussalam Omar Bakoush",)),
    WatchlistEntry("nurhadi", PERSON, ("NURHADI SETIAWAN RAHMAT",)),
    WatchlistEntry("hajirezaei", PERSON, ("Mohammad Taghi Haji Rezaei",)),
    WatchlistEntry("abuhamdan", PERSON, ("ABU HAMDAN, Khaled Yusuf",)),
    WatchlistEntry("ghulamrasul", PERSON, ("GHULAM RASUL NOORI",)),
    WatchlistEntry("pak-jun-il", PERSON, ("PAK JUN IL",)),
    WatchlistEntry("kahlid", PERSON, ("کهلید رضایی",)),
    WatchlistEntry("volga", COMPANY, ("VOLGA-FINANS, OOO",)),
    WatchlistEntry("uralnefteprodukt", COMPANY, ("URALNEFTEPRODUKT, AO",)),
]

MATCHES = [
    ("a title in front is not the given name", "Dr. Ayman al-Zawahiri", PERSON, "zawahiri"),
    ("a later part spelt otherwise", "Yasir Mahmud Rahim Salih al-Jubouri", PERSON, "jubouri"),
    ("an initial for a middle name", "Anwar M. Haddad", PERSON, "haddad"),
    ("a long family name spelt a little apart", "Julien Kabaruzi", PERSON, "kabarutsi"),
    ("Allah at the head of a compound", "Allahyar Rahmani", PERSON, "allahyar"),
    ("Mohd for Muhammad", "Mohd Nasir Abbasi", PERSON, "nasir"),
    ("th read as s", "Usman Haidar Khalil", PERSON, "uthman"),
    ("an h Russian drops", "Ованес Арутюнян", PERSON, "harutyunyan"),
    ("Persian و before a final ی", "Mojtaba Razavi", PERSON, "razavi"),
    ("Sayyid joined to the given name, left out", "Mohammad Ali Rahimi", PERSON, "rahimi"),
    ("a quoted name alone", "Roskosmos", COMPANY, "roskosmos"),
    ("an LLC romanised with sch", "STROITRANSGAZ LLC", COMPANY, "stroitransgaz"),
    ("a proprietary company's form dropped", "Southern Cross Trading", COMPANY, "southern-cross"),
    ("a joint venture's form dropped", "Sobaeksu JV", COMPANY, "sobaeksu"),
    ("what a company makes left out", "ARYA SASOL POLYMER COMPANY", COMPANY, "arya"),
    ("money left out of a money exchange", "Al-Nour Exchange Company", COMPANY, "al-nour"),
    ("Persian ه after ش", "Shahram Nouri", PERSON, "shahram"),
    ("zh as z and h in Latin", "Abdul Ghafoor Mazhari", PERSON, "mazhari"),
    ("Abdollahi with one l", "Hamid Abdolahi", PERSON, "abdollahi"),
    ("a French final ch", "Kamal Tannouche", PERSON, "tannouch"),
    ("a French soft g", "Serge Haddad", PERSON, "serge"),
    ("kh written k at the start", "Kadi Mbuyi", PERSON, "khadi"),
    ("kh written k, another vowel", "Kady Mbuyi", PERSON, "khadi"),
    ("a pension fund in English", "NON-STATE PENSION FUND PROMRESURS, JSC", COMPANY, "promresurs"),
    ("a pension fund's abbreviation", "NPF PROMRESURS", COMPANY, "promresurs"),
    ("real estate in English", "KAMSKAYA REAL ESTATE LLC", COMPANY, "kamskaya"),
    (
        "a federal unitary enterprise written out",
        "FEDERALNOE GOSUDARSTVENNOE UNITARNOE PREDPRIYATIE VOSTOKGEOLOGIYA",
        COMPANY,
        "vostok",
    ),
    (
        "a management company in English",
        "SEVERINVEST MANAGEMENT COMPANY LLC",
        COMPANY,
        "severinvest",
    ),
    ("an auction in English", "SIBIR AUCTION LLC", COMPANY, "sibir"),
    ("an auction romanised with c", "Limited Liability Company Aukcion Sibir", COMPANY, "sibir"),
    ("an Abd compound's sun letter written once", "Abdusalam Omar Bakush", PERSON, "abdussalam"),
    ("a title written joined to the name", "HAJIREZAEI, Mohammad Taghi", PERSON, "hajirezaei"),
    ("a kunya written as one word", "Khaled Yusuf Abuhamdan", PERSON, "abuhamdan"),
    ("a compound in one word, a title more", "Noori Ghulamrasul Sahib", PERSON, "ghulamrasul"),
    ("a Korean syllable's j written ch", "Pak Chun Il", PERSON, "pak-jun-il"),
    ("finans in English", "VOLGA FINANCE LLC", COMPANY, "volga"),
    (
        "a joint-stock company written short",
        "URALNEFTEPRODUCT JOINT-STOCK CO",
        COMPANY,
        "uralnefteprodukt",
    ),
]

NON_MATCHES = [
    ("a relative after a title", "Dr. Hamza al-Zawahiri", PERSON, "zawahiri"),
    ("a brother: the given name differs", "Umar Mahmud Rahim al-Jubouri", PERSON, "jubouri"),
    ("the father's name differs", "Yasir Ahmad Rahim al-Jubouri", PERSON, "jubouri"),
    ("a namesake: the family name differs", "Yasir Mahmud Rahim Dulaimi", PERSON, "jubouri"),
    ("a namesake with an initial", "Omar M. Haddad", PERSON, "haddad"),
    ("another given name, a family name spelt apart", "Jean Kabaruzi", PERSON, "kabarutsi"),
    ("Allah compound, another family name", "Allahyar Karimi", PERSON, "allahyar"),
    ("Mohd for Muhammad, another family name", "Mohd Nasir Hamdani", PERSON, "nasir"),
    ("th as s, another given name", "Suleiman Haidar Khalil", PERSON, "uthman"),
    ("an h dropped, another given name", "Ваан Арутюнян", PERSON, "harutyunyan"),
    ("Persian و, another family name", "Mojtaba Rezaei", PERSON, "razavi"),
    ("Sayyid joined to another given name", "Reza Rahimi", PERSON, "rahimi"),
    ("another state corporation's quoted name", "Rosatom", COMPANY, "roskosmos"),
    ("another LLC", "STROITRANSNEFT LLC", COMPANY, "stroitransgaz"),
    ("another proprietary company", "Southern Star Trading (Pty) Ltd", COMPANY, "southern-cross"),
    ("another joint venture", "Korea Sonbong Joint Venture Corporation", COMPANY, "sobaeksu"),
    ("another maker of polymer products", "JAM POLYMER PRODUCTS COMPANY", COMPANY, "arya"),
    ("another money exchange", "AL-HUDA MONEY EXCHANGE", COMPANY, "al-nour"),
    ("ه after ش, another given name", "Bahram Nouri", PERSON, "shahram"),
    ("ه after ش, another family name", "Shahram Karimi", PERSON, "shahram"),
    ("zh as z and h, another given name", "Abdul Sattar Mazhari", PERSON, "mazhari"),
    ("Abdollahi, another given name", "Majid Abdolahi", PERSON, "abdollahi"),
    ("an Abd compound that is not Abdullah", "Hamid Abdolahad", PERSON, "abdollahi"),
    ("a French final ch, another given name", "Jamal Tannouche", PERSON, "tannouch"),
    ("a French soft g, another given name", "Sami Haddad", PERSON, "serge"),
    ("kh written k, another family name", "Kadi Mbuyi Kasongo", PERSON, "khadi"),
    ("kh written k, another given name", "Kabila Mbuyi Tshala", PERSON, "khadi"),
    ("kh read as k, spelt otherwise", "Kayaadi Mbuyi Tshala", PERSON, "khadi"),
    ("a Latin kh is not an abjad k and h", "Khalid Rezaei", PERSON, "kahlid"),
    ("another pension fund", "NPF PROMSTROI", COMPANY, "promresurs"),
    ("a management company of the name", "PROMRESURS MANAGEMENT COMPANY", COMPANY, "promresurs"),
    ("another company's real estate", "VOLZHSKAYA NEDVIZHIMOST, OOO", COMPANY, "kamskaya"),
    ("a builder of the name", "KAMSKAYA STROITELNAYA LLC", COMPANY, "kamskaya"),
    ("another unitary enterprise", "FGUP ZAPADGEOLOGIYA", COMPANY, "vostok"),
    ("another management company", "YUGINVEST MANAGEMENT COMPANY LLC", COMPANY, "severinvest"),
    ("another auction", "URAL AUCTION LLC", COMPANY, "sibir"),
    ("another Abd compound", "Abdulalim Omar Bakoush", PERSON, "abdussalam"),
    ("the father's name at the head of the chain", "Setiawan Rahmat", PERSON, "nurhadi"),
    ("a joined title, another given name", "HAJIREZAEI, Mohammad Javad", PERSON, "hajirezaei"),
    ("a kunya in one word, another name", "Khaled Yusuf Abuhamad", PERSON, "abuhamdan"),
    ("a compound in one word, another family", "Ghulamrasul Karimi", PERSON, "ghulamrasul"),
    ("a Korean ch for j, another syllable", "Pak Chun Ho", PERSON, "pak-jun-il"),
    ("another finance company", "DON FINANCE LLC", COMPANY, "volga"),
    ("the name's technology company", "VOLGA TECHNOLOGIES LLC", COMPANY, "volga"),
    (
        "another joint-stock company written short",
        "URALNEFTEGAZ JOINT-STOCK CO",
        COMPANY,
        "uralnefteprodukt",
    ),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "kind", "expected"), MATCHES)
def test_other_published_name_matches(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, expected: str
) -> None:
    assert expected in matched(index, name, kind), case


@pytest.mark.parametrize(("case", "name", "kind", "entry"), NON_MATCHES)
def test_relative_namesake_or_sister_does_not_match(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, entry: str
) -> None:
    assert entry not in matched(index, name, kind), case


def test_quoted_is_the_innermost_quoted_part() -> None:
    assert quoted("ПАО «НК «Роснефть»") == "Роснефть"
    assert quoted("OPEN JOINT-STOCK COMPANY \"OIL TRUNK PIPELINES 'DRUZHBA'\"") == "DRUZHBA"
    # An apostrophe inside a word opens no quote.
    assert quoted("JAM'YAH TA'AWUN AL-ISLAMIA") == ""


def test_words_outside_the_quotes_are_generic() -> None:
    name = parse_name("ПАО «Татнефть» имени В. Д. Шашина", COMPANY)
    generic = {t.key: g for t, g in zip(name.tokens, name.generic, strict=True)}
    assert not generic["tatneft"]
    assert generic["shashina"]


def test_a_title_is_not_the_given_name() -> None:
    name = parse_name("Dr. Ayman al-Zawahiri", PERSON)
    assert name.tokens[name.given].key == "ayman"


def test_initials_are_particles_only_when_written_as_initials() -> None:
    roles = {t.key: t.role for t in parse_name("Anwar M. Haddad", PERSON).tokens}
    assert roles["m"] == PartRole.PARTICLE
    # A one-letter Korean family name is a name (O Kuk Ryol).
    assert all(t.role == PartRole.NAME for t in tokenize("O Kuk Ryol"))


def test_sayyid_written_joined_is_a_particle_of_its_own() -> None:
    tokens = tokenize("سیدمحمدعلی")
    assert [t.role for t in tokens] == [PartRole.PARTICLE, PartRole.NAME]
    # A family name built on it stays one word (Seyyedi), and Muhammad stays in its compound.
    assert len(tokenize("سیدی")) == 1
    assert len(tokenize("محمدحسن")) == 1


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Abdusalam", "salam"),
        ("Abdussalam", "salam"),
        ("Abdurahim", "rahim"),
        ("Abdushakur", "shakur"),
        ("Abdulaziz", "aziz"),
        ("Abdoulaye", "oulaye"),
    ],
)
def test_an_abd_compound_keeps_the_sun_letter_with_the_name(written: str, name: str) -> None:
    assert [t.key for t in tokenize(written)] == ["abd", latin_key(name)]
