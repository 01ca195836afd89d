"""Quantities as Russian and Azerbaijani reports write them, read with a language's vocabulary.

Figures take a decimal comma ("9,5 кг", "1,82 qram") and spaces between groups of thousands
("6 388 qram"); numbers may be words ("сорок четыре", "qırx dörd", "полтора") with magnitudes
("1 млн 180 тыс.", "39 milyon 948 min 449"); weights may be compound ("301 кг 475 граммов",
"1 тонна 167 кг", "103 kq 395 q"). The qualifier comes before the figure ("свыше 5 кг",
"təxminən 30 kq") or, in Azerbaijani, after it ("43 kiloqramdan artıq").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.calibres import blank_calibres
from kordon.osint.designations import blank_model_figures
from kordon.osint.lexicon import AND_WORDS, COUNTED, DESCRIBING, WEIGHED_ONLY, carcass_after
from kordon.osint.quantities import FoundQuantity, Qualifier, as_written, is_figure
from kordon.osint.vocabulary import Vocabulary, fold

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+|\S")
_SPACES = frozenset(" \u00a0\u202f\u2009")
_CLOSE_WORDS = re.compile(r"\(\s*[^\W\d_][^()\d]{0,80}\)")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _figure(raw: str) -> tuple[float, float] | None:
    """A figure's value and half a unit of its last digit; a comma is a decimal point; None for
    a figure too big to be a quantity."""
    raw = raw.replace(",", ".")
    value = float(raw)
    if not is_figure(value):
        return None
    if "." in raw:
        return value, 0.5 * 10.0 ** -len(raw.split(".")[1])
    if value < 1000:
        return value, 0.5  # "10 килограмм" is ten, not "somewhere near ten"
    digits = raw.rstrip("0")
    return value, 0.5 * 10.0 ** (len(raw) - len(digits) if digits else 0)


# The most words a number written in words takes: a group of three digits takes up to four
# words in Azerbaijani ("doqquz yüz doxsan doqquz"), its magnitude ("milyon") one more, and a
# number below a quadrillion has five groups, the last without a magnitude. A longer run of
# number words is read no further, for a number is read from each of its words and a long run
# read to its end from each would take time growing with the run's square.
_GROUP_WORDS = 5
_NUMBER_WORDS = 5 * _GROUP_WORDS - 1


class _Reader:
    """Reads numbers and units from one text's tokens with one language's words."""

    def __init__(self, text: str, vocab: Vocabulary) -> None:
        self.text = text
        self.v = vocab
        self.toks = _tokens(text)

    def _glued_group(self, i: int) -> bool:
        """True when token i is three digits after one space: "6 388", "689 960"."""
        if i == 0 or i >= len(self.toks):
            return False
        prev, tok = self.toks[i - 1], self.toks[i]
        gap = self.text[prev.end : tok.start]
        return bool(re.fullmatch(r"\d{3}", tok.text)) and len(gap) == 1 and gap in _SPACES

    def _words(self, i: int) -> tuple[float, int] | None:
        """A number written in words from token i: "сорок четыре", "yüz on bir min"."""
        total = current = 0.0
        seen = False
        j = i
        while j < len(self.toks) and j - i < _NUMBER_WORDS:
            word = self.toks[j].text
            value = self.v.numbers.get(word) if word.isalpha() else None
            magnitude = self.v.magnitudes.get(word) if word.isalpha() else None
            if value is not None:
                # "два десятка", "три сотни": a ten or a hundred after a unit counts that many
                # tens or hundreds; no language writes a units word before a plain ten.
                multiplies = value in (10, 100) and 0 < current < 10
                current = current * value if multiplies else current + value
            elif magnitude is not None and (seen or j == i):
                total += max(current, 1) * magnitude
                current = 0
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return total + current, j

    def number(self, i: int) -> tuple[float, float, int] | None:
        """The number starting at token i, with its tolerance and the index after it."""
        tok = self.toks[i]
        if tok.text[0].isdigit():
            figure = _figure(tok.text)
            if figure is None:
                return None
            value, tol = figure
            j = i + 1
            if re.fullmatch(r"\d{1,3}", tok.text):
                while self._glued_group(j):
                    value = value * 1000 + float(self.toks[j].text)
                    tol = 0.5
                    j += 1
        else:
            fraction = self.v.fractions.get(tok.text) if tok.text.isalpha() else None
            if fraction is not None:
                value, tol, j = fraction, 0.05, i + 1
            elif fold(tok.text).startswith("пол") and self.v.magnitudes.get(tok.text[3:]):
                magnitude = self.v.magnitudes.get(tok.text[3:]) or 0
                return 0.5 * magnitude, 0.05 * magnitude, i + 1  # "полмиллиона"
            else:
                words = self._words(i)
                if words is None:
                    return None
                value, j = words
                tol = 0.5
        value, tol, j = self._magnitudes(value, tol, j)
        # Glued groups, magnitudes and words can each make a number no quantity is.
        return (value, tol, j) if is_figure(value) else None

    def _magnitude_at(self, j: int) -> int | None:
        if j < len(self.toks) and self.toks[j].text.isalpha():
            return self.v.magnitudes.get(self.toks[j].text)
        return None

    def _after_magnitude(self, j: int) -> int:
        j += 1
        if (
            j < len(self.toks)
            and self.toks[j].text == "."
            and self.toks[j].start == self.toks[j - 1].end
        ):
            j += 1  # "тыс.", "млн."
        return j

    def _magnitudes(self, value: float, tol: float, j: int) -> tuple[float, float, int]:
        """Apply "тыс.", "млн", "min" after a figure, with the smaller parts that follow:
        "1 млн 180 тыс.", "18 тысяч 720", "39 milyon 948 min 449"."""
        last = self._magnitude_at(j)
        if last is None:
            return value, tol, j
        value, tol, j = value * last, tol * last, self._after_magnitude(j)
        while j < len(self.toks) and re.fullmatch(r"\d+", self.toks[j].text):
            plain = self._plain(j)
            if plain is None:
                break
            part, _, k = plain
            smaller = self._magnitude_at(k)
            if smaller is not None and smaller < last:
                value, tol, last, j = (
                    value + part * smaller,
                    0.5 * smaller,
                    smaller,
                    self._after_magnitude(k),
                )
                continue
            if smaller is None and part < last:
                value, tol, j = value + part, 0.5, k
            break
        return value, tol, j

    def _plain(self, i: int) -> tuple[float, float, int] | None:
        figure = _figure(self.toks[i].text)
        if figure is None:
            return None
        value, tol = figure
        j = i + 1
        while self._glued_group(j):
            value = value * 1000 + float(self.toks[j].text)
            j += 1
        return value, tol, j

    def skip_spelled_out(self, j: int) -> int:
        """Skip a figure spelled out in brackets: "111 072 (yüz on bir min yetmiş iki) qutu"."""
        if j < len(self.toks) and self.toks[j].text == "(":
            m = _CLOSE_WORDS.match(self.text, self.toks[j].start)
            if m is not None:
                while j < len(self.toks) and self.toks[j].start < m.end():
                    j += 1
        return j

    def unit(self, j: int) -> tuple[QuantityUnit, float, str | None] | None:
        """The unit at token j: a weight or volume with its factor, or a count's unit."""
        if j >= len(self.toks) or not self.toks[j].text.isalpha():
            return None
        word = self.toks[j].text
        mass = self.v.mass.get(word)
        if mass is not None:
            return QuantityUnit.KG, mass, None
        volume = self.v.volume.get(word)
        if volume is not None:
            return QuantityUnit.LITRES, volume, None
        count = self.v.count.get(word)
        if count is not None:
            return QuantityUnit.PIECES, 1.0, count
        return None


