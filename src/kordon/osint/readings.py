"""Reading one field of a seizure from a Russian or Azerbaijani sentence, with its evidence.

Each reader returns the value and the words of the sentence it was read from: `place`,
`concealment` and `cover_cargo` keep the text's own words; countries come back as ISO codes and
conveyances as the reader's canonical English names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kordon.osint.fields import _year_before
from kordon.osint.lexicon import LOADS, packing_before
from kordon.osint.regional import Gazetteer, Named
from kordon.osint.vocabulary import Vocabulary, fold

_CAPITAL = "A-ZА-ЯЁƏÖÜÇŞĞİ"
_NAME = (
    r"(?:«[^»]{1,40}»|\"[^\"]{1,40}\"|“[^”]{1,40}”|"
    rf"[{_CAPITAL}][\w'-]+(?:[ -][{_CAPITAL}][\w'-]+){{0,2}})"
)
_NAME_AFTER = re.compile(rf"\s*{_NAME}")
_QUOTE = '«"“'
_NAME_BEFORE = re.compile(rf"{_NAME}(?:\s+[a-zəöüçşğı]+(?:ın|in|un|ün|nın|nin|nun|nün))?\s*$")
# A comma inside a figure ("1,5 kq") cuts no clause.
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()—–]|\s-\s|\bи\b|\bvə\b")
_MAX_WORDS = 14


@dataclass(frozen=True, slots=True)
class Found:
    """A field's value and the words it was read from."""

    value: str
    evidence: str


@dataclass(slots=True)
class RouteFound:
    """Where goods came from, passed through and went to, as one sentence tells it."""

    origin: str | None = None
    transit: list[str] = field(default_factory=list)
    destination: str | None = None
    evidence: str = ""


def _trim(text: str) -> str:
    return text.strip(' ,.;:-–—"«»“”')


_RU_REGION = re.compile(r"[А-ЯЁ][а-яё]+(?:ск|цк)[а-яё]{2,3}\s+(?:район|област)[а-яё]{0,3}")


def find_place(sentence: str, vocab: Vocabulary, gaz: Gazetteer) -> Found | None:
    """A checkpoint, post or settlement named in the sentence, in the text's own words."""
    if vocab.code == "az":
        # "Zəngilan rayonunun Bartaz kəndi yaxınlığında" before "“Horadiz” sərhəd dəstəsinin",
        # and either before a sea or river: "Xəzər dənizinin Astara reydində" is the roadstead.
        order = (vocab.place_nouns, vocab.place_heads, vocab.place_waters)
    else:
        order = (vocab.place_heads, vocab.place_nouns, vocab.place_waters)
    for heads in order:
        spans = []
        for start, end, _ in heads.finditer(sentence):
            if vocab.code == "ru":
                if _came_from(sentence, start):
                    continue  # "из турецкого порта Карасу": where the goods came from
                after = _NAME_AFTER.match(sentence, end)
                # "сообщил начальник Смоленской таможни Рустам Якубов": the name after an
                # official's unit is the official's, not a place ("начальник отдела пункта
                # пропуска «Кайрак»" names the post in quotes).
                official = vocab.place_staff.search(sentence[max(0, start - 40) : start])
                if official and after is not None and after.group().strip()[:1] not in _QUOTE:
                    continue
                if after is not None:
                    spans.append((start, after.end()))
                continue
            before = _NAME_BEFORE.search(sentence[:start])
            staff = vocab.place_staff.search(sentence[end : end + 30])
            if staff is not None and not sentence[end : end + staff[0]].strip():
                continue  # "Baş Gömrük İdarəsinin əməkdaşları": who seized, not where
            if before is not None:
                lo = _after_owner(sentence, before.start(), start, gaz)
                lo = _after_opening_word(sentence, lo, start, vocab)
                spans.append((lo, _tail_end(sentence, end, vocab)))
        if spans:
            # Adjoining names chain into one place: "X rayonunun Y kəndi yaxınlığında".
            lo, hi = spans[0]
            for s, e in spans[1:]:
                if s - hi <= 3:
                    hi = e
            value = _trim(sentence[lo:hi])
            # "Ləki qəsəbə sakini": where the person lives, named without the word resident.
            for start, _, _ in vocab.place_trim.finditer(value):
                value = _trim(value[:start])
                break
            return Found(value, value)
    return None


_OWNER = re.compile(rf"[{_CAPITAL}][\w'-]*(?:n[ıiuü]n|[ıiuü]n)\s+(?=[“\"«{_CAPITAL}])")


def _after_owner(sentence: str, lo: int, head: int, gaz: Gazetteer) -> int:
    """ "Dövlət Gömrük Komitəsinin Şahtaxtı gömrük postunda": the post is Şahtaxtı; the
    committee it belongs to, named in the genitive before it, is not part of its name (a
    city is: "Bakının Nizami rayonunda")."""
    owners = [m for m in _OWNER.finditer(sentence, lo, head) if not gaz.find_places(m.group())]
    return owners[-1].end() if owners else lo


def _after_opening_word(sentence: str, lo: int, head: int, vocab: Vocabulary) -> int:
    """ "Sərhədçilər Xəzər dənizinin", "Polis Tərtər rayonunun": the capital of a sentence's
    first word is no name's when that word is a plural or an actor, not a place."""
    if sentence[:lo].strip(' “"«'):
        return lo
    first = re.match(rf"[\w'-]+\s+(?=[“\"«{_CAPITAL}])", sentence[lo:head])
    if first is None:
        return lo  # a one-word name stays: "Qazaxlar kəndində"
    word = first.group().strip()
    actor = any(
        table.search(word) for table in (vocab.police_words, vocab.customs_words,
                                         vocab.border_words, vocab.tally_actors)
    )  # fmt: skip
    plural = re.search(r"l[aə]r(?:[ıi])?$", fold(word)) is not None
    return lo + first.end() if actor or plural else lo


