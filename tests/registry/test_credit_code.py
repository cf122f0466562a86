"""统一社会信用代码 validation (GB 32100-2015)."""

from __future__ import annotations

import random

import pytest

from inspector.registry.credit_code import ALPHABET, CreditCodeError, is_valid, make, validate


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L", " 91350100m000100y43 "])
def test_known_good_codes_pass_and_normalize(code: str) -> None:
    assert validate(code) == code.strip().upper()


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("91350100M000100Y4", "应为18位"),
        ("91350100M000100Y44", "校验位错误：第18位应为“3”"),
        ("91350100M0001O0Y43", "不允许的字符“O”"),
        ("B1350100M000100Y43", "登记管理部门码"),
        ("9135A100M000100Y43", "行政区划码"),
    ],
)
def test_bad_codes_are_rejected_with_the_reason(code: str, reason: str) -> None:
    with pytest.raises(CreditCodeError) as err:
        validate(code)
    assert reason in err.value.message
    assert err.value.code == "E_CREDIT_CODE"


def test_every_single_character_change_is_caught() -> None:
    """The check character catches any one substituted character (a property of mod 31)."""
    rng = random.Random(7)
    for _ in range(200):
        code = make("91" + "".join(rng.choice("0123456789") for _ in range(6))
                    + "".join(rng.choice(ALPHABET) for _ in range(9)))
        assert is_valid(code)
        pos = rng.randrange(18)
        replacement = rng.choice([c for c in ALPHABET if c != code[pos]])
        mutated = code[:pos] + replacement + code[pos + 1 :]
        if pos in (0,) and replacement not in "123456789ANY":
            assert not is_valid(mutated)
            continue
        if 2 <= pos < 8 and not replacement.isdigit():
            assert not is_valid(mutated)
            continue
        assert not is_valid(mutated), (code, mutated)
