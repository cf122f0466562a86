"""The one catalogue of error codes: every `E_` code the core raises, with what it means.

A code is a promise to scripts (the CLI prints `错误 [E_CODE]：…`), so codes are
listed here once, with the area they belong to and a Chinese summary; the
message a user sees is written where the error is raised and names the
particulars. docs/errors.md is generated from this list
(`python -m inspector.error_catalogue > docs/errors.md`); a test keeps the two
equal and checks that every code raised anywhere in inspector/ and ui/ is here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    code: str
    area: str
    summary: str


def _e(code: str, area: str, summary: str) -> ErrorCode:
    return ErrorCode(code, area, summary)


CATALOGUE: tuple[ErrorCode, ...] = (
    _e("E_ALREADY_DRAFTED", "指令书", "该检查的指令书已起草，不能重复起草。"),
    _e("E_AMOUNT", "命令行", "金额“…”最多两位小数。"),
    _e("E_ANSWER", "检查", "未知的检查结论：…"),
    _e("E_ANSWER_VALUE", "检查", "“…”应填写数字。"),
    _e("E_ARCHIVE_DONE", "指令书", "指令书 … 的存档联已登记收到。"),
    _e("E_ARREARS_AMOUNT", "检查", "金额“…”不正确，应为非负的元数，最多两位小数。"),
    _e("E_ARREARS_COUNT", "检查", "劳动者人数（…）少于清单人数（…）。"),
    _e("E_ARREARS_EMPTY", "命令行", "请填写 --workers、--amount 或 --list（或用 --clear 清除）。"),
    _e("E_ARREARS_ITEM", "检查", "检查项 … 不是欠薪（拖欠、克扣工资）事项，不能登记欠薪金额。"),
    _e("E_ARREARS_LIST", "检查", "清单第…行应有三列：姓名、月份、金额（元）。"),
    _e("E_ARREARS_NAME", "检查", "清单中的劳动者姓名不能为空。"),
    _e("E_ARREARS_NEGATIVE", "检查", "劳动者人数和金额不能为负数。"),
    _e("E_ARREARS_SUM", "检查", "清单金额合计 … 超过欠薪总额 …。"),
    _e("E_ARTICLE", "检查表", "法条目录中没有 …。"),
    _e("E_BLOB_HASH", "数据库与存储", "文件内容与记录的哈希不符（应为 ……，实为 ……）。"),
    _e("E_BLOB_MISSING", "数据库与存储", "证据文件缺失：……"),
    _e("E_BLOB_NAME", "数据库与存储", "不是有效的 SHA-256：…"),
    _e("E_BLOCK_OVERLAP", "指令书", "编号段 …–… 与已有编号段 …–… 重叠。"),
    _e("E_BLOCK_RANGE", "指令书", "编号段 …–… 无效：起号须≥1且不大于止号。"),
    _e("E_BUNDLE", "同步包", "同步包有问题，未写入任何内容。"),
    _e("E_BUNDLE_BLOB_CORRUPT", "同步包", "本机附件 …… 内容与其哈希不符（已损坏），无法导出。"),
    _e("E_BUNDLE_BLOB_MISSING", "同步包", "同步包缺少其清单中列出的附件（照片、签名、PDF）。"),
    _e("E_BUNDLE_CONSTRAINT", "同步包", "同步包中的数据违反数据库规则（例如唯一编号已被另一条记录占用）。"),
    _e("E_BUNDLE_DEVICE_REVOKED", "同步包", "设备 … 已被吊销。"),
    _e("E_BUNDLE_EXISTS", "同步包", "目标文件已存在：…"),
    _e("E_BUNDLE_FORMAT", "同步包", "不是同步包：文件头、ZIP 结构或清单无法识别。"),
    _e("E_BUNDLE_HASH", "同步包", "同步包内文件的哈希或大小与签名清单不符（文件被改动或损坏）。"),
    _e("E_BUNDLE_KIND", "同步包", "同步包类型或收件设备不对（例如外勤包交给了外勤设备，或派发给了其他设备）。"),
    _e("E_BUNDLE_MEMBERS", "同步包", "同步包内的文件与签名清单所列不一致（有增加或缺少）。"),
    _e("E_BUNDLE_MEMBER_NAME", "同步包", "同步包内的文件名不安全（可能跳出目录）或不属于同步包。"),
    _e("E_BUNDLE_NOT_ENROLLED", "同步包", "本机尚未登记局端公钥，不能导入派发包。"),
    _e("E_BUNDLE_NOT_FOUND", "同步包", "找不到同步包文件：…"),
    _e("E_BUNDLE_NUMBER_BLOCK", "同步包", "同步包越权：编号段与其他设备重叠、不属于签名设备，或所用编号不在签名设备的编号段内；整包拒绝。"),
    _e("E_BUNDLE_ORDER_STATE", "同步包", "同步包越权：已出具的指令书只能向前推进（送达、复查、后续处置、归档），不能退回草稿或作废；整包拒绝。"),
    _e("E_BUNDLE_ORIGIN", "同步包", "同步包中记录的写入设备与签名设备不符；整包拒绝。"),
    _e("E_BUNDLE_RIGHTS", "同步包", "同步包越权：签名设备无权新建、修改或作废其中的记录（如局端数据、其他设备的记录）；整包拒绝。"),
    _e("E_BUNDLE_ROW", "同步包", "同步包中的数据行不是 JSON，或与其数据表的结构不符。"),
    _e("E_BUNDLE_SCHEMA_NEWER", "同步包", "同步包的数据库结构版本 … 比本程序的结构版本 … 新，请先升级本程序。"),
    _e("E_BUNDLE_SIGNATURE", "同步包", "同步包签名无效：不是由所称设备的密钥签名。"),
    _e("E_BUNDLE_TAMPERED", "同步包", "同步包中已出具的文书或审计记录与本机保存的不同（疑似篡改）。"),
    _e("E_BUNDLE_TOO_LARGE", "同步包", "同步包超过大小、文件数或压缩比限制（疑似压缩炸弹）。"),
    _e("E_BUNDLE_TRUNCATED", "同步包", "同步包文件不完整（被截断）。"),
    _e("E_BUNDLE_UNKNOWN_DEVICE", "同步包", "同步包由未登记的设备签名；请核对其密钥指纹后再决定是否信任。"),
    _e("E_BUNDLE_VALUE", "同步包", "同步包中的取值不合规（状态、人数、金额、版本号、时间等）；整包拒绝。"),
    _e("E_BUNDLE_VERSION", "同步包", "同步包由更新版本的程序生成，或格式过旧。"),
    _e("E_CALENDAR_CONFLICT", "欠薪案件", "… 已登记为调休上班日，请先删除。"),
    _e("E_CALENDAR_MISSING", "欠薪案件", "… 不在工作日历中。"),
    _e("E_CALENDAR_WEEKDAY", "欠薪案件", "… 是工作日，无需登记为调休上班日。"),
    _e("E_CAMPAIGN", "欠薪案件", "专项行动的代号和名称不能为空。"),
    _e("E_CAMPAIGN_DATES", "欠薪案件", "专项行动的结束日期不能早于开始日期。"),
    _e("E_CAMPAIGN_EXISTS", "欠薪案件", "代号为“…”的专项行动已经登记（…）。"),
    _e("E_CAMPAIGN_NOT_FOUND", "欠薪案件", "找不到专项行动：…"),
    _e("E_CANCELLED", "命令行", "操作已取消，未写入任何内容。"),
    _e("E_CASE_DATE", "欠薪案件", "收到日期不能晚于今天。"),
    _e("E_CASE_EXISTS", "欠薪案件", "该来源下编号“…”的案件已经登记。"),
    _e("E_CASE_DEVICE", "欠薪案件", "设备 … 不是外勤设备（只能为外勤设备设定承办的监察员）。"),
    _e("E_CASE_EXTEND", "欠薪案件", "只有已立案、未结案的案件可以延长调查期限。"),
    _e("E_CASE_FIELD_IDS", "欠薪案件", "外勤身份证号设置应为 masked 或 full。"),
    _e("E_CASE_INSPECTORS", "欠薪案件", "立案须指派至少 … 名监察员（劳动保障监察条例第十六条），当前 … 名。"),
    _e("E_CASE_LINK", "欠薪案件", "须且只能关联一项：检查或指令书。"),
    _e("E_CASE_NOT_FOUND", "欠薪案件", "找不到案件：…"),
    _e("E_CASE_NOTE", "欠薪案件", "记录内容不能为空，且不超过 … 字。"),
    _e("E_CASE_REASON", "欠薪案件", "转为“…”须写明理由。"),
    _e("E_CASE_SOURCE", "欠薪案件", "未知的案件来源：…（可选：…）"),
    _e("E_CASE_STATUS", "欠薪案件", "未知的案件状态：…"),
    _e("E_CASE_TRANSITION", "欠薪案件", "案件当前为“…”，不能转为“…”（可转为：…）。"),
    _e("E_CHART_UNKNOWN", "报表", "没有名为 … 的图表。"),
    _e("E_CONFLICT", "同步包", "同步冲突无法按要求处理。"),
    _e("E_CONFLICT_KEY_TAKEN", "同步包", "更正后的编号（执法证号、统一社会信用代码、项目编号）已被另一条记录使用。"),
    _e("E_CONFLICT_KIND", "同步包", "同一编号冲突只能合并（merge）或更正编号后都保留（both）；其他冲突不能这样处理。"),
    _e("E_CONFLICT_NOT_FOUND", "同步包", "找不到冲突 …。"),
    _e("E_CONFLICT_RESOLVED", "同步包", "冲突 … 已经处理过了。"),
    _e("E_CONFLICT_VALUE", "同步包", "没有字段 …。"),
    _e("E_CONTENT_TAMPERED", "指令书", "核验：二维码中的内容哈希与本机保存的指令书不符。"),
    _e("E_CONTRACTS_OVER_HEADCOUNT", "项目与单位", "在职人员劳动合同签订人数不能多于在职人数。"),
    _e("E_COPY", "数据库与存储", "复制数据库到服务器失败；目标数据库未写入任何内容。"),
    _e("E_COPY_TARGET_NOT_EMPTY", "数据库与存储", "目标数据库 … 不是空的（数据表 … 已有数据），拒绝复制。请指定一个新建的空数据库。"),
    _e("E_COPY_VERIFY", "数据库与存储", "复制后校验不符（数据表 …：源 … 行，目标 … 行，校验和不同），已全部撤销。"),
    _e("E_CREDENTIAL", "指令书", "监察员 … 没有执法证号。"),
    _e("E_CREDENTIAL_FORMAT", "设置", "执法证号“…”的格式不正确（应符合：…）。"),
    _e("E_CREDENTIAL_PATTERN", "设置", "执法证号格式（正则表达式）无效：…"),
    _e("E_CREDIT_CODE", "指令书", "被指令单位“…”的统一社会信用代码不正确：…"),
    _e("E_DATA_DIR", "数据库与存储", "无法创建数据目录 …：…"),
    _e("E_DATE", "命令行", "无法识别日期“…”，请写作 2026-11-25。"),
    _e("E_DATES", "命令行", "起始日期晚于截止日期。"),
    _e("E_DB_CONNECT", "数据库与存储", "无法连接数据库服务器 …：…。请检查地址、端口、用户名与密码，以及服务器是否已启动。"),
    _e("E_DB_DRIVER", "数据库与存储", "缺少数据库驱动 …：连接 PostgreSQL 需要安装 site-inspector[office]。"),
    _e("E_DB_IS_DIRECTORY", "数据库与存储", "… 是一个文件夹，不是数据库文件。"),
    _e("E_DB_LOCKED", "数据库与存储", "数据库 … 正被另一个程序写入，已等待 … 秒仍未释放，本次修改没有保存。"),
    _e("E_DB_NOT_A_DATABASE", "数据库与存储", "… 不是本程序的数据库文件（文件为空或已损坏），为避免覆盖已拒绝打开。"),
    _e("E_DB_READONLY", "数据库与存储", "数据库 … 是只读的（文件或其所在文件夹没有写入权限），本次修改没有保存。"),
    _e("E_DB_UNREADABLE", "数据库与存储", "无法读取数据库文件 …：…"),
    _e("E_DEADLINE_PAST", "指令书", "第…项的整改期限早于出具日期，请先修改期限。"),
    _e("E_DEVICE_BUNDLE", "同步包", "同步包未通过校验，不能据此接受设备：…"),
    _e("E_DEVICE_CODE", "同步包", "密钥文件属于设备 …，不是 …。"),
    _e("E_DEVICE_EXISTS", "同步包", "已有设备 …，不能重复登记。"),
    _e("E_DEVICE_FINGERPRINT", "同步包", "核对的指纹与同步包的签名密钥（…）不符。"),
    _e("E_DEVICE_KEY_MISMATCH", "同步包", "设备 … 已登记的密钥（…）与文件中的密钥（…）不同。"),
    _e("E_DEVICE_REASON", "同步包", "吊销设备必须填写理由。"),
    _e("E_DEVICE_SELF", "同步包", "不能更改本机自身的信任状态。"),
    _e("E_DEVICE_UNKNOWN", "指令书", "设备 … 不存在。"),
    _e("E_DISK_FULL", "数据库与存储", "磁盘空间已满，无法写入 …，本次修改没有保存（已有数据未受影响）。"),
    _e("E_EMPLOYER_NAME", "命令行", "填写信用代码时须同时填写用人单位名称。"),
    _e("E_EMPLOYER_NOT_FOUND", "检查", "请选择要检查的用人单位。"),
    _e("E_ENROLL", "同步包", "登记局端公钥失败。"),
    _e("E_ENROLL_FILE", "同步包", "密钥文件格式不正确。"),
    _e("E_ENROLL_KEY_CHANGED", "同步包", "本机已登记局端密钥 …，新密钥为 …。如确需更换，请使用 --replace 并用 --confirm-fingerprint 输入新密钥的指纹。"),
    _e("E_ENROLL_ROLE", "同步包", "只有外勤设备需要登记局端密钥。"),
    _e("E_ESCALATION", "指令书", "后续处理必须是 decision（行政处理决定）、penalty（行政处罚）或 referral（移送）。"),
    _e("E_EVIDENCE_EMPTY", "检查", "证据文件是空的。"),
    _e("E_EVIDENCE_KIND", "检查", "未知的证据类型：…"),
    _e("E_EVIDENCE_NOT_IMAGE", "检查", "文件 … 不是可识别的图片，不能作为照片证据。"),
    _e("E_EVIDENCE_TYPE", "检查", "文件 … 既不是图片也不是 PDF 文件，不能作为证据附上。"),
    _e("E_EXPORT", "报表", "导出台账或报表失败。"),
    _e("E_EXPORT_PATH", "报表", "… 是文件夹，请给出文件名。"),
    _e("E_EXPORT_TYPE", "欠薪案件", "台账只能导出为 .xlsx 或 .csv 文件。"),
    _e("E_EXPORT_WRITE", "数据库与存储", "无法写入 …：…"),
    _e("E_FACT_EMPTY", "指令书", "违法事实不能为空。"),
    _e("E_FIGURE_UNKNOWN", "报表", "没有名为 … 的统计指标；可选：…。"),
    _e("E_FILE_ENCODING", "项目与单位", "文件 … 的编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）。"),
    _e("E_FILE_NOT_FOUND", "指令书", "找不到文件：…"),
    _e("E_FILE_NOT_XLSX", "项目与单位", "无法读取 Excel 文件 …：它不是有效的 .xlsx 文件（可能是改了扩展名的其他文件）。"),
    _e("E_FONT", "文书", "文书字体缺失、无法读取或不是可用的 TrueType 字体。"),
    _e("E_HARD_DELETE", "数据库与存储", "同步数据不能物理删除，请使用作废（tombstone）。"),
    _e("E_HASH_MISMATCH", "指令书", "核验：文书内容与签名时的哈希不符。"),
    _e("E_HISTORY_ITEM_UNKNOWN", "报表", "历史检查台账的“发现问题”中有检查表里没有的检查项编号。"),
    _e("E_HISTORY_OFFICE_ONLY", "报表", "历史检查台账只能在办公室端导入。"),
    _e("E_HISTORY_ORDER_NUMBER", "报表", "历史检查台账的指令书文号已被另一份指令书使用。"),
    _e("E_HISTORY_SITE_UNKNOWN", "报表", "历史检查台账中的工程项目尚未登记（请先导入工程项目）。"),
    _e("E_ID_NUMBER", "欠薪案件", "身份证号码不正确（按 GB 11643 校验码核对）。"),
    _e("E_IMMUTABLE", "通用", "试图修改已定稿的内容（已定稿的检查、已出具的指令书）。"),
    _e("E_IMPORT_EMPTY", "欠薪案件", "文件是空的。"),
    _e("E_IMPORT_FILE", "通用", "要导入的文件无法读取（类型不对或已损坏）。"),
    _e("E_IMPORT_HEADER", "欠薪案件", "导入文件的表头缺少必需的列。"),
    _e("E_IMPORT_ROW", "项目与单位", "导入文件中某一行有误；逐行报告行号和全部原因，其他正确的行照常导入。"),
    _e("E_IMPORT_TYPE", "项目与单位", "只能导入 .xlsx 或 .csv 文件。"),
    _e("E_INDUSTRY", "项目与单位", "未知的行业门类：…"),
    _e("E_INSPECTION_FINAL", "检查", "该检查已定稿，不能再修改。"),
    _e("E_INSPECTION_INCOMPLETE", "检查", "检查尚不完整，不能定稿；提示中逐项列出缺少的内容。"),
    _e("E_INSPECTION_NOT_FINAL", "指令书", "检查尚未定稿，不能起草指令书。"),
    _e("E_INSPECTION_NOT_FOUND", "欠薪案件", "找不到检查：…"),
    _e("E_INSPECTOR", "通用", "监察员姓名和执法证号不能为空。"),
    _e("E_INSPECTOR_INACTIVE", "检查", "监察员 … 已停用。"),
    _e("E_INSPECTOR_NOT_FOUND", "欠薪案件", "找不到在岗的监察员：…"),
    _e("E_ITEM_NOT_FOUND", "命令行", "本次检查没有检查项 …。"),
    _e("E_KEY", "设备密钥", "设备密钥有问题。"),
    _e("E_KEY_DIR_UNSET", "设备密钥", "数据库 … 没有文件可推出设备密钥的位置。请用环境变量 INSPECTOR_KEY_DIR 指定本数据库专用的密钥文件夹。"),
    _e("E_KEY_EXISTS", "设备密钥", "设备密钥 … 已存在，不会覆盖。"),
    _e("E_KEY_FORMAT", "设备密钥", "设备密钥 … 不是 Ed25519 密钥。"),
    _e("E_KEY_MISMATCH", "设备密钥", "本机密钥与设备登记的公钥不符，不能签发指令书。"),
    _e("E_KEY_MISSING", "设备密钥", "本数据库的设备密钥缺失；不会自动生成新密钥，请按提示恢复或重新登记。"),
    _e("E_KEY_SHARED", "设备密钥", "该设备密钥与同一文件夹中的另一个数据库共用；请运行 keys split 生成新密钥并重新登记。"),
    _e("E_KEY_UNREADABLE", "设备密钥", "无法读取设备密钥 …：…"),
    _e("E_LEDGER_UNKNOWN", "报表", "没有名为 … 的台账；可选：…。"),
    _e("E_LOW_WATER", "同步包", "提示阈值须在 0 到 100000 之间。"),
    _e("E_MAPPING", "欠薪案件", "列映射文件格式错误：…（…）"),
    _e("E_MAPPING_NOT_FOUND", "欠薪案件", "找不到列映射：…"),
    _e("E_NEGATIVE", "欠薪案件", "涉及人数不能为负数。"),
    _e("E_NOT_FOUND", "通用", "要找的记录不存在。"),
    _e("E_NOT_INITIALIZED", "设备", "数据库尚未初始化，请先运行 inspector init。"),
    _e("E_NOT_ISSUED", "指令书", "核验：该文号的指令书尚未出具。"),
    _e("E_NO_ADDRESSEE", "指令书", "检查项 … 的责任单位不明确，请先在检查中指定责任单位。"),
    _e("E_NO_FINDINGS", "指令书", "该检查没有发现违法问题，无需出具指令书。"),
    _e("E_NO_NUMBERS", "指令书", "本机没有可用的指令书编号（编号段已用完或尚未领取），不能出具指令书。请向局里领取新的编号段，或用 inspector numbers add-block --from A --to B 登记。"),
    _e("E_NO_VIOLATIONS", "指令书", "指令书没有违法事项。"),
    _e("E_NUMBER", "指令书", "编号问题：编号段已用完、重叠、未知或编号已使用。"),
    _e("E_NUMBER_FORMAT", "指令书", "无法识别文号“…”（文号模板：…）。"),
    _e("E_NUMBER_IMMUTABLE", "指令书", "编号段和已使用/作废的编号不能修改。"),
    _e("E_NUMBER_NOT_OURS", "指令书", "序号 … 不在本机的编号段内。"),
    _e("E_NUMBER_PATTERN", "设置", "文号模板必须包含 {序号}。"),
    _e("E_NUMBER_USED", "指令书", "… 已用于出具指令书；如需作废，请撤销该指令书。"),
    _e("E_NUMBER_VOIDED", "指令书", "… 已作废。"),
    _e("E_ORDER", "指令书", "指令书当前的状态不允许此操作。"),
    _e("E_ORDER_INPUT", "指令书", "指令书内容不符合规则（监察员人数、整改期限、送达信息等）。"),
    _e("E_ORDER_ISSUED", "指令书", "指令书 … 已出具，不能修改；如需更正请出具新指令书替代。"),
    _e("E_ORDER_NOT_FOUND", "欠薪案件", "找不到指令书：…"),
    _e("E_ORDER_STATE", "指令书", "只有已出具（或已送达）的指令书可以被替代，该指令书状态为 …。"),
    _e("E_ORDER_TITLE", "指令书", "文书标题应以“指令书”结尾。"),
    _e("E_ORDER_UNKNOWN", "指令书", "没有编号为 … 的指令书草稿。"),
    _e("E_OS", "命令行", "操作系统拒绝了文件操作（权限、路径或磁盘）。"),
    _e("E_PARTY_ARG", "命令行", "--party 应写作 角色:名称[:代码]，角色为 …：…"),
    _e("E_PARTY_NAME", "欠薪案件", "…名称不能为空。"),
    _e("E_PARTY_NOT_FOUND", "欠薪案件", "本案没有这名当事人。"),
    _e("E_PARTY_ROLE", "欠薪案件", "未知的当事人角色：…"),
    _e("E_PAYMENT_AMOUNT", "欠薪案件", "支付金额必须大于0。"),
    _e("E_PAYMENT_CONFIRMED", "欠薪案件", "该笔支付已确认。"),
    _e("E_PAYMENT_DATE", "欠薪案件", "支付日期须在收到日期与今天之间。"),
    _e("E_PAYMENT_NOT_FOUND", "欠薪案件", "找不到支付记录：…"),
    _e("E_PDF_UNREADABLE", "指令书", "无法渲染 PDF：…"),
    _e("E_PERIOD", "欠薪案件", "统计期的结束日期早于开始日期。"),
    _e("E_QR_FORMAT", "指令书", "二维码内容格式不正确。"),
    _e("E_QR_KEY_REVOKED", "指令书", "核验：签名密钥所属设备已被吊销。"),
    _e("E_QR_NOT_FOUND", "指令书", "在 PDF 中找不到核验二维码。"),
    _e("E_QR_NUMBER_OUTSIDE_BLOCKS", "指令书", "核验：文号不在签名设备领取的编号段内。"),
    _e("E_QR_READER", "指令书", "从 PDF 读取二维码需要的工具（pdftoppm、zxing-cpp）未安装。"),
    _e("E_QR_SIGNATURE", "指令书", "核验：二维码签名无效。"),
    _e("E_QR_UNKNOWN_KEY", "指令书", "核验：签名密钥不属于任何已登记的设备。"),
    _e("E_REASON_REQUIRED", "指令书", "更正须写明原因。"),
    _e("E_RECHECK_DATE", "指令书", "复查日期不能早于指令书出具日期。"),
    _e("E_REFERRAL_TARGET", "欠薪案件", "移送对象应为 police（公安机关）或 court（人民法院）。"),
    _e("E_REGULATOR", "命令行", "未知的行业主管部门：…"),
    _e("E_REMOVE_REASON", "欠薪案件", "移出劳动者或当事人须写明理由。"),
    _e("E_REVEAL_FORBIDDEN", "命令行", "只有局端数据库可以显示完整身份证号（个人信息保护）。"),
    _e("E_REVOKED", "指令书", "核验：该指令书已被撤销。"),
    _e("E_RIGHTS", "同步包", "外勤设备不能……。"),
    _e("E_ROLE", "设备", "角色必须是 field 或 office，而不是 …。"),
    _e("E_SCHEMA_TOO_NEW", "通用", "数据库由更新版本的程序创建，本程序不能打开；请升级程序。"),
    _e("E_SCOPE", "同步包", "主管部门应为 … 之一，而不是 …。"),
    _e("E_SELF_TEST", "自检", "自检失败：某一步骤没有通过（提示中写明是哪一步）。"),
    _e("E_SERVICE_EVIDENCE", "指令书", "…须附现场照片或录像作为证据。"),
    _e("E_SERVICE_METHOD", "指令书", "送达方式必须是 … 之一。"),
    _e("E_SERVICE_RECEIVER", "指令书", "代收须写明代收人与受送达人的关系（代收理由）。"),
    _e("E_SERVICE_RECIPIENT", "指令书", "直接送达须写明签收人或代收人姓名。"),
    _e("E_SERVICE_REFUSED", "指令书", "只有拒收时才填写拒收事由。"),
    _e("E_SERVICE_UNKNOWN", "指令书", "没有编号为 … 的送达记录。"),
    _e("E_SIGNATURE_FORMAT", "指令书", "签名图像必须是 PNG 或 JPEG 文件。"),
    _e("E_SIGNATURE_ROLE", "指令书", "签名角色必须是 … 之一。"),
    _e("E_SILENT_DAYS", "同步包", "天数须在 1 到 365 之间。"),
    _e("E_SITE_NAME", "项目与单位", "项目名称不能为空。"),
    _e("E_SITE_NOT_FOUND", "欠薪案件", "找不到项目编号为“…”的工程项目。"),
    _e("E_SITE_STATUS", "项目与单位", "未知的项目状态：…"),
    _e("E_STORAGE", "通用", "数据库或文件存储出错。"),
    _e("E_SUPERSEDED", "指令书", "核验：该指令书已被更正后的新指令书替代。"),
    _e("E_TARGET", "欠薪案件", "清欠目标须有名称和大于0的金额。"),
    _e("E_TARGET_NOT_FOUND", "欠薪案件", "找不到清欠目标：…"),
    _e("E_TEMPLATE_FORMAT", "检查表", "… 不是检查表模板文件。"),
    _e("E_TEMPLATE_KIND", "检查", "检查表《…》不适用于此类检查对象。"),
    _e("E_TEMPLATE_NOT_FOUND", "检查", "检查表不存在。"),
    _e("E_TEMPLATE_TYPE", "项目与单位", "模板只能保存为 .xlsx 或 .csv 文件。"),
    _e("E_THRESHOLD_PROVINCE", "欠薪案件", "请给出省份名称。"),
    _e("E_THRESHOLD_RANGE", "欠薪案件", "数额标准 … 元不在法释〔2013〕3号的幅度（…–… 元）内。"),
    _e("E_THRESHOLD_UNKNOWN", "欠薪案件", "没有“…”的数额标准，请同时给出两个数额。"),
    _e("E_TOO_FEW_INSPECTORS", "检查", "现场检查的劳动保障监察员不得少于2人。"),
    _e("E_TWO_INSPECTORS", "命令行", "--inspectors 须为两个监察员 ID，用逗号分隔。"),
    _e("E_USAGE_OUT", "命令行", "请用 --out 指定导出文件，或用 --json 打印。"),
    _e("E_VALUE_RULE", "数据", "取值不合规（状态、人数、金额、编码、版本号、时间等），未保存；与导入同步包时的规则相同。"),
    _e("E_VALIDATION", "通用", "输入不符合业务规则。"),
    _e("E_VIOLATION_UNKNOWN", "指令书", "指令书草稿没有第 … 项。"),
    _e("E_WORKER_AMBIGUOUS", "欠薪案件", "本案有多名劳动者的身份证号显示为 …，无法区分。"),
    _e("E_WORKER_ARG", "命令行", "--worker 应写作 姓名,身份证号,月数,金额元[,电话]：…"),
    _e("E_WORKER_DUPLICATE", "欠薪案件", "同一案件中身份证号重复（…）。"),
    _e("E_WORKER_LIST", "欠薪案件", "劳动者名单有误，未导入：第…行：…"),
    _e("E_WORKER_NAME", "欠薪案件", "劳动者姓名不能为空。"),
    _e("E_WORKER_NOT_FOUND", "欠薪案件", "本案没有身份证号为 … 的劳动者。"),
    _e("E_WORKER_PAID", "欠薪案件", "劳动者 … 已有支付记录，不能移出本案。"),
)

# --- templates ---
# Codes whose message is a template filled at the raise site (`errors.catalogued`), so
# every caller words the same problem alike. Kept by hand; the rest is generated.
TEMPLATES: dict[str, str] = {
    "E_DB_READONLY": (
        "数据库 {where} 是只读的（文件或其所在文件夹没有写入权限），本次修改没有保存。"
        "请检查权限，或把数据库复制到可写的文件夹后再打开。"
    ),
    "E_DB_LOCKED": (
        "数据库 {where} 正被另一个程序写入，已等待 {seconds} 秒仍未释放，本次修改没有保存。"
        "请关闭另一个正在使用该数据库的程序（或等待其完成）后重试。"
    ),
    "E_DISK_FULL": (
        "磁盘空间已满，无法写入 {where}，本次修改没有保存（已有数据未受影响）。"
        "请清理磁盘空间后重试。"
    ),
    "E_DB_NOT_A_DATABASE": (
        "{where} 不是本程序的数据库文件（文件为空或已损坏），为避免覆盖已拒绝打开。"
        "请选择正确的数据库文件，或指定一个尚不存在的文件名以新建数据库。"
    ),
    "E_DB_IS_DIRECTORY": (
        "{where} 是一个文件夹，不是数据库文件。请在 --db 中写出数据库文件的完整路径。"
    ),
    "E_FILE_ENCODING": (
        "文件 {where} 的编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）。"
        "请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后重新导入。"
    ),
    "E_FILE_NOT_XLSX": (
        "无法读取 Excel 文件 {where}：它不是有效的 .xlsx 文件（可能是改了扩展名的其他文件）。"
        "请用 Excel 打开后“另存为 Excel 工作簿（.xlsx）”再导入。"
    ),
    "E_EVIDENCE_NOT_IMAGE": (
        "文件 {where} 不是可识别的图片，不能作为照片证据。请选择 JPG 或 PNG 照片。"
    ),
    "E_EVIDENCE_TYPE": (
        "文件 {where} 既不是图片也不是 PDF 文件，不能作为证据附上。"
        "照片请选择 JPG/PNG，书面材料请选择 PDF。"
    ),
}


BY_CODE: dict[str, ErrorCode] = {e.code: e for e in CATALOGUE}


def summary(code: str) -> str:
    """The catalogue's Chinese summary of a code ('' for an unknown code)."""
    entry = BY_CODE.get(code)
    return entry.summary if entry else ""


def render_markdown() -> str:
    """docs/errors.md: every code by area, as a table."""
    lines = ["# 错误代码 · Error codes", "",
             "命令行出错时在标准错误输出打印 `错误 [代码]：说明` 并以 1 退出；代码稳定，可供脚本判断。",
             "本页由 `python -m inspector.error_catalogue` 从 `inspector/error_catalogue.py` 生成，请勿手改。",
             ""]
    for area in sorted({e.area for e in CATALOGUE}):
        lines += [f"## {area}", "", "| 代码 | 含义 |", "|---|---|"]
        lines += [f"| `{e.code}` | {e.summary} |" for e in CATALOGUE if e.area == area]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_markdown(), end="")