def _tail_end(sentence: str, end: int, vocab: Vocabulary) -> int:
    """Where a place ends with the words placing it: "kəndi yaxınlığında", "dənizinin cənub
    istiqamətində", "dəstəsinin xidməti ərazisində"."""
    rest = sentence[end:]
    stripped = rest.lstrip()
    hit = vocab.place_tails.search(stripped)
    if hit is None or hit[0] != 0 or not rest[: len(rest) - len(stripped)]:
        return end
    return end + len(rest) - len(stripped) + hit[1]


def find_known_place(sentence: str, gaz: Gazetteer) -> Found | None:
    """A district, city or crossing, when no checkpoint is described: "Узунском районе"."""
    regions = sorted(_RU_REGION.finditer(sentence), key=lambda m: "район" not in m.group())
    if regions:
        return Found(regions[0].group(), regions[0].group())
    places = _known_places(sentence, gaz)
    return Found(places[0].text, places[0].text) if places else None


def find_place_name(sentence: str, gaz: Gazetteer) -> Found | None:
    """A known place as a record names it: "İsmayıllıda", "Yevlaxdan" are İsmayıllı and Yevlax,
    without the Azerbaijani locative or ablative ending (a Russian stem's ending is part of the
    name's own inflection: "Москв-а")."""
    found = find_known_place(sentence, gaz)
    places = _known_places(sentence, gaz)
    if found is None or not places or found.value != places[0].text:
        return found
    first = places[0]
    if _LOCATIVE_AZ.fullmatch(first.ending) and len(first.text) > len(first.ending) + 2:
        return Found(first.text[: len(first.text) - len(first.ending)], first.text)
    return found


def _known_places(sentence: str, gaz: Gazetteer) -> list[Named]:
    # "Pekin-Bakı aviareysi", "Bakı-Moskva qatarı": a city in a route is not where goods were
    # found; "Mətbuat Xidmətinin Bərdə regional qrupundan": nor is the press office's group.
    return [
        p for p in gaz.find_places(sentence)
        if p.text[:1].isupper() and not _in_route(sentence, p.start, p.end)
        and not _came_from(sentence, p.start)
        and not _PRESS_GROUP.match(sentence, p.end)
        and not (
            _RU_ADJECTIVE.search(p.text) and _RU_ACTORS.match(sentence, p.end)
            and not _RU_AT.search(sentence[: p.start])
        )
    ]  # fmt: skip


