"""Compiling criteria trees into plain Python closures, once per profile.

Semantics, which `docs/profiles.md` repeats for analysts:

* A field without a value (None, or a "many" field with no values) satisfies no operator
  except `exists: false`. So `ne: AZ` and `not_in: [AZ]` are false when the destination is
  unknown, while `not: {field: route.destination, in: [AZ]}` is true.
* A "many" field (route.transit, route.any, driver.*, party.*, vehicle.plate, *.identifier)
  satisfies a positive operator when ANY of its values does; `ne` and `not_in` hold when NONE
  of its values equals / is in the given values.
* Item fields (`item.*`) bind to one goods item. Item conditions inside the same `all`/`any`
  tree refer to the SAME item: `all: [hs prefix 0806, value_per_kg lt 1.2]` fires only when one
  item is both dried grapes and cheap. A `not` (and the top of the tree) closes the binding:
  `not: {field: item.hs_code, prefix: "2402"}` means "no item is tobacco".
* Free attributes compare as text; numeric operators parse them and fail on non-numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kordon.domain.declaration import Declaration, GoodsItem
from kordon.domain.profile import AllOf, AnyOf, Condition, Criteria, Not
from kordon.risk.profiles.fields import Field, Kind, lookup

# The hot paths below use plain loops rather than any()/all() over a generator: a generator
# per call costs more than the test itself.

DeclTest = Callable[[Declaration], bool]
ItemTest = Callable[[Declaration, GoodsItem], bool]
ValueTest = Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class _Part:
    """A compiled subtree: a declaration test AND-ed with a test of one bound item."""

    decl: DeclTest | None
    item: ItemTest | None
    # Rough relative cost, so that `all` runs cheap tests first (tests have no side effects).
    cost: int = 1


def _as_number(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _value_test(op: str, operand: Any, kind: Kind) -> ValueTest:
    """A test of one present value against `operand`."""
    if op in ("gt", "ge", "lt", "le", "between") and kind is Kind.ANY:
        inner = _value_test(op, operand, Kind.NUMBER)

        def numeric(v: Any) -> bool:
            n = _as_number(v)
            return n is not None and inner(n)

        return numeric
    if op == "eq":
        return lambda v: bool(v == operand)
    if op == "ne":
        return lambda v: bool(v != operand)
    if op in ("in", "not_in"):
        members = frozenset(operand)
        if op == "in":
            return lambda v: v in members
        return lambda v: v not in members
    if op == "prefix":
        prefixes = tuple(operand)
        return lambda v: str(v).startswith(prefixes)
    if op == "gt":
        return lambda v: bool(v > operand)
    if op == "ge":
        return lambda v: bool(v >= operand)
    if op == "lt":
        return lambda v: bool(v < operand)
    if op == "le":
        return lambda v: bool(v <= operand)
    if op == "between":
        low, high = operand
        return lambda v: bool(low <= v <= high)
    if op == "matches":
        search = re.compile(operand).search
        return lambda v: search(str(v)) is not None
    raise ValueError(f"unknown operator {op!r}")


def _condition(condition: Condition) -> _Part:
    field = lookup(condition.field)
    if field is None:
        raise ValueError(f"unknown field {condition.field!r}")
    get = field.get
    op, operand = condition.op, condition.value
    cost = 1 + 2 * field.many + 4 * (op == "matches") + (field.kind is Kind.ANY)
    return replace(_condition_part(field, get, op, operand), cost=cost)


def _condition_part(field: Field, get: Callable[[Any], Any], op: str, operand: Any) -> _Part:
    if field.item:
        if op == "exists":
            want = bool(operand)
            return _Part(None, lambda d, i: (get(i) is not None) is want)
        test = _value_test(op, operand, field.kind)

        def item_test(d: Declaration, i: GoodsItem) -> bool:
            v = get(i)
            return v is not None and test(v)

        return _Part(None, item_test)
    if field.many:
        return _Part(_many(get, op, operand, field.kind), None)
    if op == "exists":
        want = bool(operand)
        return _Part(lambda d: (get(d) is not None) is want, None)
    if op in ("eq", "in") and field.kind is not Kind.ANY:
        # None is never an operand, so the missing-value check folds into the comparison.
        if op == "eq":
            return _Part(lambda d: bool(get(d) == operand), None)
        members = frozenset(operand)
        return _Part(lambda d: get(d) in members, None)
    test = _value_test(op, operand, field.kind)

    def decl_test(d: Declaration) -> bool:
        v = get(d)
        return v is not None and test(v)

    return _Part(decl_test, None)


def _many(get: Callable[[Any], Any], op: str, operand: Any, kind: Kind) -> DeclTest:
    if op == "exists":
        want = bool(operand)
        return lambda d: bool(get(d)) is want
    if op in ("ne", "not_in"):
        positive = _value_test("eq" if op == "ne" else "in", operand, kind)

        def none_match(d: Declaration) -> bool:
            values = get(d)
            return bool(values) and not any(positive(v) for v in values)

        return none_match
    test = _value_test(op, operand, kind)

    def any_match(d: Declaration) -> bool:
        return any(test(v) for v in get(d))

    return any_match


def _and(tests: Sequence[DeclTest]) -> DeclTest | None:
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        a, b = tests
        return lambda d: a(d) and b(d)
    if len(tests) == 3:
        a, b, c = tests
        return lambda d: a(d) and b(d) and c(d)
    frozen = tuple(tests)

    def every(d: Declaration) -> bool:
        for t in frozen:  # noqa: SIM110
            if not t(d):
                return False
        return True

    return every


def _and_item(tests: Sequence[ItemTest]) -> ItemTest | None:
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        a, b = tests
        return lambda d, i: a(d, i) and b(d, i)
    frozen = tuple(tests)

    def every(d: Declaration, i: GoodsItem) -> bool:
        for t in frozen:  # noqa: SIM110
            if not t(d, i):
                return False
        return True

    return every


def _full_item(part: _Part) -> ItemTest:
    decl, item = part.decl, part.item
    if item is None:
        assert decl is not None
        return lambda d, i: decl(d)
    if decl is None:
        return item
    return lambda d, i: decl(d) and item(d, i)


def _close(part: _Part) -> DeclTest:
    """A declaration test: the decl part, then some item satisfying the item part."""
    decl, item = part.decl, part.item
    if item is None:
        assert decl is not None
        return decl

    def some_item(d: Declaration) -> bool:
        if decl is not None and not decl(d):
            return False
        for i in d.items:  # noqa: SIM110
            if item(d, i):
                return True
        return False

    return some_item


def _compile(criteria: Criteria) -> _Part:
    if isinstance(criteria, Condition):
        return _condition(criteria)
    if isinstance(criteria, Not):
        compiled = _compile(criteria.part)
        inner = _close(compiled)
        return _Part(lambda d: not inner(d), None, compiled.cost)
    parts = [_compile(p) for p in criteria.parts]
    cost = sum(p.cost for p in parts)
    if isinstance(criteria, AllOf):
        parts.sort(key=lambda p: p.cost)
        decls = [p.decl for p in parts if p.decl is not None]
        items = [p.item for p in parts if p.item is not None]
        return _Part(_and(decls), _and_item(items), cost)
    assert isinstance(criteria, AnyOf)
    if all(p.item is None for p in parts):
        tests = tuple(p.decl for p in parts if p.decl is not None)

        def some(d: Declaration) -> bool:
            for t in tests:  # noqa: SIM110
                if t(d):
                    return True
            return False

        return _Part(some, None, cost)
    item_tests = tuple(_full_item(p) for p in parts)

    def some_item_test(d: Declaration, i: GoodsItem) -> bool:
        for t in item_tests:  # noqa: SIM110
            if t(d, i):
                return True
        return False

    return _Part(None, some_item_test, cost)


def compile_criteria(criteria: Criteria) -> DeclTest:
    """A fast test `declaration -> bool` equivalent to the criteria tree."""
    return _close(_compile(criteria))


ItemFinder = Callable[[Declaration], tuple[int, ...]]


def compile_item_finder(criteria: Criteria) -> ItemFinder | None:
    """For criteria that bind an item: which items (0-based) satisfy it; None if none bind.

    Run only after the profile fired, to tell the officer which goods lines to look at.
    """
    part = _compile(criteria)
    item = part.item
    if item is None:
        return None

    def matching(d: Declaration) -> tuple[int, ...]:
        return tuple(n for n, i in enumerate(d.items) if item(d, i))

    return matching
