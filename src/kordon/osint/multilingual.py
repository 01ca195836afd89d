"""From a Russian or Azerbaijani report to seizure records, with the same schema as English.

The steps are the English reader's: quantities and goods found per sentence, figures that add
up others dropped, findings grouped into one event per seizure and substance, then each event's
details read from its own sentence first and its neighbours after. The words come from the
language's data files (osint/languages/), so a language is added by writing its data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kordon.domain.quantity import QuantityUnit
from kordon.osint.amounts import find_amounts
from kordon.osint.apart import named_apart, weekday
from kordon.osint.calibres import blank_calibres
from kordon.osint.covers import cover_loads
from kordon.osint.findings import (
    CATCH,
    CURRENCY,
    POACHERS_GEAR,
    Event,
    Finding,
    as_antiquities,
    drop_totals,
    fold_headline_restatements,
    group_events,
    one_count_per_goods,
    without_everyday_load,
    without_sums_of_finds,
)
from kordon.osint.lexicon import (
    COUNTED,
    COVER_PRONE,
    FIGURE_RUN,
    GENERAL_GOODS,
    GOODS,
    KINDS,
    KNOWN_GOODS,
    NEVER_WEIGHED,
    PROHIBITED,
    UNSPECIFIED,
    WEIGHED_ONLY,
    Mention,
    as_animal_parts,
    as_counterfeit_money,
    as_weapon_makes,
    beside_drugs,
    count_unit_of,
    refine_kinds,
    without_shapes,
)
from kordon.osint.measures import measured_apart
from kordon.osint.multiples import combine_multiples
from kordon.osint.munitions import ordinary_sense
from kordon.osint.quantities import (
    DOSE_UNITS,
    FoundQuantity,
    Qualifier,
    without_filled_containers,
    without_loose_twins,
)
from kordon.osint.readings import (
    CONVEYANCE_ORDER,
    Found,
    find_cache,
    find_concealment,
    find_conveyance,
    find_cover_cargo,
    find_date,
    find_known_place,
    find_nationalities,
    find_place,
    find_place_name,
    find_route,
)
from kordon.osint.records import SeizureRecord
from kordon.osint.regional import Gazetteer, Named, gazetteer
from kordon.osint.report import MAX_FIGURES, Report, Sentence, too_many_figures
from kordon.osint.respectively import paired_in_order
from kordon.osint.shared_counts import counts_several_kinds
from kordon.osint.shared_units import with_shared_units
from kordon.osint.singles import singly_listed
from kordon.osint.sums import listed_sum, seized_sum
from kordon.osint.tallies import Told, tally_report, tally_words
from kordon.osint.vocabulary import PhraseTable, Vocabulary, fold, vocabulary

# Units a medicine is counted in.
# How far from a figure the goods it measures may be written.
_REACH = 90
# A recalled seizure: a date this many days or more before the report was published.
_OLD_DAYS = 30
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s]+(?=[«\"“(]?[A-ZА-ЯЁƏÖÜÇŞĞİ0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:тыс|млн|млрд|руб|г|гг|ул|им|т\.д|т\.е|см|стр)|\b[A-ZА-ЯЁƏ])\.$"
)
# The longest abbreviation with its stop, and more.
_ABBREVIATION_REACH = 8


def split_plain(body: str) -> list[Sentence]:
    """Sentences of a body written in Russian or Azerbaijani: each line is a paragraph."""
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in body.split("\n"):
        if line.strip():
            pieces: list[tuple[int, int]] = []
            start = 0
            for m in _SENTENCE_END.finditer(line):
                # Only the end of the line before the stop can hold the abbreviation: the
                # whole line searched at each stop would take time growing with its square.
                if _ABBREVIATION.search(line, max(0, m.start() - _ABBREVIATION_REACH), m.start()):
                    continue
                pieces.append((start, m.start()))
                start = m.end()
            pieces.append((start, len(line)))
            for s, e in pieces:
                text = line[s:e].strip()
                if text:
                    lead = len(line[s:e]) - len(line[s:e].lstrip())
                    a = offset + s + lead
                    sentences.append(Sentence(len(sentences), paragraph, a, a + len(text), text))
            paragraph += 1
        offset += len(line) + 1
    return sentences


def _language_of(text: str) -> str:
    """The supported language of a sentence by its script: Cyrillic Russian, else Azerbaijani."""
    cyrillic = len(re.findall(r"[А-Яа-яЁё]", text))
    latin = len(re.findall(r"[A-Za-zƏəÖöÜüÇçŞşĞğİı]", text))
    return "ru" if cyrillic >= latin else "az"


# A count of two or more before a word (not an age: "28 yaşlı", "28-летний").
_MANY_OF = re.compile(r"(?<![\d.,])(?:[2-9]|[1-9]\d+)\s+(?!yaşlı|летн|year)\w+")


class _Text:
    """One report's sentences with the words found in each, read with its language's data."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.sentences = split_plain(report.body)
        self.vocab: dict[int, Vocabulary] = {}
        self.gaz: dict[int, Gazetteer] = {}
        self.amounts: dict[int, list[FoundQuantity]] = {}
        self.mentions: dict[int, list[Mention]] = {}
        # The body with calibres blanked, as the readers of figures see it.
        self.blanked = blank_calibres(report.body)
        figures = 0
        for s in self.sentences:
            code = _language_of(s.text)
            v = self.vocab[s.index] = vocabulary(code)
            self.gaz[s.index] = gazetteer(code)
            amounts = [
                replace(q, start=q.start + s.start, end=q.end + s.start)
                for q in find_amounts(s.text, v)
            ]
            figures += len(amounts)
            if figures > MAX_FIGURES:
                raise too_many_figures()
            self.amounts[s.index] = _outermost(
                without_loose_twins(
                    report.body,
                    without_filled_containers(
                        report.body,
                        combine_multiples(amounts, report.body, s.start, s.end, v),
                    ),
                )
            )
            found = [
                Mention(name, a + s.start, b + s.start, s.text[a:b])
                for a, b, name in v.substances.finditer(blank_calibres(s.text))
                # "гранаты и хурму": pomegranates, not grenades.
                if name != "explosives" or not ordinary_sense(s.text, a, b)
            ]
            self.mentions[s.index] = without_shapes(
                as_animal_parts(
                    as_counterfeit_money(as_weapon_makes(found, s.text, s.start), s.text, s.start),
                    s.text,
                    s.start,
                ),
                s.text,
                s.start,
            )
        refined = iter(refine_kinds([m for s in self.sentences for m in self.mentions[s.index]]))
        for s in self.sentences:
            self.mentions[s.index] = [next(refined) for _ in self.mentions[s.index]]
        # "кокаин ... спрятан среди мешков с кофе": the coffee is where the find lay.
        cover = cover_loads(report.body, [m for ms in self.mentions.values() for m in ms])
        for i, ms in self.mentions.items():
            self.mentions[i] = [m for m in ms if m.start not in cover]
        self.aggregate = {s.index for s in self.sentences if self._aggregate(s)}
        self.aggregate |= {s.index for s in self.sentences if self._tallied(s)}
        self.aggregate |= self._continued_totals()
        self.aggregate |= self._totals_told_again()
        if self._national_tally() or self._tally_report():
            self.aggregate = {s.index for s in self.sentences}
        # Lines that break a total down are skipped like it, but are not totals themselves.
        self.parts = self._listed_under_totals()
        self.aggregate |= self.parts
        self.background = {s.index for s in self.sentences if self._background(s)}
        # A paragraph that opens on an earlier seizure tells of it to its end.
        self.paragraph_firsts = {s.paragraph: s for s in reversed(self.sentences)}
        opens = {
            p for p, s in self.paragraph_firsts.items()
            if p > 0 and (self._leads_back(s) or self._recalls(s))
        }  # fmt: skip
        self.background |= {s.index for s in self.sentences if s.paragraph in opens}
        # "Всего с начала года это уже пятый случай. Ранее ... изъято 11 кг героина, 7,5 кг
        # гашиша": earlier seizures listed right after a running total are its parts.
        self.parts |= {
            s.index for s in self.sentences
            if s.index in self.background and s.index - 1 in self.aggregate
            and self.sentences[s.index - 1].paragraph == s.paragraph
        }  # fmt: skip
        self.aggregate |= self.parts

    def _aggregate(self, s: Sentence) -> bool:
        v = self.vocab[s.index]
        if v.aggregate.search(fold(s.text)) and not self._one_find_recalled(s):
            return True  # a period's totals: not seizures
        if "%" in s.text or v.not_seizure.search(s.text):
            return True  # shares, and stocks destroyed: not seizures
        if v.spread_over_places.search(s.text):
            return True  # "в 40 регионах ... десятки тысяч патронов": summed over many places
        # "1 кг марихуаны стоит около 20 000 тенге": a price, not a seizure.
        return bool(v.price_words.search(s.text)) and not v.seizure_actions.search(s.text)

    def _one_find_recalled(self, s: Sentence) -> bool:
        """ "Ötən il polis Astarada sakindən 12 kq heroin götürmüşdü": a period's word in a
        sentence that recalls one person's find dates an earlier seizure, not a total."""
        v = self.vocab[s.index]
        return v.one_person.search(s.text) is not None and self._background(s) and not self._sums(s)

    def _tallied(self, s: Sentence) -> bool:
        """ "за минувшие сутки ... изъято свыше 10,3 кг наркотиков", "iki ay ərzində ... 13,5 ton
        kokain": a sentence whose figures are summed over a period or a series of operations is
        a total, unless it tells of one person, vehicle or house itself."""
        return bool(self.amounts[s.index]) and self._sums(s)

    def _sums(self, s: Sentence) -> bool:
        words = tally_words(_language_of(s.text))
        # "narkotik daşıyan 19 gəmini": vessels or people counted in twos or more are many.
        one = _MANY_OF.sub(" ", fold(s.text))
        # Places summed over are left to the text-level decision: "ФСБ России по Республике
        # Калмыкия" names a service, not a nationwide tally.
        summed = (
            words.period.search(fold(s.text))
            or words.arrests_many(s.text)
            or words.counts_cases(s.text)
        )
        return bool(summed) and not words.one_event.search(one)

    def _continued_totals(self) -> set[int]:
        """ "Cari ilin 1-ci rübündə ... 42 əməliyyat keçiriblər. Qanunsuz dövriyyədən 5 kiloqrama
        yaxın narkotik vasitə çıxarılıb": a figure that carries on a period's total, within two
        sentences of it in its paragraph and with no figure between, is part of that total."""
        carried: set[int] = set()
        for s in self.sentences:
            v = self.vocab[s.index]
            if s.index in self.aggregate or not self.amounts[s.index]:
                continue
            went_on = v.total_continued.finditer(s.text)
            # "у пассажиров": people named in the plural carry the total on; they are no one
            # person, though "пассажир~" alone would be.
            person = [
                p for p in v.one_person.finditer(s.text)
                if not any(a <= p[0] < b for a, b, _ in went_on)
            ]  # fmt: skip
            if not went_on or person:
                continue
            for back in (1, 2):
                i = s.index - back
                if i < 0 or self.sentences[i].paragraph != s.paragraph:
                    break
                if i in self.aggregate or self._sums(self.sentences[i]):
                    carried.add(s.index)
                    break
                if self.amounts[i]:
                    break
        return carried

    def _totals_told_again(self) -> set[int]:
        """ "За сутки полицейские изъяли 40 партий наркотиков. Общий вес изъятого составил около
        9 кг": a sentence opening on the total told again, right after a period's total in its
        paragraph (with a figure or not), is that total (as `_breakdowns_of_totals` reads
        English)."""
        return {
            s.index for s, before in zip(self.sentences[1:], self.sentences, strict=False)
            if before.paragraph == s.paragraph
            and self.vocab[s.index].total_again.match(fold(s.text)) is not None
            and (before.index in self.aggregate or self._sums(before))
        }  # fmt: skip

    def _national_tally(self) -> bool:
        """ "Dekabrın 17-də polis əməkdaşları ... 11 kiloqramdan artıq narkotik vasitə ...
        götürülüb": the police's finds of a day that name no place at all are a national
        tally, not one seizure; one that tells of a person ("32 yaşlı", "kənd sakini", "onun
        üzərindən") is one find, wherever it was."""
        actors = not self._one_find_told_alone() and any(
            self.vocab[s.index].tally_actors.search(s.text) for s in self.sentences
        )
        person = any(self.vocab[s.index].one_person.search(s.text) for s in self.sentences)
        # "8 şəhərdə həyata keçirilən əməliyyatlarda": a nationwide operation, unless the
        # report only recalls it ("Ранее сообщалось ... в 40 регионах").
        if not person and any(
            self.vocab[s.index].spread_over_places.search(s.text) and not self._background(s)
            for s in self.sentences
        ):
            return True
        return (
            actors
            and not person
            and not any(
                find_place(s.text, self.vocab[s.index], self.gaz[s.index])
                or find_known_place(s.text, self.gaz[s.index])
                for s in self.sentences
            )
        )

    def _one_find_told_alone(self) -> bool:
        """ "Полицейские изъяли 2 кг марихуаны.": a story told in one sentence that names
        only goods of a kind is one find; "14 кг наркотиков", drugs of no kind, sum a day's
        finds, and a tally of the police's work may run over sentences."""
        told = [s for s in self.sentences if not self._title(s)]
        return len(told) == 1 and all(
            m.canonical != UNSPECIFIED for m in self.mentions[told[0].index]
        )

    def _tally_report(self) -> bool:
        code = _language_of(self.report.body)
        told = [
            Told(
                s.text,
                figures=bool(self.amounts[s.index]),
                goods=bool(self.mentions[s.index]),
                aggregate=bool(self.vocab[s.index].aggregate.search(fold(s.text))),
                place=bool(self.mentions[s.index]) and self._names_place(s),
                lead=s.index == 0,
            )
            for s in self.sentences
        ]
        return tally_report(told, tally_words(code))

    def _names_place(self, s: Sentence) -> bool:
        v, gaz = self.vocab[s.index], self.gaz[s.index]
        return bool(find_place(s.text, v, gaz) or find_known_place(s.text, gaz))

    def _listed_under_totals(self) -> set[int]:
        """ "... предотвращено 1 352 факта, в том числе:" and the bulleted lines under it: the
        items of a list that breaks down a total are parts of the total, not seizures."""
        listed: set[int] = set()
        under = False
        for s in self.sentences:
            bulleted = re.match(r"\s*(?:[•●▪*\-–—]|\d{1,2}[.)])\s", s.text) is not None
            if under and bulleted:
                listed.add(s.index)
                continue
            under = s.index in self.aggregate and s.text.rstrip().endswith(":")
        return listed

    def _leads_back(self, s: Sentence) -> bool:
        """ "Ранее дагестанские таможенники пресекли ...": a sentence that opens on an earlier
        time tells of another seizure ("ранее судимый" inside a sentence does not)."""
        leads = self.vocab[s.index].background_lead
        opening = re.match(r"\W*(\w+(?:\s+\w+)?)", fold(s.text))
        if opening is None:
            return False
        return any(re.match(rf"{re.escape(w)}\b", opening[1]) for w in leads)

    def headline(self, s: Sentence) -> bool:
        """The title line or the lead sentence: where figures are rounded."""
        return s.paragraph == 0 or s.index <= 1

    def _recalls(self, s: Sentence) -> bool:
        """ "Qeyd edək ki, ... bir müddət əvvəl həyata keçirdikləri tədbirlərlə": a sentence
        naming an earlier operation; opening a paragraph, the paragraph tells of it."""
        return self.vocab[s.index].earlier_operation.search(s.text) is not None

    def _background(self, s: Sentence) -> bool:
        v = self.vocab[s.index]
        if any(recalls for _, _, recalls in v.background.finditer(s.text)):
            return True
        if self._leads_back(s):
            return True
        # "götürülmüşdü", "aşkar edilmişdi": the pluperfect tells of a seizure before the one
        # reported ("edilmişdir", the perfect of official releases, does not).
        if v.background_tense is not None and v.background_tense.search(fold(s.text)):
            return True
        published = self.report.published
        found = find_date(s.text, self.vocab[s.index], published, paragraph_start=False)
        if found is None or published is None or not re.search(r"(?:19|20)\d\d", found.evidence):
            return False
        return (published - date.fromisoformat(found.value)).days >= _OLD_DAYS

    def sole_drug(self) -> str | None:
        """The one specific drug or goods the report names in its own seizures, if only one.
        A title's word play ("Янтарь в бензине") may name goods the find was only hidden in:
        when the body names goods, the title's are not counted."""
        own = [
            (s, m) for s in self.sentences
            if s.index not in self.aggregate and s.index not in self.background
            for m in self.mentions[s.index]
            if m.canonical != UNSPECIFIED
        ]  # fmt: skip
        body = [(s, m) for s, m in own if not self._title(s)]
        names = {m.canonical for _, m in body or own}
        return names.pop() if len(names) == 1 else None

    def _title(self, s: Sentence) -> bool:
        """A title line: the first paragraph, one sentence long, with no closing stop."""
        if s.paragraph != 0 or s.text.rstrip().endswith((".", "!", "?")):
            return False  # the cheap tests first: the scan below is for a first line only
        return not any(o.paragraph == 0 for o in self.sentences if o is not s)


