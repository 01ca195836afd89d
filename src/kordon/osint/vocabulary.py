"""The words of one language the reader needs, loaded from the data files in osint/languages/.

A form ending in "~" is a stem: it matches the word with any inflectional ending the language's
`ending` pattern allows ("героин~" matches героина, героином; "İran~" matches İrandan, İrana).
Names of goods, units, conveyances and places take the stricter `noun_ending` where a language
has one: Azerbaijani nouns inflect by a chain of known suffixes (plural, possessive, case,
"-dakı", "-lı", "-lik"), so "həb~" takes "həbləri" but not "həbs" (arrest), and "Şəki~" takes
"Şəkidə" but not "şəkildə" (in the form).
Texts and forms are compared case-folded, with the Azerbaijani dotted and dotless i kept apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, Generic, TypeVar

V = TypeVar("V")


def fold(text: str) -> str:
    """Lower case, one character for one, so offsets in the folded text are the text's own
    ("İ" folds to "i", not to "i" and a combining dot)."""
    return text.replace("İ", "i").lower()


# The reader asks of one text, word after word, whether a phrase starts there: the text is
# folded once, not once for each word, or a long text would take time growing with its square.
@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    return fold(text)


def _form_regex(form: str, ending: str) -> str:
    """The regular expression of one written form: stems take an ending, spaces any space."""
    words = []
    for word in fold(form).split():
        if word.endswith("~"):
            words.append(re.escape(word[:-1]) + f"(?:{ending})")
        else:
            words.append(re.escape(word))
    return r"[\s\-]+".join(words)


class PhraseTable(Generic[V]):
    """Phrases (with stems) mapped to values, found in a text longest first."""

    def __init__(self, entries: dict[str, V], ending: str) -> None:
        forms = sorted(entries, key=lambda f: len(f.replace("~", "")), reverse=True)
        self._values = [entries[f] for f in forms]
        self._forms = forms
        # Forms grouped by their first letter, each group behind a look-ahead for it: a word
        # tries only the forms that can start it, in the same longest-first order, so the
        # match is the one a plain alternation of every form would find, in a fraction of the
        # time a vocabulary of many hundred forms would take.
        groups: dict[str, list[str]] = {}
        for i, f in enumerate(forms):
            groups.setdefault(fold(f).strip()[:1], []).append(f"(?P<f{i}>{_form_regex(f, ending)})")
        body = (
            "|".join(f"(?={re.escape(c)})(?:{'|'.join(g)})" for c, g in groups.items())
            if groups
            else r"(?!x)x"
        )
        self._body = body
        self._pattern = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")

    @cached_property
    def _anchored(self) -> re.Pattern[str]:
        # Without the look-behind: a phrase at a position is read as if the text began there.
        return re.compile(rf"(?:{self._body})(?![^\W_])")

    def finditer(self, text: str) -> list[tuple[int, int, V]]:
        """Every phrase of the table in text: (start, end, value), in reading order."""
        found = []
        for m in self._pattern.finditer(fold(text)):
            found.append((m.start(), m.end(), self._value(m)))
        return found

    def endings(self, text: str) -> list[str]:
        """For each phrase finditer returns, the inflection written after its stem:
        "dan" for "İrandan", "" for "İran"."""
        found = []
        folded = fold(text)
        for m in self._pattern.finditer(folded):
            base = fold(self._forms[int((m.lastgroup or "f0")[1:])].replace("~", ""))
            matched = re.sub(r"[\s\-]+", " ", m.group())
            found.append(matched[len(base) :] if matched.startswith(base) else "")
        return found

    def near(self, word: str, least: float = 0.85) -> V | None:
        """The value of the one-word stem a misspelt word is closest to ("metofitamin" for
        "metamfitamin~"), when only one value is that close; stems shorter than eight letters
        are too short to tell a misspelling from another word."""
        folded = fold(word)
        close = {
            value for form, value in zip(self._forms, self._values, strict=True)
            if form.endswith("~") and " " not in form and len(form) > 8
            and SequenceMatcher(None, folded[: len(form) - 1], fold(form[:-1])).ratio() >= least
        }  # fmt: skip
        return close.pop() if len(close) == 1 else None

    def search(self, text: str) -> tuple[int, int, V] | None:
        """The first phrase of the table in text, or None."""
        m = self._pattern.search(fold(text))
        return None if m is None else (m.start(), m.end(), self._value(m))

    def at(self, text: str, pos: int = 0) -> tuple[int, int, V] | None:
        """The phrase of the table written at pos in text, read as if the text began there
        (what stands before pos is not looked at), or None; offsets are text's own. The same
        phrase as search(text[pos:]) finds when it finds one at its start, without reading on."""
        m = self._anchored.match(_folded(text), pos)
        return None if m is None else (m.start(), m.end(), self._value(m))

    def _value(self, m: re.Match[str]) -> V:
        return self._values[int((m.lastgroup or "f0")[1:])]


class WordTable(Generic[V]):
    """Single words (with stems) mapped to values, looked up one token at a time."""

    def __init__(self, entries: dict[str, V], ending: str) -> None:
        self._exact = {fold(k): v for k, v in entries.items() if not k.endswith("~")}
        self._stems = sorted(
            ((fold(k[:-1]), v) for k, v in entries.items() if k.endswith("~")),
            key=lambda kv: len(kv[0]),
            reverse=True,
        )
        self._ending = re.compile(ending)

    def get(self, word: str) -> V | None:
        """The value of a word, exact forms first, then the longest stem it inflects."""
        low = fold(word)
        if low in self._exact:
            return self._exact[low]
        for stem, value in self._stems:
            if low.startswith(stem) and self._ending.fullmatch(low[len(stem) :]):
                return value
        return None


@dataclass(frozen=True)
class Vocabulary:
    """Everything language-specific the multilingual reader uses, for one language."""

    code: str
    name: str
    ending: str
    noun_ending: str
    home_country: str | None
    mass: WordTable[float]
    volume: WordTable[float]
    count: WordTable[str]
    count_fillers: WordTable[bool]
    # Verbs that may end a count whose goods came before it: "sayı 47 ədəd olub".
    count_closers: WordTable[bool]
    numbers: WordTable[int]
    magnitudes: WordTable[int]
    fractions: WordTable[float]
    qualifiers: PhraseTable[str]
    qualifiers_after: PhraseTable[str]
    qualifier_suffixes: dict[str, tuple[str, ...]]
    substances: PhraseTable[str]
    conveyances: PhraseTable[str]
    own_vehicles: PhraseTable[bool]
    seizure_actions: PhraseTable[bool]
    aggregate: re.Pattern[str]
    # "Общий вес изъятого составил ...", "Götürülən narkotiklərin ümumi çəkisi ...": a sentence
    # that opens on a total told again.
    total_again: re.Pattern[str]
    background: PhraseTable[bool]
    months: WordTable[int]
    place_heads: PhraseTable[bool]
    place_nouns: PhraseTable[bool]
    place_waters: PhraseTable[bool]
    place_tails: PhraseTable[bool]
    place_trim: PhraseTable[bool]
    place_staff: PhraseTable[bool]
    concealment_cues: PhraseTable[bool]
    cover_cues: PhraseTable[bool]
    nationality_cues: PhraseTable[bool]
    nationality_adjectives: PhraseTable[str]
    # "польский водитель", "афганских контрабандистов": people an adjective of nationality
    # comes before.
    nationality_people: PhraseTable[bool]
    people: PhraseTable[str]
    route: dict[str, list[str]]
    customs_words: PhraseTable[bool]
    border_words: PhraseTable[bool]
    police_words: PhraseTable[bool]
    price_words: PhraseTable[bool]
    money_words: WordTable[bool]
    weight_words: PhraseTable[bool]
    packaging_units: frozenset[str]
    not_seizure: PhraseTable[bool]
    gross_words: PhraseTable[bool]
    bare_units: frozenset[str]
    # "около килограмма": a unit in the case a word of "about" governs stands for one of it.
    loose_bare_units: frozenset[str]
    background_lead: tuple[str, ...]
    background_tense: re.Pattern[str] | None
    per_unit: PhraseTable[bool]
    # "300 milliqramlıq", "300-миллиграммовые": a unit made an adjective, the size of one.
    unit_adjective_endings: tuple[str, ...]
    # "51 брикет по одному килограмму": the word that gives each unit's share after a count.
    distributive: frozenset[str]
    tally_actors: PhraseTable[bool]
    # "8 şəhərdə həyata keçirilən əməliyyatlarda": finds over many cities are a tally.
    spread_over_places: re.Pattern[str]
    one_person: PhraseTable[bool]
    # "Qanunsuz dövriyyədən 5 kiloqrama yaxın narkotik vasitə çıxarılıb" right after "cari ilin
    # 1-ci rübündə ... 42 əməliyyat keçiriblər": words that carry a period's total on.
    total_continued: PhraseTable[bool]
    # "bir müddət əvvəl həyata keçirdikləri tədbirlərlə": an earlier operation; a paragraph
    # that opens on one tells of it to its end.
    earlier_operation: PhraseTable[bool]
    escape_words: PhraseTable[bool]
    route_words: PhraseTable[bool]
    examined: re.Pattern[str]
    purpose: re.Pattern[str]
    activity: re.Pattern[str]
    into_country: PhraseTable[bool]
    # "Ekvadordan gələn gəmidə", "груз прибыл из Колумбии": goods that came from abroad.
    arrived: PhraseTable[bool]
    # "транзитом", "tranzit": goods passing through, whose arrival makes no destination.
    onward: PhraseTable[bool]
    # "автомобиль", "maşın": a word for any motor vehicle, a truck's too when a text names one.
    generic_car: PhraseTable[bool]
    # "укрыт~", "находил~": cues that tell of hiding without naming where; a clause they head
    # with no place in it is no hiding place.
    concealment_verbs: PhraseTable[bool]
    # Words that end the name of goods a count is read for: "və", "и", a verb of seizure.
    phrase_stops: WordTable[bool]
    # Whether a noun phrase ends on its head (Azerbaijani) or starts on it (Russian).
    head_last: bool
    # Case endings that cannot head a counted noun phrase: "silaha məxsus daraq" (dative).
    oblique_case: re.Pattern[str]
    # A word in a case that names where, not what: "üzərlərində" (locative, ablative).
    oblique_word: re.Pattern[str]
    # A noun with the possessive that heads a compound: "heroin bağlaması" is a package.
    compound_head: re.Pattern[str]
    # Participles and converbs: words that describe goods, never name them ("qablaşdırılan").
    participle: re.Pattern[str]
    # The case of goods that are a clause's subject, and the verbal noun that closes it.
    clause_subject: re.Pattern[str]
    clause_verb: re.Pattern[str]
    # An adjective in an oblique case between a bare figure and the goods it counts: "470
    # церковных книг", "12 автомобильных шин".
    count_adjective: re.Pattern[str]


def _flags(forms: list[str], ending: str) -> PhraseTable[bool]:
    return PhraseTable(dict.fromkeys(forms, True), ending)


def _inverted(groups: dict[str, list[str]], ending: str) -> PhraseTable[str]:
    return PhraseTable({form: key for key, forms in groups.items() for form in forms}, ending)


def load_data(name: str) -> dict[str, Any]:
    """One data file of osint/languages/, parsed."""
    text = resources.files("kordon.osint").joinpath("languages", name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def with_taxonomy(substances: dict[str, list[str]], code: str) -> dict[str, list[str]]:
    """A language's goods with the broad taxonomy's forms (taxonomy.json) added, so goods a
    vocabulary does not name are still read under a label; a form the language already names
    keeps the language's label."""
    named = {fold(f).strip() for forms in substances.values() for f in forms}
    merged = {label: list(forms) for label, forms in substances.items()}
    for label, by_language in load_data("taxonomy.json")["classes"].items():
        new = [f.strip() for f in by_language.get(code, []) if fold(f).strip() not in named]
        if new:
            merged.setdefault(label, []).extend(new)
            named.update(fold(f) for f in new)
    return merged


