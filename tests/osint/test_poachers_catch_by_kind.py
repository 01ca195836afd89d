"""Poachers' catch: fish counted kind by kind are one find per kind, a figure over several
kinds stays one find, and the boat, oars and batteries taken with the catch are the poachers'
gear, neither a find nor the conveyance."""

from kordon.osint import extract_text

from .reading import goods_found


def test_azerbaijani_fish_named_by_kind_are_one_find_per_count() -> None:
    text = (
        "Yoxlama zamanı onlardan 1 ədəd rezin qayıq, 2 ədəd avar, 1 ədəd akkumulyator, "
        "30 ədəd xramulya, 7 ədəd şibrit və 12 ədəd dabanbalığı götürülüb."
    )
    assert goods_found(text) == [
        ("fish", None, 30.0, "items"),
        ("fish", None, 7.0, "items"),
        ("fish", None, 12.0, "items"),
    ]


def test_azerbaijani_one_figure_over_several_kinds_is_one_find() -> None:
    text = (
        "Həmin şəxsdən ov qurğuları, eləcə də ümumilikdə 40 ədəd sazan, külmə və kütüm "
        "balığı götürülüb."
    )
    assert goods_found(text) == [("fish", None, 40.0, "items")]


def test_azerbaijani_catch_without_a_figure_beside_a_counted_boat_is_the_find() -> None:
    text = (
        "Yoxlama zamanı ondan bir ədəd rezin qayıq, iki ədəd avar, sentetik tor və ovladığı "
        "kütüm balıqları götürülüb."
    )
    assert goods_found(text) == [("fish", None, None, None)]


def test_azerbaijani_counted_boat_is_no_conveyance_but_a_boat_carrying_goods_is() -> None:
    gear = "Ondan 2 ədəd dəmir qayıq, 4 ədəd avar və 25 ədəd çapaq balığı götürülüb."
    assert [r.conveyance for r in extract_text(gear)] == [None]
    carried = "Sərhədçilər qayıqda 20 kiloqram marixuana aşkar ediblər."
    assert [r.conveyance for r in extract_text(carried)] == ["vessel"]


def test_azerbaijani_hunting_gun_is_a_firearm() -> None:
    text = "Ovçudan iki ədəd qırqovul, bir ədəd ov silahı və bir ədəd patron götürülüb."
    assert goods_found(text) == [
        ("birds", None, 2.0, "items"),
        ("firearms", None, 1.0, "pieces"),
        ("ammunition", None, 1.0, "rounds"),
    ]


def test_russian_fish_named_by_kind() -> None:
    text = "У браконьеров изъяли две резиновые лодки, сети, 30 щук и 12 лещей."
    records = extract_text(text)
    assert goods_found(text) == [("fish", None, 30.0, "items"), ("fish", None, 12.0, "items")]
    assert [r.conveyance for r in records] == [None, None]


def test_english_fish_named_by_kind() -> None:
    text = "Police took two rubber boats, oars, 30 pike and 12 bream from the poachers."
    assert goods_found(text) == [("fish", None, 30.0, "items"), ("fish", None, 12.0, "items")]


def test_boats_alone_are_still_a_find() -> None:
    text = "Gömrükçülər tranzit yükdə 40 ədəd rezin qayıq aşkar ediblər."
    assert [g[0] for g in goods_found(text)] == ["inflatable boats"]


def test_azerbaijani_loose_figure_over_known_and_unknown_kinds_is_one_find() -> None:
    text = (
        "Ondan ov qurğuları, eləcə də ovlanmış 30-dan çox sazan, kütüm, ağ amur və çəkibalığı "
        "götürülüb."
    )
    assert goods_found(text) == [("fish", None, 30.0, "items")]
