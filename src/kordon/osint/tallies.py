"""National and period reports: a text whose figures are tallies has no seizure of its own.

"Həftəsonu ... vətəndaşlardan 16 silah götürülüb", "за выходные по республике изъято ...",
"320 traffickers were arrested in 45 cities": a weekend's, a year's or a country's figures sum
many finds, and no one of them is a record. Such a report still tells of one find when a
sentence of its own figures names one person, one vehicle or one house.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kordon.osint.vocabulary import fold

# Dozens arrested in one district are still one operation's; fifty or more, a campaign's.
_MANY_ARRESTED = 50
# Two cases counted are already more than one find.
_MANY_CASES = 2


@dataclass(frozen=True)
class TallyWords:
    """One language's words for tallies and for one concrete event."""

    period: re.Pattern[str]
    nationwide: re.Pattern[str]
    many_arrested: re.Pattern[str]
    many_cases: re.Pattern[str]
    one_event: re.Pattern[str]
    continued: re.Pattern[str]

    def tallies(self, sentence: str) -> bool:
        """True when a sentence's figures are summed over a period, a country or a crowd."""
        folded = fold(sentence)
        return (
            bool(self.period.search(folded) or self.nationwide.search(folded))
            or self.arrests_many(sentence)
            or self.counts_cases(sentence)
        )

    def arrests_many(self, sentence: str) -> bool:
        """True when the sentence tells of fifty or more people arrested."""
        return _counts(self.many_arrested, sentence, _MANY_ARRESTED)

    def counts_cases(self, sentence: str) -> bool:
        """True when the sentence counts cases, attempts or violations ("16 случаев", "57
        cəhdin qarşısı alınıb", "24 attempts to smuggle"): each one a find of its own."""
        return _counts(self.many_cases, sentence, _MANY_CASES)


def _counts(pattern: re.Pattern[str], sentence: str, least: int) -> bool:
    """True when the pattern's number (its first group that matched) is at least `least`."""
    for m in pattern.finditer(fold(sentence)):
        number = next(g for g in m.groups() if g)
        if int(re.sub(r"\D", "", number)) >= least:
            return True
    return False


@dataclass(frozen=True)
class Told:
    """What the text-level decision needs of one sentence."""

    text: str
    figures: bool  # the sentence holds a quantity
    goods: bool  # the sentence names goods
    aggregate: bool  # the sentence names a period's total ("cari il ərzində", "за месяц")
    place: bool  # the sentence names the place of a find
    lead: bool  # the first line: the title, or the lead sentence of a text without one


def _alternatives(forms: list[str]) -> str:
    return "|".join(fold(f).replace("~", r"\w*").replace(" ", r"\s+") for f in forms)


def _words(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{_alternatives(forms)})(?![^\W_])", re.IGNORECASE)


def _opening(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_alternatives(forms)})(?![^\W_])", re.IGNORECASE)


@cache
def tally_words(language: str) -> TallyWords:
    data = json.loads(
        resources.files("kordon.osint.languages").joinpath("tallies.json").read_text("utf-8")
    )[language]
    return TallyWords(
        period=_words(data["period"]),
        nationwide=_words(data["nationwide"]),
        many_arrested=re.compile(data["many_arrested"], re.IGNORECASE),
        many_cases=re.compile(data["many_cases"], re.IGNORECASE),
        one_event=_words(data["one_event"]),
        continued=_opening(data["continued"]),
    )


def tally_report(told: Sequence[Told], words: TallyWords) -> bool:
    """True when the report's figures are a tally: its lead, or the first sentence with a
    figure, sums a period's, a country's or many places' finds (or every figure does), and no
    sentence of its own tells of one find in one place, of one person, vehicle or house."""
    figured = [t for t in told if t.figures]
    if not figured:
        return _unmeasured_tally(told, words)

    # "Bundan başqa, Xocavənd rayonunun ... kəndi ərazisindən 243 qumbara ...": a sentence that
    # carries on a tally is part of it, however concrete its places.
    carried: set[int] = set()
    before = False
    for n, t in enumerate(told):
        if not t.figures:
            continue
        here = t.aggregate or words.tallies(t.text)
        if not here and before and words.continued.search(fold(t.text)):
            here = True
            carried.add(n)
        before = here

    def summed(t: Told) -> bool:
        return t.aggregate or words.tallies(t.text) or any(told[n] is t for n in carried)

    told_goods = [t for t in told if t.figures or t.goods]
    if any(words.one_event.search(fold(t.text)) for t in told_goods + _beside_finds(told, summed)):
        return False  # one find told beside the tally: its figures stay
    # "... müxtəlif vaxtlarda ölkəyə gətirdikləri tütün məmulatları ... məhv edilib", then the
    # figures: a tally that names the goods before any figure frames the figures that follow,
    # and the places beside them are the offices that made up the tally.
    framed = not told_goods[0].figures and summed(told_goods[0])
    if not framed and any(t.place for t in told_goods if not (t.lead or summed(t))):
        return False  # "Əraziyə baxış zamanı oradan 41 ədəd çətənə kolu": a find of its own
    leads = [t for t in told if t.lead] + figured[:1] + told_goods[:1]
    return any(summed(t) for t in leads) or all(summed(t) for t in figured)


def _beside_finds(told: Sequence[Told], summed: Callable[[Told], bool]) -> list[Told]:
    """The sentences next to a figure of its own that name neither goods nor a figure: "За два
    дня изъято 7320 пачек ... Задержана 38-летняя гражданка. Конфисковано 990 пачек": the
    person or boat of one find is often told in the sentence before or after its figure. A
    figure of the lead or of a period ("в чемоданах пассажиров" beside a month's amber) has
    no one find beside it."""
    own = {n for n, t in enumerate(told) if t.figures and not (t.lead or summed(t))}
    return [
        t for n, t in enumerate(told)
        if not (t.figures or t.goods or t.lead) and own & {n - 1, n + 1}
    ]  # fmt: skip


def _unmeasured_tally(told: Sequence[Told], words: TallyWords) -> bool:
    """ "Tbilisi, Acarıstan ... polis departamentlərinin əməkdaşları tərəfindən ... qanunsuz
    odlu silahlar ... ələ keçirilib", "88 nəfər həbs edilib ... odlu silahlar ... müsadirə
    edilib": a report with no figure at all, whose title or first sentence naming goods sums
    the operations of many regions or of a crowd of arrests, names the goods of many finds,
    not one find of its own. A district's month of arrests with drugs named ("yanvar ayı
    ərzində ... 46 nəfər saxlanılıb") is labelled as its finds: a period alone is not enough."""
    named = [t for t in told if t.goods]
    if not named or any(words.one_event.search(fold(t.text)) for t in named):
        return False
    leads = [t for t in told if t.lead] + named[:1]
    return any(
        words.nationwide.search(fold(t.text))
        or words.arrests_many(t.text)
        or words.counts_cases(t.text)
        for t in leads
    )
