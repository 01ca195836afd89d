"""Quantities and goods found in a report's sentences, and how they group into seizure events."""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.backrefs import named_before
from kordon.osint.covers import cover_loads
from kordon.osint.lexicon import (
    AGGREGATE,
    BACKGROUND,
    BACKGROUND_LEAD,
    COUNTED_NOT_WEIGHED,
    EVERYDAY,
    GOODS,
    KINDS,
    NOT_SEIZURE,
    PROHIBITED,
    SEIZURE_ACTIONS,
    TOBACCO,
    UNSPECIFIED,
    WEIGHED_ONLY,
    Mention,
    beside_drugs,
    count_unit_of,
    find_substances,
    refine_kinds,
    reported_as,
)
from kordon.osint.measures import measured_apart
from kordon.osint.quantities import DOSE_UNITS, FoundQuantity, Qualifier
from kordon.osint.report import Report, Sentence
from kordon.osint.respectively import paired_in_order
from kordon.osint.rounded import bounded_pair, tells_roughly, within_bound
from kordon.osint.shared_counts import counts_several_kinds
from kordon.osint.shared_units import with_shared_units
from kordon.osint.singles import one_piece
from kordon.osint.sums import seized_sum, tells_an_offer


class _Span(Protocol):
    @property
    def start(self) -> int:
        """Where the item starts in the text."""
        ...


_S = TypeVar("_S", bound=_Span)


# Beyond this many figures in one report, looking for totals among subsets costs too much.
MAX_SUBSET_FIGURES = 12
_TOTAL_WORDS = re.compile(r"\b(?:in total|in all|altogether|a total of|combined|overall)\b", re.I)


@dataclass(slots=True)
class Finding:
    """One substance mentioned with or without a quantity, in one sentence."""

    substance: str
    sentence: Sentence
    context: str
    kg: FoundQuantity | None = None
    count: FoundQuantity | None = None
    litres: FoundQuantity | None = None
    position: int = 0
    # Goods whose amount is told in words ("külli miqdarda narkotik vasitə") beside other
    # finds: a find of their own, never folded into another's record.
    apart: bool = False
    # Counted as one piece for being named in the singular ("a pistol"): no figure the text
    # gives, so goods named beside it without a figure are still finds.
    singly: bool = False
    # "104 особи кутума и 2 усача общим весом 140 кг": the weight of all the counts listed
    # with this one, no find of its own; a whole those counts are parts of takes it.
    listed_weight: FoundQuantity | None = None

    @property
    def main(self) -> FoundQuantity | None:
        """The figure that identifies this finding: weight, else count, else volume."""
        return self.kg or self.count or self.litres


@dataclass(slots=True)
class Event:
    """One seizure of one substance, assembled from the findings that describe it."""

    findings: list[Finding]
    sentences: set[int] = field(default_factory=set)

    @property
    def first(self) -> Finding:
        """The finding whose figure the record keeps."""
        return self.findings[0]


# "in the last two days", "over the past week": a span of time a figure may sum.
_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during|within) the (?:last|past) (?:\w+ )?(?:hours|days|weeks|months)\b",
    re.IGNORECASE,
)


def is_aggregate(sentence: Sentence) -> bool:
    """True when a sentence sums many incidents or tells of something other than a seizure;
    "a total of 4.3 kg ... in the last two days" sums the finds of those days."""
    text = sentence.text
    if _TOTAL_WORDS.search(text) and _RECENT_SPAN.search(text):
        return True
    if _YEAR_OPENS.match(text) and _WORTH_OF.search(text):
        return True
    return bool(AGGREGATE.search(text) or NOT_SEIZURE.search(text)) or "%" in text


# "In 2012, officers seized more than $3 million worth of tobacco": a sentence opening on a
# bare year and telling goods only by their worth sums that year's seizures.
_YEAR_OPENS = re.compile(r"\s*(?:In|During|Throughout)\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b(?!-)")
_WORTH_OF = re.compile(
    r"[$€£₹¥]\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?\s+worth\s+of\b",
    re.IGNORECASE,
)


def is_background(sentence: Sentence, report: Report) -> bool:
    """True when a sentence recalls an earlier seizure rather than the one reported."""
    if BACKGROUND.search(sentence.text) is None:
        return False
    years = [int(y) for y in re.findall(r"\bin ((?:19|20)\d\d)\b", sentence.text)]
    marker = BACKGROUND.search(sentence.text)
    only_year = marker is not None and re.fullmatch(r"in \d{4}", marker.group().lower())
    recent = report.published and all(y >= report.published.year for y in years)
    return not (only_year and recent)


def _generic_is_definite(body: str, mention: Mention) -> bool:
    before = body[max(0, mention.start - 25) : mention.start].lower()
    return bool(re.search(r"\b(?:the|these|this|those|said)\s+(?:[\w-]+\s+){0,2}$", before))


def _sole_drug(mentions: list[Mention]) -> str | None:
    """The one specific drug a report names, if it names exactly one."""
    drugs = {m.canonical for m in mentions if m.canonical not in (UNSPECIFIED, *GOODS)}
    return drugs.pop() if len(drugs) == 1 else None


def _dominant_drug(mentions: list[Mention]) -> str:
    """The specific drug a report names most often: what bare "pills" are. A drug that is
    only ever weighed (heroin, marijuana) is never what pills are."""
    counts = Counter(
        m.canonical for m in mentions if m.canonical not in (UNSPECIFIED, *GOODS, *WEIGHED_ONLY)
    )
    if counts:
        return counts.most_common(1)[0][0]
    # "counterfeit Cialis and Viagra pills ... contained 120 pills": with no drug named, bare
    # pills are the medicines the report names.
    return _MEDICINES if any(m.canonical == _MEDICINES for m in mentions) else UNSPECIFIED


_MEDICINES = "medicines"


class _Resolver:
    """Resolves generic mentions ("the drugs") against the specific ones around them."""

    def __init__(self, body: str, mentions: list[Mention]) -> None:
        self.body = body
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.drugs = [m for m in self.mentions if m.canonical not in (UNSPECIFIED, *GOODS)]
        self.drug_ends = [m.end for m in self.drugs]

    def resolve(self, mention: Mention) -> str:
        """A generic "the drugs" is the last drug named before it; "11 kg of drugs" is not."""
        after = self.body[mention.end : mention.end + 70]
        # "drugs weighing 52 kilograms, as well as 9,980 methadone tablets": goods named after
        # "as well as" are another find, not what the generic word stands for.
        # A line ends the clause: a title's "44 kg of drugs" is not the heroin of the body.
        clause = len(re.split(r"[;.\n]|\band\b \d|\bas well as\b|\balong with\b", after)[0])
        i = bisect_left(self.starts, mention.end)
        while i < len(self.mentions) and self.mentions[i].start - mention.end <= clause:
            m = self.mentions[i]
            if m.canonical not in (UNSPECIFIED, *GOODS):
                return m.canonical  # "of drugs (hashish resin)", "substance with odor of heroin"
            i += 1
        if _generic_is_definite(self.body, mention):
            j = bisect_right(self.drug_ends, mention.start)
            if j > 0:
                return self.drugs[j - 1].canonical
        return UNSPECIFIED

    def contraband_of_goods(self, mention: Mention) -> bool:
        """ "1,000 cartons carrying the suspected contraband" in a report of hookah tobacco: the
        word "contraband" in a report that names goods and no drug is those goods, and a figure
        of it their packing, not a find of drugs."""
        return (
            mention.text.lower() == "contraband"
            and not self.drugs
            and any(m.canonical in GOODS for m in self.mentions)
        )


_WEIGHING = re.compile(
    r"[\s,]*(?:pills|tablets)?\s*(?:,?\s*which\s+)?(?:weighing|weighed|with a (?:total |gross )?"
    r"weight of|totall?ing|amounting to|of|containing|weighing a total of|weighed a total of)?"
    r"\s*(?:about|around|approximately|some|nearly|almost|over|more than)?\s*"
)


_RESTATED_AFTER = re.compile(
    r"\s*\(\s*(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*[a-z]{1,10}\s*\)", re.I
)


# The goods an "of" names, to the first word that leaves them: "of counterfeit SkinCeuticals
# Triple Lipid Restore anti-aging cream being shipped", "of documents and".
_OF_PHRASE = re.compile(
    r"\s+of\s+(?:(?!(?:and|or|being|shipped|sent|from|to|with|in|which|that|containing|were|was"
    r"|hidden)\b)[^\s,;.]+\s*){1,12}"
)


def _bind(body: str, q: FoundQuantity, sent: Sentence, inside: list[Mention]) -> Mention | None:
    """The substance a quantity measures, or None when it measures something else."""
    if counts_several_kinds(body, q, [m for m in inside if m.start < sent.end]):
        return None  # "3,000 units of headphones and watches": a figure of neither
    if q.unit is QuantityUnit.PIECES:
        if q.count_unit == "cigarettes":
            return Mention("cigarettes", q.start, q.end, q.text)
        within = [m for m in inside if q.start <= m.start and m.end <= q.end]
        if within and q.count_unit == "rounds":
            # "1,200 .308-caliber rifle rounds": rounds are ammunition, whatever weapon they
            # are written for; the weapon's name is part of theirs.
            return Mention("ammunition", within[0].start, within[0].end, within[0].text)
        if within:
            return within[0]
    # "100 kilos (220lb) of heroin": the weight restated in brackets stands between the
    # figure and the goods it measures.
    restated = _RESTATED_AFTER.match(body, q.end, sent.end)
    end = restated.end() if restated else q.end
    right = body[end : sent.end]
    of = re.match(r"\s+of\s+((?:[\w'’-]+\s+){0,4})", right)
    if of is not None:
        for m in inside:
            if m.start >= end and m.start <= end + of.end() + 1:
                return m
        if q.count_unit == "boxes":
            # "12 boxes of documents and 4 kg of heroin": boxes count only the goods their "of"
            # names, over a brand's long name ("50 boxes of counterfeit Estee Lauder ... face
            # creams"), never other goods nearby.
            phrase = _OF_PHRASE.match(right)
            reach = end + (phrase.end() if phrase else 0)
            return next((m for m in inside if end <= m.start and m.end <= reach), None)
        if q.unit is not QuantityUnit.PIECES:
            return None  # "19,230 kilograms of black sponge stone": the cover load's weight
    elif q.count_unit == "rounds":
        # "three grenades and 200 rounds": rounds are ammunition whatever is named beside them.
        return Mention("ammunition", q.start, q.end, q.text)
    before = [m for m in inside if m.end <= q.start and q.start - m.end <= 45]
    if before and _WEIGHING.fullmatch(body[before[-1].end : q.start]):
        return before[-1]
    if inside:
        return min(inside, key=lambda m: abs(m.start - q.start))
    return None


