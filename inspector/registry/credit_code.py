"""统一社会信用代码 (GB 32100-2015): structure and check character.

18 characters: registration authority (1), organisation type (1), administrative
division (6 digits), subject identifier (9), check character (1). The alphabet
has 31 characters (no I, O, Z, S, V); the check character is
31 − (Σ char_value × 3^i mod 31) mod 31, with 31 written as 0.
"""

from __future__ import annotations

from inspector.errors import ValidationError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
REGISTRATION_AUTHORITIES = "123456789ANY"


class CreditCodeError(ValidationError):
    code = "E_CREDIT_CODE"


def check_char(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalize(code: str) -> str:
    """Upper-case, without spaces (people type it with both)."""
    return "".join(code.split()).upper()


def validate(code: str) -> str:
    """Return the normalized code, or raise CreditCodeError saying what is wrong."""
    c = normalize(code)
    if len(c) != 18:
        raise CreditCodeError(f"统一社会信用代码应为18位，实为{len(c)}位：{code}")
    bad = [ch for ch in c if ch not in _VALUE]
    if bad:
        raise CreditCodeError(
            f"统一社会信用代码含有不允许的字符“{bad[0]}”（不使用 I、O、Z、S、V）：{code}"
        )
    if c[0] not in REGISTRATION_AUTHORITIES:
        raise CreditCodeError(f"统一社会信用代码第1位（登记管理部门码）无效：{code}")
    if not c[2:8].isdigit():
        raise CreditCodeError(f"统一社会信用代码第3-8位（行政区划码）应为数字：{code}")
    expected = check_char(c[:17])
    if c[17] != expected:
        raise CreditCodeError(
            f"统一社会信用代码校验位错误：第18位应为“{expected}”，实为“{c[17]}”：{code}"
        )
    return c


def is_valid(code: str) -> bool:
    try:
        validate(code)
    except CreditCodeError:
        return False
    return True


def make(first17: str) -> str:
    """Complete 17 characters with their check character (demo data, tests)."""
    return first17 + check_char(first17)