def _outermost(amounts: list[FoundQuantity]) -> list[FoundQuantity]:
    """Drop a figure inside another's span: "hər birinin çəkisi 113 qram olan 7 ədəd" is one
    weight, its count of units no find of its own."""
    return [
        q for q in amounts
        if not any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start
                   > q.end - q.start for o in amounts)
    ]  # fmt: skip


# The goods of the figures bound so far, by figure and sole drug, while the text's figures and
# goods stand as they are.
_Bound = dict[tuple[int, str | None], str | None]


def _bind(
    q: FoundQuantity, s: Sentence, text: _Text, sole: str | None, bound: _Bound
) -> str | None:
    """The goods a figure measures; pills are never a drug that is only ever weighed: "3,5 kq
    heroin və 420 ədəd həb" are pills of some other drug. A figure with no goods of its own
    takes those of the figures before it, so each is bound once and kept in bound: bound
    again for every later figure, a sentence of many figures would take time doubling with
    each one."""
    key = (id(q), sole)
    if key not in bound:
        goods = _bind_goods(q, s, text, sole, bound)
        if q.count_unit in DOSE_UNITS and goods in WEIGHED_ONLY:
            goods = UNSPECIFIED
        bound[key] = goods
    return bound[key]


def _bind_goods(
    q: FoundQuantity, s: Sentence, text: _Text, sole: str | None, bound: _Bound
) -> str | None:
    """The goods a figure measures: named right after it, else right before it, in its clause."""
    others = [o for o in text.amounts[s.index] if o is not q]
    lo = max([o.end for o in others if o.end <= q.start] + [s.start, q.start - _REACH])
    hi = min([o.start for o in others if o.start >= q.end] + [s.end, q.end + _REACH])
    body = text.report.body
    # "22 тонн эпимедиумной пасты под видом меда": the goods a load was passed off as are
    # not what the figure measures.
    mentions = [
        m for m in text.mentions[s.index]
        if not _DISGUISED_AS.search(body[max(s.start, m.start - 30) : m.start])
    ]  # fmt: skip
    if q.unit is not QuantityUnit.PIECES:
        # "Kolaşnikov avtomatı, üç ədəd bağlamada çəkisi 32 kiloqram ... narkotik vasitə": a
        # weight is never that of goods counted in pieces.
        mentions = [m for m in mentions if m.canonical not in NEVER_WEIGHED]
    if counts_several_kinds(body, q, [m for m in mentions if m.start < hi]):
        return None  # "3 тысячи единиц наушников и носков": a figure of neither
    inside = [m for m in mentions if q.start <= m.start < q.end]
    if text.vocab[s.index].head_last:
        # "12 ədəd ov tüfəngi patronu": the unit word that names goods heads the phrase.
        inside.sort(key=lambda m: m.end != q.end)
    right = [m for m in mentions if q.end <= m.start < hi]
    # Goods written just after an earlier figure are that figure's: "1 kq heroin, 1 kq X".
    ends = sorted(o.end for o in others)
    claimed = {m.start for m in mentions if _ends_within(ends, m.start - 25, m.start)}
    left = [m for m in mentions if lo <= m.start and m.end <= q.start and m.start not in claimed]
    # "героин весом 32 кг ... и гашиш", "(опий – около 24 кг, гашиш – 38,2 кг)": goods tied
    # to the figure by a weight word or a dash come first.
    between = [m for m in mentions if lo <= m.start and m.end <= q.start]
    tied = [m for m in between if _tied(text.report.body[m.end : q.start], text.vocab[s.index])]
    if tied and _opens_list(body[tied[-1].end : q.start], q, inside + right, body):
        tied = []  # "тайник с оружием: 5 гранат и 300 патронов": each figure names its own
    if tied and tied[-1].canonical != UNSPECIFIED:
        return tied[-1].canonical
    shared = _shared_dose_goods(q, others, mentions, text) if not right and not inside else None
    if shared is not None:
        return shared  # "1220 həb, 300 ampula dərman preparatları": both doses are medicines
    kinds = (
        _listed_kinds_goods(q, others, mentions, text, text.vocab[s.index].head_last)
        if not right and not inside
        else None
    )
    if kinds is not None:
        return kinds  # "74 ədəd 5.45 mm-lik, 3 ədəd 7.62 mm-lik avtomat patronu": both rounds
    misspelt = _misspelt_after(q, text, s) if not right else None
    if misspelt is not None:
        return misspelt  # "2 kq heroin və 568 qram metofitamin": not the heroin's
    for group in (inside, right, list(reversed(left))):
        specific = [m for m in group if m.canonical != UNSPECIFIED]
        listed = q.unit is QuantityUnit.PIECES and _comma_between(text.report.body, specific)
        if (
            len(specific) > 1
            and group is not inside
            and _joined(text.report.body, specific)
            and (not listed)
        ):
            if all(m.canonical in GOODS for m in specific):
                # "10 тонн сушеных ягод и фруктов": no drugs, so the goods named first head
                # the load; "drugs (unspecified)" never stands for goods.
                return specific[0].canonical
            return UNSPECIFIED  # "марихуаны и гашиша, в целом около 90 кг": a combined figure
        if group is right and _with_generic(text.report.body, group):
            return UNSPECIFIED  # "12 kiloqram 500 qramdan çox heroin və psixotrop maddələr"
        specific_names = [m.canonical for m in specific]
        if specific_names:
            return specific_names[0]
        if group:
            # "11 kq narkotik vasitə və 1000 ədəd metadon həbi": the one drug named has a
            # figure of its own, so the generic figure is not that drug.
            counted = any(
                m.canonical == sole and o.start <= m.start <= o.end + 40
                for m in mentions for o in others
            )  # fmt: skip
            # "2500 ədəd psixotrop həb" beside 12 kg of opium: pills are no weighed drug.
            pills = q.count_unit in DOSE_UNITS and sole in WEIGHED_ONLY
            return sole if sole and sole not in GOODS and not counted and not pills else UNSPECIFIED
    v = text.vocab[s.index]
    named_here = [_bind(o, s, text, sole, bound) for o in others if o.start < q.start]
    later = [m for m in text.mentions[s.index] if m.start > q.end]
    if any(named_here) and not later:
        # "в одном случае 300 кг наркотика ..., в другом — 285 кг": the same goods again.
        return next(n for n in reversed(named_here) if n)
    acts = v.seizure_actions.search(s.text) is not None
    weighed = _weight_word_before(text, q, s)
    # "общим весом 355,5 кг", "Общий вес товара составил 5 килограммов": a weight with no
    # goods named is the report's one drug or goods, but not in an earlier seizure recalled
    # ("Ранее ... более 22 тонн эпимедиумной пасты" is not the caviar the report is about).
    recalled = s.index in text.background
    return sole if sole and (acts or weighed) and not recalled else None