def _qualifier(text: str, start: int, end: int, vocab: Vocabulary) -> Qualifier:
    before = text[max(0, start - 40) : start]
    if any(not before[e:].strip(" ,:-–—") or e > len(before) - 25
           for _, e, _ in vocab.gross_words.finditer(before)):  # fmt: skip
        return Qualifier.GROSS  # "вес брутто ... составила 53,4 кг", "с упаковкой 1750 кг"
    for _, m_end, value in vocab.qualifiers.finditer(before):
        if not before[m_end:].strip(" ,:-–—"):
            return Qualifier(value)
    # "12 kiloqramadək": a case ending on the unit that bounds the figure.
    unit_word = fold(text[start:end]).rsplit(maxsplit=1)[-1]
    for value, suffixes in vocab.qualifier_suffixes.items():
        if unit_word.endswith(suffixes):
            return Qualifier(value)
    # Azerbaijani puts it after the figure, before or after the unit: "40 milyona yaxın
    # siqaret", "43 kiloqramdan artıq".
    for m_start, _, value in vocab.qualifiers_after.finditer(text[start : end + 20]):
        if m_start > 0:
            return Qualifier(value)
    return Qualifier.EXACT


def _thousand_and_more(r: _Reader, i: int) -> bool:
    """A magnitude that opens a number, a number word after it: "min yüz", "тысяча двести"."""
    nxt = r.toks[i + 1].text if i + 1 < len(r.toks) else ""
    return (
        r.v.magnitudes.get(r.toks[i].text) is not None
        and nxt.isalpha()
        and r.v.numbers.get(nxt) is not None
    )


