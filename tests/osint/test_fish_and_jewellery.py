"""Fish counted in pieces are items, a count in brackets after the weight of goods is the same
find, and jewellery made of precious metals is jewellery."""

from tests.osint.reading import goods_found


def test_azerbaijani_fish_counted_in_pieces_are_items() -> None:
    text = (
        "Astarada brakonyerlər saxlanılıb\n"
        "Polis əməkdaşları Astara rayonunda qanunsuz ov edən iki nəfəri saxlayıb. "
        "Baxış zamanı onlardan 64 ədəd müxtəlif növ balıqlar götürülüb."
    )
    assert ("fish", None, 64.0, "items") in goods_found(text)


def test_sturgeon_counted_in_pieces_are_items() -> None:
    text = (
        "Customs officers stopped a van at the Astara crossing and found 35 pieces of sturgeon "
        "hidden under the floor."
    )
    assert ("sturgeon", None, 35.0, "items") in goods_found(text)


def test_english_jewellery_made_of_precious_metals_is_jewellery() -> None:
    text = (
        "Customs officers at the Oybek post discovered 820 grams of jewelry made of precious "
        "metals hidden in a passenger's jacket."
    )
    assert [s for s, *_ in goods_found(text)] == ["jewellery"]


def test_russian_jewellery_of_precious_metals_is_jewellery_and_gold_stays_gold() -> None:
    jewellery = (
        "В аэропорту у пассажира изъяли ювелирные изделия из драгоценных металлов весом 1,2 кг."
    )
    gold = "В аэропорту у пассажира изъяли золотые слитки весом 2 кг."
    assert [s for s, *_ in goods_found(jewellery)] == ["jewellery"]
    assert [s for s, *_ in goods_found(gold)] == ["gold"]


def test_a_count_in_brackets_after_the_weight_of_goods_is_the_same_find() -> None:
    text = (
        "During the search of the van over 0.6 tons (210 pieces) of sturgeon were found and "
        "seized at the Astara crossing."
    )
    assert goods_found(text) == [("sturgeon", 600.0, 210.0, "items")]


def test_a_drugs_count_in_brackets_stays_its_packing() -> None:
    text = "Officers found 2 kg (4 packages) of heroin in the spare wheel of a car."
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("heroin", 2.0)]
    assert goods_found(text)[0][2] is None