# "под видом меда", "коробках из-под бананов": goods a load was passed off as, or the goods
# its boxes once held.
_DISGUISED_AS = re.compile(
    r"(?:под\s+видом|из-под|disguised\s+as|(?:mis)?declared\s+as|passed\s+off\s+as)"
    r"\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"\s*(?:,|və|и|and)\s*", re.IGNORECASE)


def _shared_dose_goods(
    q: FoundQuantity, others: list[FoundQuantity], mentions: list[Mention], text: _Text
) -> str | None:
    """The goods named after the next dose count of a list, when this dose count names none:
    in "1220 həb, 300 ampula dərman preparatları" the pills are medicines too."""
    if q.count_unit not in DOSE_UNITS:
        return None
    after = [o for o in others if o.start >= q.end]
    if not after or after[0].count_unit not in DOSE_UNITS:
        return None
    nxt = after[0]
    if not _LIST_JOIN.fullmatch(text.report.body[q.end : nxt.start]):
        return None
    named = [m for m in mentions if 0 <= m.start - nxt.end <= 25 and m.canonical != UNSPECIFIED]
    return named[0].canonical if named else None


# What may stand between two counts of a list of kinds: the kind's make in quotes, its
# calibre (blanked) or a word naming it ("90 ədəd külmə və 3 ədəd çapaq balığı"), then
# a comma or "and".
_KIND_THEN_JOIN = re.compile(
    r"\s*(?:(?:«[^»]{1,30}»|\"[^\"]{1,30}\"|“[^”]{1,30}”|„[^“”]{1,30}[“”])\s*"
    r"|(?P<word>[^\W\d_][\w-]*\s*))?"
    r"(?P<join>,|və|и|and)\s*",
    re.IGNORECASE,
)


def _listed_kinds_goods(
    q: FoundQuantity, others: list[FoundQuantity], mentions: list[Mention], text: _Text,
    head_last: bool,
) -> str | None:  # fmt: skip
    """The goods named once after a list of counts of their kinds, for a count of the list that
    names only a make or a calibre: "4 ədəd "F1", 1 ədəd "RQ42" əl qumbaraları" are grenades,
    each figure a find of its own. The counts must be of one unit, one after another."""
    body = text.blanked
    after = sorted((o for o in others if o.start >= q.end), key=lambda o: o.start)
    end, worded = q.end, False
    for i, nxt in enumerate(after):
        pieces = nxt.unit is QuantityUnit.PIECES and q.unit is QuantityUnit.PIECES
        gap = _KIND_THEN_JOIN.fullmatch(body, end, nxt.start)
        if not pieces or gap is None:
            return None
        if any(end <= m.start < nxt.start for m in mentions):
            return None  # "1 ədəd patron darağı və 9 ədəd patron": goods of their own
        worded = worded or gap["word"] is not None
        stop = after[i + 1].start if i + 1 < len(after) else nxt.end + _REACH
        # The goods follow the last count's make or calibre, a few words on (its span may
        # reach over them: "3 ədəd 7.62 mm-lik avtomat patronu").
        named = [
            m for m in mentions
            if nxt.start <= m.start < min(stop, nxt.end + 40) and m.canonical != UNSPECIFIED
        ]  # fmt: skip
        if named:
            head = named[0]
            for m in named[1:]:
                # "avtomat patronu": the last word of an Azerbaijani compound heads it.
                if head_last and not body[head.end : m.start].strip():
                    head = m
            if worded and not _kind_named_last(gap["join"], named, head):
                return None
            return head.canonical
        end = nxt.end
    return None


def _kind_named_last(join: str, named: list[Mention], head: Mention) -> bool:
    """For kinds named by plain words, whether the list reads as one: its last count joined by
    "and" and naming a kind the vocabulary knows before the goods word ("90 ədəd külmə və 3
    ədəd çapaq balığı"), not goods listed on with commas ("4 ədəd avar, 51 ədəd sıf balığı"),
    gear before fish of a kind it does not know ("2 ədəd domca və 93 ədəd xramulya balığı") or
    a last count of bare goods ("1 ədəd daraq və 17 ədəd patron")."""
    kinds = [m for m in named if m is not head and m.canonical == head.canonical]
    return join.lower() != "," and bool(kinds)


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _misspelt_after(q: FoundQuantity, text: _Text, s: Sentence) -> str | None:
    """The drug a misspelt name written right after a weight stands for: the vocabulary's
    one-word name it is closest to. Goods other than drugs are not guessed at."""
    word = _NEXT_WORD.match(text.report.body, q.end, s.end)
    if word is None or q.unit is QuantityUnit.PIECES:
        return None
    value = text.vocab[s.index].substances.near(word.group(1))
    return value if value is not None and value not in GOODS else None


# Units that count goods of any kind: what they count is the goods even when the vocabulary does
# not name it ("36 top ... kabel", "30 baş ... mal-qara", "5 мешков ...").
_ANY_GOODS_UNITS = frozenset({"rolls", "heads", "sacks", "boxes", "pieces", "items"})
# Sacks, boxes, rolls and heads count goods, never drugs: beside drugs they are their packing.
_CONTAINERS = frozenset({"rolls", "heads", "sacks", "boxes"})
# A figure of containers the goods were found in ("в 5 коробках", "во 2 мешках").
_HELD_IN = re.compile(r"(?<![^\W\d_])(?:в|во)\s+$", re.IGNORECASE)
_HOLDING = re.compile(r"\s*,\s*(?:в|во|внутри)\s+котор", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PHRASE_STOP = re.compile(r"[,.;:()!?«»\"“”]|\d")


def _counted_goods(text: _Text, q: FoundQuantity, s: Sentence) -> str | None:
    """Goods the vocabulary does not name, counted in a seizure: the words a unit of any goods
    counts ("36 top müxtəlif ölçülü elektrik kabelləri"), read as the taxonomy class a word of
    them is a misspelling of, else as the taxonomy's widest class. A count of people, a sum of
    money or a tally has no such unit and is left alone."""
    v = text.vocab[s.index]
    if q.count_unit not in _ANY_GOODS_UNITS or not _seizes(s.text, v):
        return None
    body = text.report.body
    end = verb = s.end
    for start, _, _ in v.seizure_actions.finditer(s.text):
        if q.end <= s.start + start < verb:
            verb = s.start + start  # "5 kisə şəkər aşkar edilib": the goods end at the verb
    mentions = text.mentions[s.index]
    if any(q.end <= m.start < verb for m in mentions):
        return None  # goods the vocabulary names are counted before the verb: they are these
    stop = _PHRASE_STOP.search(body, q.end, verb)
    end = stop.start() if stop is not None else verb
    words = [w.group() for w in _WORD.finditer(body, q.end, end)]
    if words and v.count_closers.get(words[0]) is not None:
        return None  # "onların sayı 20 min ədəd olub": the goods were named before the count
    phrase = _goods_phrase(v, words)
    # A name ("Dövlət Sərhəd Xidməti"), a weight ("ümumi çəkisi") or a word in a case that
    # cannot head the phrase ("üzərlərində") is not goods; in a sentence naming drugs, counted
    # sacks and boxes are what the drugs were packed or hidden in.
    if (
        not phrase
        or any(w[:1].isupper() for w in phrase)
        or v.weight_words.search(" ".join(phrase)) is not None
        or v.oblique_word.search(fold(phrase[-1] if v.head_last else phrase[0]))
        or any(m.canonical not in GOODS for m in mentions)
    ):
        return None
    # "heyvan cəmdəkləri" where the vocabulary knows only "cəmdək": the head word first.
    for word in reversed(phrase) if v.head_last else phrase:
        near = v.substances.near(word)
        if near in GOODS:
            return near
    return GENERAL_GOODS


def _goods_phrase(v: Vocabulary, words: list[str]) -> list[str]:
    """The noun phrase of goods among the words after a count: up to a word that ends it (a
    conjunction, a conveyance), and without the participle clause that describes the goods
    ("57 karton yeşiklərə qablaşdırılan 2156 qutu": "qablaşdırılan" is no goods). A phrase
    whose head would be a participle names no goods at all."""
    phrase: list[str] = []
    for w in words:
        if v.phrase_stops.get(w) or v.conveyances.search(w) is not None:
            break
        if v.participle.search(fold(w)):
            if not v.head_last:
                break  # "мешков, упакованных в ...": the head came first
            phrase = []  # "... yazılan pirotexniki vasitələr": the head comes after it
            continue
        phrase.append(w)
    return phrase


def _ends_within(ends: list[int], lo: int, hi: int) -> bool:
    """Whether a figure of ends (sorted) ends from lo to hi."""
    i = bisect_left(ends, lo)
    return i < len(ends) and ends[i] <= hi


def _weighed(text: _Text, substance: str, bound: _Bound) -> bool:
    """True when the report weighs the drug (or drugs) it counts in wraps: "два свертка с
    наркотиками" and "опий весом 1,5 кг" later tell one find, whose count is its packing; "5
    büküm heroin" with no weight given is a count of doses."""
    sole = text.sole_drug()
    return any(
        q.unit is QuantityUnit.KG
        and (
            substance == UNSPECIFIED or _bind(q, s, text, sole, bound) in (substance, UNSPECIFIED)
        )
        for s in text.sentences if s.index not in text.aggregate
        for q in text.amounts[s.index]
    )  # fmt: skip


def _per_unit(q: FoundQuantity, s: Sentence, v: Vocabulary) -> bool:
    """True when the figure weighs one of several units: "каждая по 550 г", "hər biri 1
    litrlik"."""
    before = s.text[: q.start - s.start]
    return any(len(before) - end <= 3 for _, end, _ in v.per_unit.finditer(before))


def _measures(q: FoundQuantity, substance: str, v: Vocabulary) -> bool:
    """Boxes and packs count cigarettes, not drugs: "1997 kişmiş qutusundan" is cover load."""
    return not (q.count_unit in v.packaging_units and substance not in GOODS)


def _tied(between: str, vocab: Vocabulary) -> bool:
    """True when the words between goods and a figure bind them: "весом", "–", ":"."""
    gap = between.strip()
    if len(gap) > 30:
        return False
    if re.fullmatch(r"[-–—:(]\s*(?:[^\W\d_]+\s*)?", gap):
        return True  # "опий – около", "çətənə kolları (47 ədəd)"
    hit = vocab.weight_words.search(gap)
    return hit is not None and not gap[hit[1] :].strip(" ,")[:1].isalpha()


def _opens_list(gap: str, q: FoundQuantity, after: list[Mention], body: str) -> bool:
    """True when goods before a colon name a whole that the figure after it breaks down, the
    figure naming its own goods right after it: "a cache of arms: 5 grenades", "silah-sursat:
    8 qumbara"."""
    if not gap.strip().startswith(":"):
        return False
    return any(m.start <= q.end or not body[q.end : m.start].strip() for m in after)


def _joined(body: str, mentions: list[Mention]) -> bool:
    """True when two different goods are written as one pair: "опиума и гашиша"."""
    a, b = sorted(mentions[:2], key=lambda m: m.start)
    between = body[a.end : b.start].strip(' ,«»"“”')
    return a.canonical != b.canonical and between.lower() in ("", "и", "və", "или", "ya")


def _comma_between(body: str, mentions: list[Mention]) -> bool:
    """True when the first two goods are items of a list: "5 büküm heroin, marixuana" counts
    the heroin only."""
    if len(mentions) < 2:
        return False
    a, b = sorted(mentions[:2], key=lambda m: m.start)
    return "," in body[a.end : b.start]


def _with_generic(body: str, mentions: list[Mention]) -> bool:
    """True when the drug a figure names first is joined to a generic kind: "heroin və
    psixotrop maddələr", "героин и другие наркотики": one figure for both."""
    if len(mentions) < 2:
        return False
    a, b = sorted(mentions[:2], key=lambda m: m.start)
    between = body[a.end : b.start].strip(" ,").lower()
    return a.canonical != UNSPECIFIED and b.canonical == UNSPECIFIED and between in _AND_WORDS


_AND_WORDS = frozenset({"və", "и", "а также", "eləcə də", "həmçinin", "və digər", "и другие"})


def _findings(text: _Text) -> list[Finding]:
    sole = text.sole_drug()
    found: list[Finding] = []
    beside: list[Finding] = []
    named = [m for i, ms in text.mentions.items() if i not in text.aggregate for m in ms]
    for s in text.sentences:
        if s.index in text.aggregate:
            continue
        context = "background" if s.index in text.background else "primary"
        here: list[Finding] = []
        pending: FoundQuantity | None = None
        # "героин и кокаин массой 15 и 250 кг соответственно": figures paired in order.
        text.amounts[s.index], paired = paired_in_order(
            text.report.body, text.amounts[s.index], text.mentions[s.index]
        )
        # "5 и 7 кг героина": figures of one goods sharing a unit word.
        text.amounts[s.index] = with_shared_units(text.report.body, text.amounts[s.index])
        bound: _Bound = {}  # the text's figures stand as they are until the next sentence
        for q in text.amounts[s.index]:
            if _per_unit(q, s, text.vocab[s.index]):
                continue  # "две упаковки ... каждая по 550 г": the weight of one of them
            substance = (
                paired[q.start].canonical if q.start in paired else _bind(q, s, text, sole, bound)
            )
            unnamed = _counted_goods(text, q, s) if context == "primary" else None
            if unnamed is not None:
                substance = unnamed
            weight = None
            if (
                q.unit is QuantityUnit.PIECES and pending is not None and substance
                and _describes(text.report.body[pending.end : q.start])
            ):  # fmt: skip
                weight, pending = pending, None
            if substance is None and q.unit is QuantityUnit.KG:
                pending = q  # "4 kq 900 qram qablaşdırmada 7790 ədəd həb": the pills' weight
                continue
            if substance is None or not _measures(q, substance, text.vocab[s.index]):
                continue
            if substance in COVER_PRONE and len(q.text.split()) == 1 and not q.text[0].isdigit():
                continue  # "бутылка водки и килограмм чая": everyday goods with no figure
            if q.count_unit in _CONTAINERS and (
                substance == UNSPECIFIED
                or substance in KNOWN_GOODS - GOODS
                or any(m.canonical not in GOODS for m in text.mentions[s.index])
            ):
                continue  # "23 ящика с травкой", "119 kisə kartof" beside heroin: packing
            if q.count_unit in _CONTAINERS | {"packs"} and (
                _HELD_IN.search(text.report.body[: q.start])
                or _HOLDING.match(text.report.body, q.end)
            ):
                # "в 5 коробках из-под бананов обнаружено мясо", "20 упаковок, в которых
                # находилось ... марихуаны": where the goods were, not what was found.
                continue
            if (
                q.count_unit == "pieces" and substance in GOODS and substance not in COUNTED
                and any(m.canonical not in GOODS for m in text.mentions[s.index])
            ):  # fmt: skip
                continue  # "2 ədəd metal boru" beside the drugs: what they were used with
            if q.count_unit == "wraps" and (substance in GOODS or _weighed(text, substance, bound)):
                continue  # "32 свёртка ... общим весом 10,5 кг": the wraps pack the weight
            if q.count_unit == "plants" and substance == "cannabis herb":
                substance = "cannabis plants"  # "320 kol çətənə": plants counted are grown
            f = Finding(substance, s, context, position=q.start)
            if q.unit is QuantityUnit.KG:
                f.kg = q
            elif q.unit is QuantityUnit.PIECES:
                f.count, f.kg = q, weight
            else:
                f.litres = q
            here.append(f)
        found.extend(
            one_count_per_goods(_weighed_counts(here, text.report.body, text.vocab[s.index]))
        )
        acts = _seizes_here(text, s)
        listed = listed_sum(s.text) if acts and here else None
        if listed is not None and all(f.substance != CURRENCY for f in here):
            # "изъяли 5 кг героина и 40 тысяч долларов": the money is one more find.
            money = Finding(CURRENCY, s, context, position=s.start + listed)
            money.apart = True
            found.append(money)
        # "əvvəllər də məhkum olunmuş ... saxlanılıb": a past conviction told beside a
        # detention is no earlier find of the goods the sentence names.
        convicted = context == "background" and _CONVICTED.search(s.text) is not None
        if acts and not here and not convicted:
            alone = None if text.mentions[s.index] else seized_sum(s.text)
            if alone is not None:
                # "обнаружили в ручной клади 800 тысяч евро": money told by its sum alone.
                found.append(Finding(CURRENCY, s, context, position=s.start + alone))
            v = text.vocab[s.index]
            singly = singly_listed(text.mentions[s.index], v.code)
            for m in text.mentions[s.index]:
                # "narkotik tərkibli bitkilərin kultivasiyası ilə məşğul olan": a trade named,
                # not goods found.
                if v.activity.match(text.report.body, m.end):
                    continue
                # "20 kubmetr taxta materialları": measured, though in no unit a record holds,
                # so a find of its own beside other goods and their figures.
                measured = measured_apart(text.report.body, s.start, m.start, m.canonical)
                if measured or not beside_drugs(m, text.mentions[s.index], named):
                    finding = Finding(m.canonical, s, context, position=m.start)
                    finding.count = singly.get(m.start)
                    finding.singly = finding.count is not None
                    finding.apart = measured and finding.count is None
                    found.append(finding)
        elif here:
            beside.extend(_named_beside(text, s, here, context))
    found = _drop_rounded_leads(text, _named_only_without_figures(text, found) + beside)
    found = _drop_boxes_counted_again(text, found)
    return _drop_recalled_twins(_drop_gross_twins(_drop_restated_totals(text, found)))


def _drop_boxes_counted_again(text: _Text, found: list[Finding]) -> list[Finding]:
    """ "1755 коробок с сигаретами ... . 87 755 блоков сигарет ... перевозились как трубы": goods
    counted in boxes and counted again in a finer unit by the next sentence, which tells of no
    find of its own, are one find, given by the finer count (as `one_count_per_goods` keeps
    within one sentence)."""
    restated: set[int] = set()
    for k, f in enumerate(found):
        if f.count is None or f.kg is not None or f.count.count_unit != "boxes":
            continue
        for g in found:
            s = g.sentence
            if (
                g.substance == f.substance and g.count is not None and g.kg is None
                and s.index == f.sentence.index + 1 and s.paragraph == f.sentence.paragraph
                and g.count.count_unit != "boxes" and g.count.value > f.count.value
                and not _seizes(s.text, text.vocab[s.index])
            ):  # fmt: skip
                restated.add(k)
    return [f for k, f in enumerate(found) if k not in restated]


# How far from a generic figure ("4,37 кг наркотических веществ") the goods it covers are named.
_COVERED = 60
_CARRIED_WITH = re.compile(r"(?:\bс|\bсо|под видом|\bwith)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_CARGO_AFTER = re.compile(r"\s*(?:yük|qarışıq)", re.IGNORECASE)


_CONVICTED = re.compile(r"məhkum|осужд|ранее судим|convicted", re.IGNORECASE)


# A sentence opening on "this is", "these were", "there were", "among them" names what the one
# before it told of ("... три ящика с незадекларированными товарами. Там были аудиотехника,
# мобильные телефоны ... и одежда").
_CONTINUES = re.compile(
    r"\s*(?:это|these (?:are|were)|bunlar|там (?:были|был|была|находил\w*)|среди них"
    r"|among them|onların arasında)\b",
    re.IGNORECASE,
)


def _seizes_here(text: _Text, s: Sentence) -> bool:
    """True when the sentence tells of a seizure, or, opening on "это" ("these were"), goes
    on with the seizure the sentence right before it told of ("Также ... выявили товары ... .
    Это более 600 единиц толстовок"), in its paragraph or, as sites set each sentence apart,
    in the one before."""
    if _seizes(s.text, text.vocab[s.index]):
        return True
    before = text.sentences[s.index - 1] if s.index > 0 else None
    return (
        before is not None
        and before.paragraph >= s.paragraph - 1
        and _CONTINUES.match(s.text) is not None
        and _seizes(before.text, text.vocab[before.index])
    )


def _seizes(sentence: str, v: Vocabulary) -> bool:
    """True when the sentence tells of a seizure, not only of its purpose: "narkotik tərkibli
    bitkilərin aşkar edilməsi istiqamətində əməliyyat" seized nothing yet."""
    return any(
        not v.purpose.match(sentence[end : end + 40])
        for _, end, _ in v.seizure_actions.finditer(sentence)
    )


# "yaş kütləsi 300 kiloqramdan artıq, hündürlüyü 3 metrə qədər olan 753 ədəd ... çətənə bitkisi":
# a weight and a count of one find, described in one phrase; a conjunction between them, or a
# clause break, joins two finds.
_DESCRIBES = 60
_JOINS = re.compile(r"\b(?:və|и|and|а также|həmçinin|also)\b|[;:.]", re.IGNORECASE)


# Two Russian adjectives joined before their one noun ("невысушенной и высушенной марихуаны")
# describe one goods; the "и" joins no second find.
_ADJECTIVES_JOINED = re.compile(
    r"\w+(?:ой|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ого|его)\s+и\s+\w+(?:ой|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ого|его)\b",
    re.IGNORECASE,
)


def _describes(between: str) -> bool:
    """Whether the words between a weight and a count describe one find."""
    return len(between) <= _DESCRIBES and not _JOINS.search(_ADJECTIVES_JOINED.sub(" ", between))


def _weighed_counts(here: list[Finding], body: str, v: Vocabulary) -> list[Finding]:
    """ "ümumi çəkisi 1 ton 152 kiloqram olan 192 çətənə kolu", "30 ədəd çətənə kolu (ümumi
    çəkisi 15 kq)": a weight written right before a count of the same goods, or in brackets
    right after it, is that count's weight, one find."""
    kept: list[Finding] = []
    for f in here:
        prev = kept[-1] if kept else None
        if (
            prev is not None and f.count is not None and f.kg is None
            and prev.kg is not None and prev.count is None and prev.substance == f.substance
            and f.count.start >= prev.kg.end and _describes(body[prev.kg.end : f.count.start])
        ):  # fmt: skip
            f.kg = prev.kg
            kept[-1] = f
            continue
        if (
            prev is not None and f.kg is not None and f.count is None
            and prev.count is not None and prev.kg is None and prev.substance == f.substance
            and 0 <= f.kg.start - prev.count.end <= 30
            and "(" in body[prev.count.end : f.kg.start]
        ):  # fmt: skip
            prev.kg = f.kg
            continue
        if (
            prev is not None and f.kg is not None and f.count is None
            and prev.count is not None and prev.kg is None and _one_goods(prev, f)
            and prev.count.count_unit not in DOSE_UNITS and f.kg.start >= prev.count.end
            and _describes(body[prev.count.end : f.kg.start])
            and v.weight_words.search(body[prev.count.end : f.kg.start])
        ):  # fmt: skip
            between = body[prev.count.end : f.kg.start]
            if not _listed_counts(kept, body) or not _TOGETHER.search(between):
                prev.kg = f.kg  # "2 137 тюков с товарами ... общим весом около 100 тонн"
            else:
                prev.listed_weight = f.kg
            # "668 пуль и 30 гильз общим весом 8,2 кг": the weight of all the counts listed
            # before it, no find of its own and not the last count's; a weight not said to be
            # the total ("три банки икры и 54 банки филе осетра весом 40 кг") is the last's.
            continue
        kept.append(f)
    return kept


def _one_goods(counted: Finding, weighed: Finding) -> bool:
    """Whether a weight told after a count weighs the counted goods: the same goods, or
    cannabis counted in bushes and weighed as the herb they yield ("144 куста марихуаны общим
    весом 240 кг" is one find of plants, counted and weighed, as the labels keep it)."""
    if counted.substance == weighed.substance:
        return True
    return counted.substance in _CANNABIS_GROWN and weighed.substance == "cannabis herb"


def _listed_counts(kept: list[Finding], body: str) -> bool:
    """True when the last finding kept is a count listed right after another count in its
    sentence ("668 пуль и 30 гильз", "2 ədəd tapança, 40 ədəd patron")."""
    if len(kept) < 2:
        return False
    a, b = kept[-2], kept[-1]
    if a.count is None or b.count is None or a.kg is not None:
        return False
    if a.sentence.index != b.sentence.index or a.count.end > b.count.start:
        return False
    between = body[a.count.end : b.count.start]
    return (
        len(between) <= 40
        and _JOIN_WORD.search(between) is not None
        and not any(ch in between for ch in ".;:()")
    )


# Words that make a weight the total of what was listed before it.
_TOGETHER = re.compile(r"общ\w*|суммарн\w*|ümumi|total|combined|together", re.IGNORECASE)
_JOIN_WORD = re.compile(r",|(?<![^\W\d_])(?:и|və|and)(?![^\W\d_])", re.IGNORECASE)


_CANNABIS_GROWN = frozenset({"cannabis plants", "cannabis seedlings"})


def _catch_beside_gear(goods: str, counted: set[str]) -> bool:
    """ "1 ədəd rezin qayıq, 2 ədəd avar ... və ovladığı balıqlar": the catch named beside
    nothing but the poachers' counted gear is what they were caught with."""
    return goods in CATCH and bool(counted) and counted <= POACHERS_GEAR


def _named_beside(text: _Text, s: Sentence, here: list[Finding], context: str) -> list[Finding]:
    """ "“Kalaşnikov” markalı avtomat ... və 1089 ədəd patron", "7 kq heroin, 5 kq metamfetamin
    və əlavə olaraq marixuana": drugs and weapons seized in the same sentence as counted goods,
    with no figure of their own, are a find of their own."""
    counted = {f.substance for f in here}
    generic = [f.position for f in here if f.substance == UNSPECIFIED]
    figures = sorted(q.start for q in text.amounts[s.index])
    named: list[Finding] = []
    body = text.report.body
    mentions = text.mentions[s.index]
    for k, m in enumerate(mentions):
        canonical = m.canonical
        if canonical == "seeds" and counted & _CANNABIS_GROWN:
            # "44 ədəd çətənə bitkisinin şitilləri və həmin narkotik vasitənin toxumları":
            # seeds found with cannabis plants are cannabis seeds, a find of their own.
            canonical = "cannabis seeds"
        # "külli miqdarda narkotik vasitə", "çox sayda psixotrop həb": goods whose amount the
        # report tells only in words are a find of their own, even drugs named generically
        # beside a figure of other (or other generic) drugs.
        lead = max(s.start, m.start - 30)
        said = _AMOUNT_IN_WORDS.search(body[lead : m.start])
        # "32 kiloqram 270 qram külli miqdarda narkotik vasitə": the words restate a figure.
        told = said is not None and not any(
            0 <= lead + said.start() - q.end <= 3 for q in text.amounts[s.index]
        )
        # "4 ədəd dəzgah və 20 kubmetr taxta materialları": goods measured in a unit no record
        # holds have a figure of their own.
        measured = measured_apart(body, s.start, m.start, canonical)
        told = told or measured
        if (canonical == UNSPECIFIED or canonical in counted) and not told:
            continue
        if (
            canonical in GOODS
            and canonical not in PROHIBITED
            and not _catch_beside_gear(canonical, counted)
            and not measured
        ):
            continue  # "бутылка водки" beside "7 кг марихуаны": duty goods need a figure
        if _CARRIED_WITH.search(body[max(s.start, m.start - 12) : m.start]) or _CARGO_AFTER.match(
            body, m.end
        ):
            continue  # "в грузовике с алкогольной продукцией": what the goods travelled with
        # "“Kalaşnikov” avtomatına": a make in quotes takes the case of the word after it.
        owner = mentions[k + 1] if k + 1 < len(mentions) else None
        if owner is not None and not _QUOTED_BEFORE.fullmatch(body[m.end : owner.start]):
            owner = None
        if _oblique(text.vocab[s.index], m) or (
            owner is not None and _oblique(text.vocab[s.index], owner)
        ):
            continue  # "“Kalaşnikov” avtomatına məxsus daraq": the owner of what was taken
        if not told and any(_covers(at, m.start, figures) for at in generic):
            continue  # "4,37 кг наркотических веществ "гашиш" и "опий"": the figure covers them
        if any(m.start <= f.position <= m.end + _REACH for f in here if f.substance == canonical):
            continue
        if any(f.main is not None and f.main.start <= m.start < f.main.end for f in here):
            continue  # "12 ədəd ov tüfəngi patronu": a word inside the counted goods' name
        if any(
            f.main is not None and f.main.end <= m.start
            and re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?", body[f.main.end : m.start])
            for f in here
        ):  # fmt: skip
            continue  # "57 kol çətənə", "450 koldan çox çətənə": the goods the figure counts
        counted.add(canonical)
        finding = Finding(canonical, s, context, position=m.start, apart=told)
        named.append(finding)
    return named


_QUOTED_BEFORE = re.compile(r"\s*[”\"»']\s*")
# An amount told in words, not figures, right before the goods: "külli miqdarda", "çox sayda",
# "большое количество", "крупную партию".
_AMOUNT_IN_WORDS = re.compile(
    r"(?:(?:külli|xeyli|böyük|çoxlu)\s+miqdarda|(?:çox|çoxlu)\s+sayda"
    r"|(?:больш|значительн|огромн)\w*\s+количеств\w*|крупн\w+\s+парти\w+)\s*$",
    re.IGNORECASE,
)


def _oblique(v: Vocabulary, m: Mention) -> bool:
    """Whether goods are named in a case that cannot be a find's own (a dative, a genitive)."""
    ending = v.substances.endings(m.text)
    return bool(ending) and v.oblique_case.search(ending[0]) is not None


def _covers(figure: int, named: int, figures: list[int]) -> bool:
    """Whether a generic figure covers goods named near it: just before it ("марихуаны и
    гашиша, в целом около 90 кг"), or after it with no other figure between ("3 kiloqrama
    yaxın narkotik vasitə heroin, marixuana, tiryək və ... metamfetamin")."""
    if named < figure:
        return figure - named <= _COVERED
    return named - figure <= 2 * _COVERED and not any(figure < f < named for f in figures)


def _drop_gross_twins(found: list[Finding]) -> list[Finding]:
    """ "1515 кг ... общей массой с упаковкой 1750 кг": the gross weight of the same find."""
    return [
        f for f in found
        if not (f.main is not None and f.main.qualifier is Qualifier.GROSS and any(
            g is not f and g.sentence.index == f.sentence.index and g.substance == f.substance
            and g.main is not None and g.main.qualifier is not Qualifier.GROSS for g in found))
    ]  # fmt: skip


def _drop_recalled_twins(found: list[Finding]) -> list[Finding]:
    """ "Ранее сообщалось ... 1,7 тонн": a report recalling the seizure it reports is not an
    earlier seizure."""
    primary = [f.main for f in found if f.context == "primary" and f.main is not None]
    return [
        f for f in found
        if not (f.context == "background" and f.main is not None and any(
            p.unit is f.main.unit
            and abs(p.value - f.main.value) <= max(p.tolerance, f.main.tolerance, 0.02 * p.value)
            for p in primary))
    ]  # fmt: skip


def _drop_restated_totals(text: _Text, found: list[Finding]) -> list[Finding]:
    """A figure that restates a yearly or operation total ("40 milyona yaxın" for "39,9 milyon
    ... 9 ayı ərzində") is that total, not a record."""
    totals = [q for i in text.aggregate - text.parts for q in text.amounts[i]]
    bound: _Bound = {}
    goods_of = {
        id(q): _bind(q, text.sentences[i], text, None, bound)
        for i in text.aggregate - text.parts for q in text.amounts[i]
    }  # fmt: skip
    kept = []
    for f in found:
        q = f.main
        restates = q is not None and any(
            t.unit is q.unit
            and abs(t.value - q.value) <= max(q.tolerance, t.tolerance, 0.02 * t.value)
            and _may_restate(f.substance, goods_of[id(t)], t)
            for t in totals
        )
        if not restates and not _breaks_down(f, found, totals):
            kept.append(f)
    return kept


def _may_restate(substance: str, total_goods: str | None, total: FoundQuantity) -> bool:
    """ "10 ədəd qumbara" of one find and "10 ədəd ... tüfəng" of a day's national figures:
    a count restates a total only of the same goods (or of goods the total does not name)."""
    if total.unit is not QuantityUnit.PIECES or total_goods is None:
        return True
    return total_goods == substance or substance in KINDS.get(total_goods, ())


def _breaks_down(f: Finding, found: list[Finding], totals: list[FoundQuantity]) -> bool:
    """ "25,4 kiloqramdan artıq ... respublika ərazisində" then "1,8 kq heroin, 22,5 kq
    marixuana və 1,2 kq metamfetamin": a sentence of figures that add up to a total over
    many finds is that total's breakdown, not seizures."""
    q = f.main
    if q is None:
        return False
    # Figures of other kinds beside them ("həmçinin ... 23 ədəd çətənə kolu") are not parts.
    parts = [
        g.main for g in found
        if g.sentence.index == f.sentence.index and g.main is not None and g.main.unit is q.unit
    ]  # fmt: skip
    if len(parts) < 2:
        return False
    whole = sum(p.value for p in parts)
    slack = sum(p.tolerance for p in parts)
    for t in totals:
        if t.unit is not q.unit:
            continue
        if t.qualifier is Qualifier.MORE_THAN:
            # "25,4 kiloqramdan artıq": the parts reach the figure and a little over it.
            if 0 <= whole - t.value <= 0.05 * t.value + slack:
                return True
        elif abs(whole - t.value) <= t.tolerance + slack:
            return True
    return False


def _named_only_without_figures(text: _Text, found: list[Finding]) -> list[Finding]:
    """Goods named without a figure are a record only in a report that gives no figure:
    "бутылка водки" beside "7 кг марихуаны" is not a seizure of its own. Drugs and weapons
    seized from someone else in a paragraph of their own are ("Şəxsi axtarış zamanı ondan
    heroin aşkar edilib", "Bu şəxslərdən külli miqdarda heroin və metamfetamin aşkar
    edilib")."""
    figures = {f.context for f in found if f.main is not None and not f.singly}
    return [
        f for f in found
        if f.main is not None or f.context not in figures or _found_apart(text, f, found)
    ]  # fmt: skip


# Goods a sentence names that make it a list of finds, not goods carried beside one.
_LISTED_GOODS = 3


def _found_apart(text: _Text, f: Finding, found: list[Finding]) -> bool:
    if f.substance == CURRENCY and f.apart:
        return True  # "5 kq heroin və 40 min dollar": a sum listed with figured goods, anywhere
    if f.context != "primary" or f.substance == UNSPECIFIED or text.headline(f.sentence):
        return False
    if f.apart:
        return True  # "külli miqdarda heroin", "20 kubmetr taxta": an amount of their own
    if f.substance == CURRENCY and _sum_told(text, f.sentence):
        return True  # "вывоз валюты в сумме 9800 долларов США": money told by its sum
    paragraph = f.sentence.paragraph
    counted = {
        g.substance for g in found if g.main is not None and g.sentence.paragraph == paragraph
    }
    # "27 августа ... задержали «Спринтер». В грузовике обнаружили ... одежду, посуду ... и
    # медицинские препараты", then "На следующий день ... 5 тыс. литров дизельного топлива":
    # a list of goods seized in a paragraph of its own, which counts nothing, is a find of its
    # own (one good named beside the find is what was carried with it: money, a phone).
    if (
        f.substance in GOODS and not counted and _seizes_here(text, f.sentence)
        and len({m.canonical for m in text.mentions[f.sentence.index]}) >= _LISTED_GOODS
    ):  # fmt: skip
        return True
    if f.substance in GOODS and f.substance not in PROHIBITED:
        return False
    # "silah-sursat tapılması barədə məlumat ... 1 ədəd avtomat və 17 ədəd patron": a kind
    # named without a figure is the find whose goods of that kind are counted.
    kinds = KINDS.get(f.substance, frozenset())
    if any(g.main is not None and g.context == "primary" and g.substance in kinds for g in found):
        return False
    if any(_compatible(c, f.substance) for c in counted):
        return False
    # "evindən aşkar edilən marixuananı əkdiyi çətənə kollarını qurudandan sonra": a sentence
    # naming the paragraph's counted goods tells of that find. A weapon is never part of a
    # drug find: "narkotik tərkibli bitkinin qorunması üçün istifadə olunan ov tüfəngi".
    if f.substance in GOODS:
        return True
    return not any(m.canonical in counted for m in text.mentions[f.sentence.index])


# A figure and the two words after it: "9800 долларов", "15 000 ABŞ dolları".
_FIGURE_THEN_WORDS = re.compile(rf"{FIGURE_RUN}([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _sum_told(text: _Text, s: Sentence) -> bool:
    """Whether a sentence writes a sum of money: the set gives currency no quantity, but a sum
    told makes money seized beside counted goods a find of its own, as in English reports."""
    words = text.vocab[s.index].money_words
    return any(words.get(w) for m in _FIGURE_THEN_WORDS.finditer(s.text) for w in m.groups() if w)


def _compatible(a: str, b: str) -> bool:
    return a == b or UNSPECIFIED in (a, b)


# How far a weight word may stand before the figure it introduces: "общим весом 355,5 кг",
# "Общий вес деликатеса составил почти 40 кг".
_WEIGHT_REACH = 12
_WEIGHT_CLAUSE = 60
_CLAUSE_BREAK = re.compile(r"[\d,;:()]")


def _weight_word_before(text: _Text, q: FoundQuantity, s: Sentence) -> bool:
    """Whether a weight word introduces the figure: right before it, or as the subject of
    the clause that states it, with no other figure or clause break between."""
    body = text.report.body
    for _, e, _ in text.vocab[s.index].weight_words.finditer(s.text):
        gap = q.start - (s.start + e)
        if 0 <= gap <= _WEIGHT_REACH or (
            0 <= gap <= _WEIGHT_CLAUSE and not _CLAUSE_BREAK.search(body[s.start + e : q.start])
        ):
            return True
    return False


def _drop_rounded_leads(text: _Text, found: list[Finding]) -> list[Finding]:
    """A headline's figure that rounds one in the body ("8 kq" for 8 kq 800 q) is that one;
    one the body corrects ("430 кг красной икры" in the lead, "Общий вес деликатеса составил
    почти 40 кг" below) is dropped for the body's weighed figure of the find."""
    kept = []
    for f in found:
        q = f.main
        if q is not None and text.headline(f.sentence) and _corrected(text, f, found):
            continue
        if q is not None and text.headline(f.sentence):
            body = [
                g.main for g in found
                if g is not f and g.main is not None and not text.headline(g.sentence)
                and g.substance in (f.substance, UNSPECIFIED) and g.main.unit is q.unit
            ]  # fmt: skip
            # "8 kq" in a title for 8 kq 800 q: titles round, and often round down; "Более 50
            # килограммов" in the lead for 57 kg below rounds down under "more than".
            if any(abs(b.value - q.value) <= 2 * q.tolerance for b in body):
                continue
            # A generic "20 kiloqramdan çox narkotik vasitə" rounds a named drug's 23 kg.
            drugs = [
                g.main for g in found
                if g is not f and g.main is not None and not text.headline(g.sentence)
                and f.substance == UNSPECIFIED and g.substance not in GOODS
                and g.main.unit is q.unit
            ]  # fmt: skip
            if any(_rounded_down_under(q, b.value) for b in body + drugs):
                continue
        kept.append(f)
    return kept


def _rounded_down_under(lead: FoundQuantity, value: float) -> bool:
    """Whether a lead's "more than N" is a figure below it rounded down to N's last digit
    ("более 50" for 57, not for 75), within a quarter of N."""
    if lead.qualifier is not Qualifier.MORE_THAN or lead.value <= 0:
        return False
    place = 1.0
    while place * 10 <= lead.value and lead.value % (place * 10) == 0:
        place *= 10
    return 0 < value - lead.value < min(place, 0.25 * lead.value)


def _corrected(text: _Text, f: Finding, found: list[Finding]) -> bool:
    """Whether the body weighs the headline's one find again, with another figure: the one
    body figure of the same goods and measure, introduced by a weight word."""
    q = f.main
    assert q is not None
    body = [
        g for g in found
        if g is not f and g.main is not None and not text.headline(g.sentence)
        and g.context == f.context and g.substance == f.substance and g.main.unit is q.unit
    ]  # fmt: skip
    if len(body) != 1 or q.unit is not QuantityUnit.KG:
        return False
    g = body[0]
    assert g.main is not None
    # "Общий вес деликатеса составил почти 40 кг": the body weighs the find it has told of
    # without naming the goods again; a figure naming them may be another find.
    return (
        abs(g.main.value - q.value) > 2 * q.tolerance
        and not text.mentions[g.sentence.index]
        and _weight_word_before(text, g.main, g.sentence)
    )


# "Изъятая конопля весила 40 кг", "экспертизы", "Götürülən çətənə": a sentence that weighs
# the goods already seized, not a new find.
_WEIGHS_THE_SEIZED = re.compile(
    r"(?:изъят|обнаруженн|найденн)(?:ая|ое|ый|ые|ую|ой|ых)\b|экспертиз\w*|"
    r"götürülən|aşkarlanan|aşkar\s+edilən|ekspertiza\w*",
    re.IGNORECASE,
)


def _plants_weighed_next(found: list[Finding]) -> list[Finding]:
    """ "обнаружено 4500 кустов конопли. Согласно заключению экспертизы изъятое растение весило
    974 кг": cannabis bushes counted in one sentence and the seized plants weighed in the next
    are one find, counted and weighed, as "144 куста ... общим весом 240 кг" is."""
    kept: list[Finding] = []
    for f in found:
        prev = kept[-1] if kept else None
        if (
            prev is not None and prev.substance in _CANNABIS_GROWN
            and prev.count is not None and prev.kg is None
            and f.substance == "cannabis herb" and f.kg is not None and f.count is None
            and f.context == prev.context
            and f.sentence.index == prev.sentence.index + 1
            and _WEIGHS_THE_SEIZED.search(f.sentence.text) is not None
        ):  # fmt: skip
            prev.kg = f.kg
            continue
        kept.append(f)
    return kept


def extract_multilingual(report: Report) -> list[SeizureRecord]:
    """The seizure records of a report written in Russian or Azerbaijani."""
    text = _Text(report)
    if not text.sentences:
        return []
    found = as_antiquities(
        without_everyday_load(_findings(text), lambda s: _seizes_here(text, s)), report.body
    )
    found = _plants_weighed_next(without_sums_of_finds(found))
    events = group_events(drop_totals(found), lambda a, b: _told_apart(text, a, b))
    events = fold_headline_restatements(events, text.headline)
    return [_record(text, e, events) for e in events]


def _told_apart(text: _Text, a: Sentence, b: Sentence) -> bool:
    """Whether a sentence names another place, conveyance, date or day than another."""

    def readings(s: Sentence) -> tuple[object | None, ...]:
        vocab, gaz = text.vocab[s.index], text.gaz[s.index]
        found = (
            find_place(s.text, vocab, gaz),
            find_conveyance(s.text, vocab),
            find_date(s.text, vocab, text.report.published, paragraph_start=False),
        )
        return (*(f.value if f else None for f in found), weekday(s.text))

    return named_apart(zip(readings(a), readings(b), strict=True))


def _window(text: _Text, event: Event, events: list[Event]) -> list[Sentence]:
    """The sentences to read an event's details from: its own, its paragraph's, then the rest."""
    own = sorted(event.sentences)
    if event.first.context == "background":
        return [text.sentences[i] for i in own]
    taken = {i for e in events if e is not event for i in e.sentences} - set(own)
    skip = taken | text.aggregate | text.background
    paragraphs = {text.sentences[i].paragraph for i in own}
    rest = [s for s in text.sentences if s.index not in skip and s.index not in own]
    rest.sort(key=lambda s: (s.paragraph not in paragraphs, min(abs(s.index - i) for i in own)))
    return [text.sentences[i] for i in own] + rest


def _record(text: _Text, event: Event, events: list[Event]) -> SeizureRecord:
    f = event.first
    record = SeizureRecord(context=f.context, substance=f.substance)
    if f.kg is not None:
        record.quantity_kg = f.kg.value
    if f.count is not None:
        record.quantity_count = f.count.value
        record.count_unit = count_unit_of(f.count.count_unit, f.substance)
    if f.litres is not None:
        record.quantity_litres = f.litres.value
    if f.main is not None:
        record.quantity_qualifier = f.main.qualifier.value
    window = _window(text, event, events)
    spans: dict[str, str] = {}

    def first(name: str, read: object) -> Found | None:
        for s in window:
            found = read(s)  # type: ignore[operator]
            if found is not None:
                spans[name] = found.evidence
                return found  # type: ignore[no-any-return]
        return None

    published = text.report.published
    starts = {s.index for s in text.paragraph_firsts.values()}
    date_found = first(
        "date",
        lambda s: find_date(
            s.text, text.vocab[s.index], published, paragraph_start=s.index in starts
        ),
    )
    record.date = date_found.value if date_found else None
    place = (
        first("place", lambda s: find_place(s.text, text.vocab[s.index], text.gaz[s.index]))
        or _place_described_before(text, event, events, spans)
        or first("place", lambda s: find_place_name(s.text, text.gaz[s.index]))
    )
    if place is None and f.context == "primary":
        # "Həmçinin evdən 2 kiloqram marixuana tapılıb": a second find of the same search
        # is where the find before it was, though that sentence is the other find's.
        place = _place_nearby(text, event, spans)
    record.place = place.value if place else None
    own = text.sentences[min(event.sentences)]
    near = f.position - own.start
    conveyance = find_conveyance(own.text, text.vocab[own.index], near) or _most_telling(
        [find_conveyance(s.text, text.vocab[s.index]) for s in window]
    )
    if conveyance is not None and _generic_car(text, own, conveyance):
        conveyance = _named_heavier(text, window, own) or conveyance
    if conveyance is not None and conveyance.value == "vessel":
        conveyance = _container_aboard(text, window) or conveyance
    if conveyance is None:
        conveyance = _airport_passenger(window)
    if conveyance is not None:
        record.conveyance = conveyance.value
        spans["conveyance"] = conveyance.evidence
    found = _concealment(text, event, window, spans)
    if found is None and f.context == "primary":
        found = _concealment_carried(text, event, spans)
    record.concealment = found.value if found else None
    found = first(
        "cover_cargo",
        lambda s: find_cover_cargo(s.text, text.vocab[s.index], record.substance),
    )
    record.cover_cargo = found.value if found else None
    _read_route(text, window, record, spans)
    for s in window:
        codes = find_nationalities(s.text, text.vocab[s.index], text.gaz[s.index])
        if codes:
            record.offender_nationality = codes
            spans["offender_nationality"] = s.text
            break
    taken = {i for e in events if e is not event for i in e.sentences}
    _read_agency_and_country(text, window, record, spans, taken)
    # "груз следовал транзитом", "tranzit": goods passing through were bound elsewhere, though
    # they came into the seizing country.
    # Told of the find in its own paragraph, not in a paragraph of background on the trade.
    paragraphs = {text.sentences[i].paragraph for i in event.sentences}
    onward = any(
        text.vocab[s.index].onward.search(s.text) for s in window if s.paragraph in paragraphs
    )
    if record.destination_country is None and record.context == "primary" and not onward:
        # "пытались провезти в нашу страну", "ölkəyə gətirilməsi": into the seizing country.
        _bound_for_home(text, window, record, spans, lambda v: v.into_country)
    abroad = record.origin_country is not None and record.origin_country != record.country
    if record.destination_country is None and abroad and not onward:
        # "Ekvadordan gələn gəmidə", "груз прибыл из Колумбии": goods that came from abroad to
        # where they were seized were bound for that country.
        _bound_for_home(text, window, record, spans, lambda v: v.arrived)
    record.evidence = " ".join(text.sentences[i].text for i in sorted(event.sentences))
    record.field_evidence = spans
    return record


def _bound_for_home(
    text: _Text,
    window: list[Sentence],
    record: SeizureRecord,
    spans: dict[str, str],
    cue: Callable[[Vocabulary], PhraseTable[bool]],
) -> None:
    """The seizing country as the destination, when a sentence of the window names the cue."""
    for s in window:
        hit = cue(text.vocab[s.index]).search(s.text)
        if hit is not None:
            record.destination_country = record.country
            spans["destination_country"] = s.text[hit[0] : hit[1]]
            return


def _place_described_before(
    text: _Text, event: Event, events: list[Event], spans: dict[str, str]
) -> Found | None:
    """ "Balakən Rayon Polis Şöbəsinin əməkdaşları ...", then "rayonun Qullar kənd sakini ...
    saxlanılıb", then the find: a village or post described earlier in the story of the same
    find says where it was better than a district named with the police unit."""
    if event.first.context != "primary":
        return None
    own = min(event.sentences)
    taken = {i for e in events if e is not event for i in e.sentences}
    # "əvvəllər də məhkum olunmuş ... kənd sakini" reads as background but tells no earlier
    # find; a background sentence giving a figure does.
    recalled = {i for i in text.background if text.amounts[i]}
    skip = text.aggregate | recalled | taken
    if any(i < own and not text.headline(text.sentences[i]) for i in taken):
        return None  # another find told before this one: its places are its own
    for s in reversed([s for s in text.sentences if s.index < own and s.index not in skip]):
        found = find_place(s.text, text.vocab[s.index], text.gaz[s.index])
        if found is not None:
            spans["place"] = found.evidence
            return found
    return None


def _place_nearby(text: _Text, event: Event, spans: dict[str, str]) -> Found | None:
    own = sorted(event.sentences)
    paragraph = text.sentences[own[0]].paragraph
    skip = text.aggregate | text.background
    nearby = [s for s in text.sentences
              if s.paragraph == paragraph and s.index not in skip and s.index < own[0]]  # fmt: skip
    for s in reversed(nearby):
        found = find_place(s.text, text.vocab[s.index], text.gaz[s.index])
        if found is not None:
            spans["place"] = found.evidence
            return found
    return None


def _concealment(
    text: _Text, event: Event, window: list[Sentence], spans: dict[str, str]
) -> Found | None:
    """Where the goods were hidden, from the first sentence of the window that says so. A find
    told as taken from a cache ("Из тайника извлекли ...") was where its own paragraph says the
    cache was; with no such sentence there, the cache is the hiding place."""
    own = [text.sentences[i] for i in sorted(event.sentences)]
    cache = next((c for s in own if (c := find_cache(s.text, text.vocab[s.index]))), None)
    if cache is not None:
        paragraphs = {s.paragraph for s in own}
        window = [s for s in window if s.paragraph in paragraphs]
    for s in window:
        found = find_concealment(s.text, text.vocab[s.index])
        if found is not None:
            spans["concealment"] = found.evidence
            return found
    if cache is None:  # a cache another sentence names
        cache = next((c for s in window if (c := find_cache(s.text, text.vocab[s.index]))), None)
    if cache is not None:
        spans["concealment"] = cache.evidence
    return cache


def _concealment_carried(text: _Text, event: Event, spans: dict[str, str]) -> Found | None:
    """ "В багаже ... обнаружили 1 937 телефонов. Кроме телефонов у них обнаружили ... 147
    блоков сигарет": a find told in a sentence that carries on the one before it ("кроме
    того", "bundan başqa", "also") was where that sentence's find was hidden."""
    s = text.sentences[min(event.sentences)]
    if s.index == 0 or not tally_words(text.vocab[s.index].code).continued.search(fold(s.text)):
        return None
    before = text.sentences[s.index - 1]
    if before.index in text.aggregate | text.background:
        return None
    found = find_concealment(before.text, text.vocab[before.index])
    if found is not None:
        spans["concealment"] = found.evidence
    return found


def _generic_car(text: _Text, s: Sentence, found: Found) -> bool:
    """ "в машине", "avtomobildə": a word for any motor vehicle, not a car as such."""
    hit = text.vocab[s.index].generic_car.search(found.evidence)
    return (
        found.value == "car" and hit is not None and hit[0] == 0 and hit[1] == len(found.evidence)
    )


def _container_aboard(text: _Text, window: list[Sentence]) -> Found | None:
    """ "доставленного морским судном ... в полостях контейнера", "gəmilərin birində ... iki
    konteynerdə": goods found in a container a ship brought travelled in that container."""
    named = [find_conveyance(s.text, text.vocab[s.index]) for s in window]
    return next((f for f in named if f is not None and f.value == "sea_container"), None)


def _named_heavier(text: _Text, window: list[Sentence], own: Sentence) -> Found | None:
    """The truck or bus named beside a find, in its paragraph: "Грузовик ... задержан. В
    автомобиле ..." is in that truck."""
    named = [
        find_conveyance(s.text, text.vocab[s.index]) for s in window
        if s.paragraph == own.paragraph
    ]  # fmt: skip
    heavier = [f for f in named if f is not None and f.value in ("truck", "bus")]
    return heavier[0] if len({f.value for f in heavier}) == 1 else None


_AIRPORT = re.compile(r"аэропорт\w*|aeroport\w*|hava liman\w*", re.IGNORECASE)
# A passenger, or a citizen, man or woman a report names instead ("задержан гражданин Литвы").
_PASSENGER = re.compile(
    r"пассажир\w*|sərnişin\w*|граждан\w*|мужчин\w*|женщин\w*|путешественник\w*",
    re.IGNORECASE,
)


def _airport_passenger(window: list[Sentence]) -> Found | None:
    """ "на пункте «Термез аэропорти» задержали одного из пассажиров": a passenger stopped at
    an airport, with no other conveyance named, travelled by air."""
    airport = next((m for s in window for m in [_AIRPORT.search(s.text)] if m), None)
    if airport is None or not any(_PASSENGER.search(s.text) for s in window):
        return None
    return Found("air_passenger", airport.group())


def _most_telling(found: list[Found | None]) -> Found | None:
    """The most telling conveyance the window names: a truck over a bare "vehicle"."""
    named = [f for f in found if f is not None]
    return min(named, key=lambda f: CONVEYANCE_ORDER.index(f.value)) if named else None


def _read_route(
    text: _Text, window: list[Sentence], record: SeizureRecord, spans: dict[str, str]
) -> None:
    for s in window:
        route = find_route(s.text, text.vocab[s.index], text.gaz[s.index])
        if record.origin_country is None and route.origin:
            record.origin_country = route.origin
            spans["origin_country"] = route.evidence
        if record.destination_country is None and route.destination:
            record.destination_country = route.destination
            spans["destination_country"] = route.evidence
        for code in route.transit:
            if code not in record.transit_countries and code != record.origin_country:
                record.transit_countries.append(code)
                spans["transit_countries"] = route.evidence


_OWNER_REACH = 30


def _read_agency_and_country(
    text: _Text,
    window: list[Sentence],
    record: SeizureRecord,
    spans: dict[str, str],
    taken: set[int],
) -> None:
    """The reporting agency, and the country the seizure happened in."""
    agency = None
    agency_sentence = None
    # "Digər bir halda polis əməkdaşları ...": a find whose own sentence names who seized it
    # takes no agency from the sentences of other finds.
    own_actors = bool(window) and bool(taken) and _names_actors(text, window[0])
    own = window[:1] if own_actors else []
    for s in window + text.sentences:
        if own_actors and s.index in taken:
            continue
        hits = text.gaz[s.index].find_agencies(s.text)
        if hits:
            agency, agency_sentence = hits[0], s
            break
    country = agency.country if agency else None
    if country is None and agency is not None and window:
        # "По данным ФСБ, в Казахстане ...": an agency of one country that may report a find
        # in another takes the country the find's sentence names, else its own.
        first = text.gaz[window[0].index]
        home = first.home_of(agency)
        if home is not None:
            named = first.find_countries(window[0].text) + first.find_places(window[0].text)
            country = next((n.country for n in named if n.country), home)
    if country is None and agency is not None and agency_sentence is not None:
        # "Пограничной службы КНБ Казахстана": in Russian the country written right after
        # the agency owns it ("Astara Gömrük İdarəsində İrandan" is where goods came from).
        after = agency_sentence.text[agency.end : agency.end + _OWNER_REACH]
        owners = text.gaz[agency_sentence.index].find_countries(after)
        if text.vocab[agency_sentence.index].code == "ru" and owners and owners[0].start <= 2:
            country = owners[0].country
    if country is None and agency is not None and agency_sentence is not None:
        country = _home_agency(text, agency, agency_sentence)
    if country is None and record.place:
        gaz = text.gaz[window[0].index] if window else None
        if gaz is not None:
            named = gaz.find_places(record.place) + gaz.find_countries(record.place)
            country = named[0].country if named else None
    if country is None:
        places: Counter[str] = Counter()
        for s in text.sentences:
            for n in text.gaz[s.index].find_places(s.text):
                if n.country:
                    places[n.country] += 1
        country = places.most_common(1)[0][0] if places else None
    if country is None:
        country = _country_named_most(text, record)
    if country is None:
        country = record.destination_country
    record.country = country
    name = None
    if agency is not None and agency_sentence is not None:
        gaz = text.gaz[agency_sentence.index]
        name = gaz.agency_name(agency, country)
        # "Пограничного управления Госпогранслужбы Азербайджана": a directorate that is no
        # agency of the report's country is one of the agency named after it.
        for other in gaz.find_agencies(agency_sentence.text):
            if name is None and other.start > agency.start:
                agency, name = other, gaz.agency_name(other, country or other.country)
    if agency is not None and name is not None:
        record.reporting_agency = name
        spans["reporting_agency"] = agency.text
    elif country is not None:
        record.reporting_agency = _generic_agency(text, country, spans, own)
    elif window and (home := text.vocab[window[0].index].home_country) is not None:
        # "Polis əməkdaşları Bərdə rayonunda ...": the police, customs or border guards of an
        # Azerbaijani report that names no country and no known place are Azerbaijan's.
        record.reporting_agency = _generic_agency(text, home, spans, own)
        if record.reporting_agency is not None:
            record.country = home


def _country_named_most(text: _Text, record: SeizureRecord) -> str | None:
    """ "İspaniyada fermada ... 7 ton kokain aşkarlanıb": a report of a find abroad that names
    no known place happened in the country it names most, other than where the goods came
    from or were bound for and the offenders' nationality ("гражданин Литвы")."""
    route = {
        record.origin_country, record.destination_country, *record.transit_countries,
        *record.offender_nationality,
    }  # fmt: skip
    named: Counter[str] = Counter()
    for s in text.sentences:
        for n in text.gaz[s.index].find_countries(s.text):
            if n.country and n.country not in route:
                named[n.country] += 1
    return named.most_common(1)[0][0] if named else None


# How far before a service the city whose service it is may be written.
_PLACE_REACH = 20


def _home_agency(text: _Text, agency: Named, s: Sentence) -> str | None:
    """ "Ağdaş Rayon Polis Şöbəsi", "Hava Nəqliyyatında Baş Gömrük İdarəsi" in an Azerbaijani
    report: a national agency named in the language of one country, with no other country
    written before it, is that country's, whatever places the report names ("Yeni Daşkənd
    kəndi" is a village, İstanbul where a flight came from)."""
    home = text.vocab[s.index].home_country
    gaz = text.gaz[s.index]
    # "İstanbul polis bölməsinin əməkdaşları": the city written right before a service names
    # whose service it is.
    owners = [
        p
        for p in gaz.find_places(s.text[max(0, agency.start - _PLACE_REACH) : agency.start])
        if p.country
    ]
    if owners:
        return owners[-1].country
    before = s.text[max(0, agency.start - 40) : agency.start]
    if home is None or gaz.find_countries(before):
        return None
    if gaz.agency_name(agency, home) in (agency.value, None):
        return None
    return home


def _names_actors(text: _Text, s: Sentence) -> bool:
    v = text.vocab[s.index]
    return any(w.search(s.text) for w in (v.customs_words, v.border_words, v.police_words))


def _generic_agency(
    text: _Text, country: str, spans: dict[str, str], first: list[Sentence]
) -> str | None:
    """ "таможенники", "gömrükçülər", "polis əməkdaşları": the customs (or border guard, or
    police) of the seizure's country; in a report of several finds, the officers the find's
    own sentence names (`first`) come first."""
    for s in first + [s for s in text.sentences if s not in first]:
        v, gaz = text.vocab[s.index], text.gaz[s.index]
        for words, names in ((v.customs_words, gaz.customs_by_country),
                             (v.border_words, gaz.border_by_country),
                             (v.police_words, gaz.police_by_country)):  # fmt: skip
            hit = words.search(s.text)
            if hit is not None and country in names:
                spans["reporting_agency"] = s.text[hit[0] : hit[1]]
                return names[country]
    return None
