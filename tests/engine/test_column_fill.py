"""column_fill: a headerless table's column takes the type most of its cells were found to hold."""

from __future__ import annotations

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import column_fill
from phigate.engine.scanner import Hit


def _hit(text: str, value: str, t: T, nth: int = 0) -> Hit:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Hit(start, start + len(value), t, "test")


def _filled(text: str, hits: list[Hit]) -> list[tuple[str, T]]:
    return [(text[h.start : h.end], h.type) for h in column_fill.find(hits, text)]


ROWS = "1,Amara,Ozoruvi,555-0134\n2,Bjarki,Quellstrand,555-0199\n3,Sandile,Vrethmoor,555-0142\n"


def test_the_cell_a_column_majority_missed_takes_its_type() -> None:
    hits = [_hit(ROWS, "Amara", T.NAME), _hit(ROWS, "Ozoruvi", T.NAME), _hit(ROWS, "Bjarki", T.NAME),
            _hit(ROWS, "Vrethmoor", T.NAME), _hit(ROWS, "Sandile", T.NAME)]
    assert _filled(ROWS, hits) == [("Quellstrand", T.NAME)]


def test_numbers_are_filled_only_in_the_same_shape() -> None:
    text = "a,MR-0041,x\nb,MR-0042,y\nc,MR-0043,z\n"
    hits = [_hit(text, "MR-0041", T.MRN), _hit(text, "MR-0042", T.MRN)]
    assert _filled(text, hits) == [("MR-0043", T.MRN)]
    text = "a,MR-0041,x\nb,MR-0042,y\nc,MR-0043,z\nd,0044,w\n"
    hits = [_hit(text, "MR-0041", T.MRN), _hit(text, "MR-0042", T.MRN), _hit(text, "MR-0043", T.MRN)]
    assert _filled(text, hits) == []  # "0044" has another shape


def test_no_fill_without_a_two_thirds_majority_or_for_words_a_dictionary_holds() -> None:
    hits = [_hit(ROWS, "Ozoruvi", T.NAME)]  # one of three
    assert _filled(ROWS, hits) == []
    text = "1,Metformin,500 mg\n2,Lisinopril,10 mg\n3,Amara,5 mg\n4,Warfarin,2 mg\n"
    drugs = [_hit(text, "Amara", T.NAME)]
    assert _filled(text, drugs) == []
    mixed = "1,Ozoruvi,PO\n2,Quellstrand,PO\n3,Active,PO\n"
    assert _filled(mixed, [_hit(mixed, "Ozoruvi", T.NAME), _hit(mixed, "Quellstrand", T.NAME)]) == []


def test_a_header_row_and_code_identifiers_are_never_values() -> None:
    text = "PAT_ID,PAT_SURNAME,PAT_GIVEN\n7,Ozoruvi,Amara\n8,Quellstrand,Bjarki\n9,Vrethmoor,Sandile\n"
    hits = [_hit(text, "Ozoruvi", T.NAME), _hit(text, "Quellstrand", T.NAME), _hit(text, "Amara", T.NAME),
            _hit(text, "Bjarki", T.NAME)]
    assert _filled(text, hits) == [("Vrethmoor", T.NAME), ("Sandile", T.NAME)]


def test_prose_and_single_lines_are_left_alone() -> None:
    text = "Seen today, stable, discharged.\nNo fever, no pain, eating well.\n"
    assert column_fill.find([_hit(text, "Seen", T.NAME)], text) == []
    assert column_fill.find([], "a,b,c") == []