def _past_qualifier_after(r: _Reader, i: int, j: int) -> int:
    """The token after a qualifier that follows a number in words: "üç yüzdən artıq qutu".

    A figure reaches over words to its unit anyway ("300-dən çox patron"); a number in words
    does not, so the one word that bounds it is stepped over here and read by _qualifier.
    """
    if r.toks[i].text[0].isdigit() or j >= len(r.toks) or not r.toks[j].text.isalpha():
        return j
    tok = r.toks[j]
    for m_start, m_end, _ in r.v.qualifiers_after.finditer(r.text[tok.start : tok.end]):
        if m_start == 0 and m_end == tok.end - tok.start and r.unit(j + 1) is not None:
            return j + 1
    return j


def _joined_by_hyphen(toks: list[_Tok], j: int) -> bool:
    """True when a figure and the word after it are written as one: "172-килограммовой"."""
    return (
        0 < j < len(toks) - 1
        and toks[j].text == "-"
        and toks[j - 1].end == toks[j].start
        and toks[j].end == toks[j + 1].start
        and toks[j + 1].text.isalpha()
    )


def find_amounts(text: str, vocab: Vocabulary) -> list[FoundQuantity]:
    """Every weight, volume and count written in text, read with one language's words."""
    return as_written(_find_amounts(blank_model_figures(blank_calibres(text)), vocab), text)