def _attach_weight(findings: list[Finding], q: FoundQuantity, body: str) -> bool:
    """Attach a weight to the count just before it: "300,000 pills weighing 71 pounds"."""
    if not findings or findings[-1].count is None or findings[-1].kg is not None:
        return False
    prev = findings[-1].count
    gap = body[prev.end : q.start]
    # "45 pieces of gold jewellery weighing 600 grams": the goods the count names may stand
    # between it and its weight; other goods there have a weight of their own.
    named = find_substances(gap)
    own = prev.count_unit in ("pieces", "items") and all(
        m.canonical == findings[-1].substance for m in named
    )
    if len(gap) > 60 or not re.search(r"weigh|equivalent|weight", gap) or (named and not own):
        return False
    listed = sum(f.count is not None and f.sentence.index == findings[-1].sentence.index
                 for f in findings)  # fmt: skip
    if listed >= 2 and re.search(r"total|combined|together", gap):
        return False  # "two pistols and 150 rounds weighing a total of 3 kg": all of them
    findings[-1].kg = q
    return True


# "1.4 tons (496 pieces)", "105 kilograms of glass eels - about 300,000 eels": a count set off
# by a bracket or a dash right after the weight restates the find in pieces.
_BRACKET_AFTER_WEIGHT = re.compile(
    r"\s*(?:of\s+[^\W\d_][^()\d.;,]{0,40})?"
    r"(?:\(\s*|\s[-–—]\s*(?:about|around|approximately|some|nearly|roughly)?\s*)"
)


def _bracketed_count(
    findings: list[Finding], q: FoundQuantity, body: str, inside: list[Mention]
) -> bool:
    """ "over 1.4 tons (496 pieces) of sturgeon": a count in brackets, or after a dash, right
    after the weight of goods other than drugs counts the same find (a drug's bracketed count
    is its packing)."""
    if not findings or q.unit is not QuantityUnit.PIECES:
        return False
    last = findings[-1]
    if last.kg is None or last.count is not None or last.substance not in GOODS:
        return False
    # "645 kg of meat products (606 packages)": the goods may be named before the bracket.
    between = _BRACKET_AFTER_WEIGHT.fullmatch(body[last.kg.end : q.start])
    if between is None:
        return False
    if "(" not in between[0] and any(
        q.start <= m.start < q.end + 30 and m.canonical != last.substance for m in inside
    ):
        return False  # "200 kg of fish – 40 rifles": a dash may start a list of other goods
    last.count = q
    return True


def _by_sentence(items: list[_S], sentences: list[Sentence]) -> dict[int, list[_S]]:
    """Items grouped by the index of the sentence they start in."""
    starts = [sent.start for sent in sentences]
    grouped: dict[int, list[_S]] = {}
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.start < sentences[i].end:
            grouped.setdefault(sentences[i].index, []).append(item)
    return grouped


# "Of them, 200 kg were heroin", "Of these ...", "Of which ...": a sentence that opens on what
# the figure before it is split into.
# "The amount of confiscated drugs totalled ...", "The seized drugs totalled ...": the total
# told again.
_BREAKDOWN_OPENS = re.compile(
    r"\W*(?:of\s+(?:them|these|those|this|which|that|the\s+total)|among\s+them"
    r"|the\s+(?:total\s+)?(?:amount|weight|quantity)\s+of\s+(?:the\s+)?(?:seized|confiscated)"
    r"|the\s+(?:seized|confiscated)\s+\w+\s+totall?ed)\b",
    re.IGNORECASE,
)


def _breakdowns_of_totals(sentences: list[Sentence], aggregate: set[int]) -> set[int]:
    """ "Since January customs have seized 300 kg of drugs. Of them, 200 kg were heroin": the
    kinds a period's total is split into, told in the next sentence of its paragraph, are parts
    of that total, not seizures (after one find's figure they are that find's kinds)."""
    return {
        s.index for s, before in zip(sentences[1:], sentences, strict=False)
        if before.index in aggregate and before.paragraph == s.paragraph
        and _BREAKDOWN_OPENS.match(s.text)
    }  # fmt: skip


def find_findings(
    report: Report, sentences: list[Sentence], quantities: list[FoundQuantity]
) -> list[Finding]:
    """Every substance a report names in a seizure: with its quantity, or alone."""
    body = report.body
    aggregate = {s.index for s in sentences if is_aggregate(s)}
    aggregate |= _breakdowns_of_totals(sentences, aggregate)
    background = {s.index for s in sentences if is_background(s, report)}
    # "Previously, on July 14, an effort ... was foiled. Over 53 kilograms of marijuana were
    # discovered": a sentence opening on an earlier seizure tells of it to its paragraph's end.
    opens = [s for s in sentences if s.index in background and BACKGROUND_LEAD.search(s.text)]
    background |= {
        s.index for s in sentences for o in opens
        if s.paragraph == o.paragraph and s.index > o.index and s.index not in aggregate
    }  # fmt: skip
    substances = refine_kinds(find_substances(body))
    # "cocaine ... hidden among sacks of coffee": the coffee is where the find lay.
    cover = cover_loads(body, substances)
    by_sentence = _by_sentence([m for m in substances if m.start not in cover], sentences)
    mentions_in = {i: ms for i, ms in by_sentence.items() if i not in aggregate}
    mentions = [m for i in sorted(mentions_in) for m in mentions_in[i]]
    sole = _sole_drug([m for i, ms in mentions_in.items() if i not in background for m in ms])
    dominant = _dominant_drug(mentions)
    resolver = _Resolver(body, mentions)
    quantities_in = _by_sentence(quantities, sentences)
    found: list[Finding] = []
    for sent in sentences:
        if sent.index in aggregate:
            continue
        context = "background" if sent.index in background else "primary"
        inside = mentions_in.get(sent.index, [])
        here: list[Finding] = []
        used: set[int] = set()
        # "heroin, cocaine and cannabis weighing 15, 250 and 3 kg": figures paired in order.
        figures, paired = paired_in_order(body, quantities_in.get(sent.index, []), inside)
        # "20,000 and 30,000 litres of diesel": figures of one goods sharing a unit word.
        figures = with_shared_units(body, figures)
        for q in figures:
            if (
                q.start not in paired
                and q.unit is QuantityUnit.KG
                and _attach_weight(here, q, body)
            ):
                continue
            if q.start not in paired and _bracketed_count(here, q, body, inside):
                continue
            mention = paired.get(q.start) or _bind(body, q, sent, inside)
            if mention is None and q.unit is QuantityUnit.PIECES and q.count_unit in DOSE_UNITS:
                mention = Mention(dominant, q.start, q.end, q.text)
            if mention is None and sole and context == "primary" and _weighs(q, sent, inside):
                # "The bricks weighed a total of 12.44 pounds": the report's one drug.
                mention = Mention(sole, q.start, q.end, q.text)
            if mention is None and _weighs(q, sent, inside):
                # "... transporting clothes. The weight of goods was 1.5 tons.": the one
                # goods the sentence before named with no figure of their own.
                mention = _weighed_before(sent, mentions_in, quantities_in, q)
            if mention is None:
                # "Pangolin scales were seized ... It seized 300.9kg of the scales".
                mention = named_before(body, q, mentions)
            if mention is None:
                continue
            used.add(mention.start)
            substance = mention.canonical
            listed = _listed_after(body, mention, inside)
            several = substance == UNSPECIFIED and (
                len(listed) >= 2 or _names_several(body, mention)
            )
            if q.count_unit in DOSE_UNITS and substance in WEIGHED_ONLY:
                # "3.5 kg of heroin and 420 pills": pills are no weighed drug.
                substance = dominant if dominant != UNSPECIFIED else UNSPECIFIED
            elif several:
                # "11.9 kg of drugs - marijuana, heroin, opium": one figure for all of them.
                used.update(m.start for m in listed + _quoted_after(body, mention, inside))
            elif substance == UNSPECIFIED:
                substance = resolver.resolve(mention)
                if substance == UNSPECIFIED and resolver.contraband_of_goods(mention):
                    continue
            pills_of_weighed = q.count_unit in DOSE_UNITS and sole in WEIGHED_ONLY
            if (
                substance == UNSPECIFIED and context == "primary" and sole
                and not pills_of_weighed and not several
            ):  # fmt: skip
                substance = sole
            finding = Finding(substance, sent, context, position=q.start)
            if q.unit is QuantityUnit.KG:
                finding.kg = q
            elif q.unit is QuantityUnit.PIECES:
                finding.count = q
            else:
                finding.litres = q
            here.append(finding)
        found.extend(one_count_per_goods(here))
        lead = BACKGROUND_LEAD.search(sent.text) is not None
        # A quote ("When officers ... find narcotics, we generally uncover ... marijuana") tells
        # of what usually happens, not of a seizure.
        quoted = sent.text.lstrip()[:1] in _QUOTES
        habitual = _as_a_rule(sent.text)
        seizes = (
            SEIZURE_ACTIONS.search(sent.text) is not None and (context == "primary" or lead)
            and not quoted and not habitual
        )  # fmt: skip
        # Drugs a list names are those of the seizures counted before it ("made 21 drug
        # seizures this week. The contraband included methamphetamine, cocaine"), not finds.
        inventory = (
            _INVENTORY.search(sent.text) is not None and context == "primary" and not seizes
            and not quoted and not habitual
        )  # fmt: skip
        # "seized 3,500 counterfeit items. The seized items included bags, watches and belts":
        # the kinds of a whole already counted under its common label are its parts, not finds.
        parts = _INVENTORY.search(sent.text) is not None and any(
            _counted_whole(f, context) for f in found
        )
        # "to smuggle 55 live turtles and $16,212 of undeclared currency": money told by its sum
        # is a find of its own in any sentence that is not a quote or a rule.
        # Money offered, paid or promised is none found.
        offered = tells_an_offer(sent.text)
        money = {
            m.start for m in inside
            if m.canonical == CURRENCY and not quoted and not habitual and not offered
            and _SUM_BEFORE.search(body[max(sent.start, m.start - 40) : m.start])
        }  # fmt: skip
        joined = _SUM_JOINED.search(sent.text) if seizes and not offered else None
        if joined and not any(m.canonical == CURRENCY for m in inside):
            # "Seizes Fishing Vessel With 30k Litres Of Illicit Diesel & ₹1.75 Lakh": a sum of
            # money seized beside goods, with no word for money.
            found.append(Finding(CURRENCY, sent, context, position=sent.start + joined.start()))
        alone = seized_sum(sent.text) if seizes and not inside and not joined else None
        if alone is not None:
            # "CBP officers also seized $5,980": money told by its sum alone.
            found.append(Finding(CURRENCY, sent, context, position=sent.start + alone))
        named: set[str] = set()
        if seizes or money or inventory:
            for m in inside:
                if parts and m.start not in money:
                    continue
                listed_goods = inventory and m.canonical in GOODS
                if not seizes and m.start not in money and not listed_goods:
                    continue
                # "and a large quantity of drugs in pill form": an amount told in words
                # makes goods beside a figure of other goods a find of their own.
                told = (
                    _AMOUNT_IN_WORDS.search(body[max(sent.start, m.start - 30) : m.start])
                    if here
                    else None
                )
                # "and 20 cubic metres of timber": measured in a unit no record holds.
                measured = measured_apart(body, sent.start, m.start, m.canonical)
                # "40 kilograms of cocaine and $3,000 in cash": money told by its sum is no
                # cover load beside the drugs.
                if m.start not in used and (
                    told or measured or m.start in money or not beside_drugs(m, inside, mentions)
                ):
                    substance = m.canonical
                    if substance == UNSPECIFIED and not told:
                        substance = resolver.resolve(m)
                    finding = Finding(substance, sent, context, position=m.start)
                    finding.count = one_piece(m, "en")
                    finding.apart = (told is not None or measured) and finding.count is None
                    # "iPhones and other smartphones": one class named twice without a figure.
                    reported = reported_as(substance)
                    if finding.count is None and reported in named:
                        continue
                    if finding.count is None:
                        named.add(reported)
                    found.append(finding)
    return _without_packing(found)


