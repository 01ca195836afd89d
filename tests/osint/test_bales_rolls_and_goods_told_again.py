"""English counts in bales and rolls, as the Russian and Azerbaijani readers count them, and
goods counted again in the same unit under another name in a sentence that refers back to
them: one find, named as first told."""

from .reading import goods_found


def test_english_bales_and_rolls_count_goods() -> None:
    text = (
        "Customs officers at the Seme border seized 90 bales of used clothing and 30 rolls of "
        "carpets from two trucks."
    )
    assert goods_found(text) == [
        ("clothing", None, 90.0, "bales"),
        ("carpets", None, 30.0, "rolls"),
    ]


def test_bales_of_a_weighed_drug_are_its_packing() -> None:
    text = "The Navy seized 40 bales of cocaine weighing 1,200 kg off the coast of Guyana."
    assert goods_found(text) == [("cocaine", 1200.0, None, None)]


def test_goods_counted_again_under_another_name_are_one_find() -> None:
    text = (
        "Customs officers at Apapa port seized garments in 210 bales from a container.\n\n"
        "The seized textiles were packed into 210 bales and declared as machine parts."
    )
    assert goods_found(text) == [("clothing", None, 210.0, "bales")]
