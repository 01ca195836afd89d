"""The screening algorithm: weights name parts, aligns them and combines the features."""

from __future__ import annotations

from collections.abc import Callable

from kordon.risk.screening import learned
from kordon.risk.screening.features import (
    FEATURES,
    Comparison,
    acronym,
    align,
    company_word_only,
    country_mismatch,
    distinctive_extra,
    ends_agree,
    entry_coverage,
    first_given_more,
    given_name_agreement,
    joined_similarity,
    legal_form_mismatch,
    loose_short_name,
    part_spelt_otherwise,
    query_coverage,
    relatives,
    same_number,
    short_form,
    short_in_long,
    word_more,
    words_left_over,
)
from kordon.risk.screening.names import ParsedName
from kordon.risk.screening.text import PartRole

NAME = "kordon-names"
# 2: second readings of romanisations, given-name groups, relatives, rigour's legal forms and
# the learned decision between the rules' caps. 3: Kontsevich, foreign names in Hangul, German
# voiced letters, acronyms read out. 4: the DPRK's t for ㄷ and Korean family names with and
# without r, ISO 9 Korean, 'Abd compounds and nasab chains, company words in English, Hangul
# company names, Belarusian ў inside a word, given names of one group whatever their rhythm.
# 5: company words, places and country adjectives translated, acronyms against their names,
# French and Egyptian spellings of Arabic, Armenian h in Russian, a distinctive word more.
# 6: more generic words read in English in any Slavic case, kind words generic in a name of
# generic words only, legal forms of generic words kept, a place beside another place, short
# forms of a full name, compound given names in one word or two, a final ح, words left over
# that the learned decision may not lift (with `kordon-names-learned` v2). 7: titles, tribes
# and nisbas one name adds (Akhund, Noorzai, al-Rawi) weigh as a short form's extra parts and
# make no relative, ال before a letter only Persian writes is no article, two or three
# consonants run together join no names, a two-part name found in a long chain away from its
# given name is not lifted, "of open (closed) type" belongs to a joint-stock form, a title left
# over is no name part for the given-name rule, a company's own acronym in brackets and the
# Arabic words for a group's kind are no distinctive words (with `kordon-names-learned` v3).
# 8: a title in front is not the given name, a part further on that differs while the given
# name and the next part agree makes no relative, a long family name spelt a little apart
# agrees, initials are particles; th read as s, an h one spelling drops, Mohd for Muhammad,
# Allah at the head of a compound, a Persian و before ا or a final ی read v, Sayyid written
# joined to the next name taken apart; a company's quoted name makes the
# words around it generic, more romanised Russian forms, Pty, PJS and joint ventures as legal
# forms, what a company makes or trades as generic words (with `kordon-names-learned` v3).
# 9: a Persian ه after ش, خ, غ, چ or ژ read as a letter of its own, zh between vowels in a
# Latin name read as z and h too, Abdullah spelt with one l or with -i kept one name, a French
# final ch read sh and a French soft g read j (with `kordon-names-learned` v3).
# 10: a kh written at the start read as k by its spelling (Khawa, Kawa), a Korean syllable's
# ch read j too, an Abd compound's sun letter written once kept with the name (Abdusalam), a
# part joined to the title or particle before it (Hajizadeh, Haji Zadeh) or two neighbouring
# parts run together (Abuminyar, Abu Minyar) meeting one word, Russian company words
# translated (pension fund, real estate, auction, management company, НПФ, УК) and unitary and
# non-public forms as legal forms (with `kordon-names-learned` v3).
# 11: a person's shorter name found whole in the longer, in order and from the given name on
# (after Muhammad or a title at most), is a match whatever the parts left over; everyday short
# forms of given names (Vano, Ivane; Lado, Vladimer; Rubik, Ruben; Mahamat, Muhammad),
# Armenian ու read u, Belarusian сц read ст and Haji, Mawlawi, Qari and Mufti written with a
# final ى taken as titles, and bank, company, group, services, transport ... in French,
# Spanish and Portuguese and telecommunication as generic company words (with
# `kordon-names-learned` v3).
# 12: a grandfather's name that differs after a given, father's and family name that agree,
# two names met part for part with the given names spelt alike, ال at the head of a name that
# is not Arabic (Eldar, الدار), Muhammad joined to a given name against that name alone, a
# French c before e and i read s (Ciamak, سیامک), and production, trading and engineering in
# Persian romanisations, export, manufacturing and Org, Intl, Dev as company words (with
# `kordon-names-learned` v3).
# 13: Russian company names spelt in Latin letters read as in Cyrillic (a Russian legal form or
# adjective ending tells them: generic words in any case, и as and), an adjective made from a
# place read as the place (Uralskiy, Ural), an abjad letter before ح or ت before س not run into
# a Latin digraph (سحر Sahar, انتصار Intisar), ؤ read u or v as و is, a title written with the
# Arabic article (الدكتور), German z and j read as ц and й without a w or sch (Donez), and the
# glide w after u dropped (Tuwah, Tuah) (with `kordon-names-learned` v3).
# 14: an Arabic compound given name's second half written apart joined to the first (Najib
# Ullah, Shams ur-Rahman, Saif al-Din), 'Abd alone meeting no name one letter longer across
# scripts, Abdullah with a family name's ending one word in Arabic script (عبداللهیف), ذ and ظ
# written th meeting z (Kathim, كاظم), the alif before a foreign name's s and a stop (استپان,
# Stepan), a French g before a silent e (Georges, جورج), and Russian associations (НПО,
# объединение) read as research and production association, NPO in a Russian name no legal
# form (with `kordon-names-learned` v3).
# 15: the kind of body a company or group is (industry, agency, movement, command, division,
# department, complex, enterprise, network, global) as a generic word, Russian mechanical,
# machine-building, experimental, money and insurance words read in English, Persian
# joint-stock forms romanised (Sahami Khass, SSK) as legal forms, capitals and more countries
# as places a name adds, and a place left over on each side as the same group's companies in
# two countries (with `kordon-names-learned` v3).
# 16: Korean names in the spellings South Korean families keep (Soo, Woo, Oh, Ahn) and more
# Korean family names in Latin and Russian, a syllable's final р in Russian read l (Ким Ир Нам),
# a Korean name in Arabic (أو read u, a final نغ without its g); foreign names in Hangul with ㅈ
# read z (스베토자르, Svetozar) and a Slavic name's first b or p before a v or f (퍼르바노프,
# Parvanov), and Serbian ћ read ч (with `kordon-names-learned` v3).
# 17: the kind of armed or state body, or of its part (army, province, battalion, brigade,
# regiment, force, navy, unit, military, intelligence, people's) as a generic word; the Levant
# as a place a name adds; numbers read whole and not spelt, and a body known by its number found
# whole in the other name as a short form; a Russian name in Latin told by its plural and short
# adjectives (STROITELNYYE, FINANSOVY) (with `kordon-names-learned` v3).
# 18: a person's given name written as an initial that starts otherwise than the other name's
# given name or initial (DOCKRAT, F. against DOCKRAT, J. I.) makes a relative, compared by the
# letter each starts with across scripts; initials in any script are read as particles (Ф.)
# (with `kordon-names-learned` v3).
# 19: a company's own acronym in brackets is its acronym, whatever letters it takes from the
# words (PEDCO; PETROIRAN DEVELOPMENT COMPANY (PEDCO) LIMITED), and no letter of its initials;
# the acronyms of French, Spanish, Portuguese and Italian names skip their articles and
# prepositions (FDLR, Forces démocratiques de libération du Rwanda); numbers from eleven on
# written in English words are read as figures (EL TWENTY = EL 20); a company named only as a
# company (Co., Company, Shirkat) meets the same distinctive words with its trade (HDAS CO.,
# HDAS LINES) (with `kordon-names-learned` v3).
# 20: a company name of one distinctive word of four to six letters written in Latin letters
# meets another Latin one starting with another letter only spelt alike or read alike with
# three consonants or more (FATSA is not MATSA, COCHAN not GENI); two names of one word of three
# letters meet only spelt the same or with their consonants written otherwise (SEI is not SAI);
# a three-letter acronym stands for a name only up to its last word but one (SAI is not SHAHED
# AVIATION INDUSTRIES RESEARCH CENTER) (with `kordon-names-learned` v3).
# 21: a company name of two distinctive words or more found whole in another that adds one word
# of its own is the same company (ZARRIN RAFSANJAN CEMENT COMPANY, RAFSANJAN CEMENT COMPANY),
# unless the word is a place or country or the shared name is carried by three or more of the list's
# entries (a group's); a person's names that agree in the given name and in every part but one
# on each side, those two spelt nearly alike in one place, are one name (Bashir Mohamed Mohamud,
# Bashir Mohamed Mahmoud) (with `kordon-names-learned` v3).
# 22: the rules of v21 with `kordon-names-learned` v4, the same features refitted on every
# development set and judged leaving each hold-out set out in turn.
# 23: a person's name of three parts or more found whole in one with a first given name more in
# front is the same person (Muhindo Akili Mundos, Charles Muhindo Akili Mundos), unless another
# of the list's entries carries the family name or the name is Arabic (with `kordon-names-learned`
# v4).
# 24: research and production enterprises (НПП, NPP, predpriyatie, scientific before production)
# read in English, Ukrainian joint-stock qualifiers (pryvatne, publichne) as legal forms,
# establishment and compound as kinds of body and engineers as engineering (with
# `kordon-names-learned` v4).
# 25: names in Chinese characters read word by word in Hanyu Pinyin, as the lists write them: a
# person's family name first and the given name joined (张方俊 = ZHANG FANGJUN), a company's
# legal forms, generic words and places in English and the characters between them as one
# distinctive word; a Ukrainian joint-stock form written in Latin letters (PrAT) only beside the
# rest of a Ukrainian company's name (with `kordon-names-learned` v4).
# 26: acronyms of the heads of a company's words, five letters or more over three words or more,
# every word taken in order (PASCO, PAsargad Steel COmplex; BELAZ, BELorusskiy Avtomobilny
# Zavod), the list's acronyms only, looked up by the name screened; a serial number after a
# number sign (JSC NO. 12, №12) on one side only is a distinctive word more, and a number of its
# own on each side (NO. 1, NO. 12; BRANCH 215, 216) another company; private, public and pvt
# right before a legal form, PUBLIC JOINT STOCK after company, AKTSIONERNOYE OBSHCHESTVO, a
# joint operation company and Limited in Persian letters read as legal forms, but for a name
# left as one short word in an abjad (with `kordon-names-learned` v4).
# 27: names in Hebrew script read as an abjad, with every reading of ב, פ, ו and צ; Japanese
# names in Russian (Polivanov) read in Hepburn, and ISO 9 Latin read back as the Cyrillic it
# spells; a person's name in Chinese characters read in Wade-Giles and in Taiwan's family-name
# spellings as well, a Chinese given name written with a hyphen one word (Chih-chieh); English
# nicknames read as the given names they stand for (Bill, William), not one cut from its name
# (Ali, Alison); a generational suffix after a comma (Rose, Jr.) no inversion; Greek μπ, ντ,
# γκ, γγ, αυ, ευ, ου read as Greek names are written in Latin (with `kordon-names-learned` v4).
# 28: a company's name read a second time as its English word-for-word gloss (`org_words.tsv`,
# English, Russian and Azerbaijani), compared where one name is a translation.
# 29: the vocabulary's Chinese column (trade words, kinds of body, countries; simplified,
# traditional and Japanese forms) cuts a company name in characters, which is then compared by
# its gloss as a translation; Japanese legal forms (株式会社, 有限会社, Kabushiki Kaisha) read as
# legal forms (with `kordon-names-learned` v4).
# 30: names in Devanagari and the other Indian scripts, Tamil, Sinhala, Thai and Thaana spelt
# in Latin every common way (voicing, aspirates, inherent vowels, Thai by sound and by letter),
# Tamil and Thai compared by their consonants as they leave vowels unwritten; initials written
# as their letters' names; and foreign names written by their sound in katakana and in Chinese
# characters (`sounds`, `kana`, `transcription`): katakana read by its syllables, a dotted
# name's parts, a run of four characters or more and a company's run between known words read
# by the sounds their Pinyin stands for where most of their characters are the transcription
# tables', each with every reading of the letters the script does not tell apart (l and r, b
# and v, s and th, d and t), compared by consonants (with `kordon-names-learned` v4).
VERSION = "30"
# A hit at or above this score is a match: officers see it as an alert.
DEFAULT_THRESHOLD = 0.8
# A score cap for a person whose surname alone agrees, so common surnames do not flood.
SURNAME_ONLY_CAP = 0.6
# A score cap for relatives: shown to the officer, but not an alert.
RELATIVES_CAP = 0.7
# A company whose name is another's plus a distinctive word is another company (Gazprom Neft,
# Gazprom): the learned decision may not call it the same.
DISTINCTIVE_EXTRA_CAP = 0.75
JOINED_MIN = 0.93
# The least score of a person's shorter name found whole in the longer from its given name on
# (`features.short_form`): an alert, below a name spelt out in full.
SHORT_FORM_SCORE = 0.82
# Score of a company name against its acronym: above the threshold, below a spelt match.
ACRONYM_SCORE = 0.88
PENALTIES = {"legal_form_mismatch": 0.05, "country_mismatch": 0.05}
ROLE_WEIGHT = {PartRole.NAME: 1.0, PartRole.PATRONYMIC: 0.15, PartRole.PARTICLE: 0.1}
GENERIC_WEIGHT = 0.25