# "The goods included iPhones, tablets and foreign cloth", "Other seized goods include pens and
# cosmetics": the list of what a seizure held names each of its goods, though it has no verb of
# seizing.
# "Там были аудиотехника, мобильные телефоны ... и одежда", "Среди изъятого – ...", "Onların
# arasında ... olub", "Among them were ...": the same list told after the seizure of goods named
# as a whole ("три ящика с незадекларированными товарами").
_INVENTORY = re.compile(
    r"\b(?:goods|items|products|articles|contraband|consignment|cargo|seizure|haul)\s+"
    r"(?:(?:seized|recovered|confiscated|found)\s+)?(?:also\s+)?"
    r"(?:includ(?:ed|es|e)|comprised|consisted of|were made up of)\b"
    r"|\bamong (?:them|the (?:seized|confiscated|detained) (?:goods|items)) (?:were|was)\b"
    r"|\b(?:там|среди них|среди изъят\w*|среди обнаруженн\w*) (?:были|был|была|оказал\w*)\b"
    r"|\bсреди (?:изъят|обнаруженн)\w+(?: товар\w*)?\s*[–—:-]"
    r"|\b(?:товар|груз)\w*\s+(?:состоял\w*|включал\w*)\b"
    r"|\b(?:onların|aşkar edilənlərin|götürülənlərin|malların) arasında\b",
    re.IGNORECASE,
)


# Labels that name a whole of many kinds of goods: counted, they are one find of them all.
_WHOLES = frozenset({"counterfeit goods", "consumer goods"})


def _counted_whole(f: Finding, context: str) -> bool:
    """A whole counted in its own items ("3,500 counterfeit items"), not in its packing."""
    return (
        f.context == context and f.substance in _WHOLES
        and f.count is not None and f.count.count_unit in _ONE_BY_ONE
    )  # fmt: skip


CURRENCY = "currency"
# A sum of money written right before the word for it: "$16,212 of", "€17,000 in".
_SUM_BEFORE = re.compile(
    r"(?:[$€£₹¥]\s?\d[\d,.]*(?:\s*(?:million|thousand|lakh|crore|m|k))?"
    r"|\d[\d,.]*(?:\s*(?:million|thousand))?\s+(?:euros?|dollars?|pounds))\s+(?:in|of)\s+$",
    re.IGNORECASE,
)


# A sum of money joined to goods seized: "... of illicit diesel & ₹1.75 lakh".
# "and $144,500 worth of heroin" is the value of goods, not money.
_SUM_JOINED = re.compile(
    r"(?:&|\band\b)\s*[$€£₹¥]\s?\d[\d,.]*+(?:\s*(?:million|thousand|lakh|crore|m|k)\b)?+"
    r"(?!\s*(?:worth|in value|value|of\b))",
    re.IGNORECASE,
)


_AMOUNT_IN_WORDS = re.compile(
    r"\b(?:an?\s+)?(?:large|huge|big|significant|substantial|considerable|small)\s+"
    r"(?:quantit(?:y|ies)|amounts?|number)\s+of\s+$",
    re.IGNORECASE,
)


def one_count_per_goods(here: list[Finding]) -> list[Finding]:
    """ "3449 блоков и 8 пачек ... 689 960 штук", "200 cartons of cigarettes that contained
    40,000 sticks": one count of the goods in a sentence, the finest."""
    counts: dict[str, Finding] = {}
    kept: list[Finding] = []
    for f in here:
        if f.count is None:
            kept.append(f)
            continue
        best = counts.get(f.substance)
        if best is None:
            counts[f.substance] = f
            kept.append(f)
        elif (
            best.count is not None
            # "74 ədəd" and "3 ədəd ... avtomat patronu" both count rounds.
            and _own_unit(best.count.count_unit, f.substance)
            != _own_unit(f.count.count_unit, f.substance)
            and not {best.count.count_unit, f.count.count_unit} <= DOSE_UNITS
        ):  # fmt: skip
            # Blocks, packs and sticks restate one find; pills and ampoules are two, since
            # doses of different forms cannot be added ("1220 həb, 300 ampula dərman").
            if f.count.value > best.count.value:
                kept[kept.index(best)] = f
                counts[f.substance] = f
        else:
            kept.append(f)
    return kept


def _own_unit(unit: str | None, goods: str) -> str | None:
    """A generic count's unit as the goods' own: "pieces" of ammunition are rounds, "heads" of
    wild animals items, so "17 baş timsah və 10 ədəd kərtənkələ" are two finds."""
    return count_unit_of(unit, goods) if unit in ("pieces", "heads") else unit


# Count units that, for a drug, may count its packing rather than doses.
_PACKING = frozenset({"pieces", "wraps", "packs", "blocks", "bales"})


def _without_packing(found: list[Finding]) -> list[Finding]:
    """ "More than 300 kilograms of heroin ... in 598 pieces", "two wraps ... 1.5 kg of
    opium": a count of pieces of a weighed drug, or of wraps of a drug the report weighs, is
    its packing, not a find; "5 wraps of heroin" with no weight given is a count of doses."""
    weighed = {f.substance for f in found if f.kg is not None}
    return [f for f in found if not _packing(f, weighed)]


def _packing(f: Finding, weighed: set[str]) -> bool:
    if f.count is None or f.kg is not None or f.substance in GOODS:
        return False
    if f.count.count_unit == "pieces" and f.substance in WEIGHED_ONLY:
        return True
    if f.count.count_unit == "capsules" and (
        f.substance in WEIGHED_ONLY or (f.substance == UNSPECIFIED and weighed & WEIGHED_ONLY)
    ):
        return True  # "44 capsules containing 430 grams of opium": body-packed, weighed
    if f.count.count_unit not in _PACKING or not weighed:
        return False
    return f.substance == UNSPECIFIED or bool(weighed & {f.substance, UNSPECIFIED})


_QUOTES = frozenset("\"“‘«'")


# "Customs routinely inspects international flights and intercepts ... narcotics, weapons":
# what a service does as a rule, not a seizure.
_HABITUAL = re.compile(
    r"\b(?:routinely|regularly|generally|usually|typically|every day|daily)\b", re.IGNORECASE
)
# "Illegal cash will be seized before it enters country": a rule told for the future, too,
# unless the sentence also tells a seizure done ("seized 3 kg of heroin, and the car will be
# confiscated").
_FUTURE = re.compile(r"\bwill\s+(?:be\s+)?(?:seiz|confiscat|forfeit)\w*\b", re.IGNORECASE)


