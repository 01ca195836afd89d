"""Deterministic synthetic watchlists and queries for benchmarks, in several scripts.

Names are built from pools of real given-name and surname stems, rendered the way Azerbaijani,
Russian, Persian, Georgian and Turkish documents would write them. Nothing here is a real
watchlist entry.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a text."""
    return tuple(text.split())


GIVEN = _words(
    """
    ali vali hasan husein mammad muhammad rashad elnur elvin orkhan tural farid kamran rauf
    ramil javid jeyhun vugar anar emin ilkin nijat samir ilham heydar ramiz zaur elchin aydin
    babek fuad mahir natig ruslan sahib tofig yusif zakir rovshan shahin bakhtiyar namig asif
    arif azer eldar faig galib huseyn ibrahim isa ismayil khalid mirza murad musa nazim osman
    polad qasim rafael sabir sarkhan seymur taleh teymur vusal yashar zahid abbas akbar amir
    bahram behzad dariush ehsan farhad hamid hossein javad kaveh mahmoud majid mehdi mohsen
    morteza nader omid parviz reza saeed sina vahid giorgi davit levan irakli zurab nikoloz
    lasha beka tornike gocha otar shota vakhtang mikheil aleksandr sergey dmitry andrey igor
    oleg pavel roman yevgeny viktor mehmet ahmet mustafa emre burak hakan kemal murat serkan
    volkan aysel leyla gunel nigar sevinj aynur lala narmin fidan sabina konul tamara nino
    mariam ketevan elena olga natalia zahra fatemeh maryam narges shirin elif zeynep ayse
    """
)
STEMS = _words(
    """
    aliyev mammad hasan husein rasul ismayil karim jafar heydar nasir bagir kazim abbas najaf
    safar gasim aslan bayram guliyev huseyn ibrahim suleyman yusif zeynal agha akhund babayev
    dadash eyvaz farajov gurbanov hajiyev imanov jabbarov khalil musayev nabiyev orujov
    pashayev ramazanov sadigov tagiyev valiyev zamanov alizad hosseinzad rezazad karimpour
    rahimpour tehrani shirazi esfahani tabrizi rostami ahmadi moradi jafari rezaei hashemi
    mousavi kazemi sadeghi ghorbani soleimani beridze kapanadze gelashvili maisuradze lomidze
    tsiklauri mchedlishvili nozadze javakhishvili kvaratskhelia ivanov petrov sidorov smirnov
    kuznetsov popov sokolov lebedev kozlov novikov morozov volkov yilmaz kaya demir sahin celik
    yildiz ozturk aydin ozdemir arslan dogan kilic aslan cetin kara koc kurt ozkan simsek
    """
)
SUFFIXES = ("", "ov", "ova", "li", "zade", "oglu", "i", "yev", "pour", "shvili", "dze", "ian")
COMPANY_WORDS = _words(
    """
    azer trans petro neft gaz kavkaz xazar caspian araz kur shirvan ganja baku tabriz astara
    samur lankaran nakhchivan sharq garb simal cenub qala ulduz gunes ay inci mavi yasil qizil
    demir polad kimya agro food fruit textil cargo express line marine auto motor construct
    energy invest capital alliance union delta alfa omega vega nova prime royal global euro
    asia silk road
    """
)
GENERIC = ("Trading", "Logistics", "Group", "Holding", "International", "Trans", "Service")
FORMS = ("LLC", "MMC", "ООО", "Ltd", "JSC", "ASC", "A.Ş.", "შპს", "", "")

_CYR = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"),
    ("ya", "я"), ("yu", "ю"), ("ye", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("f", "ф"), ("h", "х"), ("j", "дж"), ("q", "к"), ("c", "к"), ("x", "кс"),
    ("w", "в"),
)  # fmt: skip
_KA = (
    ("sh", "შ"), ("ch", "ჩ"), ("kh", "ხ"), ("zh", "ჟ"), ("ts", "ც"), ("dz", "ძ"), ("gh", "ღ"),
    ("a", "ა"), ("b", "ბ"), ("g", "გ"), ("d", "დ"), ("e", "ე"), ("v", "ვ"), ("z", "ზ"),
    ("t", "თ"), ("i", "ი"), ("k", "კ"), ("l", "ლ"), ("m", "მ"), ("n", "ნ"), ("o", "ო"),
    ("p", "პ"), ("r", "რ"), ("s", "ს"), ("u", "უ"), ("f", "ფ"), ("q", "ქ"), ("j", "ჯ"),
    ("h", "ჰ"), ("y", "ი"), ("c", "კ"), ("x", "ხ"), ("w", "ვ"),
)  # fmt: skip
_FA = (
    ("sh", "ش"), ("ch", "چ"), ("kh", "خ"), ("zh", "ژ"), ("gh", "ق"), ("ou", "و"),
    ("b", "ب"), ("p", "پ"), ("t", "ت"), ("j", "ج"), ("d", "د"), ("r", "ر"), ("z", "ز"),
    ("s", "س"), ("f", "ف"), ("q", "ق"), ("k", "ک"), ("g", "گ"), ("l", "ل"), ("m", "م"),
    ("n", "ن"), ("v", "و"), ("h", "ه"), ("y", "ی"), ("i", "ی"), ("u", "و"), ("o", "و"),
    ("c", "ک"), ("x", "خ"), ("w", "و"),
)  # fmt: skip
_AZ = (("sh", "ş"), ("ch", "ç"), ("kh", "x"), ("gh", "ğ"), ("j", "c"))
SCRIPTS = ("latin", "az", "cyrillic", "persian", "georgian", "turkish")


