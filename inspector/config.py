"""Authority settings and region parameters: configuration with defaults (DOMAIN §0, §3.2).

Everything DOMAIN.md marks unverified (titles, number patterns, region ratios and
thresholds) lives here as configuration, stored as `setting` rows so that the
office can hand it to laptops in assignment bundles.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.settings import Setting, setting_id
from inspector.errors import ValidationError

if TYPE_CHECKING:
    from inspector.storage import Database

AUTHORITY_KEY = "authority"

ORDER_TITLES = ("劳动保障监察限期改正指令书", "劳动保障监察限期整改指令书")


@dataclass
class AuthoritySettings:
    """Issuing authority and document conventions; every field has a working default."""

    authority_name: str = "××县人力资源和社会保障局"
    authority_code: str = "××人社"  # 机关代字
    order_title: str = ORDER_TITLES[0]
    order_kind_code: str = "监令"  # 文种代字
    number_pattern: str = "{机关代字}{文种代字}〔{年}〕{序号}号"
    number_width: int = 0  # GB/T 9704: 序号不编虚位 (0 = no zero padding)
    include_appeal_notice: bool = False  # 复议/诉讼告知 is optional on an order (DOMAIN §0.4)
    appeal_body: str = "××县人民政府"
    court: str = "××县人民法院"
    authority_address: str = ""
    authority_phone: str = ""
    archive_days: int = 2  # 存档联 to the office within 2 days (劳社部令第25号 第三十二条)
    due_soon_days: int = 3
    # Region parameters (DOMAIN §3.2): ranges vary by province; keep editable.
    wage_deposit_ratio_pct: float = 2.0
    labour_cost_ratio_pct: float = 20.0
    crime_threshold_single_yuan: int = 5000
    crime_threshold_total_yuan: int = 30000
    document_font: str = ""  # path to a TrueType 仿宋/宋体; empty: the shipped font
    # 执法证号: formats differ by province (digits, a letter or a 省/市 prefix); the
    # default only refuses what is surely a typo (spaces, dashes, two digits). An office
    # sets its own pattern (matched against the whole number).
    credential_pattern: str = r"[\u4e00-\u9fff]{0,2}[0-9A-Za-z]{4,32}"

    def validate(self) -> None:
        if "{序号}" not in self.number_pattern:
            raise ValidationError("文号模板必须包含 {序号}。", code="E_NUMBER_PATTERN")
        if not self.authority_name.strip():
            raise ValidationError("作出机关名称不能为空。")
        if self.order_title not in ORDER_TITLES and not self.order_title.endswith("指令书"):
            raise ValidationError("文书标题应以“指令书”结尾。")
        try:
            re.compile(self.credential_pattern)
        except re.error as exc:
            raise ValidationError(f"执法证号格式（正则表达式）无效：{exc.msg}",
                                  code="E_CREDENTIAL_PATTERN") from None

    def check_credential(self, credential_no: str) -> None:
        """Refuse a 执法证号 that does not match this authority's pattern (whole string)."""
        if not re.fullmatch(self.credential_pattern, credential_no):
            raise ValidationError(
                f"执法证号“{credential_no}”的格式不正确（应符合：{self.credential_pattern}）。",
                code="E_CREDENTIAL_FORMAT")

    def format_number(self, year: int, serial: int) -> str:
        seq = str(serial).zfill(self.number_width) if self.number_width else str(serial)
        return (
            self.number_pattern.replace("{机关代字}", self.authority_code)
            .replace("{文种代字}", self.order_kind_code)
            .replace("{年}", str(year))
            .replace("{序号}", seq)
        )


def load_authority(session: Session) -> AuthoritySettings:
    row = session.scalar(select(Setting).where(Setting.key == AUTHORITY_KEY))
    if row is None:
        return AuthoritySettings()
    data: dict[str, Any] = orjson.loads(row.value)
    known = {f.name for f in fields(AuthoritySettings)}
    return AuthoritySettings(**{k: v for k, v in data.items() if k in known})


def save_authority(session: Session, settings: AuthoritySettings) -> None:
    settings.validate()
    value = orjson.dumps(asdict(settings), option=orjson.OPT_SORT_KEYS).decode()
    row = session.get(Setting, setting_id(AUTHORITY_KEY))
    if row is None:
        session.add(Setting(id=setting_id(AUTHORITY_KEY), key=AUTHORITY_KEY, value=value))
    elif row.value != value:
        row.value = value


def get_authority(db: Database) -> AuthoritySettings:
    """The stored authority settings (defaults when none are stored)."""
    with db.session() as s:
        return load_authority(s)


def update_authority(db: Database, settings: AuthoritySettings) -> None:
    """Validate `settings`, then store them in their own unit of work.

    Validation comes first, so invalid settings never open a transaction.
    """
    settings.validate()
    with db.uow() as s:
        save_authority(s, settings)