def _find_amounts(text: str, vocab: Vocabulary) -> list[FoundQuantity]:
    r = _Reader(text, vocab)
    toks = r.toks
    found: list[FoundQuantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        starts = tok.text[0].isdigit() or (
            tok.text.isalpha()
            and (
                vocab.numbers.get(tok.text) is not None
                or vocab.fractions.get(tok.text) is not None
                or fold(tok.text).startswith("пол")
                or _thousand_and_more(r, i)
            )
        )
        num = r.number(i) if starts and not _in_name(toks, i) else None
        if num is None and _bare_unit(r, i):
            num = 1.0, 0.05, i  # "нашли килограмм черной икры": one kilogram
        if num is None or (i > 0 and toks[i - 1].text in "$€£"):
            i += 1
            continue
        value, tol, j = num
        j = r.skip_spelled_out(j)
        j = _past_qualifier_after(r, i, j)
        if j < len(toks) and toks[j].text.isalpha() and vocab.money_words.get(toks[j].text):
            i = j  # "330 000 AZN", "150 миллионов рублей": a sum of money
            continue
        filler = j
        while filler < len(toks) and vocab.count_fillers.get(toks[filler].text):
            filler += 1
        unit = r.unit(j)
        if unit is not None and unit[0] is QuantityUnit.PIECES and _heads_compound(r, toks[j].end):
            unit = None  # "1 patron gilizi": the count is of the cases, not of cartridges
        if unit is None and _joined_by_hyphen(toks, j):
            # "172-килограммовой партии": the unit written as an adjective after a hyphen.
            joined = r.unit(j + 1)
            if joined is not None and joined[0] is not QuantityUnit.PIECES:
                unit, j = joined, j + 1
        count_unit: str | None = None
        inner = ""
        if (
            unit is None
            and filler == j
            and (_day_of_month(toks, j, vocab) or _model_number(toks, i, vocab))
        ):
            # "в ночь на 1 ноября ... партия телефонов": a date, not one telephone; "в салоне
            # автомобилей Chevrolet Cobalt и Nexia 3 были найдены сотовые телефоны": a model.
            i = j
            continue
        if unit is None and (tok.text[0].isdigit() or filler > j):
            # Only a figure, or a number a count filler follows ("iki min ədəd psixotrop
            # həb"), reaches over words to its unit: "5000 ədəd “metodon-40” həbi";
            # "одного легкового автомобиля ... сигарет" is not one cigarette.
            unit, inner, j = _count_after(r, filler, j)
            if unit is None and (
                _counted_goods_follow(r, filler, j) or _count_closes(r, filler, j)
            ):
                # "5 ədəd odlu silah", "1 ədəd lüləsi kəsilmiş ov tüfəngi": goods that have
                # no unit of their own are counted in pieces.
                unit, j = (QuantityUnit.PIECES, 1.0, "pieces"), filler - 1
        elif unit is None and _described_unit(r, j):
            # "четыре золотых слитка", "dörd qızıl külçə": a number in words, the goods as
            # one describing word, and the word they are counted in ("семь стеклянных
            # банок" names no goods).
            unit, j = r.unit(j + 1), j + 1
        elif unit is None and (
            _goods_at(r, j, _COUNTED_IN_WORDS)
            or ((past := _past_adjective(r, j)) > j and _goods_at(r, past, _COUNTED_IN_WORDS))
        ):
            # "bir Şahin quşu, üç göyərçin", "три пистолета", "две телескопические дубинки": a
            # number in words counts the counted goods written right after it, or after their
            # adjectives (not a car: "одного автомобиля" is where).
            unit, j = (QuantityUnit.PIECES, 1.0, "pieces"), j - 1
        if unit is None:
            i += 1
            continue
        dim, factor, count_unit = unit
        if dim is QuantityUnit.KG and factor <= _MILLIGRAM and _unit_adjective(r, j):
            # "300 milliqramlıq həblər", "300-миллиграммовые таблетки": the strength of one
            # dose, not a weight seized.
            i = j + 1
            continue
        if dim is QuantityUnit.PIECES and _DOTTED_THOUSANDS.fullmatch(tok.text):
            # "29.000 ədəd zəli": a count is whole, so a dot before three digits groups
            # thousands, as in the Azerbaijani and Russian press.
            value, tol = float(tok.text.replace(".", "")), 0.5
        bare = j < filler  # "4 ov tüfəngi": the figure is all the count there is
        if not bare and (_single_letter_unit(toks, j) or _year(value, toks, j)):
            i += 1
            continue
        total, total_tol, j = value * factor, tol * factor, j + 1
        if dim is not QuantityUnit.PIECES:
            total, total_tol, j = _compound(r, dim, factor, total, total_tol, j)
        start, end = tok.start, toks[j - 1].end
        found.append(
            FoundQuantity(
                quantity=Quantity(total, dim, text[start:end]),
                qualifier=_qualifier(text, start, end, vocab),
                start=start,
                end=end,
                tolerance=total_tol,
                count_unit=count_unit,
                inner_words=inner,
            )
        )
        i = j
    return found


_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# Quotes around a make ("2 ədəd “Kalaşnikov” avtomatı") do not end the words before the goods.
_QUOTES = frozenset("“”\"«»„'")
_CLOSING = {"“": "”", "«": "»", "„": "“", '"': '"', "'": "'"}
# How many words may stand between a count word and the goods it counts: a participle clause
# ("300 ədəd üzərində xarici dildə yazı olan ... pirotexniki vasitələr", "2 min ədəd güclü səs
# effekti verən müxtəlif növ pirotexniki vasitə") describes them, it does not end the count;
# ten words hold such a clause and a kind named before the goods.
_COUNT_REACH = 10
# Goods a number in words may count with no count word: a vehicle so counted is a conveyance.
_COUNTED_IN_WORDS = COUNTED - {"motor vehicle"}


_MAX_DESCRIBING = 4


# "40-dan çox": the case ending and the word of a loose figure, written after it.
_LOOSE_AFTER = frozenset({"-", "dan", "dən", "çox", "artıq", "yaxın"})
_MAX_KINDS = 12
_KIND_WORDS = 2
_LIST_COMMAS = 2


def _described_unit(r: _Reader, j: int) -> bool:
    toks = r.toks
    if j + 1 >= len(toks) or not toks[j].text.isalpha() or not toks[j + 1].text.isalpha():
        return False
    unit = r.unit(j + 1)
    counted = unit is not None and unit[0] is QuantityUnit.PIECES and unit[2] is not None
    return counted and _goods_at(r, j)


# Adjectives a count reaches over to its goods ("шесть живых, незадекларированных попугаев").
_MAX_ADJECTIVES = 3


def _past_adjective(r: _Reader, k: int) -> int:
    """The token after the adjectives of the counted goods at token k ("470 церковных книг",
    "3 телескопические дубинки", "6 живых, незадекларированных попугаев"), or k when none
    stands there."""
    end, seen = k, 0
    while end < len(r.toks) and seen < _MAX_ADJECTIVES:
        if not r.v.count_adjective.match(r.toks[end].text.lower()):
            break
        end, seen = end + 1, seen + 1
        comma = end < len(r.toks) and r.toks[end].text == ","
        if (
            comma
            and end + 1 < len(r.toks)
            and r.v.count_adjective.match(r.toks[end + 1].text.lower())
        ):
            end += 1
    return end


def _kinds_listed_before_goods(r: _Reader, j: int) -> bool:
    """ "40-dan çox şamayı, külmə, kütüm və kefal balığı": a bare figure over a list of kinds
    the vocabulary does not know, closed by the goods word that names them all."""
    k = j
    while k < len(r.toks) and r.toks[k].text.lower() in _LOOSE_AFTER:
        k += 1
    # A list names each kind in a word or two, and separates them by commas.
    commas = words = 0
    for at in range(k, min(len(r.toks), k + _MAX_KINDS)):
        text = r.toks[at].text
        # A kind the vocabulary knows ("külmə") goes on with the list when a join follows it.
        listed = at + 1 < len(r.toks) and r.toks[at + 1].text in _JOINS
        if _goods_at(r, at, COUNTED) and not listed:
            return commas >= _LIST_COMMAS  # "5 nəfər saxlanılıb, onlardan ov tüfəngi": no list
        if text in (",", "və", "и", "and"):
            commas += text == ","
            words = 0
        elif not text.isalpha() or not text.islower() or r.v.numbers.get(text) is not None:
            return False
        else:
            words += 1
            if words > _KIND_WORDS:
                return False
    return False


def _counted_goods_follow(r: _Reader, filler: int, j: int) -> bool:
    """True when goods follow a count word ("ədəd"), right at it or over words that describe
    them ("bir ədəd “AK-74” markalı avtomat", "11 ədəd çətənə bitkisi", "5725 ədəd üzərlərində
    “...” yazılan pirotexniki vasitələr"): the nearest noun phrase the count word leads to is
    what it counts, whatever its kind. A bare figure counts only goods that have no unit of
    their own ("4 ov tüfəngi")."""
    if filler == j:
        # "12 min tibbi maska": a figure may end in a magnitude word.
        if not any(t.text[0].isdigit() for t in r.toks[max(0, j - 2) : j]):
            return False
        # "12 qədim gümüş və mis sikkə": words of age and material between the figure and
        # the goods describe them; "2000-dən çox çay xərçəngi": so does a loose figure's word.
        k = j
        while k < len(r.toks) and r.toks[k].text.lower() in _LOOSE_AFTER:
            k += 1
        while k < min(len(r.toks), j + _MAX_DESCRIBING) and DESCRIBING.fullmatch(r.toks[k].text):
            k += 1
        # "470 церковных книг": one adjective right before the goods describes them too.
        if _goods_at(r, k, COUNTED) or _carcasses_at(r, k):
            return True
        if k == j and (past := _past_adjective(r, k)) > k:
            return _goods_at(r, past, COUNTED)
        return _kinds_listed_before_goods(r, j)
    k, words, named = filler, 0, False
    while k < len(r.toks) and words <= _COUNT_REACH:
        if _goods_at(r, k):
            # "3 ədəd heroin bağlaması": pieces of a weighed drug are its packages.
            return not _goods_at(r, k, WEIGHED_ONLY)
        text = r.toks[k].text
        if text in _QUOTES:
            after = _after_quoted(r, k)
            # "2 ədəd “Kalaşnikov” avtomatına məxsus daraq": a make whose goods word stands in
            # an oblique case names the owner of what is counted, not the counted goods.
            owner = _names_goods(r, after) and not _goods_at(r, after)
            if _goods_at(r, k + 1) and not owner:
                return True  # "200 ədəd “Lyrica”": the brand in quotes names the goods
            if _kinds_listed_to_goods(r, after):
                return True  # "4 ədəd "F1", 1 ədəd "RQ42" əl qumbaraları": one kind's count
            k = after
            continue
        if text == "-" or (text[0].isdigit() and _in_name(r.toks, k)):
            k += 1
            continue
        if text in _AND and words == 1 and not named and _kinds_listed_to_goods(r, k, True):
            # "90 ədəd külmə və 3 ədəd çapaq balığı": a kind named by one word ("2 ədəd
            # elektrik akkumulyatoru" names goods of their own)
            return True
        if not text.isalpha() or r.v.numbers.get(text) is not None:
            return False  # a comma, a figure or another number ends the count's words
        named = named or _names_goods(r, k)
        words += 1
        k += 1
    return False


_JOINS = frozenset({",", *AND_WORDS})
# The Russian and Azerbaijani "and" that joins two counts of a list, or a figure's larger
# unit to its smaller one ("2 тонны и 464 кг").
_AND = frozenset({"и", "və"})


def _kinds_listed_to_goods(r: _Reader, k: int, known: bool = False) -> bool:
    """True when token k goes on with a list of counts of kinds, each a figure, a count word
    and a make in quotes (or a calibre, blanked), that closes on the goods word they all count:
    ", 1 ədəd "RQ42", 1 ədəd "RQ5" əl qumbaraları". After a kind named by a plain word, the
    last count must name a kind the vocabulary knows ("və 3 ədəd çapaq balığı"), since "2 ədəd
    domca və 93 ədəd xramulya balığı" lists gear before the fish."""
    toks = r.toks
    while k < len(toks) and toks[k].text in _JOINS:
        k += 1
        if k >= len(toks) or not toks[k].text[0].isdigit():
            return False
        k += 1
        if k >= len(toks) or not r.v.count_fillers.get(toks[k].text):
            return False
        k += 1
        if k < len(toks) and toks[k].text in _QUOTES:
            k = _after_quoted(r, k)
        if _goods_at(r, k):
            return True
        if known:
            # a kind the vocabulary knows, then the goods word: "3 ədəd çapaq balığı"
            return _names_goods(r, k) and _goods_at(r, k + 1)
        if _kind_word(toks, k) and k + 1 < len(toks) and toks[k + 1].text in _JOINS:
            k += 1  # "..., 3 ədəd çapaq və 5 ədəd kütüm balığı": the list goes on
            continue
        # "qumbara alışdırcısı", "avtomat patronu": one word may qualify the goods word.
        if k + 1 < len(toks) and toks[k].text.isalpha() and _goods_at(r, k + 1):
            return True
    return False


def _kind_word(toks: list[_Tok], k: int) -> bool:
    """True when token k is a word in small letters that may name a kind of the goods."""
    return k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower()


def _count_closes(r: _Reader, filler: int, j: int) -> bool:
    """True when a count word ends its phrase, the goods it counts written before it:
    "çətənə kolları (47 ədəd)", "heroin – 5 ədəd", "onların sayı 47 ədəd olub"."""
    if filler == j:
        return False
    if filler >= len(r.toks):
        return True
    nxt = r.toks[filler].text
    return nxt in ").,;" or r.v.count_closers.get(nxt) is not None


def _after_quoted(r: _Reader, k: int) -> int:
    """The token after a quoted name and the names listed with it: "“A”, “B” və “C”"."""
    while k < len(r.toks) and r.toks[k].text in _QUOTES:
        close = _CLOSING.get(r.toks[k].text, r.toks[k].text)
        end = r.text.find(close, r.toks[k].end)
        if end < 0 or end - r.toks[k].end > 60:
            return k + 1
        k += 1
        while k < len(r.toks) and r.toks[k].start <= end:
            k += 1
        nxt = k + 1 if k < len(r.toks) and r.toks[k].text in (",", "və", "и", "and") else k
        if nxt < len(r.toks) and r.toks[nxt].text in _QUOTES:
            k = nxt
    return k


def _names_goods(r: _Reader, k: int) -> bool:
    """True when goods are named right at token k, in any case."""
    if k >= len(r.toks):
        return False
    return r.v.substances.at(r.text, r.toks[k].start) is not None


_CARCASS_REACH = 80


def _carcasses_at(r: _Reader, k: int) -> bool:
    """ "8 balıq cəmdəyi", "12 inək cəmdəyi": goods told by their carcasses are counted one by
    one, whether the goods alone would be weighed (fish) or not; the carcass word after them
    is what the figure counts, so they need not head the phrase."""
    if k >= len(r.toks):
        return False
    # Only the words at k are read: a goods name and a carcass word fit in this many characters.
    rest = r.text[r.toks[k].start : r.toks[k].start + _CARCASS_REACH]
    hit = r.v.substances.search(rest)
    return hit is not None and hit[0] == 0 and carcass_after(rest[hit[1] :])


def _goods_at(r: _Reader, k: int, kinds: frozenset[str] | None = None) -> bool:
    """True when goods are named right at token k, in a case that can head a counted noun
    phrase: "çətənə bitkisi", "avtomatı", not "həmin silaha məxsus daraq" (the magazines are
    what is counted, the rifle only owns them). With kinds, only goods of those kinds count."""
    if k >= len(r.toks):
        return False
    hit = r.v.substances.at(r.text, r.toks[k].start)
    if hit is None or (kinds is not None and hit[2] not in kinds):
        return False
    ending = r.v.substances.endings(r.text[hit[0] : hit[1]])
    if ending and r.v.oblique_case.search(ending[0]) and not _clause_subject(r, k, ending[0]):
        return False
    return not _heads_compound(r, hit[1])


# How many words a clause whose subject is counted goods may run before its verbal noun.
_CLAUSE_REACH = 16


def _clause_subject(r: _Reader, k: int, ending: str) -> bool:
    """Goods in the genitive that are the subject of a clause closed by a verbal noun ("3 şahin
    quşunun sakin tərəfindən saxlanıldığı məlum olub"): what the count counts, where a
    genitive before a possessed noun ("tüfəngin lüləsi") names an owner."""
    if not r.v.clause_subject.search(ending):
        return False
    for tok in r.toks[k + 1 : k + 1 + _CLAUSE_REACH]:
        if not tok.text.isalpha():
            return False  # a comma or a figure ends the clause's words
        if r.v.clause_verb.search(tok.text):
            return True
    return False


_SPACED_WORD = re.compile(r"\s+([^\W\d_]+)")
_WORD = re.compile(r"\s*([^\W\d_]+)")
_BLANKS = re.compile(r"\s*")


def _after_blanks(text: str, pos: int) -> int:
    """The first position from pos on that is no blank."""
    blanks = _BLANKS.match(text, pos)
    return pos if blanks is None else blanks.end()


def _heads_compound(r: _Reader, at: int) -> bool:
    """True when the word after position at heads a compound the word before it only
    qualifies: "3 ədəd heroin bağlaması" (a package), "1 ədəd patron gilizi" (a cartridge
    case). The head takes the possessive and ends the noun phrase; an adjective ("çətənə
    bitkisi maddi sübut kimi") is followed by its noun."""
    after = _SPACED_WORD.match(r.text, at)
    if after is None or not r.v.compound_head.search(fold(after[1])):
        return False
    nxt = _WORD.match(r.text, after.end())
    if nxt is None or r.v.phrase_stops.get(nxt[1]):
        return True
    # A verb right after the head, past the blanks before it.
    return r.v.seizure_actions.at(r.text, _after_blanks(r.text, after.end())) is not None


def _count_after(
    r: _Reader, filler: int, j: int
) -> tuple[tuple[QuantityUnit, float, str | None] | None, str, int]:
    """A count's unit a few words on: "5000 ədəd “metodon-40” həbi"."""
    inner: list[str] = []
    k = filler
    while k < len(r.toks) and k - filler <= 6:
        unit = r.unit(k)
        if unit is not None and unit[0] is QuantityUnit.PIECES:
            if _heads_compound(r, r.toks[k].end):
                break  # "1 ədəd patron gilizi": a cartridge case, no cartridge
            return unit, " ".join(inner), k
        text = r.toks[k].text
        if text in ".;:!?()," or (text[0].isdigit() and not _in_name(r.toks, k)):
            break  # "“metodon-40” həbi": a figure inside a name does not stop the count
        if r.v.conveyances.search(text) is not None:
            break  # "в 6 автомобилях ... сигарет" counts cars, not cigarettes
        if text.isalpha():
            if r.v.numbers.get(text) is not None:
                break
            inner.append(text)
        k += 1
    return None, "", j


def _in_name(toks: list[_Tok], i: int) -> bool:
    """A figure that is part of a product's name: "metodon-40", "Metadon M – 40", "M40"."""
    if i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].text.isalpha():
        return True
    if i == 0 or toks[i - 1].text not in ("-", "–", "—"):
        return False
    if toks[i - 1].end == toks[i].start:
        return True
    before = toks[i - 2].text if i > 1 else ""
    return before.isalpha() and before.isupper() and len(before) <= 3