def _replace_all(word: str, table: tuple[tuple[str, str], ...]) -> str:
    """Greedy left-to-right transliteration of a lower-case word by a table."""
    out, i = [], 0
    while i < len(word):
        for src, dst in table:
            if word.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=50_000)
def render(word: str, script: str) -> str:
    """Write a Latin name part as a document in the given script would."""
    if script == "cyrillic":
        return _replace_all(word, _CYR).capitalize()
    if script == "georgian":
        return _replace_all(word, _KA)
    if script == "persian":
        # Short vowels are not written, except at the start of a word.
        head, body = word[:1], word[1:].replace("a", "").replace("e", "")
        first = "ا" if head in "aeiou" else _replace_all(head, _FA)
        return first + _replace_all(body, _FA)
    if script == "az":
        return _replace_all(word, _AZ).replace("a", "ə", 1).capitalize()
    if script == "turkish":
        return word.replace("sh", "ş").replace("ch", "ç").replace("j", "c").capitalize()
    return word.capitalize()


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as given name, optional patronymic and surname (Latin parts)."""

    given: str
    surname: str
    middle: str | None = None

    def written(self, script: str, inverted: bool = False) -> str:
        """The name written in one script, optionally as SURNAME, Given."""
        given, surname = render(self.given, script), render(self.surname, script)
        if inverted:
            return f"{surname.upper()}, {given}"
        if self.middle and script in ("az", "latin"):
            marker = "oğlu" if script == "az" else "oglu"
            return f"{given} {render(self.middle, script)} {marker} {surname}"
        return f"{given} {surname}"


def person_name(rng: random.Random) -> PersonName:
    """A random person's name from the pools."""
    surname = rng.choice(STEMS) + rng.choice(SUFFIXES)
    middle = rng.choice(GIVEN) if rng.random() < 0.3 else None
    return PersonName(rng.choice(GIVEN), surname, middle)


def company_words(rng: random.Random) -> list[str]:
    """Distinctive words of a random company name."""
    return [rng.choice(COMPANY_WORDS) for _ in range(rng.choice((1, 2, 2, 3)))]


def company_written(words: list[str], script: str, rng: random.Random) -> str:
    """A company name written in a script, with a generic word and legal form."""
    parts = [render(w, script) for w in words]
    if rng.random() < 0.4:
        parts.append(rng.choice(GENERIC))
    form = rng.choice(FORMS)
    return " ".join([*parts, form] if form else parts)


def plate(rng: random.Random) -> tuple[str, str]:
    """A random plate in Azerbaijani, Russian or Iranian style, with a variant writing."""
    style = rng.random()
    letters = "ABEKMHOPCTYX"
    if style < 0.5:
        region, mid, num = (
            rng.randint(1, 99),
            rng.choice(letters) + rng.choice(letters),
            rng.randint(1, 999),
        )
        return f"{region:02d}-{mid}-{num:03d}", f"{region:02d} {mid} {num:03d}"
    if style < 0.8:
        a, b, c = rng.choice(letters), rng.choice(letters), rng.choice(letters)
        num, region = rng.randint(1, 999), rng.randint(1, 199)
        latin = f"{a}{num:03d}{b}{c} {region}"
        cyr = latin.translate(str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ"))
        return latin, cyr
    two, three, region = rng.randint(10, 99), rng.randint(100, 999), rng.randint(10, 99)
    letter = rng.choice("بجدسصطقلمنوهی")
    digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    persian = f"{two}{letter}{three} ایران {region}".translate(digits)
    return persian, f"{two} {letter} {three}-{region}"


def generate_watchlist(size: int, seed: int = 7) -> Iterator[WatchlistEntry]:
    """Yield `size` synthetic entries (60% persons, 25% companies, 15% vehicles)."""
    rng = random.Random(seed)
    actions = tuple(RequestedAction)
    for n in range(size):
        roll = rng.random()
        scripts = rng.sample(SCRIPTS, rng.choice((1, 2, 2, 3)))
        if roll < 0.6:
            name = person_name(rng)
            names = tuple(dict.fromkeys(name.written(s) for s in scripts))
            kind = WatchlistKind.PERSON
        elif roll < 0.85:
            words = company_words(rng)
            names = tuple(dict.fromkeys(company_written(words, s, rng) for s in scripts))
            kind = WatchlistKind.COMPANY
        else:
            names = plate(rng)
            kind = WatchlistKind.VEHICLE
        yield WatchlistEntry(f"gen-{n}", kind, names, action=actions[n % len(actions)])


def generate_queries(
    entries: list[WatchlistEntry], count: int, seed: int = 11
) -> list[tuple[str, WatchlistKind]]:
    """Queries for a generated list: half variants of listed names, half fresh names."""
    rng = random.Random(seed)
    queries: list[tuple[str, WatchlistKind]] = []
    for _ in range(count):
        if rng.random() < 0.5:
            entry = rng.choice(entries)
            name = rng.choice(entry.names)
            if entry.kind != WatchlistKind.VEHICLE and rng.random() < 0.5:
                parts = name.split()
                name = f"{parts[-1].upper()}, {' '.join(parts[:-1])}" if len(parts) > 1 else name
            queries.append((name, entry.kind))
        elif rng.random() < 0.7:
            queries.append((person_name(rng).written(rng.choice(SCRIPTS)), WatchlistKind.PERSON))
        else:
            text = company_written(company_words(rng), rng.choice(SCRIPTS), rng)
            queries.append((text, WatchlistKind.COMPANY))
    return queries