def _as_a_rule(sentence: str) -> bool:
    """Whether a sentence tells what is done as a rule or will be done, not a seizure made."""
    if _HABITUAL.search(sentence):
        return True
    return bool(_FUTURE.search(sentence)) and not SEIZURE_ACTIONS.search(_FUTURE.sub(" ", sentence))


# "drugs - marijuana, heroin", "drugs: opium ...", "narcotics (marijuana and of opium)".
_LIST_OPENS = re.compile(r"[^.;]{0,20}?[-–—:(]\s*$")
_LIST_JOIN = re.compile(r"[\s,]*(?:(?:and|or)\s+(?:of\s+)?)?$")


def _weighed_before(
    sent: Sentence,
    mentions_in: dict[int, list[Mention]],
    quantities_in: dict[int, list[FoundQuantity]],
    q: FoundQuantity,
) -> Mention | None:
    """The goods named alone and with no figure in the sentence before, which a sentence
    naming none then weighs."""
    # "contraband cargo (batteries)": the generic word is the named goods'
    named = {m.canonical for m in mentions_in.get(sent.index - 1, [])} - {UNSPECIFIED}
    if len(named) != 1 or quantities_in.get(sent.index - 1):
        return None
    return Mention(named.pop(), q.start, q.end, q.text)


def _weighs(q: FoundQuantity, sent: Sentence, inside: list[Mention]) -> bool:
    """A weight in a sentence naming no goods but saying it weighs: "The bricks weighed a
    total of 12.44 pounds"."""
    return (
        q.unit is QuantityUnit.KG
        and not inside
        and re.search(r"\bweigh|\bweight", sent.text, re.IGNORECASE) is not None
    )


# "psychotropic drugs "Phenazepam" and "Baclosan"": a generic followed by several names in
# quotes, known to the vocabulary or not.
_QUOTED_NAMES = re.compile(
    r"\s*[\"“«]([^\"”»]{2,40})[\"”»](?:\s*(?:,|and|or)\s*[\"“«]([^\"”»]{2,40})[\"”»])+"
)


def _names_several(body: str, generic: Mention) -> bool:
    """Whether a generic mention is followed by two or more quoted names: one figure for
    several drugs, whichever of them the vocabulary knows."""
    return _QUOTED_NAMES.match(body, generic.end) is not None


def _quoted_after(body: str, generic: Mention, inside: list[Mention]) -> list[Mention]:
    """The mentions among the quoted names that follow a generic mention."""
    names = _QUOTED_NAMES.match(body, generic.end)
    if names is None:
        return []
    return [m for m in inside if generic.end <= m.start < names.end()]


def _listed_after(body: str, generic: Mention, inside: list[Mention]) -> list[Mention]:
    """The goods a generic mention lists after a dash, colon or bracket: "drugs - marijuana,
    heroin, opium", "drugs were found: opium, heroin and marijuana"."""
    after = sorted((m for m in inside if m.start >= generic.end), key=lambda m: m.start)
    if not after or not _LIST_OPENS.match(body[generic.end : after[0].start]):
        return []
    listed = [after[0]]
    for m in after[1:]:
        if not _LIST_JOIN.match(body[listed[-1].end : m.start]):
            break
        listed.append(m)
    return [m for m in listed if m.canonical != UNSPECIFIED]


def _compatible_substances(a: str, b: str) -> bool:
    if a == b or reported_as(a) == reported_as(b):
        return True  # "15,465 mobile phones ... Along with the smartphones"
    pair = {a, b}
    return UNSPECIFIED in pair and not pair & GOODS


# How much of a figure a restatement may drop by leaving out its fraction (2.5 is not 2).
_TRUNCATED = 0.05


def _close(a: FoundQuantity, b: FoundQuantity) -> bool:
    if bounded_pair(a, b):
        # "more than one million" and 1,050,000: one figure only on the bound's side.
        bound, figure = (a, b) if b.qualifier is Qualifier.EXACT else (b, a)
        return within_bound(bound, figure.value)
    slack = max(a.tolerance, b.tolerance)
    if a.qualifier is not Qualifier.EXACT or b.qualifier is not Qualifier.EXACT:
        slack = max(slack, 0.02 * max(a.value, b.value))
    else:
        # Two plain figures: "16 pounds" rounds 16.04, but 40,000 sticks are not 38,400.
        slack = min(slack, 0.02 * max(a.value, b.value))
    if abs(a.value - b.value) <= slack + 1e-9:
        return True
    # "33 kiloqram qızıl" restating "33 kilo 576 qram": a whole figure that drops the fraction
    # of the other, rounded down, is the same figure.
    whole, exact = sorted((a.value, b.value), key=lambda v: v != int(v))
    return (
        whole == int(whole) and exact != int(exact) and whole == math.floor(exact) >= 1
        and exact - whole <= _TRUNCATED * exact
    )  # fmt: skip


# "The impounded textiles were packed into 143 jumbo bales": a sentence that opens on the
# goods already told of names them again, perhaps in other words.
_TOLD_AGAIN = re.compile(
    r"^\W*(?:the|these|those|this)\s+(?:[\w-]+\s+)?(?:seized|impounded|confiscated|"
    r"intercepted|detained|recovered|smuggled|contraband)\b",
    re.IGNORECASE,
)


def _renamed(a: Finding, b: Finding) -> bool:
    """Goods counted again in the same unit, in a sentence that refers back to them."""
    if a.substance not in GOODS or b.substance not in GOODS or a.count is None or b.count is None:
        return False
    later = b if b.sentence.index > a.sentence.index else a
    return (
        a.count.count_unit == b.count.count_unit
        and a.count.count_unit != "pieces"
        and later.sentence.index != min(a.sentence.index, b.sentence.index)
        and _TOLD_AGAIN.search(later.sentence.text) is not None
    )


def _same_figure(a: Finding, b: Finding) -> bool:
    """Two findings that state one seizure's figure, perhaps rounded ("nearly 26" and 25.92)."""
    if a.context != b.context:
        return False
    if not _compatible_substances(a.substance, b.substance) and not _renamed(a, b):
        return False
    if _listed_apart(a, b):
        return False
    for qa, qb in ((a.kg, b.kg), (a.count, b.count), (a.litres, b.litres)):
        if qa is not None and qb is not None:
            return _close(qa, qb) or _repacked(a.substance, qa, qb)
    if (a.litres is not None and b.kg is not None) or (a.kg is not None and b.litres is not None):
        # A liquid reported by weight in a headline and by volume in the text.
        volume, weight = (a.litres or b.litres), (a.kg or b.kg)
        assert volume is not None and weight is not None
        return abs(volume.value - weight.value) <= 0.25 * max(volume.value, weight.value)
    return False


# Cigarettes in their standard packing: 20 to a pack, 10 packs to a carton (a "блок").
_STICKS_IN = {"cigarettes": 1, "sticks": 1, "packs": 20, "cartons": 200, "blocks": 200}


def _repacked(goods: str, a: FoundQuantity, b: FoundQuantity) -> bool:
    """ "18,480 cigarettes" and "924 packs of cigarettes", "3 блока" and "600 сигарет": one find
    of cigarettes counted again in another packing, when the two counts agree at the standard
    packing; counts that do not are two finds."""
    if goods != "cigarettes" or a.count_unit == b.count_unit:
        return False
    per_a, per_b = _STICKS_IN.get(a.count_unit or ""), _STICKS_IN.get(b.count_unit or "")
    if per_a is None or per_b is None:
        return False
    sticks_a, sticks_b = a.value * per_a, b.value * per_b
    exact = a.qualifier is Qualifier.EXACT and b.qualifier is Qualifier.EXACT
    slack = 1e-9 if exact else 0.02 * max(sticks_a, sticks_b)
    return abs(sticks_a - sticks_b) <= slack


def _finer(goods: str, kept: FoundQuantity, other: FoundQuantity) -> FoundQuantity:
    """Of two counts of one find in other packings, the one in the finer unit (sticks over
    packs, packs over blocks), as a sentence counting both is read."""
    if not _repacked(goods, kept, other):
        return kept
    if _STICKS_IN.get(other.count_unit or "", 0) < _STICKS_IN.get(kept.count_unit or "", 0):
        return other
    return kept


_LIST_BREAK = re.compile(r",|;|\b(?:və|и|and|а также|həmçinin|eləcə də)\b", re.IGNORECASE)


def _listed_apart(a: Finding, b: Finding) -> bool:
    """ "2 ədəd pulemyot patronu və 2 ədəd 7.62 mm-lik avtomat patronu": equal figures listed
    one after the other in one sentence are two finds, not one figure said twice."""
    if a.sentence.index != b.sentence.index or a.main is None or b.main is None:
        return False
    lo, hi = sorted((a.main, b.main), key=lambda q: q.start)
    if lo.end > hi.start:
        return False
    return _LIST_BREAK.search(_between(a, lo.end, hi.start)) is not None


def _between(f: Finding, start: int, end: int) -> str:
    """The sentence's words between two offsets of the report's body."""
    s = f.sentence
    return s.text[max(0, start - s.start) : max(0, end - s.start)]


def _bracketed_total(f: Finding, findings: list[Finding]) -> bool:
    """ "13.3 kg of drugs (9 kg and 880 grams of marijuana, 3 kg and 250 grams of opium and
    2 thousand tablets ...)": a generic figure whose parts follow in brackets is their total,
    even when the parts, in different units, cannot be added up."""
    q = f.main
    if f.substance != UNSPECIFIED or q is None:
        return False
    s = f.sentence
    after = s.text[max(0, q.end - s.start) :]
    opening = after.find("(")
    if opening < 0 or opening > 40:
        return False
    closing = after.find(")", opening)
    low = q.end + opening
    high = q.end + (closing if closing >= 0 else len(after))
    parts = {
        g.substance for g in findings
        if g is not f and g.sentence.index == s.index and g.main is not None
        and g.substance != UNSPECIFIED and low <= g.main.start <= high
    }  # fmt: skip
    return len(parts) >= 2


