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


def catalogued(
    code: str, cls: type[InspectorError] | None = None, **fields: object
) -> InspectorError:
    """An error of `cls` (default `StorageError`) with `code` and its filled message template."""
    from inspector.error_catalogue import TEMPLATES

    return (cls or StorageError)(TEMPLATES[code].format(**fields), code=code)