WeightFn = Callable[[str], float]
CountFn = Callable[[str], int]


def weights(name: ParsedName, rarity: WeightFn) -> list[float]:
    """Each part's weight: its rarity in the list, less for patronymics and generic words."""
    generic = name.generic
    out = []
    for n, token in enumerate(name.tokens):
        w = ROLE_WEIGHT[token.role] * rarity(token.skeleton)
        out.append(w * GENERIC_WEIGHT if generic and generic[n] else w)
    return out


def compare(
    query: ParsedName,
    candidate: ParsedName,
    rarity: WeightFn,
    query_country: str | None = None,
    entry_country: str | None = None,
    *,
    query_weights: list[float] | None = None,
    carriers: CountFn | None = None,
) -> tuple[float, dict[str, float]]:
    """Score one screened name against one entry name; return the score and its features."""
    cmp = comparison(
        query, candidate, rarity, query_country, entry_country, query_weights, carriers=carriers
    )
    return score(cmp), explain_features(cmp)


def comparison(
    query: ParsedName,
    candidate: ParsedName,
    rarity: WeightFn,
    query_country: str | None = None,
    entry_country: str | None = None,
    query_weights: list[float] | None = None,
    *,
    carriers: CountFn | None = None,
) -> Comparison:
    """Weigh and align two names, ready for scoring and explaining; `carriers` counts the
    list's entries that carry a part, where the list is known."""
    return Comparison(
        query,
        candidate,
        query_weights if query_weights is not None else weights(query, rarity),
        weights(candidate, rarity),
        align(query, candidate),
        query_country,
        entry_country,
        carriers=carriers,
    )


