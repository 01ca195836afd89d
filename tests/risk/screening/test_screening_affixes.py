"""Titles, tribes and nisbas; Persian names in ال; names run together; short forms in long chains.

Each class in both directions: the other published name of one person matches, a relative or a
namesake does not.
"""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex, learned
from kordon.risk.screening.affixes import NISBA, TITLE, TRIBE, affix_kind
from kordon.risk.screening.names import parse_name, without_own_acronym
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, JOINED_MIN, LIFT_CAP, compare, decide
from kordon.risk.screening.text import PartRole, tokenize

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("gul-agha", PERSON, ("GUL AGHA ISHAKZAI",)),
    WatchlistEntry("aman", PERSON, ("MOHAMMAD AMAN AKHUND",)),
    WatchlistEntry("rahim", PERSON, ("Mohammad Rahim Noorzai",)),
    WatchlistEntry("satar", PERSON, ("ABDUL SATAR ABDUL MANAN",)),
    WatchlistEntry("qadeer", PERSON, ("ABDUL QADEER BASIR ABDUL BASEER",)),
    WatchlistEntry("bashar", PERSON, ("Bashar Sabawi Ibrahim Hasan al-Tikriti",)),
    WatchlistEntry("shah-zadran", PERSON, ("Ahmad Shah Zadran",)),
    WatchlistEntry("mauritani", PERSON, ("Abu Hafs al-Mauritani",)),
    WatchlistEntry("elchin", PERSON, ("الچین ممدوف",)),
    WatchlistEntry("hakan", PERSON, ("هکن الییوین",)),
    WatchlistEntry("sinali", PERSON, ("سین الییوی",)),
    WatchlistEntry("giorgi", PERSON, ("Гиорги Коки",)),
    WatchlistEntry("zolghadr", PERSON, ("Mohammad Bagher Zolghadr",)),
    WatchlistEntry("akhtar", PERSON, ("AHMED JAN WAZIR AKHTAR MOHAMMAD",)),
    WatchlistEntry("aulaqi", PERSON, ("AL-AULAQI, Anwar Nasser Abdulla",)),
    WatchlistEntry("shamsuddin", PERSON, ("SHAMSUDDIN",)),
    WatchlistEntry("kony", PERSON, ("JOSEPH KONY",)),
    WatchlistEntry("baghdadi", PERSON, ("Abu Bakr al-Baghdadi",)),
]

MATCHES = [
    ("a title on one side, a tribe on the other", "Mullah Gul Agha Akhund", "gul-agha"),
    ("a title and a tribe added", "Mullah Mohammad Aman Ustad Noorzai", "aman"),
    ("a title in Persian script", "محمد امان آخوند", "aman"),
    ("a tribe added, a nasab link left out", "Haji Abdul Sattar Barakzai", "satar"),
    ("given name alone of a nasab chain", "Abdul Qadir", "qadeer"),
    ("given and father's name of a nasab chain", "Abdul Qadir Basir", "qadeer"),
    ("a clan's nisba for a town's", "Bashar Sabawi Ibrahim Hasan al-Bayjat", "bashar"),
    ("Persian ال before چ is no article", "Elchin Mammadov", "elchin"),
    ("a compound in one word across scripts", "محمدباقر ذوالقدر", "zolghadr"),
    ("a short form keeps its given name", "Anwar al-Aulaqi", "aulaqi"),
    ("a title before a one-part name", "Pahlawan Shamsuddin", "shamsuddin"),
]