def _bare_unit(r: _Reader, i: int) -> bool:
    """A unit written without a figure stands for one of it, unless it prices something
    ("за килограмм") or follows a figure the reader did not take."""
    word = fold(r.toks[i].text)
    before = r.toks[i - 1].text if i > 0 else ""
    if word in r.v.loose_bare_units and _after_qualifier(r, i):
        # "около килограмма героина": about one of it; "около тонны – 974 кг" is a figure
        # told roughly before it is told exactly.
        return not re.match(r"\s*[–—:-]?\s*\d", r.text[r.toks[i].end : r.toks[i].end + 6])
    if word not in r.v.bare_units:
        return False
    if before[:1].isdigit() or fold(before) in ("за", "per", "hər", "в"):
        return False
    # "килограмм черной икры" is a find; "килограмм чая" beside "бутылка водки" is not.
    after = r.text[r.toks[i].end : r.toks[i].end + 30]
    goods = r.v.substances.search(after)
    return goods is not None and not after[: goods[0]].strip(" ,").count(" ")


_MILLIGRAM = 1e-6


def _unit_adjective(r: _Reader, j: int) -> bool:
    """Whether the unit at token j is written as an adjective of what it measures."""
    return j < len(r.toks) and fold(r.toks[j].text).endswith(r.v.unit_adjective_endings)