def _counted_within(part: Finding, total: Finding) -> bool:
    """Whether a count may be part of a counted total: "8 avtomat, 3 tapança, 10 qumbara" are
    three kinds, and 8 rifles and 2 grenades do not make the 10 grenades; a count of weapons
    may hold the kinds it names. Weights, and counts of drugs, keep adding up."""
    if total.main is None or total.main.unit is not QuantityUnit.PIECES:
        return True
    if not {part.substance, total.substance} & GOODS:
        return True  # pills of several drugs may make one count of pills
    if part.substance == total.substance or part.substance in KINDS.get(total.substance, ()):
        return True
    return total.substance == UNSPECIFIED and part.substance not in GOODS


def _listed_among(total: Finding, parts: tuple[Finding, ...]) -> bool:
    """ "1 кг героина, около 2 кг опия, 1 кг метамфетамина": a figure of one drug written
    between figures of other drugs in one list is an item of the list, not their total."""
    if total.substance == UNSPECIFIED:
        return False
    same = all(
        p.sentence.index == total.sentence.index
        and p.substance not in (UNSPECIFIED, total.substance)
        and p.substance not in KINDS.get(total.substance, ())
        for p in parts
    )
    positions = [p.position for p in parts]
    return same and min(positions) < total.position < max(positions)


def _seizes_in_english(s: Sentence) -> bool:
    return SEIZURE_ACTIONS.search(s.text) is not None


def without_everyday_load(
    findings: list[Finding], seizes: Callable[[Sentence], bool] = _seizes_in_english
) -> list[Finding]:
    """Everyday goods (potatoes, apples, shampoo, washing machines) in a report that seizes
    anything else are the load the contraband hid in, not a find of their own; dropped before
    events are grouped, so the sentence naming them stays the find's. Goods given an amount of
    their own apart from any record's figure ("20 cubic metres of timber") are a find."""
    findings = [
        f for f in findings if not _poachers_gear(f, findings) and not _hiding_place(f, findings)
    ]
    if all(f.substance in EVERYDAY for f in findings):
        return findings
    # "1 ton of contraband" in a title over "645 kg of meat products" and "276 kg of cheese":
    # a generic word given no figure of its own is no other find beside weighed or counted
    # everyday goods; the everyday goods are the find.
    # An earlier seizure recalled ("Ранее ... почти две тонны краба") hid nothing in them.
    other = [
        f for f in findings
        if f.substance not in EVERYDAY and not _generic_unmeasured(f) and f.context == "primary"
    ]  # fmt: skip
    hiding = [f for f in other if _hides_in_load(f)]
    if hiding:
        held = {f.sentence.paragraph for f in hiding}
        return [
            f for f in findings
            if f.substance not in EVERYDAY or f.apart or _seized_apart(f, held, seizes)
            or _listed_with_arms(f, hiding)
            or _listed_among_finds(f, findings) or _inventoried(f)
        ]  # fmt: skip
    if other:
        # "645 kg of meat products" beside "34 kg of canned tuna": duty goods beside duty
        # goods hide nothing; the everyday goods given a figure are finds of their own.
        # Named without a figure in one list with such goods ("found clothing, mobile phones
        # and medicines"), they are one of the finds listed.
        return [
            f for f in findings
            if f.substance not in EVERYDAY or f.main is not None or f.apart or _inventoried(f)
            or _listed_beside(f, other)
        ]  # fmt: skip
    if any(f.main is not None for f in findings if f.substance in EVERYDAY):
        return [f for f in findings if not _generic_unmeasured(f)]
    return findings


CULTURAL = "cultural property"
# Metals and money that antiquities are made of: read as what they are, unless old.
_MADE_OF = (
    KINDS["jewellery"] | KINDS["precious metals"] | {"jewellery", "precious metals", "currency"}
)
# Words that date goods to a past era: "qədim gümüş sikkə", "dövrlərinə aid", "старинные
# монеты", "ancient silver coins".
_ANTIQUE = re.compile(
    r"qədim|antik|\btarixi\b|eramızdan|dövr\w*\s+aid|əsr\w*\s+aid|старинн|древн|антиквар"
    r"|культурн\w*\s+ценност|ancient|antique|antiquit|archaeolog|археолог|arxeoloji",
    re.IGNORECASE,
)


def as_antiquities(findings: list[Finding], body: str) -> list[Finding]:
    """Antiquities are one find of cultural property, whatever they are made of: "12 qədim
    gümüş və mis sikkə" are not silver, and "13 min 604 sikkə, ... 23 qızıl sikkə, 22 gümüş
    sikkə" beside "15 mindən çox ... tarixi əsər" are parts of that one find. A report that
    dates its goods to a past era anywhere ("tarixi əhəmiyyət daşıyan ... predmet") is one of
    antiquities."""
    old = {f.context for f in findings if f.substance == CULTURAL}
    dated = _ANTIQUE.search(body) is not None
    for f in findings:
        if (
            f.substance in _MADE_OF and (f.context in old or dated)
            and not _counted_beside_antiquities(f, findings, body)
        ):  # fmt: skip
            f.substance = CULTURAL
    kept: list[Finding] = []
    done: set[str] = set()
    for f in findings:
        if f.substance != CULTURAL:
            kept.append(f)
        elif f.context not in done:
            done.add(f.context)
            parts = [g for g in findings if g.substance == CULTURAL and g.context == f.context]
            kept.append(_one_antiquities_find(parts))
    return kept


def _counted_beside_antiquities(f: Finding, findings: list[Finding], body: str) -> bool:
    """ "135 zinət əşyası, min yüzdən artıq qiymətli metal külçəsi və 267 tarixi əşya",
    "135 pieces of jewellery and 267 historical artefacts": jewellery or metal with a figure of
    its own, listed before antiquities with theirs and dated by no word before it in its
    sentence, is a find of its own."""
    if f.main is None or _ANTIQUE.search(body[f.sentence.start : f.position]):
        return False  # "Roma dövrünə aid 4 qızıl sikkə və 20 gümüş sikkə": dated, all of them
    return any(
        g.substance == CULTURAL and g.main is not None and g.context == f.context
        and g.sentence.index == f.sentence.index and g.position > f.position
        for g in findings
    )  # fmt: skip


def _one_antiquities_find(parts: list[Finding]) -> Finding:
    """The figure of all the antiquities: the one given apart from the others that covers
    them ("12 qədim ... sikkə" over "10 ... gümüş sikkə" and "iki mis sikkə"); kinds counted
    one by one with no total give the find no figure."""
    figured = [f for f in parts if f.main is not None]
    if len(figured) <= 1:
        return figured[0] if figured else parts[0]
    for f in figured:
        q = f.main
        assert q is not None
        rest = [g.main for g in figured if g is not f and g.main is not None]
        apart = all(g.sentence.index != f.sentence.index for g in figured if g is not f)
        same_unit = all(r.unit is q.unit for r in rest)
        if apart and same_unit and sum(r.value for r in rest) <= q.value + q.tolerance:
            return f
    return Finding(CULTURAL, figured[0].sentence, figured[0].context, position=figured[0].position)


# Boats and engines taken from poachers beside their catch ("1 ədəd rezin qayıq, 2 ədəd domca
# ... və 93 ədəd xramulya balığı", "rezin qayıq, avar ... və ovladığı balıqlar", counted or
# not) are their gear, as oars, fish traps ("domça") and batteries are, not a find.
POACHERS_GEAR = frozenset({"inflatable boats", "boat engines", "fishing gear", "batteries"})
CATCH = frozenset({"fish", "sturgeon", "crayfish", "shrimp"})


# The words telling where goods were hidden, and up to four words before the hiding place.
_HIDDEN_IN = re.compile(
    r"(?:concealed|hidden|stashed|secreted|спрятан\w*|сокрыт\w*)\s+"
    r"(?:(?:in|inside|within|under|behind|в|во|внутри|под)\s+)(?:[^\W\d_]+\s+){0,4}$",
    re.IGNORECASE,
)


def _hiding_place(f: Finding, findings: list[Finding]) -> bool:
    """ "four gold biscuits each concealed in headlamps of emergency lamps": goods named
    without a figure where the sentence tells what a find before them was hidden in are its
    hiding place, whatever the goods (drugs hide in everyday loads; gold and phones in
    lamps, toys and shoes too)."""
    if f.main is not None:
        return False
    before = [
        g for g in findings
        if g.sentence.index == f.sentence.index and g.main is not None and g.position < f.position
    ]  # fmt: skip
    lead = f.sentence.text[: max(0, f.position - f.sentence.start)]
    return bool(before) and _HIDDEN_IN.search(lead[-80:]) is not None


def _poachers_gear(f: Finding, findings: list[Finding]) -> bool:
    return f.substance in POACHERS_GEAR and any(
        g.substance in CATCH and g.sentence.index == f.sentence.index for g in findings
    )


def _seized_apart(f: Finding, held: set[int], seizes: Callable[[Sentence], bool]) -> bool:
    """ "1330 speakers, 570 jackets ... were also seized", "found 126 scarfs", told in a
    paragraph apart from the drugs, weapons or tobacco: everyday goods counted one by one in a
    sentence of their seizure are a find of their own, not a load those hid in ("only four
    appliances were onboard", "20 tonnes of raisins" are)."""
    # "three million pills were discovered in a shipment of onions": pills are no onions' count
    return (
        f.count is not None
        and f.count.count_unit not in DOSE_UNITS
        and f.sentence.paragraph not in held
        and seizes(f.sentence)
    )


