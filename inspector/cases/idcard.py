"""居民身份证号码 (GB 11643-1999): check digit, birth date, and masking.

18 characters: address code (6 digits), birth date (8 digits, YYYYMMDD), order
code (3 digits), check character. The check character is
(12 − Σ dᵢ·Wᵢ mod 11) mod 11 with Wᵢ = 2^(17−i) mod 11, and 10 written as X.

An ID number is personal information (人社部令第45号第四条 and the Personal
Information Protection Law): lists, screens and exports show `mask()`; only a
role allowed by `may_reveal` sees it whole, and only in a case's own detail.
"""

from __future__ import annotations

from datetime import date

from inspector.errors import ValidationError

WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
CHECK = "10X98765432"  # indexed by Σ mod 11
REVEAL_ROLES = ("office",)
"""Device roles that may see a whole ID number in a case's detail (the office
keeps the case file; a laptop in the field does not need them)."""


class IdNumberError(ValidationError):
    code = "E_ID_NUMBER"


def check_char(first17: str) -> str:
    return CHECK[sum(int(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True)) % 11]


def normalize(number: str) -> str:
    return "".join(number.split()).upper()


def validate(number: str) -> str:
    """Return the normalized number, or raise IdNumberError saying what is wrong."""
    n = normalize(number)
    if len(n) != 18:
        raise IdNumberError(f"身份证号应为18位，实为{len(n)}位。")
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        raise IdNumberError("身份证号前17位应为数字，第18位为数字或 X。")
    try:
        date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        raise IdNumberError(f"身份证号中的出生日期 {n[6:14]} 无效。") from None
    expected = check_char(n[:17])
    if n[17] != expected:
        # Never echo the whole number back: error texts end up in logs and reports.
        raise IdNumberError(f"身份证号校验位错误：第18位应为“{expected}”，实为“{n[17]}”（{mask(n)}）。")
    return n


def mask(number: str) -> str:
    """First 3 and last 4 characters kept: enough to tell two people apart on a list."""
    n = normalize(number)
    if len(n) <= 7:
        return "*" * len(n)
    return n[:3] + "*" * (len(n) - 7) + n[-4:]


def may_reveal(role: str | None) -> bool:
    return role in REVEAL_ROLES


def make(first17: str) -> str:
    """Complete 17 digits with their check character (demo data, tests)."""
    return first17 + check_char(first17)