def _after_qualifier(r: _Reader, i: int) -> bool:
    """Whether a word of "about", "over" or "under" ends right before token i."""
    before = r.text[max(0, r.toks[i].start - 20) : r.toks[i].start]
    return any(not before[e:].strip() for _, e, _ in r.v.qualifiers.finditer(before))


def _single_letter_unit(toks: list[_Tok], j: int) -> bool:
    """ "т", "г", "q" stand for a unit only right after a figure ("5 т", "395 q")."""
    tok = toks[j]
    return len(tok.text) == 1 and not toks[j - 1].text[0].isdigit()


def _day_of_month(toks: list[_Tok], j: int, vocab: Vocabulary) -> bool:
    """A figure written right before a month's name is the day of a date ("1 ноября",
    "22 noyabr", "12 May")."""
    return j < len(toks) and toks[j].text.isalpha() and vocab.months.get(toks[j].text) is not None


def _model_number(toks: list[_Tok], i: int, vocab: Vocabulary) -> bool:
    """A bare figure right after a word in Latin letters, in a language written in Cyrillic,
    is the number of a make's model ("Nexia 3", "Iphone 12")."""
    if vocab.code != "ru" or i == 0:
        return False
    before = toks[i - 1].text
    return before.isascii() and before.isalpha() and before[:1].isupper()