def _listed_with_arms(f: Finding, hiding: list[Finding]) -> bool:
    """ "6 пневматических винтовок, ... 25 газовых баллонов ... и 8325 патронов": everyday
    goods counted in the sentence that counts weapons or ammunition are listed beside them,
    not a load they hid in (drugs and tobacco are hidden in such loads)."""
    if f.count is None:
        return False
    same = [h for h in hiding if h.sentence.index == f.sentence.index and h.main is not None]
    return bool(same) and all(h.substance in PROHIBITED for h in same)


# Goods given figures of their own in one sentence that make it a list of finds, not a load.
_LISTED_GOODS = 3


def _listed_among_finds(f: Finding, findings: list[Finding]) -> bool:
    """ "обнаружили более 800 килограммов удобрений, ..., 147 блоков сигарет, семь аппаратов
    ..., пять наборов гаечных ключей": everyday goods given a figure of their own in a sentence
    that lists three or more goods, each with its figure, are one of the finds listed; a load
    is told beside the one or two goods hidden in it ("500 kg of cocaine in 20 tonnes of
    bananas")."""
    if f.main is None:
        return False
    listed = {
        g.substance for g in findings if g.sentence.index == f.sentence.index and g.main is not None
    }
    return len(listed) >= _LISTED_GOODS


# Words that join goods in one list, and words that tell one of them was where another was
# hidden or carried ("phones in boxes of shoes", "золото в обуви", "ayaqqabıların içində").
_GOODS_JOINED = re.compile(r",|;|\s[–—-]\s|\b(?:and|as well as|и|а также|və|həmçinin)\b", re.I)
_NOT_A_LIST = re.compile(
    r"\b(?:in|inside|into|within|among|amongst|under|behind|beneath|between|with|"
    r"hidden|concealed|stashed|packed|в|во|внутри|среди|под|за|между|с|со|спрятан\w*|"
    r"сокрыт\w*|arasında|içində|içərisində|altında|arxasında|gizlə\w*)\b",
    re.IGNORECASE,
)
# An Azerbaijani noun in the locative ("gödəkçəsindəki pulqabında", "paltarda") is where
# something was, whatever joins it to the goods beside it.
_LOCATIVE_WORD = re.compile(
    r"^\w*?(?:[dt][ae]|[dt]ak[ıi]|[dt]əki|n[dt][ae]|n[dt]ak[ıi]|n[dt]əki)\b"
)
# How far apart, in characters, two goods of one list are named at most.
_LIST_SPAN = 60


def _listed_beside(f: Finding, others: list[Finding]) -> bool:
    """ "Inside they found clothing, mobile phones and medicines", "sənədsiz paltar və
    telefonlar", "одежду, посуду ... и медицинские препараты": goods named in one list with
    another find of the sentence, joined by a comma or "and" and by no word of a place or a
    load between them or before them, are one of the finds listed, not a load the other hid
    in, when no goods of the list is given a figure."""
    start = f.position - f.sentence.start
    text = f.sentence.text
    if _LOCATIVE_WORD.match(text[start:]) or _NOT_A_LIST.search(text[max(0, start - 12) : start]):
        return False
    for g in others:
        # A list that gives its other goods figures names the goods it leaves without one
        # as a load or an "and more" ("television sets and about 12 thousand units of chewing
        # gum"); only a list of goods none of which is given a figure names them all alike.
        if g.sentence.index != f.sentence.index or g.position == f.position or g.main:
            continue
        low, high = sorted((f.position, g.position))
        between = f.sentence.text[low - f.sentence.start : high - f.sentence.start]
        if (
            len(between) <= _LIST_SPAN
            and _GOODS_JOINED.search(between) is not None
            and _NOT_A_LIST.search(between) is None
        ):
            return True
    return False


def _inventoried(f: Finding) -> bool:
    """ "The goods included iPhones, ..., Iranian cooking oil and foreign cloth": goods a
    seizure's inventory lists are each a find, not the load others hid in."""
    return _INVENTORY.search(f.sentence.text) is not None


def _hides_in_load(f: Finding) -> bool:
    """Drugs, weapons and tobacco are hidden in loads of everyday goods; other goods are not."""
    return f.substance not in GOODS or f.substance in PROHIBITED or f.substance in TOBACCO


def _generic_unmeasured(f: Finding) -> bool:
    return f.substance == UNSPECIFIED and f.main is None


def _in_headline(s: Sentence) -> bool:
    return s.paragraph == 0 or s.index <= 1


# How far the parts a headline figure sums may exceed it, as written.
_SHORT_SUM = 1.2


def _headline_total(f: Finding, findings: list[Finding]) -> bool:
    """ "Свыше 44 кг запрещенных веществ" in a title or lead, then "1 кг героина, около 2 кг
    опия, 1 кг метамфетамина ... и другие препараты": a generic figure written before a
    sentence listing two or more specific goods of the same measure, which do not exceed it,
    is the total of those parts and of others given no figure; the parts are the finds."""
    q = f.main
    if f.substance != UNSPECIFIED or q is None or not _in_headline(f.sentence):
        return False
    by_sentence: dict[int, list[FoundQuantity]] = {}
    for g in findings:
        if (
            g.main is not None and g.substance != UNSPECIFIED and g.context == f.context
            and g.sentence.index > f.sentence.index and g.main.unit is q.unit
        ):  # fmt: skip
            by_sentence.setdefault(g.sentence.index, []).append(g.main)
    # "12 kq narkotik" over "12 kiloqram 300 qram tiryək və 2 kiloqram heroin": a headline may
    # also round the largest of the parts it sums. A headline's sum may also fall short of
    # its parts ("2 тонны и 293 кг наркотиков" over 155 kg, 2464 kg, 39 kg and 58 g): a part
    # miswritten or left out by the writer, still a total of three or more listed kinds.
    return any(
        len(parts) >= 2
        and (
            sum(p.value for p in parts) <= q.value + q.tolerance
            or (len(parts) >= 3 and sum(p.value for p in parts) <= _SHORT_SUM * q.value)
            or any(abs(p.value - q.value) <= max(q.tolerance, 0.1 * p.value) for p in parts)
        )
        for parts in by_sentence.values()
    )


def _weight_of_counted(f: Finding, findings: list[Finding]) -> bool:
    """ "сигареты общей массой около 10 тонн", then "488,9 тысячи пачек сигарет": goods
    that reports count (cigarettes) weighed where they are also counted are the counted
    find weighed, or a total of the counted finds; the count is the find."""
    return (
        f.substance in COUNTED_NOT_WEIGHED and f.count is None and f.kg is not None
        and any(
            g.substance == f.substance and g.count is not None and g.context == f.context
            for g in findings
        )
    )  # fmt: skip


# "weighing a total of", "with a combined weight of", "общим весом", "ümumi çəkisi".
_WEIGHT_OF_ALL = re.compile(
    r"\b(?:weigh\w*|(?:total|combined|overall)\s+weight)\b|общ\w+\s+(?:вес|масс)\w*"
    r"|ümumi\s+çəki",
    re.IGNORECASE,
)


def _shared_weight(f: Finding, findings: list[Finding]) -> bool:
    """ "668 bullets and 30 cartridge cases weighing a total of 8.2 kg": a weight written
    after two or more counts listed in its sentence weighs them together; it is no find."""
    if f.kg is None or f.count is not None:
        return False
    counts = [
        g.count for g in findings
        if g.count is not None and g.kg is None and g.sentence.index == f.sentence.index
        and g.count.end <= f.kg.start
    ]  # fmt: skip
    if len(counts) < 2:
        return False
    last = max(counts, key=lambda q: q.end)
    between = _between(f, last.end, f.kg.start)
    return len(between) <= 40 and _WEIGHT_OF_ALL.search(between) is not None


def without_sums_of_finds(findings: list[Finding]) -> list[Finding]:
    """Finds less the figures that only add up the finds of those goods told before, and
    less the parts of a find told before ("Among the seized cigarettes were 300 cartons of
    one brand")."""
    kept = []
    for f in findings:
        whole = _part_of_a_find_told(f, findings)
        if whole is not None:
            # "104 kutum and 2 barbels weighing almost 140 kg": the weight of the parts listed
            # together is the whole's.
            weight = f.kg or f.listed_weight
            if weight is not None and whole.kg is None and f.count is not None:
                whole.kg = weight
        elif not _sum_of_finds_told(f, findings):
            kept.append(f)
    return kept


# "Among the seized cigarettes were ...", "Среди изъятых сигарет ...", "Götürülən siqaretlərin
# arasında ...": a sentence that opens on the goods already seized tells what they were made of.
_AMONG_THE_SEIZED = re.compile(
    r"^\W*(?:among\s+(?:the\s+)?(?:seized|confiscated|intercepted|impounded|detained)\b|"
    r"среди\s+(?:изъят|задержан|обнаруженн|конфискованн)\w*\b|"
    r"(?:götürülən|aşkarlanan|aşkar\s+edilən|müsadirə\s+edilən|saxlanılan)\s+\w+\s+"
    r"(?:arasında|içərisində)\b|"
    # "The catch included 104 kutum and 2 barbels", "Изъятая партия включала 104 особи кутума":
    # the whole seized, named again, opens the list of what it held.
    r"(?:the\s+)?(?:seized\s+|confiscated\s+)?(?:catch|haul|batch|consignment|shipment|seizure)"
    r"\s+(?:included|comprised|consisted\s+of)\b|"
    r"(?:изъят|задержан|обнаруженн|конфискованн)\w*\s+(?:парти|улов|груз)\w*\s+"
    r"(?:включал|состоял)\w*)",
    re.IGNORECASE,
)