@cache
def goods_data() -> dict[str, Any]:
    """goods.json with the taxonomy's classes merged in: its English forms, and its counted
    classes and their count units where goods.json says nothing of them."""
    goods = load_data("goods.json")
    taxonomy = load_data("taxonomy.json")
    goods["en"] = with_taxonomy(goods["en"], "en")
    goods["goods"] = sorted(set(goods["goods"]) | set(taxonomy["classes"]))
    goods["counted"] = sorted(set(goods["counted"]) | set(taxonomy["counted"]))
    goods["everyday"] = sorted(taxonomy["everyday"])
    for unit, by_goods in taxonomy["count_units"].items():
        own = goods["count_units"].setdefault(unit, {})
        for label, counted_in in by_goods.items():
            own.setdefault(label, counted_in)
    return goods


def _patterns(forms: list[str], ending: str) -> str:
    """Cue patterns ("за \\d+ месяц~") as one alternation: "~" takes an ending, a space any
    space; no forms match nothing."""
    if not forms:
        return r"(?!x)x"
    return "|".join(fold(f).replace("~", f"(?:{ending})").replace(" ", r"\s+") for f in forms)


@cache
def vocabulary(code: str) -> Vocabulary:
    """The vocabulary of a language the multilingual reader supports ("ru", "az")."""
    d = load_data(f"{code}.json")
    e = d["ending"]
    n = d.get("noun_ending", e)
    # Aggregate cues are patterns ("за \\d+ месяц~"): "~" takes an ending, a space any space.
    aggregate = _patterns(d["aggregate"], e)
    return Vocabulary(
        code=code,
        name=d["name"],
        ending=e,
        noun_ending=n,
        home_country=d.get("home_country"),
        mass=WordTable(d["units"]["mass"], n),
        volume=WordTable(d["units"]["volume"], n),
        count=WordTable(d["units"]["count"], n),
        count_fillers=WordTable(dict.fromkeys(d.get("count_fillers", []), True), n),
        count_closers=WordTable(dict.fromkeys(d.get("count_closers", []), True), e),
        numbers=WordTable(d["numbers"], e),
        magnitudes=WordTable(d["magnitudes"], e),
        fractions=WordTable(d["fractions"], e),
        qualifiers=_inverted(d["qualifiers"], e),
        qualifiers_after=_inverted(d.get("qualifiers_after", {}), e),
        qualifier_suffixes={k: tuple(v) for k, v in d.get("qualifier_suffixes", {}).items()},
        substances=_inverted(with_taxonomy(d["substances"], code), n),
        conveyances=_inverted(d["conveyances"], n),
        own_vehicles=_flags(d.get("own_vehicles", []), n),
        seizure_actions=_flags(d["seizure_actions"], e),
        aggregate=re.compile(rf"(?<![^\W_])(?:{aggregate})(?![^\W_])"),
        total_again=re.compile(rf"^\W*(?:{_patterns(d.get('total_again', []), e)})(?![^\W_])"),
        # "əvvəllər məhkum olunmuş", "ранее судимый": a past conviction, not an earlier seizure.
        background=PhraseTable(
            {
                **dict.fromkeys(d["background"], True),
                **dict.fromkeys(d.get("not_background", []), False),
            },
            e,
        ),
        months=WordTable(d["months"], e),
        place_heads=_flags(d["place_heads"], n),
        place_nouns=_flags(d["place_nouns"], n),
        place_waters=_flags(d.get("place_waters", []), n),
        place_tails=_flags(d.get("place_tails", []), e),
        place_trim=_flags(d.get("place_trim", []), e),
        place_staff=_flags(d.get("place_staff", []), e),
        concealment_cues=_flags(d["concealment_cues"], e),
        cover_cues=_flags(d["cover_cues"], e),
        nationality_cues=_flags(d["nationality_cues"], e),
        nationality_adjectives=PhraseTable(d["nationality_adjectives"], e),
        nationality_people=_flags(d.get("nationality_people", []), e),
        people=PhraseTable(d["people"], e),
        route=d["route"],
        customs_words=_flags(d["customs_words"], e),
        border_words=_flags(d["border_words"], e),
        police_words=_flags(d.get("police_words", []), e),
        price_words=_flags(d["price_words"], e),
        money_words=WordTable(dict.fromkeys(d["money_words"], True), e),
        weight_words=_flags(d["weight_words"], e),
        packaging_units=frozenset(d["packaging_units"]),
        not_seizure=_flags(d["not_seizure"], e),
        gross_words=_flags(d["gross_words"], e),
        phrase_stops=WordTable(dict.fromkeys(d["phrase_stops"], True), e),
        head_last=bool(d["head_last"]),
        oblique_case=re.compile(d.get("oblique_case", r"(?!x)x")),
        oblique_word=re.compile(d.get("oblique_word", r"(?!x)x")),
        compound_head=re.compile(d.get("compound_head", r"(?!x)x")),
        participle=re.compile(d.get("participle", r"(?!x)x")),
        clause_subject=re.compile(d.get("clause_subject", r"(?!x)x")),
        clause_verb=re.compile(d.get("clause_verb", r"(?!x)x")),
        count_adjective=re.compile(d.get("count_adjective", r"(?!x)x")),
        bare_units=frozenset(fold(w) for w in d.get("bare_units", [])),
        loose_bare_units=frozenset(fold(w) for w in d.get("loose_bare_units", [])),
        background_lead=tuple(fold(w) for w in d.get("background_lead", [])),
        background_tense=re.compile(d["background_tense"]) if "background_tense" in d else None,
        per_unit=_flags(d.get("per_unit", []), e),
        unit_adjective_endings=tuple(d.get("unit_adjective_endings", [])),
        distributive=frozenset(fold(w) for w in d.get("distributive", [])),
        tally_actors=_flags(d.get("tally_actors", []), e),
        spread_over_places=re.compile(d.get("spread_over_places", r"(?!x)x"), re.IGNORECASE),
        one_person=_flags(d.get("one_person", []), e),
        total_continued=_flags(d.get("total_continued", []), e),
        earlier_operation=_flags(d.get("earlier_operation", []), e),
        escape_words=_flags(d.get("escape_words", []), e),
        route_words=_flags(d.get("route_words", []), e),
        examined=re.compile(d.get("examined", r"(?!x)x"), re.IGNORECASE),
        purpose=re.compile(d.get("purpose", r"(?!x)x"), re.IGNORECASE),
        activity=re.compile(d.get("activity", r"(?!x)x"), re.IGNORECASE),
        into_country=_flags(d.get("into_country", []), e),
        arrived=_flags(d.get("arrived", []), e),
        onward=_flags(d.get("onward", []), e),
        generic_car=_flags(d.get("generic_car", []), n),
        concealment_verbs=_flags(d.get("concealment_verbs", []), e),
    )
