"""Build data/screening/classes/pairs.jsonl from data/screening/classes/entities.jsonl.

Each entity is one real listed person or company with the names it is published under, each
tagged with its language. Positive pairs join two names of one entity; a few are derived the
way lists and documents rewrite a name (SURNAME, Given; family name first; an honorific put in
front; -ullah written -ulla; ISO 9 romanisation of the Cyrillic). Negative pairs join names of
different entities: relatives (same family: father, sons, brothers, sisters), companies of one
sector that differ in their distinctive word, namesakes sharing a part, and random pairs.

Every pair carries its classes (cross-script per script pair, romanisation, Ukrainian or
Belarusian against Russian, inversion, partial name, honorific, spelling, legal form, quoted
name, relatives, Korean one syllable, company distinctive word) and its split: whole families
(or entities) go to `test` or `train` by a hash of their name, so no test pair shares a person
with a training pair. Deterministic: the same entities file always gives the same pairs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from itertools import combinations, product
from pathlib import Path
from typing import Any

from anyascii import anyascii

HERE = Path(__file__).resolve().parent.parent / "data" / "screening" / "classes"
TEST_SHARE = 40  # per cent of families held out
OTHER_ALIAS_PAIRS = 6
RELATIVE_PAIRS = 8
SHARED_PAIRS = 2
RANDOM_NEGATIVES = 300
SEED = 20261205
SCRIPT_ORDER = ("cyrillic", "arabic", "georgian", "armenian", "korean", "latin")
ROMANISATIONS = {"de", "pl", "cs", "fr", "iso9", "be-lacinka", "uk-latn", "be-latn"}
TITLES_ABJAD = {
    "mullah": "ملا", "maulavi": "مولوی", "mawlawi": "مولوی", "haji": "حاجی", "alhaj": "الحاج",
    "sayyid": "سید", "seyyed": "سید", "sayyed": "سید", "sheikh": "شیخ", "shaykh": "شیخ",
    "hafiz": "حافظ", "ayatollah": "آیت‌الله", "qari": "قاری",
}  # fmt: skip
LEGAL_FORM = re.compile(
    r"\b(LLC|JSC|PJSC|OJSC|CJSC|OAO|PAO|AO|AK|ASC|MMC|LTD|PLC|CORPORATION|COMPANY|"
    r"JOINT[- ]STOCK|STATE CORPORATION|ООО|ПАО|АО|ЗАО|ОАО|ГОСКОРПОРАЦИЯ|АКЦИОНЕРНОЕ|"
    r"ПУБЛИЧНОЕ|СС|ՓԲԸ|سهامی|شركة|OBSHCHESTVO)\b",
    re.IGNORECASE,
)
# ISO 9:1995 for Russian, Ukrainian and Belarusian letters.
ISO9 = dict(
    zip(
        "абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя",
        "a b v g g̀ d e ë ê ž z i ì ï j k l m n o p r s t u ŭ f h c č š ŝ ʺ y ʹ è û â".split(),  # noqa: SIM905
        strict=True,
    )
)


def script_of(text: str) -> str:
    """The script a name is written in (the first letter that tells)."""
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for script, marker in (
            ("cyrillic", "CYRILLIC"), ("arabic", "ARABIC"), ("georgian", "GEORGIAN"),
            ("armenian", "ARMENIAN"), ("korean", "HANGUL"),
        ):  # fmt: skip
            if marker in name:
                return script
        return "latin"
    return "latin"


def iso9(text: str) -> str:
    """ISO 9 romanisation of a Cyrillic name, keeping capitals."""
    out = []
    for char in text:
        low = char.lower()
        latin = ISO9.get(low, char)
        out.append(latin.capitalize() if char != low else latin)
    return unicodedata.normalize("NFC", "".join(out))


def words(text: str) -> list[str]:
    """Name words without punctuation, quotes or honorific titles."""
    plain = re.sub(r"[,«»\"()]", " ", text).split()
    return [w for w in plain if anyascii(w).lower().strip("'") not in TITLES_ABJAD]


def derived(entity: dict[str, Any], rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """Pairs (query, candidate, class, how, source) rewritten the way lists and documents do.

    `source` is the published name the query was rewritten from.
    """
    names = entity["names"]
    out: list[tuple[str, str, str, str, str]] = []
    latin = [t for lang, t in names if lang in ("en", "list") and "," not in t]
    others = [t for _, t in names if script_of(t) != "latin"]
    if entity["kind"] != "person":
        return out
    # Korean names are already written family name first; lists do not invert them.
    korean = any(script_of(t) == "korean" for _, t in names)
    if latin and len(latin[0].split()) >= 2 and not korean:
        parts = latin[0].split()
        target = others[0] if others else names[-1][1]
        out.append(
            (
                f"{parts[-1].upper()}, {' '.join(parts[:-1])}",
                target,
                "inversion",
                "SURNAME, Given",
                latin[0],
            )
        )
        if len(parts) == 2:
            out.append(
                (f"{parts[1]} {parts[0]}", target, "inversion", "family name first", latin[0])
            )
    for _, text in names:
        if script_of(text) == "cyrillic" and len(text.split()) >= 2:
            out.append(
                (iso9(text), latin[0] if latin else names[0][1], "romanisation", "ISO 9", text)
            )
            break
    for title in entity.get("titles", ()):
        if latin and not latin[0].lower().startswith(title.lower()):
            out.append(
                (
                    f"{title} {latin[0]}",
                    rng.choice([t for _, t in names]),
                    "honorific",
                    "title added",
                    latin[0],
                )
            )
        abjad = [
            t
            for _, t in names
            if script_of(t) == "arabic" and not t.startswith(TITLES_ABJAD.get(title.lower(), "-"))
        ]
        if abjad and latin:
            out.append(
                (
                    f"{TITLES_ABJAD[title.lower()]} {abjad[0]}",
                    latin[0],
                    "honorific",
                    "title added",
                    abjad[0],
                )
            )
    for text in latin:
        changed = re.sub(r"ullah\b", "ulla", text)
        changed = re.sub(r"uddin\b", "udin", changed)
        changed = re.sub(r"([bdfhklmnprstzq])\1", r"\1", changed)
        if changed != text:
            out.append(
                (
                    changed,
                    rng.choice([t for _, t in names if t != text]),
                    "spelling",
                    "doubled or dropped letters",
                    text,
                )
            )
    return out


def classes_of(entity: dict[str, Any], q: tuple[str, str], c: tuple[str, str]) -> list[str]:
    """The classes a positive pair of (language, name) belongs to."""
    tags: list[str] = []
    sq, sc = script_of(q[1]), script_of(c[1])
    if sq != sc:
        a, b = sorted((sq, sc), key=SCRIPT_ORDER.index)
        tags += ["cross-script", f"cross-script {a}/{b}"]
    langs = {q[0], c[0]}
    if sq == sc == "cyrillic" and langs & {"uk", "be"} and langs & {"ru", "ky"}:
        tags.append("ukrainian-belarusian/russian")
    has_cyrillic = any(script_of(t) == "cyrillic" for _, t in entity["names"])
    if sq == sc == "latin" and has_cyrillic and q[0] != c[0] and langs & ROMANISATIONS:
        tags.append("romanisation")
    if ("," in q[1]) != ("," in c[1]):
        tags.append("inversion")
    if len(words(q[1])) != len(words(c[1])):
        tags.append("partial name")
    if entity["kind"] == "company":
        if LEGAL_FORM.search(q[1]) or LEGAL_FORM.search(c[1]):
            tags.append("legal form")
        if any(ch in q[1] + c[1] for ch in '«"'):
            tags.append("quoted name")
    return tags or ["same script variant"]


def other_names(folder: Path) -> set[tuple[str, frozenset[str]]]:
    """Name pairs of one entity judged by reading to share no name, from other-names.jsonl.

    Each line is `{"entity": id, "names": [a, b]}`: two published names of the entity that
    have no name in common in any spelling or script (a nom de guerre against the birth name,
    a nickname, a former company name, an acronym against the full name). A match pair made
    from them carries the class `other name`. Sets without the file get no such class.
    """
    path = folder / "other-names.jsonl"
    if not path.exists():
        return set()
    judged = set()
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        judged.add((record["entity"], frozenset(record["names"])))
    return judged


def split_of(entity: dict[str, Any]) -> str:
    """`test` or `train`, by a hash of the family (or the entity when it has none)."""
    unit = entity.get("family") or entity["id"]
    digest = int(hashlib.sha1(unit.encode()).hexdigest(), 16)
    return "test" if digest % 100 < TEST_SHARE else "train"


def ascii_parts(name: str) -> set[str]:
    """Lower-case ASCII words of a name, for finding entities that share a part."""
    text = anyascii(name).lower().replace(",", " ").replace("-", " ")
    return {w[:5] for w in text.split() if len(w) >= 3}


def main() -> None:
    """Write pairs.jsonl next to entities.jsonl."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dir",
        type=Path,
        default=HERE,
        help="folder holding entities.jsonl (default: %(default)s)",
    )
    parser.add_argument(
        "--split",
        help="give every pair this split instead of hashing families into test and train "
        "(for a hold-out set kept apart as a whole)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="seed of the pairs drawn at random; a new hold-out set takes its own "
        "(default: %(default)s, which the earlier sets were built with)",
    )
    args = parser.parse_args()
    folder: Path = args.dir
    fixed_split: str | None = args.split

    def split_for(entity: dict[str, Any]) -> str:
        return fixed_split or split_of(entity)

    rng = random.Random(args.seed)
    entities = [json.loads(line) for line in (folder / "entities.jsonl").open(encoding="utf-8")]
    judged_other = other_names(folder)

    def other_name(e: dict[str, Any], a: str, b: str) -> list[str]:
        return ["other name"] if (e["id"], frozenset((a, b))) in judged_other else []

    pairs: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(
        a: dict[str, Any], b: dict[str, Any], q: str, c: str, tags: list[str], how: str
    ) -> None:
        if q == c or (q, c) in seen or (c, q) in seen:
            return
        seen.add((q, c))
        same = a["id"] == b["id"]
        if not same:
            # Negatives carry the form classes too, so each class has a precision.
            form = classes_of(a, ("x", q), ("y", c))
            keep = ("cross-script", "inversion", "legal form", "quoted name")
            tags = tags + [t for t in form if t.startswith(keep)]
        pairs.append(
            {
                "query": q, "candidate": c, "kind": a["kind"], "match": same,
                "classes": tags, "variant": tags[0], "how": how, "split": split_for(a),
                "query_entity": a["id"], "candidate_entity": b["id"],
                "source": a["source"] if same else f"{a['source']} | {b['source']}",
            }
        )  # fmt: skip

    for e in entities:
        names = [tuple(n) for n in e["names"]]
        hubs = [n for n in names if n[0] in ("en", "list")][:2] or names[:1]
        for hub in hubs:
            for other in names:
                if other != hub:
                    tags = classes_of(e, other, hub) + other_name(e, other[1], hub[1])
                    add(e, e, other[1], hub[1], tags, "published names")
        rest = [p for p in combinations(names, 2) if hub not in p]
        rng.shuffle(rest)
        for qn, cn in rest[:OTHER_ALIAS_PAIRS]:
            tags = classes_of(e, qn, cn) + other_name(e, qn[1], cn[1])
            add(e, e, qn[1], cn[1], tags, "published names")
        for q, c, tag, how, source in derived(e, rng):
            extra = classes_of(e, ("derived", q), ("derived", c))
            tags = [tag, *[t for t in extra if t != "same script variant"]]
            add(e, e, q, c, tags + other_name(e, source, c), how)
    by_family: dict[str, list[dict[str, Any]]] = {}
    for e in entities:
        if e.get("family"):
            by_family.setdefault(e["family"], []).append(e)
    for family, members in by_family.items():
        for a, b in combinations(members, 2):
            if a["kind"] == "person":
                tags = ["relatives"]
                if any(script_of(t) == "korean" for _, t in a["names"]):
                    tags.append("korean one syllable")
            else:
                tags = ["company distinctive word"]
            cross = list(product(a["names"], b["names"]))
            same_lang = [(q, c) for q, c in cross if q[0] == c[0]]
            rng.shuffle(same_lang)
            rng.shuffle(cross)
            for q, c in (same_lang + cross)[:RELATIVE_PAIRS]:
                add(a, b, q[1], c[1], tags, family)
    for a, b in combinations(entities, 2):
        if a["kind"] != b["kind"] or (a.get("family") and a.get("family") == b.get("family")):
            continue
        if split_for(a) != split_for(b):
            continue
        if ascii_parts(a["names"][0][1]) & ascii_parts(b["names"][0][1]):
            cross = list(product(a["names"], b["names"]))
            rng.shuffle(cross)
            for q, c in cross[:SHARED_PAIRS]:
                add(a, b, q[1], c[1], ["namesake"], "shared name part")
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in entities:
        groups.setdefault((e["kind"], split_for(e)), []).append(e)
    keys = sorted(groups)
    for _ in range(RANDOM_NEGATIVES):
        group = groups[rng.choice(keys)]
        a, b = rng.sample(group, 2)
        if a.get("family") and a.get("family") == b.get("family"):
            continue
        add(a, b, rng.choice(a["names"])[1], rng.choice(b["names"])[1], ["random"], "random")
    with (folder / "pairs.jsonl").open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    for split in sorted({p["split"] for p in pairs}):
        rows = [p for p in pairs if p["split"] == split]
        positives = sum(1 for p in rows if p["match"])
        print(f"{split}: {len(rows)} pairs, {positives} matches", file=sys.stderr)


if __name__ == "__main__":
    main()