# One name counts as found whole in the other from this coverage on (spelling differences
# included: Lukoil, Лукойл).
WHOLE = 0.85
# The highest score the learned decision gives a pair the rules leave below the threshold
# when neither name is found whole: listed, never an alert.
LIFT_CAP = 0.79
# The highest score of a name of one distinctive word met only by its consonants or a letter
# apart (`features.loose_short_name`): listed, never an alert.
SHORT_NAME_CAP = LIFT_CAP
# Below this rules' score two names are plainly different; the learned decision is not asked.
LEARNED_FROM = 0.45


def score(cmp: Comparison) -> float:
    """The algorithm's score, 0..1: the learned decision within the rules' caps."""
    return decide(rule_inputs(cmp), learned.packaged())


# The caps on the learned decision that a measurement may lift (`decide(..., lifted=...)`):
# both coverages under WHOLE, a short name found in a long chain, words left over, a
# distinctive word more.
CAPS = ("coverage", "short_in_long", "words_left_over", "distinctive_extra")


def decide(
    found: dict[str, float],
    decision: learned.LearnedDecision | None,
    lifted: frozenset[str] = frozenset(),
) -> float:
    """The score from the rules' inputs (`rule_inputs`) and a learned decision, if any;
    `lifted` names caps (of `CAPS`) left out, to measure what each holds back."""
    value = _decide(found, decision, lifted)
    if found["loose_short_name"]:
        # A short name met by its sound or a letter apart is listed, never an alert, however
        # sure the rest is (`features.loose_short_name`).
        value = min(value, SHORT_NAME_CAP)
    return value


