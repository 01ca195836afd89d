"""A cache of weapons told kind by kind: the word for the whole cache, told apart, is no goods.

"10 ədəd F-1 əl qumbarası ... aşkar edilib. Sursatlar ... ərazidən götürülərək
kənarlaşdırılıb", "изъято четыре гранаты Ф-1 ... пресекли работу мастерской по ремонту
огнестрельного оружия", "Crates of ammunition for hunting rifles were found ... agents seized
1,500 cartridges": the labels give one record per kind counted (347, 417, 609), and a sentence
that names the cache by a generic word ("sursat", "оружие", "rifles") without a figure, apart
from the sentence that counts its kinds, tells of those kinds again, not of one more find.

Arms named without a figure in the sentence that counts the others stay records: "“Kalaşnikov”
markalı avtomat ... və 1089 ədəd patron", "Two pistols with some ammunition": a lone weapon in
the list is a find of its own, counted or not.
"""

from __future__ import annotations

from kordon.osint.records import SeizureRecord, quantity_of

# Labels of a weapons cache's kinds, and the generic label for the whole of it.
ARMS = frozenset({"weapons", "firearms", "ammunition", "explosives", "magazines"})


def _same_sentence(a: SeizureRecord, b: SeizureRecord) -> bool:
    # A record's evidence is the sentence (or the few sentences) it was read from.
    if not a.evidence or not b.evidence:
        return False
    return a.evidence in b.evidence or b.evidence in a.evidence


def without_bare_arms(records: list[SeizureRecord]) -> list[SeizureRecord]:
    """records without the arms named with no figure in a sentence apart from counted arms of
    the same context."""
    counted = [r for r in records if r.substance in ARMS and quantity_of(r) is not None]

    def told_again(record: SeizureRecord) -> bool:
        if record.substance not in ARMS or quantity_of(record) is not None:
            return False
        beside = [c for c in counted if c.context == record.context]
        return bool(beside) and not any(_same_sentence(record, c) for c in beside)

    return [r for r in records if not told_again(r)]