NON_MATCHES = [
    ("a brother with the same tribe", "Mohammad Karim Noorzai", "rahim"),
    ("a brother with a title", "Mohammad Karim Akhund", "aman"),
    ("another man of another tribe", "Gul Agha Noorzai", "gul-agha"),
    ("a namesake of another tribe", "Ahmad Shah Kuchi", "shah-zadran"),
    ("another Abu Hafs", "Abu Hafs al-Masri", "mauritani"),
    ("a brother in a nasab chain", "Omar Sabawi Ibrahim Hasan al-Bayjat", "bashar"),
    ("another 'Abd name of a chain", "Abdul Karim", "qadeer"),
    ("a part after a Persian ال read as the article", "Chin Mammadov", "elchin"),
    ("one part against a Persian name in ال", "Hakan", "hakan"),
    ("consonants run together: a one-word name", "Sanaullah", "sinali"),
    ("consonants run together: Georgian", "George", "giorgi"),
    ("two common parts found anywhere in a long chain", "Muhammad Ahmadi", "akhtar"),
    ("a title and a surname alone", "Colonel Kony", "kony"),
    ("another man with a title", "Pahlawan Shamsuddin Noorzai", "shamsuddin"),
    ("a nisba against another family name", "Abu Bakar Bashir", "baghdadi"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


def matched(index: ScreeningIndex, name: str) -> set[str]:
    """Ids of the entries a person's name raises an alert on."""
    return {h.entry_id for h in index.screen(name, kind=PERSON) if h.match}


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_other_published_name_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_relative_or_namesake_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name), case


def test_relatives_with_one_tribe_are_shown_as_relatives(index: ScreeningIndex) -> None:
    hits = {h.entry_id: h for h in index.screen("Mohammad Karim Noorzai", kind=PERSON)}
    hit = hits.get("rahim")
    if hit is not None:  # listed for the officer's information, never as an alert
        assert hit.features["relatives"] == 1.0


def test_affix_kinds() -> None:
    tokens = tokenize("Mullah Mohammad Aman Ustad Noorzai al-Rawi")
    kinds = {t.key: affix_kind(tokens, i) for i, t in enumerate(tokens)}
    assert kinds["ustad"] == TITLE
    assert kinds["norzai"] == TRIBE
    assert kinds["ravi"] == NISBA
    assert kinds["mohamad"] == kinds["aman"] == ""
    # A name after the article inside a chain is a given name ('Abd al-Rahman), no nisba.
    chain = tokenize("Abd al-Rahman Yasin")
    assert all(affix_kind(chain, i) != NISBA for i in range(len(chain)))
    assert affix_kind(tokenize("آخوند"), 0) == TITLE
    assert affix_kind(tokenize("نورزی"), 0) == TRIBE


@pytest.mark.parametrize("word", ["الچین", "الیف", "الکساندر", "الپر", "الژ", "الگار"])
def test_persian_al_before_a_persian_letter_is_one_name_part(word: str) -> None:
    tokens = tokenize(word)
    assert len(tokens) == 1 and tokens[0].role == PartRole.NAME


@pytest.mark.parametrize("word", ["الحسن", "التكريتي", "اليماني"])
def test_arabic_article_is_still_read(word: str) -> None:
    tokens = tokenize(word)
    assert tokens[0].role == PartRole.PARTICLE and len(tokens) == 2


def _features(query: str, entry: str) -> dict[str, float]:
    """A person's name against another, every feature by name (all parts weigh alike)."""
    _, found = compare(parse_name(query, PERSON), parse_name(entry, PERSON), lambda _: 1.0)
    return found


def test_few_consonants_run_together_do_not_join_names() -> None:
    assert _features("Sanaullah", "سین الییوی")["joined_similarity"] < JOINED_MIN
    assert _features("Lava", "Leyla Aliyevi")["joined_similarity"] < JOINED_MIN
    assert _features("محمدباقر", "Mohammad Bagher")["joined_similarity"] >= JOINED_MIN


def test_a_short_name_away_from_the_given_name_is_not_lifted() -> None:
    away = _features("Muhammad Ahmadi", "AHMED JAN WAZIR AKHTAR MOHAMMAD")
    kept = _features("Anwar al-Aulaqi", "AL-AULAQI, Anwar Nasser Abdulla")
    assert away["short_in_long"] == 1.0 and kept["short_in_long"] == 0.0
    model = learned.packaged()
    assert model is not None
    # The same inputs the rules leave just below the threshold, with a name found whole:
    # the weights lift them, unless the short name is found away from the given name.
    found = {name: 0.0 for name in away}
    found.update(query_coverage=0.6, entry_coverage=0.95, rule_score=0.78)
    found.update(given_name_agreement=1.0, short_in_long=0.0)
    assert decide(dict(found), model) >= DEFAULT_THRESHOLD
    found["short_in_long"] = 1.0
    assert decide(dict(found), model) <= LIFT_CAP


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO OTKRYTOGO TIPA UMANSKI ELEVATOR", True),
        ("ОАО открытого типа «Уманский элеватор»", True),
        ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO OTKRYTOGO TIPA VELICHKOVSKI ELEVATOR", False),
    ],
)
def test_of_open_type_belongs_to_the_legal_form(name: str, expected: bool) -> None:
    """The qualifier of a joint-stock form is no word of the name; a sister elevator differs."""
    index = ScreeningIndex.build([WatchlistEntry("uman", COMPANY, ("UMANSKI ELEVATOR, OAO",))])
    hits = [h.entry_id for h in index.screen(name, kind=COMPANY) if h.match]
    assert (hits == ["uman"]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAFTIRAN INTERTRADE COMPANY (NICO)", "NAFTIRAN INTERTRADE COMPANY"),
        ("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)", "AL-QAIDA IN THE ARABIAN PENINSULA"),
        (
            "AMMUNITION AND METALLURGY INDUSTRIES GROUP (AMIG)",
            "AMMUNITION AND METALLURGY INDUSTRIES GROUP",
        ),
        # Not the name's own acronym, or no acronym: kept.
        ("KISH TRADING COMPANY (DUBAI)", "KISH TRADING COMPANY (DUBAI)"),
        ("Bank Melli (Iran)", "Bank Melli (Iran)"),
        ("ARIAN BANK (IRAN)", "ARIAN BANK (IRAN)"),
    ],
)
def test_a_company_name_loses_only_its_own_acronym_in_brackets(text: str, expected: str) -> None:
    assert without_own_acronym(text) == expected


@pytest.mark.parametrize(
    ("name", "entry", "expected"),
    [
        ("NAFTIRAN INTERTRADE COMPANY (NICO)", "NAFTIRAN INTERTRADE COMPANY LTD", True),
        ("KISH TRADING COMPANY (DUBAI)", "KISH TRADING COMPANY", False),
        ("Katibat Ansar al-Sharia", "Ansar al-Sharia", True),
        ("Jama'atu Ansarul Muslimina fi Biladis Sudan", "ANSARUL MUSLIMINA FI BILADIS SUDAN", True),
        ("Katibat Ansar al-Sharia", "Ansar al-Islam", False),
        ("Jamaat ul-Ahrar", "Jamaat ud-Dawa", False),
    ],
)
def test_kind_words_and_own_acronyms_of_groups(name: str, entry: str, expected: bool) -> None:
    index = ScreeningIndex.build([WatchlistEntry("e", COMPANY, (entry,))])
    hits = [h.entry_id for h in index.screen(name, kind=COMPANY) if h.match]
    assert (hits == ["e"]) is expected