def _decide(
    found: dict[str, float], decision: learned.LearnedDecision | None, lifted: frozenset[str]
) -> float:
    """The score before the short names' cap."""
    rules = _rules(found)
    if decision is None or rules < LEARNED_FROM:
        return rules
    found["rule_score"] = rules
    value = decision.probability([found[name] for name in decision.feature_names])
    if found["joined_similarity"] >= JOINED_MIN or found["acronym"]:
        # A name written as one word or two (Azertrans, محمدباقر): the rules are sure of it,
        # and their caps do not apply, as in `rule_score`; but a company name that is another's
        # plus a distinctive word stays another company, however alike the letters run; one
        # whose word more is its own (`features.word_more`) scores as the rules put it.
        value = max(value, rules)
        if found["distinctive_extra"] > 0.0 and not found["acronym"]:
            value = min(value, rules if found["word_more"] else DISTINCTIVE_EXTRA_CAP)
        return value
    # The rules' caps hold whatever the weights say: a surname alone, or a relative, is
    # never an alert.
    if found["given_name_agreement"] < 1.0:
        value = min(value, SURNAME_ONLY_CAP)
    if found["relatives"] > 0.0:
        value = min(value, RELATIVES_CAP)
    if found["distinctive_extra"] > 0.0 and "distinctive_extra" not in lifted:
        value = min(value, DISTINCTIVE_EXTRA_CAP)
    if found["words_left_over"] > 0.0 and "words_left_over" not in lifted:
        # Where a company name has words the other lacks, the weights may not lift it above
        # the rules.
        value = min(value, rules)
    if (
        found["short_form"]
        or found["ends_agree"]
        or found["part_spelt_otherwise"]
        or found["first_given_more"]
        or found["same_number"]
        or found["company_word_only"]
        or found["word_more"]
    ):
        value = max(value, rules)
    in_part = max(found["query_coverage"], found["entry_coverage"]) < WHOLE
    if rules < DEFAULT_THRESHOLD and (
        (in_part and "coverage" not in lifted)
        or (found["short_in_long"] and "short_in_long" not in lifted)
    ):
        # The weights carry a pair over the alert threshold only where one name is found whole
        # in the other (a short form, a legal form or generic word more); two names found only
        # in part stay below it, as the rules put them.
        value = min(value, LIFT_CAP)
    return value