def _part_of_a_find_told(part: Finding, findings: list[Finding]) -> Finding | None:
    """A figure in a sentence that opens on the goods already seized, below a figure of the
    same goods in the same unit told in an earlier sentence, is a part of that find (a brand,
    a kind), not a find of its own; with no such figure before it is the find. A part counted
    and weighed is compared by its count ("2 barbels weighing 140 kg" beside "106 fish")."""
    q = part.main
    if q is None or not _AMONG_THE_SEIZED.search(part.sentence.text):
        return None
    for f in findings:
        told = f.main if part.count is None or f.count is None else f.count
        mine = q if part.count is None or f.count is None else part.count
        if (
            told is not None and f.sentence.index < part.sentence.index
            and f.substance == part.substance and f.context == part.context
            and told.unit is mine.unit and _same_count_unit(told, mine)
            and told.value > mine.value
        ):  # fmt: skip
            return f
    return None


# A bare figure counts goods in pieces, a count word in items: "104 особи кутума и 2 усача".
_ONE_BY_ONE = frozenset({"pieces", "items"})


def _same_count_unit(a: FoundQuantity, b: FoundQuantity) -> bool:
    return a.count_unit == b.count_unit or {a.count_unit, b.count_unit} <= _ONE_BY_ONE


# "Общий вес обнаруженных наркотиков составил 32 кг", "ümumi çəkisi", "a combined total of".
_TOTAL_OF_FINDS = re.compile(
    r"\bобщ(?:ий|ая|ее|им)\s+(?:вес|масс|количеств|объ[её]м)|в общей сложности|\bвсего\b|"
    r"\bümumi\b|\bcəmi\b|\b(?:a |in )?total\b|\bcombined\b|\baltogether\b",
    re.IGNORECASE,
)


def _sum_of_finds_told(total: Finding, findings: list[Finding]) -> bool:
    """A figure a sentence of totals gives that adds up the finds of those goods told in other
    sentences (15 kg in the car, 17 kg at home: "a total of 32 kg") is no find of its own."""
    whole = total.main
    if whole is None or not _TOTAL_OF_FINDS.search(total.sentence.text):
        return False
    kind = reported_as(total.substance)
    told = [
        f.main.value for f in findings
        if f.main is not None and f.sentence.index != total.sentence.index
        and reported_as(f.substance) == kind
        and f.main.quantity.unit is whole.quantity.unit
    ]  # fmt: skip
    return len(told) >= 2 and abs(sum(told) - whole.value) <= whole.tolerance


# A figure written in milligrams: "225mg", "500 мг", "200 milliqram".
_MILLIGRAMS = re.compile(r"\d\s*(?:mg|milligram\w*|мг|миллиграмм\w*|mq|milliqram\w*)(?!\w)", re.I)


def _dose_strength(f: Finding, findings: list[Finding]) -> bool:
    """ "143.8 million tablets of 225mg tramadol", "81 cartons of 250mg ... of tramadol
    tablets": a weight of a gram or less written in milligrams, in a report that counts the
    same goods (in doses, or in the cartons and packs they come in), is the strength of one
    dose, not a find's weight. A find that small is written in grams."""
    q = f.kg
    if q is None or f.count is not None or q.value > 0.001:
        return False
    if not _MILLIGRAMS.search(q.quantity.as_written):
        return False
    return any(
        o is not f and o.substance == f.substance and o.count is not None
        and (o.sentence.index == f.sentence.index or o.kg is None)
        for o in findings
    )  # fmt: skip


# "magazines that can hold 30 rounds", "магазина, вмещающих по 30 патронов", "30 patron tutan
# daraq": a count of what a container holds when full is its size, not goods found.
_HOLDS_BEFORE = re.compile(
    r"(?:\bhold(?:s|ing)?|\bcapacity of|\bвмещающ\w*|\bвмещает|\bёмкостью|\bрассчитанн\w* на)"
    r"(?:\s+(?:up to|по|до))?\s*$",
    re.IGNORECASE,
)
_HOLDS_AFTER = re.compile(r"^(?:\s+\w+){0,2}\s+(?:tutan|tutumlu)\b", re.IGNORECASE)


def _capacity(f: Finding) -> bool:
    """Whether a count alone is the size of a container found, not goods found."""
    q = f.count
    if q is None or f.kg is not None:
        return False
    start = f.sentence.start
    before = f.sentence.text[: max(0, q.start - start)]
    after = f.sentence.text[max(0, q.end - start) :]
    return _HOLDS_BEFORE.search(before) is not None or _HOLDS_AFTER.match(after) is not None


def drop_totals(findings: list[Finding]) -> list[Finding]:
    """Drop figures that add up other figures of the report, or measure a counted find
    again; keep the parts."""
    findings = [
        f for f in findings
        if not (_bracketed_total(f, findings) or _headline_total(f, findings)
                or _weight_of_counted(f, findings) or _shared_weight(f, findings)
                or _dose_strength(f, findings) or _capacity(f))
    ]  # fmt: skip
    figures = [f for f in findings if f.main is not None]
    if len(figures) > MAX_SUBSET_FIGURES + 1:
        return findings
    drop: set[int] = set()
    for total in figures:
        tq = total.main
        assert tq is not None
        every = [
            f for f in figures
            if f is not total and f.context == total.context and f.main is not None
            and f.main.unit is tq.unit and id(f) not in drop and _counted_within(f, total)
        ]  # fmt: skip
        # A rough figure may be a part ("over 1 tonne in a lorry and 300 kg in a car" of 1,300
        # kg) or the total told first ("over one million" then "1,080,000"): a sum with every
        # part is looked for first, and only without one are the rough figures left out.
        exact = [f for f in every if f.main is not None and not tells_roughly(f.main, tq)]
        if len(exact) < len(every) and _settle_sum(total, every, drop, bounded=True):
            continue
        _settle_sum(total, exact, drop)
    return [f for f in findings if id(f) not in drop]


def _within_range(tq: FoundQuantity, parts: tuple[Finding, ...]) -> bool:
    """Whether a total lies in the range its parts state, each "over" part counted from its
    figure up and each "under" part down: "over 1 tonne" twice is no part of 1,240 kg."""
    low = high = 0.0
    for p in parts:
        q = p.main
        assert q is not None
        below = 0.0 if q.qualifier is Qualifier.MORE_THAN else q.tolerance
        above = 0.0 if q.qualifier is Qualifier.LESS_THAN else q.tolerance
        if q.qualifier in (Qualifier.MORE_THAN, Qualifier.LESS_THAN):
            below, above = 2 * below, 2 * above
        low += q.value - below
        high += q.value + above
    return low - tq.tolerance - 1e-9 <= tq.value <= high + tq.tolerance + 1e-9


def _settle_sum(
    total: Finding, others: list[Finding], drop: set[int], bounded: bool = False
) -> bool:
    """Whether some of others add up to total (within the range the parts state, when
    bounded); when they do, drop the total or its parts."""
    tq = total.main
    assert tq is not None
    for size in range(2, len(others) + 1):
        hit = None
        for parts in itertools.combinations(others, size):
            values = [p.main.value for p in parts if p.main is not None]
            tolerance = tq.tolerance + sum(p.main.tolerance for p in parts if p.main)
            if tq.qualifier is not Qualifier.EXACT:
                tolerance = max(tolerance, 0.02 * tq.value)
            # "over 24 kg" for parts of 24.73 kg: a figure rounded down under "over".
            over = tq.qualifier is Qualifier.MORE_THAN and (
                0 <= sum(values) - tq.value < 2 * tq.tolerance
            )
            if (abs(sum(values) - tq.value) <= tolerance + 1e-9 or over) and (
                not bounded or _within_range(tq, parts)
            ):
                hit = parts
                break
        if hit is None or _listed_among(total, hit):
            continue
        first_part = min(p.position for p in hit)
        loose = tq.qualifier is not Qualifier.EXACT
        if not (loose or total.position < first_part or _TOTAL_WORDS.search(total.sentence.text)):
            continue
        same_goods = all(
            p.sentence.paragraph == total.sentence.paragraph and p.substance == total.substance
            for p in hit
        )
        # "In all, 20.7 pounds" after its parts, or "8 380 qutu (4330 qutu ... və 4050
        # qutu ...)" before them in one sentence: parts of one find of one goods.
        breakdown = all(p.sentence.index == total.sentence.index for p in hit)
        if same_goods and (total.position > max(p.position for p in hit) or breakdown):
            drop.update(id(p) for p in hit)
        else:
            drop.add(id(total))
        return True
    return False


# Whether the second of two sentences tells of a find made apart from the first's (another
# place, conveyance or day), as the reading language tells it.
ToldApart = Callable[[Sentence, Sentence], bool]


def _never_apart(first: Sentence, second: Sentence) -> bool:
    return False


# "Weapons", "оружие", "silah" name the kinds of arms a report seizes, never a find of their own
# beside them.
_WEAPONS = "weapons"
_ARMS = KINDS[_WEAPONS] | {"bladed weapons", "firearm parts", "magazines", "silencers", "air guns"}