def _year(value: float, toks: list[_Tok], j: int) -> bool:
    """ "2020 г." is a year, not two kilograms."""
    return fold(toks[j].text) in ("г", "q") and 1900 <= value <= 2100 and value == int(value)


def _compound(
    r: _Reader, dim: QuantityUnit, factor: float, total: float, tol: float, j: int
) -> tuple[float, float, int]:
    """Add the smaller units that follow: "301 кг 475 граммов", "1 тонна 167 кг", and a half
    written after the unit: "iki kiloqram yarım" is two and a half."""
    if j < len(r.toks) and r.toks[j].text.isalpha():
        half = r.v.fractions.get(r.toks[j].text)
        if half is not None and not (j + 1 < len(r.toks) and r.unit(j + 1) is not None):
            return total + half * factor, tol, j + 1
    while j < len(r.toks):
        # "2 тонны и 464 кг", "2 ton və 464 kq": the smaller unit joined by "and"
        joined = fold(r.toks[j].text) in _AND and j + 1 < len(r.toks)
        at = j + 1 if joined else j
        if not r.toks[at].text[0].isdigit():
            break
        num = r.number(at)
        if num is None:
            break
        value, sub_tol, k = num
        unit = r.unit(k)
        if unit is None or unit[0] is not dim or unit[1] >= factor:
            break
        factor = unit[1]
        total += value * factor
        tol = sub_tol * factor
        j = k + 1
    return total, tol, j