# "следовавшем из Праги", "из бельгийского города Антверпен": a place goods or people came from
# is not where they were found. The words after "из" stop at a preposition of another place:
# "по пути из Казани в Самаре" names Самара as where.
_RU_FROM = re.compile(
    r"(?<![^\W_])(?:из|изо)\s+"
    r"(?:(?!(?:в|во|на|до|через|под|у|к|ко|около|возле)\s)[а-яё-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "на одной из улиц города Сигет", "в одном из магазинов Смоленска": one of many, not a source.
_RU_ONE_OF = re.compile(
    r"(?<![^\W_])(?:одн\w*|один|некотор\w*|кажд\w*|многих|ряда|нескольких)\s+(?:из|изо)\s+"
    r"(?:[а-яё-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _came_from(sentence: str, start: int) -> bool:
    """Whether the place named at start is one goods or people came from ("из Праги")."""
    before = sentence[max(0, start - 50) : start]
    return _RU_FROM.search(before) is not None and _RU_ONE_OF.search(before) is None


# "Смоленские таможенники", "начальник Хабаровской таможни": a city's adjective before the
# officers or the office names who seized, not where ("на Минераловодской таможне" is where).
_RU_AT = re.compile(r"(?<![^\W_])(?:на|в)\s+$", re.IGNORECASE)
_RU_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ие|ой|ая|ий|ого|их|ую|им)$")
_RU_ACTORS = re.compile(
    r"\s+(?:таможенн\w*|таможн\w*|пограничник\w*|полицейск\w*|погранотряд\w*|"
    r"пограничн\w*\s+(?:отряд|управлени|комендатур)\w*|районн\w*\s+отдел\w*|"
    r"(?:отдел|управлени)\w*\s+(?:полиции|внутренних))"
)


_PRESS_GROUP = re.compile(r"\s+(?:regional\s+qrup|regional\s+group|региональн\w*\s+групп)", re.I)
_LOCATIVE_AZ = re.compile(r"[dt][aə](?:n)?")


def _in_route(sentence: str, start: int, end: int) -> bool:
    return bool(
        re.search(rf"[{_CAPITAL}][\w']+[-–—]$", sentence[max(0, start - 30) : start])
        or re.match(rf"[-–—][{_CAPITAL}]", sentence[end:])
    )


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of the sentence holding a cue, at most a dozen words."""
    cuts = [0, *[m.end() for m in _CLAUSE.finditer(sentence)], len(sentence)]
    lo = max(c for c in cuts if c <= start)
    hi = min((c for c in cuts if c >= end), default=len(sentence))
    clause = sentence[lo:hi]
    words = clause.split()
    if len(words) > _MAX_WORDS:
        cue_at = len(sentence[lo:start].split())
        words = words[max(0, cue_at - 6) : cue_at + 8]
    return _trim(" ".join(words))


def find_concealment(sentence: str, vocab: Vocabulary) -> Found | None:
    """Where the goods were hidden, in the words of the clause that says so."""
    # "Bağlamaya baxış zamanı ...": the parcel examined is the one an earlier sentence found
    # and described ("su səthində 1 ədəd şübhəli bağlama"); that sentence says where it was.
    hits = [h for h in vocab.concealment_cues.finditer(sentence)
            if not vocab.examined.match(sentence[h[1] : h[1] + 20].lstrip())
            and not _inside_what_was_told(sentence, h[0], h[1])]  # fmt: skip
    hit = hits[0] if hits else None
    if hit is None:
        return None
    if vocab.code == "ru":
        placed = _ru_hiding_place(sentence, hits)
        if placed:
            return Found(placed, placed)
        # "как смогли укрыть груз от глаз пограничников", "В нём находилось около двух
        # килограммов": a verb of hiding with no place after it says nothing of where.
        # "Из тайника извлекли 25 кг", "обнаружили тайник с сигаретами": a cache named with no
        # place in its clause tells that the goods were hidden, not where; another sentence of
        # the find may say where it was.
        verbs = vocab.concealment_verbs
        value = _clause_around(sentence, hit[0], hit[1])
        if all(
            verbs.search(sentence[a:b]) or _RU_CACHE.match(sentence[a:b]) for a, b, _ in hits
        ) and not _RU_SOME_PLACE.search(value):
            return None
    if vocab.code == "az" and all(_AZ_HIDING.match(fold(sentence[a:b])) for a, b, _ in hits):
        # "dağlıq ərazilərdə gizlədilən 2 ədəd avtomat", "nəqliyyat vasitələrində ...
        # gizlədilən", "gizlədilmiş silah": a verb of hiding whose place is an area, the
        # vehicle or nothing says nothing of a hiding place.
        before = _WORDS_BEFORE.search(sentence[: hits[0][0]])
        words = before.group().split() if before else []
        places = [w for w in words if _AZ_LOCATIVE.search(fold(w))]
        if not places or any(_AZ_NO_HIDING_PLACE.match(fold(w)) for w in places):
            return None
    value = _clause_around(sentence, hit[0], hit[1])
    return Found(value, value) if value else None


# "Внутри были спрятаны 3000 пачек", "внутри — 12 кг икры", "внутри него", "İçərisində 40
# kiloqram heroin olub": "inside" with no noun of its own goes back to a container the
# sentence or the one before it named; it is not itself the hiding place.
_INSIDE_RU = re.compile(r"внутри$", re.IGNORECASE)
_INSIDE_RU_ALONE = re.compile(
    r"\s*(?:[—–-]|(?:был|оказал|находил|лежал|спрятан|обнаруж|нашл|него|нее|неё|них)[а-яё]*"
    r"(?![а-яё]))",
    re.IGNORECASE,
)
_INSIDE_AZ = re.compile(r"içərisin(?:də|dən)?$", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"^[\s\"'«“(-]*$")


def _inside_what_was_told(sentence: str, start: int, end: int) -> bool:
    """Whether a cue is a bare "inside" that names no container of its own."""
    cue = fold(sentence[start:end])
    if _INSIDE_RU.match(cue):
        return _INSIDE_RU_ALONE.match(sentence, end) is not None
    if _INSIDE_AZ.match(cue):
        return _SENTENCE_OPENING.match(sentence[:start]) is not None
    return False


_AZ_HIDING = re.compile(r"gizl[əe]")
_WORDS_BEFORE = re.compile(r"(?:[^\s,.;:]+\s+){1,3}$")
_AZ_LOCATIVE = re.compile(r"[dt][aə]n?$")
_AZ_NO_HIDING_PLACE = re.compile(
    r"(?:ərazi|vasitə|avtomobil|maşın|yer\b|yerlər|rayon|kənd|dağ|meşə|nəzarət)"
)
_RU_PLACE = r"(?:в|во|под|внутри|за)\s+[^,.;:!?()«»\"]{3,70}?"
# A place ends at a clause break, a conjunction, or the finders or the verb of the find that
# follow it ("в радиаторном отсеке были обнаружены", "в моторном отсеке пограничники нашли").
_RU_PLACE_END = (
    r"(?=\s*(?:[,.;:!?()]|$|\s(?:и|а|но|которы\w+|прибывш\w+|следовавш\w+|общ\w+ вес\w*)\s"
    r"|\s(?:был|обнаруж|нашли|найден|изъят|выявл|выявил|пограничник|таможенник|сотрудник"
    r"|полицейск)[а-яё]*(?![а-яё])))"
)
# "спрятаны в технологических полостях контейнера": the place after a verb of hiding.
# Matched at the position after the cue (not searched).
_RU_AFTER_VERB = re.compile(
    rf"\s+(?:[а-яё]+\s+){{0,2}}?({_RU_PLACE}){_RU_PLACE_END}", re.IGNORECASE
)
_RU_PLACE_AT = re.compile(rf"{_RU_PLACE}{_RU_PLACE_END}", re.IGNORECASE)
# "три дорожных сумки, в которых находилось": the place a relative clause goes back to, the
# three to sixty characters before the clause's comma, after the stop before it.
_RU_RELATIVE = re.compile(r",\s*(?:в|во|внутри)\s+(?:котор\w+)\s*$", re.IGNORECASE)
_STOPS = re.compile(r"[,.;:!?]")
_ANTECEDENT_LONGEST = 60
# "укрытых в винограде": a clause that names a place in or under something.
# "В январе", "в ходе досмотра", "в результате": a time or an occasion, no place.
_RU_NOT_A_PLACE = (
    r"(?!(?:в|во)\s+(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр|ход|время|результат|течени|рамк|период|прошл|\d)[а-яё]*\s"
    r"|внутри\s+(?:был|оказал|находил|лежал|спрятан|обнаруж|нашл|него|нее|неё|них))"
)
_RU_SOME_PLACE = re.compile(
    rf"(?<![^\W_]){_RU_NOT_A_PLACE}(?:в|во|под|внутри|среди|на)\s+[а-яё]{{4,}}", re.IGNORECASE
)
_RU_LOCATION_CUE = re.compile(r"^(?:в|во|под|внутри|на)\b", re.IGNORECASE)


# "тайник", "тайника", "тайниками": the cache itself, with no preposition telling where.
_RU_CACHE = re.compile(r"тайник", re.IGNORECASE)
# "в межпотолочном пространстве был обнаружен тайник": a place told before the verb of the find
# whose object is the cache.
_RU_PLACE_BEFORE_CACHE = re.compile(
    rf"(?<![^\W_]){_RU_NOT_A_PLACE}({_RU_PLACE})(?=\s+(?:был\w*\s+)?"
    r"(?:(?:таможенник|пограничник|сотрудник|полицейск)[а-яё]*\s+)?(?:обнаруж|нашли|найден|выявл|выявил|"
    r"оборудова|организова|изготовл|сделан|устроен)[а-яё]*\s+(?:[а-яё]+\s+)?$)",
    re.IGNORECASE,
)


_RU_CACHES = re.compile(r"тайник(?:и|ов|ам|ами|ах)(?![а-яё])", re.IGNORECASE)


def find_cache(sentence: str, vocab: Vocabulary) -> Found | None:
    """A cache the sentence names with no place ("Из тайника извлекли ..."): what a reader
    writes when no sentence of the find says where the goods were, in the nominative."""
    if vocab.code != "ru":
        return None
    for start, end, _ in vocab.concealment_cues.finditer(sentence):
        if _RU_CACHE.match(sentence[start:end]):
            word = re.match(r"[а-яё]+", sentence[start:], re.IGNORECASE)
            plural = word is not None and _RU_CACHES.match(word.group())
            return Found("тайники" if plural else "тайник", sentence[start:end])
    return None


# How far before a cache its place and the verb that found it are read: a place of a few
# words, the verb and the finders fit in it.
_CACHE_PLACE_REACH = 300


def _ru_place_of_cache(sentence: str, start: int, end: int, clause_ends: list[int]) -> str | None:
    """The place a cache named by the cue was in, told just before the verb that found it, in
    the clause of the cue (clause_ends: where the sentence's clause breaks end)."""
    if not _RU_CACHE.match(sentence[start:end]):
        return None
    i = bisect_right(clause_ends, start) - 1
    lo = max(clause_ends[i] if i >= 0 else 0, start - _CACHE_PLACE_REACH)
    m = _RU_PLACE_BEFORE_CACHE.search(sentence[lo:start])
    return _trim(m.group(1)) if m else None


def _ru_hiding_place(sentence: str, hits: Sequence[tuple[int, int, object]]) -> str | None:
    """The place a Russian sentence says the goods were in: a cue that is itself a place
    ("в топливном баке"), the place after a verb of hiding, or the noun a "в которых
    находилось" clause goes back to."""
    for start, end, _ in hits:
        if _RU_LOCATION_CUE.match(sentence[start:end]):
            m = _RU_PLACE_AT.match(sentence, start)
            if m:
                return _trim(m.group())
    # Where the stops and clause breaks are, found once: each cue looks back to the last one
    # before it.
    stops = [m.start() for m in _STOPS.finditer(sentence)]
    clause_ends = [m.end() for m in _CLAUSE.finditer(sentence)]
    for start, end, _ in hits:
        placed = _ru_place_of_cache(sentence, start, end, clause_ends)
        if placed:
            return placed
        before = _antecedent(sentence, start, stops)
        if before is not None:
            return _trim(before)
        after = _RU_AFTER_VERB.match(sentence, end)
        if after is not None:
            return _trim(after.group(1))
    return None


def _antecedent(sentence: str, at: int, stops: list[int]) -> str | None:
    """The noun a relative clause closing right before at goes back to ("три дорожных сумки,
    в которых"): the words between the stop before the clause's comma and the comma."""
    i = bisect_left(stops, at) - 1
    comma = stops[i] if i >= 0 else -1
    if comma < 0 or not _RU_RELATIVE.match(sentence, comma, at):
        return None
    start = max(stops[i - 1] + 1 if i > 0 else 0, comma - _ANTECEDENT_LONGEST)
    return sentence[start:comma] if comma - start >= 3 else None


# The legitimate load named after a cue: "с грузом бананов", "контейнер с бананами",
# "документы на партию промышленного оборудования", "замаскированных под картошку".
_COVER_RU = re.compile(
    # "спрятан среди мешков с кофе": the packing and the goods it held are the load.
    r"(?<!\w)(?:спрятан|укрыт|скрыт)[а-яё]*\s+среди\s+([а-яё]{3,}\s+со?\s+[а-яё]{3,})|"
    # "по подложным документам перевозились как соль", "задекларированный как мел": the goods
    # the papers named in place of the real ones.
    r"(?<!\w)(?:(?:(?:перевоз|вез|задекларирован|декларирован|оформлен|заявлен)[а-яё]*\s+как|"
    r"с грузом|под видом(?:\s+(?:заявлен|задекларирован|декларирован)[а-яё]*)?|"
    r"груз(?:ом|а|у|ы)?|гружен[а-я]*|перевозивш[а-я]*(?: груз)?|"
    r"перевозил[а-я]*(?: только)?(?:\s+[\d,.]+\s+(?:тонн|кг|килограмм)[а-я]*)?|"
    r"документ[а-я]* на(?: партию)?|замаскирован[а-я]* под|"
    r"по документам(?:\s+[а-яё]+){0,2}?\s+(?:вез|перевоз)[а-яё]*(?: только| партию)?|"
    r"(?:спрятан|укрыт|скрыт)[а-я]*\s+(?:под|среди)|"
    r"(?:контейнер|рефконтейнер|грузовик|фур|вагон|прицеп|полуприцеп|ящик|коробк)[а-я]*\s+с)"
    r"(?![а-яё])\s*[-–—]?\s*(«[^»]{2,40}»|\"[^\"]{2,40}\"|"
    # "груз весом 1200 килограмм": the load's weight, not goods it was carried as.
    r"(?!(?:в|на|из|и|с|по|для|к|от|два|две|три|как|весом|массой|общ[а-я]+|объ[её]мом)\b)"
    r"[а-яё]{3,}"
    r"(?:\s(?!(?:в|на|из|и|а|по|с|к|от|как|который|которая|которые)\b)[а-яё]+){0,2})"
    r"|с\s+(«[^»]{2,40}»))",
    re.IGNORECASE,
)
# "pomidor yükünün arasında", "kişmiş yüklü", "“Nar” yükü ilə", "kartofla yüklənmiş", "meyvə
# daşıyan": the load under any case ending of "yük", or loaded with, or carrying.
_COVER_AZ = re.compile(
    r"(“[^”]{2,40}”|\"[^\"]{2,40}\"|«[^»]{2,40}»|[a-zəöüçşğı]+)\s+"
    r"(?:yük(?:ü[a-zəöüçşğı]*|lü)|daşıyan)\b"
    r"|([a-zəöüçşğı]{3,}?)(?:la|lə|yla|ylə)\s+yüklən"
    # "bəyannamədə “futbol topları və termos” kimi qeyd olunan yük": the goods declared.
    r"|(“[^”]{2,40}”|\"[^\"]{2,40}\"|«[^»]{2,40}»)\s+kimi\s+(?:qeyd|bəyan)",
    re.IGNORECASE,
)


# "sərnişinin yükü", "onun yükü", "baqaj yükü", "əl yükü": whose luggage, not a load.
_NOT_CARGO_AZ = re.compile(r"^(?:baqaj|əl|onun|onların|bu|həmin|şəxsi)$|(?:ın|in|un|ün)$")
# "овощной груз", "продуктовый груз": a load named by its kind is a load.
_NAMED_LOAD_RU = re.compile(r"^[а-яё]+(?:ой|ый|ий) груз\w*$")
# "вез как багаж", "как личные вещи": a traveller's own things, not a load; "вагон, заявленный
# как порожний": declared empty, with no goods named.
_NOT_CARGO_RU = re.compile(
    r"^[а-яё]+(?:ли|ла|ло|ал|ил)\b|\bгруз|\s[а-яё]{1,2}$|машин|автомобил|^багаж|^личн|^ручн"
    r"|^порожн|^пуст"
    # "перевозивший более ...", "перевозили семь граждан", "через Россию транзитом", "с грузом
    # находятся", "с турецкой регистрацией", "документы на право въезда", "под видом
    # заявленной": a quantity, people, a route, a verb, a registration, a right or a bare
    # participle, none of them goods.
    r"|^(?:более|около|свыше|менее|почти|порядка|через|прав[оа])\b|граждан|человек|пассажир"
    r"|водител|регистрац|номер|^[а-яё]+(?:тся|ться)\b|^(?:заявлен|задекларирован)[а-яё]*$"
)


# Words for any goods, which name no load: "груз", "товар", "ценности", "əhəmiyyət".
# Goods a report calls prohibited, contraband, smuggled or undeclared are what was seized.
_CONTRABAND = re.compile(
    r"(?:запрещ|контрабанд|незаконн|нелегальн|незадекларир|qadağan|qaçaqmal|bəyan\s+edilməmiş)"
)
# "с веществом черно-зелёного цвета", "naməlum maddə": the find itself, told before it was
# named, not a load it travelled under.
_SEIZED_ITSELF = re.compile(r"(?<![^\W_])(?:веществ|maddə)", re.IGNORECASE)
_NOT_LOADS = frozenset(
    {"narkotik", "груз", "грузом", "товар", "товары", "товаром", "ценности", "əhəmiyyət",
     "maddələr", "mallar"}
)  # fmt: skip


def _only_a_conveyance(value: str, vocab: Vocabulary) -> bool:
    """True when the words read as a load are a conveyance and nothing more: "фура"."""
    found = vocab.conveyances.search(value)
    return found is not None and not _trim(value[: found[0]] + value[found[1] :])


def find_cover_cargo(sentence: str, vocab: Vocabulary, substance: str | None) -> Found | None:
    """The legitimate goods the report says the seizure travelled with or under."""
    if vocab.cover_cues.search(sentence) is None:
        return _hidden_in_load(sentence, vocab, substance)
    pattern = _COVER_AZ if vocab.code == "az" else _COVER_RU
    for m in pattern.finditer(sentence):
        value = _trim(next(g for g in m.groups() if g))
        low = fold(value)
        named = vocab.substances.search(value)
        # Everyday goods the taxonomy names ("картофелем", "pomidor") and goods that are a
        # load whenever named without a figure ("безалкогольные напитки") are a load all
        # the same; goods counted one by one ("запчастями") are more often a find.
        if not value or (named and named[2] not in LOADS) or low in _NOT_LOADS:
            continue
        if _CONTRABAND.match(low) or _SEIZED_ITSELF.search(low):
            continue  # "фуру с запрещенным товаром": the seizure, not a load it hid in
        if named and named[2] == substance:
            continue
        if substance and fold(substance) in low:
            continue
        if vocab.code == "az" and _NOT_CARGO_AZ.search(low):
            continue
        if vocab.code == "ru" and _NOT_CARGO_RU.search(low) and not _NAMED_LOAD_RU.match(low):
            continue  # "груз передали сотрудникам", "выявленный груз у ...": not a load named
        if _only_a_conveyance(value, vocab):
            continue  # "его перевозила фура": the vehicle that carried the find
        return Found(value, m.group(0).strip())
    return _hidden_in_load(sentence, vocab, substance)


# "укрытых от досмотра в винограде", "спрятанного в грузе с солью", "bananların arasında
# gizlədilən": goods hidden in or among a load of everyday goods travelled under that load.
_HIDDEN_IN_RU = re.compile(
    r"(?<![а-яё])(?:спрятан|укрыт|скрыт|запрятан)[а-яё]*\s+(?:[а-яё]+\s+){0,3}?(?:в|во|среди)\s+"
    r"(?:груз[а-яё]*\s+со?\s+)?([а-яё]{4,})(?![а-яё])",
    re.IGNORECASE,
)
# The load's word is read from its first letter only: tried from every letter of a long word,
# the search would take time growing with the word's square.
_HIDDEN_IN_AZ = re.compile(r"(?<![a-zəöüçşğı])([a-zəöüçşğı]{4,}+)\s+arasında\s+gizl", re.IGNORECASE)


def _hidden_in_load(sentence: str, vocab: Vocabulary, substance: str | None) -> Found | None:
    """Everyday goods the find was hidden in or among; other places are hiding places."""
    pattern = _HIDDEN_IN_AZ if vocab.code == "az" else _HIDDEN_IN_RU
    for m in pattern.finditer(sentence):
        named = vocab.substances.search(m[1])
        if named and named[2] in LOADS and named[2] != substance:
            return Found(m[1], m.group(0).strip())
    return None


# From the most telling to the least: a "truck" said anywhere beats a bare "avtomobil".
CONVEYANCE_ORDER = ("truck", "bus", "train", "sea_container", "vessel", "postal",
                    "air_passenger", "car", "vehicle")  # fmt: skip


# "на автомобильном пункте пропуска", "по автомобильной дороге": an adjective of the road names
# a crossing or a highway, not a car.
_ROAD = re.compile(
    r"автомобильн\w*\s+(?:пункт\w*|пропуск\w*|переход\w*|погранперех\w*|кпп|дорог\w*|"
    r"трасс\w*|мост\w*|границ\w*|таможенн\w*\s+пост\w*)",
    re.IGNORECASE,
)


# Words of air travel in Russian and Azerbaijani, without which luggage beside a train, a bus
# or a car is theirs.
_AIR = re.compile(r"аэропорт|авиа|самол[её]т|рейс|hava liman|aeroport|təyyarə|uçuş|reys", re.I)


def find_conveyance(sentence: str, vocab: Vocabulary, near: int | None = None) -> Found | None:
    """The conveyance named in the sentence: the one nearest `near`, else the most telling."""
    # "sərhəd gözətçi gəmisi", "патрульный катер": the guards' own vessel or car carried no
    # goods.
    own = vocab.own_vehicles.finditer(sentence)
    found = [f for f in vocab.conveyances.finditer(sentence)
             if not any(s <= f[0] < e for s, e, _ in own)
             and not _counted_boat(sentence, f, vocab)
             and not (f[2] == "sea_container" and packing_before(sentence, f[0]))
             and not (f[2] == "car" and _ROAD.match(sentence, f[0]))]  # fmt: skip
    specific = [f for f in found if f[2] != "vehicle"] or found
    if not specific:
        return None
    if {f[2] for f in specific} - {"air_passenger"} and not _AIR.search(sentence):
        # "пассажира поезда ... чемоданов", "в багаже одного из пассажиров автобуса": luggage
        # carried on a train or a bus, not on a flight.
        specific = [f for f in specific if f[2] != "air_passenger"]
    if near is not None:
        specific.sort(key=lambda f: abs(f[0] - near))
    else:
        specific.sort(key=lambda f: CONVEYANCE_ORDER.index(f[2]))
    s, e, value = specific[0]
    return Found(value, sentence[s:e])


# A figure, an optional counter word ("ədəd", "шт.") and at most one describing word before
# the boat: "1 ədəd rezin qayıq", "две резиновые лодки".
_COUNT_BEFORE = re.compile(r"(\d+|[^\W\d_]+)\s+(?:(?:ədəd|шт\.?)\s+)?(?:[^\W\d_]+\s+)?$")


def _counted_boat(sentence: str, found: tuple[int, int, str], vocab: Vocabulary) -> bool:
    """ "1 ədəd rezin qayıq, 2 ədəd avar ... götürülüb": a boat counted among what was taken
    from poachers is their gear, as the oars are, not a vessel that carried goods (one that
    did is named without a count: "qayıqda", "на лодке")."""
    if found[2] != "vessel":
        return False
    m = _COUNT_BEFORE.search(sentence[max(0, found[0] - 40) : found[0]])
    return m is not None and (m[1].isdigit() or vocab.numbers.get(m[1]) is not None)


def _suffix_role(ending: str, vocab: Vocabulary) -> str | None:
    """An Azerbaijani case ending's role in a route: "İrandan" origin, "Rusiyaya" destination."""
    for role in ("origin", "destination"):
        if ending and ending in vocab.route.get(f"{role}_endings", []):
            return role
    return None


def find_route(sentence: str, vocab: Vocabulary, gaz: Gazetteer) -> RouteFound:
    """The origin, transit and destination countries a sentence gives."""
    route = RouteFound()
    named = gaz.find_countries(sentence) + gaz.find_places(sentence)
    named.sort(key=lambda n: n.start)
    for n in named:
        if n.country is None:
            continue
        role = _ru_role(sentence, n.start, n.text, vocab) if vocab.code == "ru" else None
        if vocab.code == "az":
            after = sentence[n.end : n.end + 40]
            if re.match(r"\s*ərazisindən\s+tranzit", after):
                role = "transit"
            elif not n.ending and re.match(r"\s*(?:istiqamətində|ərazisinə)", after):
                role = "destination"  # "Azərbaycan Respublikası istiqamətində", "... ərazisinə"
            else:
                role = _suffix_role(n.ending, vocab)
            if role == "destination" and _fled(after, vocab):
                continue  # "İran istiqamətində geri qaçıblar": where they ran, not the goods

        if role == "origin" and route.origin is None:
            route.origin = n.country
        elif role == "destination":
            route.destination = n.country
        elif role == "transit" and n.country not in route.transit:
            route.transit.append(n.country)
        else:
            continue
        route.evidence = (route.evidence + " " + n.text).strip()
    _flight_route(sentence, vocab, gaz, route)
    if route.origin is None:
        _made_in(sentence, vocab, named, route)
    if route.origin in route.transit:
        route.transit.remove(route.origin)
    return route


def _made_in(sentence: str, vocab: Vocabulary, named: list[Named], route: RouteFound) -> None:
    """ "сигарет белорусского происхождения", "İran mənşəli": goods of a country's origin
    came from it. Where they were made ("белорусского производства", "Çin istehsalı") is
    not said to be where they came from."""
    words = vocab.route.get("made_in", [])
    if not words:
        return
    made = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    after = re.compile(rf"\s*(?:{made})(?![^\W_])", re.IGNORECASE)
    before = re.compile(rf"(?<![^\W_])(?:{made})\s*$", re.IGNORECASE)
    found = [
        Named(code, a, b, sentence[a:b], code)
        for a, b, code in vocab.nationality_adjectives.finditer(sentence)
    ]
    for n in [*found, *named]:
        if n.country is None:
            continue
        if after.match(sentence, n.end) or before.search(sentence[max(0, n.start - 20) : n.start]):
            route.origin = n.country
            route.evidence = (route.evidence + " " + n.text).strip()
            return


_PAIR = re.compile(rf"([{_CAPITAL}][\w']+)\s?[-–—]\s?([{_CAPITAL}][\w']+)")


def _flight_route(sentence: str, vocab: Vocabulary, gaz: Gazetteer, route: RouteFound) -> None:
    """ "Bakı-İstanbul aviareysi ilə gedən", "рейсом Москва – Душанбе": a flight's or train's
    route gives where it left from and where it was going, when nothing else in the sentence
    does."""
    for m in _PAIR.finditer(sentence):
        near = sentence[max(0, m.start() - 15) : m.start()] + " " + sentence[m.end() : m.end() + 15]
        if vocab.route_words.search(near) is None:
            continue
        ends = []
        for name in (m[1], m[2]):
            found = gaz.find_places(name) + gaz.find_countries(name)
            ends.append(found[0].country if found else None)
        if ends[0] and ends[1] and ends[0] != ends[1]:
            # Goods flown out of the reporting country were caught where they left, not made
            # there: only an inbound flight says where they came from.
            if route.origin is None and ends[0] != vocab.home_country:
                route.origin = ends[0]
            if route.destination is None:
                route.destination = ends[1]
            route.evidence = (route.evidence + " " + m.group()).strip()
        return


def _fled(after: str, vocab: Vocabulary) -> bool:
    """True when the words after a country say someone ran off there."""
    hit = vocab.escape_words.search(after)
    return hit is not None and hit[0] <= 25


_PEOPLE_FROM = re.compile(
    r"(?<![^\W_])(?:коллег|сотрудник|специалист|представител|агент|офицер|гражданин|гражданк"
    r"|граждан|жител|уроженц|уроженк|уроженец)\w*\s+из\s*$"
)


def _ru_role(sentence: str, start: int, text: str, vocab: Vocabulary) -> str | None:
    before = fold(sentence[max(0, start - 30) : start])
    if re.search(r"(?:транзит\w*\s+)?через\s*$", before):
        return "transit"
    if re.search(r"(?:\bиз|с территории|со стороны)\s*$", before):
        # "коллеги из Эквадора", "гражданин из Таджикистана": where people came from.
        return None if _PEOPLE_FROM.search(before) else "origin"
    if re.search(r"(?:\bв|\bво|на территорию|в направлении)\s*(?:республик\w*\s*)?$", before):
        ending = re.search(r"[а-яё]$", fold(text))
        last = fold(text)[-1:] if ending else ""
        # "в Москву", "в Узбекистан", "в Китай": the accusative goes somewhere; "в Москве"
        # is in it, and "в Ярцевский" is an adjective's.
        if (
            last in ("у", "ю")
            or last not in ("е", "и", "ы", "а", "я", "й")
            or fold(text).endswith("ай")
        ):
            return "destination"
    return None


# The people goods were had through or in league with are not the offenders a report holds.
_SUPPLIER_BEFORE = re.compile(r"(?<![^\W_])через\s+(?:\w+\s+)?$", re.IGNORECASE)
# How far before the people "через" and a word may stand.
_SUPPLIER_REACH = 100
_SUPPLIER_AFTER = re.compile(r"\s+ilə\s+əlbir", re.IGNORECASE)
_LIVED_IN = re.compile(r"\s+(?:yaşadığı|проживают|живут)\b", re.IGNORECASE)
_OBTAINED = re.compile(r"[^.]{0,120}?(?<![^\W_])əldə\s+et", re.IGNORECASE)


def _within(positions: list[int], lo: int, hi: int) -> slice:
    """The indices of the sorted positions from lo to hi, as a slice."""
    return slice(bisect_left(positions, lo), bisect_right(positions, hi))


def find_nationalities(sentence: str, vocab: Vocabulary, gaz: Gazetteer) -> list[str]:
    """Nationalities of the people a sentence names: "гражданина Молдовы", "Rusiya vətəndaşı"."""
    codes: list[str] = []
    countries = gaz.find_countries(sentence)
    adjectives = vocab.nationality_adjectives.finditer(sentence)
    # Names are looked up by where they stand, in reading order, not each against every cue.
    country_starts, country_ends = [c.start for c in countries], [c.end for c in countries]
    adjective_starts, adjective_ends = [a[0] for a in adjectives], [a[1] for a in adjectives]
    for start, end, _ in vocab.nationality_cues.finditer(sentence):
        supplier = _SUPPLIER_BEFORE.search(sentence, max(0, start - _SUPPLIER_REACH), start)
        if supplier or _SUPPLIER_AFTER.match(sentence, end):
            continue  # "через граждан Ирана", "İran vətəndaşları ilə əlbir": who supplied them
        if re.search(r"d[aə]n$", sentence[start:end]) and _OBTAINED.match(sentence, end):
            continue  # "İran vətəndaşlarından ... əldə etdiklərini": whom they had them from
        if vocab.code == "az":
            hits = countries[_within(country_ends, start - 2, start)]
        else:
            hits = countries[_within(country_starts, end, end + 2)]
            # In reading order, once each: an adjective right before the cue or right after it.
            before = range(len(adjectives))[_within(adjective_ends, start - 2, start)]
            after = range(len(adjectives))[_within(adjective_starts, end, end + 2)]
            for k in sorted({*before, *after}):
                a_start, a_end, code = adjectives[k]
                hits.append(Named(code, a_start, a_end, "", code))
        codes.extend(h.value for h in hits if h.value not in codes)
    for start, _, _ in vocab.nationality_people.finditer(sentence):
        for _, _, code in adjectives[_within(adjective_ends, start - 2, start)]:
            if code not in codes:
                codes.append(code)
    for _, end, code in vocab.people.finditer(sentence):
        if _LIVED_IN.match(sentence, end) is not None:
            continue  # "azərbaycanlıların yaşadığı qəsəbə": who lives in a place, not an offender
        if code not in codes:
            codes.append(code)
    return codes


def find_date(
    sentence: str, vocab: Vocabulary, published: date | None, *, paragraph_start: bool
) -> Found | None:
    """The calendar day a sentence gives: "21 ноября", "21 noyabr", "avqust ayının 11-də",
    "21.11.2026-cı il tarixində"."""
    numeric = _numeric_date(sentence, published)
    if numeric is not None:
        return numeric
    words = list(re.finditer(r"\d+|[^\W\d_]+", sentence))
    for i, w in enumerate(words):
        month = vocab.months.get(w.group()) if w.group().isalpha() else None
        if month is None:
            continue
        day, year = None, None
        if i > 0 and re.fullmatch(r"\d{1,2}", words[i - 1].group()):
            day = int(words[i - 1].group())
        elif i + 2 < len(words) and fold(words[i + 1].group()) == "ayının":
            day = int(words[i + 2].group()) if words[i + 2].group().isdigit() else None
        elif i + 1 < len(words) and re.fullmatch(r"\d{1,2}", words[i + 1].group()):
            day = int(words[i + 1].group())
        for nxt in words[i + 1 : i + 4]:
            if re.fullmatch(r"(?:19|20)\d\d", nxt.group()):
                year = int(nxt.group())
                break
        if day is None or not 1 <= day <= 31:
            continue
        before = fold(sentence[max(0, w.start() - 30) : w.start()])
        if re.search(r"сегодня|bu gün", before) or _TOLD_BEFORE.search(before):
            continue  # the day the news was told: "сообщили 12 ноября"
        if _TOLD_AFTER.match(fold(sentence[w.end() : w.end() + 60])) or _WIRE_DATELINE.match(
            sentence, w.end()
        ):
            continue  # "В понедельник, 30 апреля, Таможенная служба снова сообщила"
        if paragraph_start and re.match(r"^[^\W\d_][\w-]*[,.]\s*\d", sentence) and i <= 2:
            continue  # a dateline: "Смоленск, 27 августа.", "Москва. 5 января."
        year = year or _year_before(published, month, day)
        if year is None:
            continue
        try:
            value = date(year, month, day).isoformat()
        except ValueError:
            continue
        span = sentence[min(w.start(), words[i - 1].start() if i else w.start()) : w.end()]
        return Found(value, span)
    return None


_TOLD_BEFORE = re.compile(r"(?:сообщил\w*|сообщает|сообщается)\s+(?:\d{1,2}\s+)?$")
# "Москва. 5 января. INTERFAX.RU - ...": a wire service's dateline.
_WIRE_DATELINE = re.compile(r"^\.\s+[A-ZА-ЯЁ]{3,}")
_TOLD_AFTER = re.compile(r"^[\s,]*(?:[^\W\d_]+\s+){1,3}(?:снова\s+|также\s+)?сообщил")


# "21.11.2026", "21.11.2026-cı il", "05.03.26": day, month and year with dots; not a decimal
# ("1.5 kq") nor a time ("10.30-da") for want of the year.
_NUMERIC_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)(?![\d.,]\d)")


def _numeric_date(sentence: str, published: date | None) -> Found | None:
    for m in _NUMERIC_DATE.finditer(sentence):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if published is not None and found > published:
            continue  # a date after the report is no seizure's day
        return Found(found.isoformat(), m.group())
    return None


def find_agency(sentence: str, gaz: Gazetteer) -> Found | None:
    """An agency the sentence names, by its English name (national names resolved later)."""
    agencies = gaz.find_agencies(sentence)
    if not agencies:
        return None
    return Found(agencies[0].value, agencies[0].text)