def group_events(findings: list[Finding], told_apart: ToldApart = _never_apart) -> list[Event]:
    """Group findings into one event per seizure and substance; told_apart keeps a part told
    as added from the find before it."""
    events: list[Event] = []
    for f in findings:
        if f.main is None:
            continue
        # "six additional parrots" after six in the boots: a second part, not the first again.
        added = _added(f.main, f.sentence)
        for event in events:
            if any(_same_figure(f, g) for g in event.findings) and not added:
                event.findings.append(f)
                break
        else:
            events.append(Event([f]))
    # Goods named without figures, specific ones first: "narkotik vasitələrin ... heroin və
    # metamfetamin" names two drugs, which the generic word must not fold into one record.
    # Goods given an amount apart from any figure ("20 cubic metres of timber") come before
    # the same goods named bare in the title, which tells of that find again.
    unfigured = sorted(
        (f for f in findings if f.main is None),
        key=lambda f: (not f.apart, f.substance == UNSPECIFIED),
    )
    for f in unfigured:
        if f.apart:
            events.append(Event([f]))
            continue
        related = [
            e for e in events
            if e.first.context == f.context
            and _compatible_substances(e.first.substance, f.substance)
            and (f.context == "primary" or _next_to(f, e))
        ]  # fmt: skip
        if not related and _leads_to_a_figure(f, events):
            continue  # "Previously, ... an effort to import drugs was foiled. Over 53 kg ..."
        if f.substance == _WEAPONS and any(
            e.first.context == f.context and e.first.substance in _ARMS for e in events
        ):
            continue  # "Weapons seized at the border", then "four rifles and 889 rounds"
        if related and _found_again_apart(f, related):
            events.append(Event([f]))
            continue
        if related:
            for e in related:
                if any(g.sentence.index == f.sentence.index for g in e.findings) or (
                    f.context == "background" and _next_to(f, e)
                ):
                    e.findings.append(f)
            continue
        if f.context == "primary" and f.substance == UNSPECIFIED and events:
            continue
        events.append(Event([f]))
    for event in events:
        event.findings.sort(key=_precision_rank)
        liquid = [g for g in event.findings if g.litres is not None]
        if liquid:
            # A liquid given by weight in a headline and by volume in the text: keep the volume.
            event.findings.remove(liquid[0])
            event.findings.insert(0, liquid[0])
            liquid[0].kg = None
        first = event.first
        for other in event.findings[1:]:
            # "6m pills" in the headline, "6 million pills, around 1,000kg" in the text.
            if first.litres is None:
                first.kg = first.kg or other.kg
            first.count = first.count or other.count
            if first.count is not None and other.count is not None:
                first.count = _finer(first.substance, first.count, other.count)
        event.sentences = {g.sentence.index for g in event.findings}
        # Goods told again in other words keep the name they were first told by.
        told = sorted(event.findings, key=lambda g: g.position)
        specific = [g.substance for g in told if g.substance != UNSPECIFIED]
        if specific:
            event.first.substance = specific[0]
    return _fold_additions(
        sorted(events, key=lambda e: min(g.position for g in e.findings)), told_apart
    )


# "six additional parrots", "an additional 20 kg", "ещё 20 кг", "daha 20 kiloqram": a figure
# told as added to what was found before.
_ADDED = re.compile(
    r"(?<![^\W_])(?:additional|another|further|ещ[её]|дополнительно|daha)(?![^\W_])", re.IGNORECASE
)


# A home, a flat or a store searched: a place of its own, not the vehicle or person before.
_PREMISES = re.compile(
    r"(?<![^\W_])(?:flat|home|house|apartment|garage|warehouse|premises|residence|дом\w*"
    r"|квартир\w*|гараж\w*|склад\w*|mənzil\w*|evin\w*|evində|evdə|anbar\w*|qaraj\w*)(?![^\W_])",
    re.IGNORECASE,
)


def _found_again_apart(f: Finding, related: list[Event]) -> bool:
    """ "... heroin və metamfetamin aşkar olunub", then a paragraph on "Onun üzərindən heroin
    aşkar olunub": drugs or weapons named without a figure as found in a paragraph of the body
    of their own, when every find of them so far was named without a figure in other
    paragraphs, are another find (two people, two places), not the first one told again. Goods
    named by a generic word, and duty goods or money, are told again so ("the cash", "the
    drugs"), their finds told apart by their figures."""
    offence = f.substance not in GOODS or f.substance in PROHIBITED
    if f.context != "primary" or f.substance == UNSPECIFIED or not offence or _in_title(f):
        return False
    return all(
        g.main is None and not _in_title(g) and g.sentence.paragraph != f.sentence.paragraph
        for e in related
        for g in e.findings
    )


def _in_title(f: Finding) -> bool:
    return f.sentence.paragraph == 0 or f.sentence.index <= 1


def _added(q: FoundQuantity, s: Sentence) -> bool:
    """Whether a figure is told as added: the cue among its own words ("six additional
    parrots") or right before it ("an additional 20 kg", "ещё 20 кг")."""
    at, end = q.start - s.start, q.end - s.start
    before = s.text[max(0, at - 16) : at]
    cue = _ADDED.search(before)
    own = s.text[at:end]
    if re.match(r"\s+more\b", s.text[end:]) or _ADDED.search(own) or " more " in own:
        return True  # "six more parrots", "six additional parrots"
    # "ещё 20 кг" right after the cue, or "an additional 20 kg" with the article between.
    return cue is not None and before[cue.end() :].strip(" ,").lower() in ("", "an", "a")


def _fold_additions(events: list[Event], told_apart: ToldApart) -> list[Event]:
    """ "six live parrots in the driver's boots. A search of the car uncovered six additional
    parrots": one find told in parts, the part told as added in the next sentence of the
    report is summed into the find before it of the same goods, measured alike, unless that
    sentence names premises or another place, conveyance or day than the find's."""
    kept: list[Event] = []
    for event in events:
        f = event.first
        q = f.main
        into = next((e for e in reversed(kept) if e.first.substance == f.substance), None)
        if (
            into is None
            or q is None
            or not _added(q, f.sentence)
            or into.first.context != f.context
        ):
            kept.append(event)
            continue
        g = into.first
        p = g.main
        # "A search of his flat found another 4 kg": premises are another place, another find;
        # so is "another 4 kg ... from a bus at another checkpoint on Tuesday".
        near = (
            0 < f.sentence.index - g.sentence.index <= 1
            and not _PREMISES.search(f.sentence.text)
            and not told_apart(g.sentence, f.sentence)
        )
        if p is None or not near or p.unit is not q.unit or p.count_unit != q.count_unit:
            kept.append(event)
            continue
        summed = replace(p, quantity=Quantity(p.value + q.value, p.unit, p.text))
        if g.kg is p:
            g.kg = summed
        elif g.count is p:
            g.count = summed
        else:
            g.litres = summed
        into.findings += [h for h in event.findings if h is not f]
        into.sentences |= event.sentences
    return kept


def _next_to(f: Finding, event: Event) -> bool:
    """ "Previously, on July 14, an effort to import drugs ... was foiled. Over 53 kilograms
    of marijuana were discovered": drugs named without a figure in the sentence before a
    recalled seizure's figure are that seizure's."""
    at = f.sentence.index
    # Only forwards: "In early October, ... another attempt to smuggle drugs" after a recalled
    # figure is another seizure.
    reach = 1 if f.substance == UNSPECIFIED else 0
    return any(0 <= g.sentence.index - at <= reach for g in event.findings)


def _leads_to_a_figure(f: Finding, events: list[Event]) -> bool:
    """A recalled attempt to smuggle "drugs", told without a figure in the sentence before a
    figure, is told by that figure."""
    if f.context != "background" or f.substance != UNSPECIFIED:
        return False
    nxt = f.sentence.index + 1
    return any(g.sentence.index == nxt and g.main is not None for e in events for g in e.findings)


def fold_headline_restatements(
    events: list[Event], headline: Callable[[Sentence], bool]
) -> list[Event]:
    """A headline's figure that restates the one find its body tells of ("over 7 kg" for
    7 kg 710 g, "2 pounds" for "nearly three pounds", "12 Lbs" for 12.44 pounds) is that
    find, however loosely the headline rounds it."""
    kept: list[Event] = []
    for event in events:
        figures = [g for g in event.findings if g.main is not None]
        titled = any(g.sentence.index == 0 for g in figures)
        if not titled or not all(headline(g.sentence) for g in figures):
            kept.append(event)
            continue
        q = event.first.main
        # The body: figures written outside the headline's own sentences (in a two-line
        # report, its second line).
        body = [
            e for e in events
            if e is not event and e.first.context == event.first.context
            and _compatible_substances(e.first.substance, event.first.substance)
            and any(g.main is not None and g.sentence.index not in event.sentences
                    for g in e.findings)
        ]  # fmt: skip
        target = body[0].first.main if len(body) == 1 else None
        if q is None or target is None:
            kept.append(event)
            continue
        into = body[0]
        if not _restates(q, target) and not (
            into.first.substance == event.first.substance and _measures_otherwise(q, into.first)
        ):
            kept.append(event)
            continue
        into.findings.extend(event.findings)
        into.sentences |= event.sentences
        if into.first.substance == UNSPECIFIED:
            into.first.substance = event.first.substance
    return kept


def _measures_otherwise(headline: FoundQuantity, body: Finding) -> bool:
    """ "1 ton 200 kiloqram siqaret" over a body's "24 min qutu siqaret": a headline weight of
    the one find its body counts (or a count of the one it weighs) is that find's other
    measure, kept with it."""
    if headline.unit is QuantityUnit.KG and body.kg is None and body.count is not None:
        body.kg = headline
        return True
    if headline.unit is QuantityUnit.PIECES and body.count is None and body.kg is not None:
        body.count = headline
        return True
    return False


def _restates(headline: FoundQuantity, body: FoundQuantity) -> bool:
    """Whether a headline's figure can be a loose rounding of the body's: same kind of
    measure, within a factor of 0.6, and not below a "more than" it states."""
    if headline.unit is not body.unit or headline.count_unit != body.count_unit:
        return False
    low, high = sorted((headline.value, body.value))
    if high <= 0 or low / high < 0.6:
        return False
    return headline.qualifier is not Qualifier.MORE_THAN or body.value >= headline.value


def _precision_rank(f: Finding) -> tuple[float, int]:
    q = f.main
    if q is None:
        return (float("inf"), 0)
    return (q.tolerance / max(q.value, 1e-9), -f.position)
