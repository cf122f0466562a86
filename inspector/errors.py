"""One root exception for the core; every error a user can meet carries a stable code.

Subclasses mix in a built-in where one fits (`class X(InspectorError, ValueError)`, root first so its __init__ runs),
so callers that only know the built-in still catch them. `code` is what the CLI
prints beside the message and what scripts match on; `message` is Chinese, for
the user.
"""

from __future__ import annotations


class InspectorError(Exception):
    """Root of every error the core raises on purpose."""

    code: str = "E_INSPECTOR"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class ValidationError(InspectorError, ValueError):
    """Input that breaks a domain rule (bad credit code, too few inspectors …)."""

    code = "E_VALIDATION"


class NotFoundError(InspectorError, LookupError):
    code = "E_NOT_FOUND"


class ImmutableError(InspectorError):
    """An attempt to change something final (a finalized inspection, an issued order)."""

    code = "E_IMMUTABLE"


class StorageError(InspectorError):
    code = "E_STORAGE"


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of this program."""

    code = "E_SCHEMA_TOO_NEW"


class ImportFileError(InspectorError):
    """A file to import cannot be read at all (wrong type, unreadable)."""

    code = "E_IMPORT_FILE"


# Codes whose message is a template filled at the raise site. One table, so that the
# catalogue of issue 10 can start from it and every caller words the same problem alike.
MESSAGES: dict[str, str] = {
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


def catalogued(
    code: str, cls: type[InspectorError] | None = None, **fields: object
) -> InspectorError:
    """An error of `cls` (default `StorageError`) with `code` and its filled message template."""
    return (cls or StorageError)(MESSAGES[code].format(**fields), code=code)
