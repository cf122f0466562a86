"""GB 11643 check digit, birth date and masking of 身份证号."""

from __future__ import annotations

import pytest

from inspector.cases import idcard


def test_known_numbers_pass_and_a_changed_digit_fails() -> None:
    # 11010519491231002X is the standard's worked example (check character X).
    assert idcard.validate("11010519491231002x") == "11010519491231002X"
    assert idcard.check_char("11010519491231002") == "X"
    with pytest.raises(idcard.IdNumberError) as err:
        idcard.validate("110105194912310021")
    assert err.value.code == "E_ID_NUMBER" and "应为“X”" in err.value.message
    # The error never echoes the whole number.
    assert "110105194912310021" not in err.value.message


@pytest.mark.parametrize("bad, why", [
    ("1101051949123100", "18位"),
    ("11010519491231002Y", "数字或 X"),
    ("110105194913310025", "出生日期"),
])
def test_malformed_numbers_say_why(bad: str, why: str) -> None:
    with pytest.raises(idcard.IdNumberError) as err:
        idcard.validate(bad)
    assert why in err.value.message


def test_every_check_value_is_reachable() -> None:
    seen = {idcard.check_char(f"{n:017d}") for n in range(11010519491231000, 11010519491231040)}
    assert seen == set("10X98765432")


def test_mask_keeps_three_and_four() -> None:
    assert idcard.mask("11010519491231002X") == "110***********002X"
    assert idcard.may_reveal("office") and not idcard.may_reveal("field")