def feature_values(cmp: Comparison) -> list[float]:
    """The learned decision's inputs, in `learned.FEATURE_NAMES` order."""
    found = rule_inputs(cmp)
    found["rule_score"] = _rules(found)
    return [found[name] for name in learned.FEATURE_NAMES]


def rule_score(cmp: Comparison) -> float:
    """The rules' score, 0..1, of an aligned comparison."""
    return _rules(rule_inputs(cmp))


def with_rule_score(found: dict[str, float]) -> dict[str, float]:
    """The rules' inputs with the rules' score beside them, every input a model may read."""
    return {**found, "rule_score": _rules(found)}


def rule_inputs(cmp: Comparison) -> dict[str, float]:
    """The features the rules read, each worked out once."""
    return {func.__name__: func(cmp) for func in _RULE_INPUTS}


def _rules(found: dict[str, float]) -> float:
    """The rules' score from their features."""
    value = 0.5 * (found["query_coverage"] + found["entry_coverage"])
    if found["given_name_agreement"] < 1.0:
        value = min(value, SURNAME_ONLY_CAP)
    if found["relatives"] > 0.0:
        value = min(value, RELATIVES_CAP)
    joined = found["joined_similarity"]
    if joined >= JOINED_MIN:
        value = max(value, joined * 0.97)
    if found["acronym"]:
        # An acronym and its name share no part to align; the letters are the evidence.
        value = max(value, ACRONYM_SCORE)
    if (
        (found["short_form"] or found["ends_agree"])
        and not found["relatives"]
        and found["given_name_agreement"]
    ):
        # Middle names, a father's or grandfather's name more (or another one between the
        # given and the family name): the parts left over weigh nothing against a name found
        # in its order from the given name on.
        value = max(value, SHORT_FORM_SCORE)
    if found["first_given_more"]:
        # A first given name more in front, the family name no other entry's (Victor Rumuri,
        # Byiringiro Victor Rumuli): the same person, as for a short form.
        value = max(value, SHORT_FORM_SCORE)
    if found["part_spelt_otherwise"]:
        # One part on each side spelt two ways, every other part and the given name alike
        # (Bashir Mohamed Mohamud, Bashir Mohamed Mahmoud): one name, not a relative's.
        value = max(value, SHORT_FORM_SCORE)
    if found["same_number"]:
        # A body known by its number, one name found whole in the other (BRANCH 290, SYRIAN
        # MILITARY INTELLIGENCE BRANCH 290 - ALEPPO BRANCH): the number says which one.
        value = max(value, SHORT_FORM_SCORE)
    if found["company_word_only"]:
        # One name says only that it is a company where the other says what it does (HDAS CO.,
        # HDAS LINES): the same company, found whole but for its trade.
        value = max(value, SHORT_FORM_SCORE)
    if found["word_more"]:
        # One name found whole in the other, which adds a word of its own that names neither
        # a place nor one of a group's companies (RESTAURANTE CORTEZ, CORTEZ): the same company.
        value = max(value, SHORT_FORM_SCORE)
    if found["loose_short_name"]:
        value = min(value, SHORT_NAME_CAP)
    value -= PENALTIES["legal_form_mismatch"] * found["legal_form_mismatch"]
    value -= PENALTIES["country_mismatch"] * found["country_mismatch"]
    return max(0.0, min(1.0, value))


_RULE_INPUTS = (
    acronym,
    distinctive_extra,
    words_left_over,
    query_coverage,
    entry_coverage,
    given_name_agreement,
    relatives,
    joined_similarity,
    legal_form_mismatch,
    country_mismatch,
    short_in_long,
    short_form,
    first_given_more,
    ends_agree,
    part_spelt_otherwise,
    same_number,
    company_word_only,
    word_more,
    loose_short_name,
)


def explain_features(cmp: Comparison) -> dict[str, float]:
    """Every feature's value for a comparison, and the rules' score, by name."""
    found = {func.__name__: func(cmp) for func in FEATURES}
    found["rule_score"] = _rules(found)
    return {name: round(value, 4) for name, value in found.items()}
