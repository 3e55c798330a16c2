"""Tests for reformcrawl.core.numbers: Vietnamese numerals, number words, Roman numerals."""

from __future__ import annotations

import pytest

from reformcrawl.core.numbers import int_to_roman, parse_number, parse_number_words, roman_to_int


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the seed articles
        ("1.894", 1894),
        ("84.140", 84140),
        ("67,32", 67.32),
        ("1.250", 1250),
        ("3,5", 3.5),
        ("2.770", 2770),
        ("1.000.000", 1_000_000),
        ("21,9", 21.9),
        ("672", 672),
        ("0", 0),
        # scale words
        ("3,5 triệu", 3_500_000),
        ("1.250 tỷ", 1.25e12),
        ("1.250 tỉ", 1.25e12),
        ("12 nghìn", 12_000),
        ("12 ngàn", 12_000),
        ("2 trăm", 200),
        ("500 nghìn", 500_000),
        ("3 nghìn tỷ", 3e12),
        ("2 vạn", 20_000),
        ("3,5 Triệu", 3_500_000),
        # mixed conventions
        ("1.234,5", 1234.5),
        ("1,234,567", 1_234_567),
        ("1,234.5", 1234.5),
        # decided ambiguities (see the module docstring)
        ("1.5", 1.5),  # one or two digits after a lone dot: a decimal, not a thousands group
        ("2.75", 2.75),
        ("1,234", 1.234),  # one comma is always the decimal mark
        ("-3,5", -3.5),
        ("  1.894 ", 1894),
        ("1.894\u00a0triệu", 1.894e9),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected, rel=1e-12, abs=0)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "1.2345", "1.23.4", "1,2,3", "12a", "Nghị định 61", "5 người", "triệu",
     "1..2", ".5", "1.", "67,32%"],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_non_string() -> None:
    assert parse_number(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nhất", 1), ("nhì", 2), ("hai", 2), ("ba", 3), ("tư", 4), ("bốn", 4), ("năm", 5),
        ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9), ("mười", 10),
        ("mười một", 11), ("mười hai", 12), ("mười ba", 13), ("mười tư", 14), ("mười bốn", 14),
        ("mười lăm", 15), ("mười năm", 15), ("mười chín", 19), ("hai mươi", 20),
        ("hai mươi mốt", 21), ("hai mươi một", 21), ("hai mươi tư", 24), ("hai mươi lăm", 25),
        ("ba mươi", 30), ("ba mươi hai", 32), ("chín mươi chín", 99), ("Mười Lăm", 15),
    ],
)
def test_parse_number_words(text: str, expected: int) -> None:
    assert parse_number_words(text) == expected


@pytest.mark.parametrize(
    "text", ["", "một mươi", "mười mốt", "nhất hai", "hai ba", "mươi", "phiên", "hai mươi mốt hai"]
)
def test_parse_number_words_rejects(text: str) -> None:
    assert parse_number_words(text) is None


@pytest.mark.parametrize(
    ("roman", "value"), [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XV", 15), ("XVIII", 18),
                         ("XL", 40), ("MMXXIV", 2024)],
)
def test_roman(roman: str, value: int) -> None:
    assert roman_to_int(roman) == value
    assert int_to_roman(value) == roman


@pytest.mark.parametrize("text", ["", "IIII", "VV", "xv", "ABC", "IC"])
def test_roman_rejects(text: str) -> None:
    assert roman_to_int(text) is None


def test_int_to_roman_range() -> None:
    with pytest.raises(ValueError):
        int_to_roman(0)
