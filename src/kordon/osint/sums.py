"""Money found told by its sum alone: "CBP officers also seized $5,980", "обнаружили в ручной
клади 800 тысяч евро", "carrying 17,520 euro". In a sentence of seizing that names no goods, a
sum that is no value, price or fine is the money itself, a find of currency (recorded, as the
set labels cash, without a quantity)."""

from __future__ import annotations

import re

_MAGNITUDE = (
    r"(?:\s*(?:million|thousand|mln|bn|m|k|lakh|crore|тыс\.?|тысяч\w*|млн\.?|миллион\w*|min"
    r"|milyon)\b)?"
)
# A sum's figure runs at most this many characters after its first digit ("1 250 000,50"):
# read from every digit of a long run of figures, an unbounded run would take time growing
# with the run's square. Nor does a sum start inside a run ("... 000 000 dollars" read as its
# tail): a run too long to be one sum is none.
_SUM_REACH = 24
_SUM = re.compile(
    rf"(?<![\w$€£₹¥])(?:[$€£₹¥]\s?\d[\d,.]*{_MAGNITUDE}"
    rf"|(?<!\d[\s,.])\d[\d\s,.]{{0,{_SUM_REACH}}}?{_MAGNITUDE}"
    r"\s*(?:(?:ABŞ|США|US)\s+)?(?:euros?|dollar\w*|rupees|usd|eur|avro|manat\w*|евро|доллар\w*|рубл\w*"
    r"|юан\w*|тенге|гривен\w*|гривн\w*)(?![^\W_]))",
    re.IGNORECASE,
)
# A sum that is what goods are worth, a price, a fine or a bail: "worth $5,000", "на сумму 5
# тысяч рублей", "штраф в размере 2000 рублей".
# Whole words only: "ввоза 800 тысяч евро" (an import of money) ends in "за" but is no price.
_VALUE_BEFORE = re.compile(
    r"\b(?:worth|valued?|value of|estimated|fine[ds]?|bail|reward|cost\w*|price\w*|sold|paid|pay"
    r"|bribe|сумм\w*|стоимост\w*|оцен\w*|размер\w*|штраф\w*|цен\w*|взятк\w*|залог\w*|за|на)"
    r"(?:\s+(?:of|at|to|about|around|some|over|up to|more than|около|более|свыше|до|в|на))*\s*$",
    re.IGNORECASE,
)
# "$1.9 million in undeclared commodities" is what goods are worth; "17,520 euro in his
# luggage", "in envelopes" is where money was.
_VALUE_AFTER = re.compile(
    r"^\s*(?:worth|of\b|a\b|per\b|за\b|в\s+(?:год|месяц)|in\s+(?!(?:his|her|their|its|a|an|the"
    r"|several|envelopes?|bags?|luggage|suitcases?|pockets?|cash|banknotes?)\b))",
    re.IGNORECASE,
)


# A sentence that tells what goods are worth, a tax or a penalty tells no money found, wherever
# its sum stands: "The estimated market value of the seizure is about $400,000", "Общая сумма
# оценки изъятого товара составила более 600 тысяч рублей".
# Whole words only: "аналогичным" holds "налог", "Сцены" "цены", "taxi" "tax", and a police
# officer "on duty" tells no customs duty.
_VALUE_TOLD = re.compile(
    r"\b(?:worth|valued?|value|estimated|penalt\w*|fine[ds]?|tax(?:es|ed)?|bail|reward|cost\w*"
    r"|price\w*|sold|paid|pay|bribe|revenue|(?:customs|import|export|excise)\s+dut(?:y|ies))\b"
    r"|(?<![^\W_])(?:сумм\w*|стоимост\w*|оцен\w*|штраф\w*|цен[аеуы]|взятк\w*|залог\w*"
    r"|пошлин\w*|налог\w*|ущерб\w*|потянул\w*|стоит|стоят|стоил\w*|dəyər\w*|məbləğ\w*|cərimə\w*|qiymət\w*"
    r"|rüşvət\w*)(?![^\W_])",
    re.IGNORECASE,
)

# A sentence that tells money offered, paid, promised or held out as a reward tells no money
# found, whatever its sum stands beside: "He offered officers 5,000 dollars in cash", "40
# тысяч долларов, которые он обещал курьеру", "ona 3 min manat təklif edib".
_OFFER_TOLD = re.compile(
    r"(?<![^\W_])(?:offer\w*|promis\w*|reward\w*|paid|предлага\w*|предложи\w*|обещ\w*"
    r"|вознагражд\w*|təklif\w*|vəd\w*)(?![^\W_])",
    re.IGNORECASE,
)


def tells_an_offer(sentence: str) -> bool:
    """Whether a sentence tells money offered, paid, promised or a reward, not money found."""
    return _OFFER_TOLD.search(sentence) is not None


def seized_sum(sentence: str) -> int | None:
    """Where in the sentence a sum of money stands that is the money found, or None."""
    if _VALUE_TOLD.search(sentence) or tells_an_offer(sentence):
        return None
    for m in _SUM.finditer(sentence):
        before = sentence[max(0, m.start() - 30) : m.start()]
        if _VALUE_BEFORE.search(before) or _VALUE_AFTER.match(sentence[m.end() :]):
            continue
        return m.start()
    return None


# A sum written as the last item of a list of goods: "and $280,000 in cash", "и 40 тысяч
# долларов", "və 40 min dollar".
_LIST_JOIN = re.compile(r"(?:,|\band|\bи|\bа также|\bvə|\bhabelə|\beləcə də)\s*$", re.IGNORECASE)


def listed_sum(sentence: str) -> int | None:
    """Where in a sentence of goods a sum of money stands that is one more item of its list
    of finds ("seized 40 kilograms of cocaine and 3,000 euros"), or None."""
    if _VALUE_TOLD.search(sentence) or tells_an_offer(sentence):
        return None
    for m in _SUM.finditer(sentence):
        before = sentence[max(0, m.start() - 30) : m.start()]
        if not _LIST_JOIN.search(before) or _VALUE_AFTER.match(sentence[m.end() :]):
            continue
        return m.start()
    return None
