"""Typed errors of the bundle reader, importer and enrolment.

Every error a bundle can cause is a `BundleError` with a stable `E_BUNDLE_…`
code and a Chinese message for the user. The reader promises that nothing else
escapes it (a fuzz test holds it to that), so callers catch one type.
"""

from __future__ import annotations

from inspector.errors import InspectorError


class BundleError(InspectorError):
    """Root of every bundle problem; nothing was written when one is raised."""

    code = "E_BUNDLE"


class BundleFormatError(BundleError):
    """Not a bundle at all: wrong magic, not a ZIP, manifest unreadable."""

    code = "E_BUNDLE_FORMAT"


class BundleTruncatedError(BundleFormatError):
    code = "E_BUNDLE_TRUNCATED"


class UnsupportedVersionError(BundleError):
    """Written by a newer program (format or schema), or an ancient format."""

    code = "E_BUNDLE_VERSION"


class SignatureError(BundleError):
    code = "E_BUNDLE_SIGNATURE"


class UnknownDeviceError(BundleError):
    """Signed by a device this office has not registered; carries its fingerprint."""

    code = "E_BUNDLE_UNKNOWN_DEVICE"

    def __init__(self, message: str, *, key_id: str = "", device_code: str = "") -> None:
        super().__init__(message)
        self.key_id = key_id
        self.device_code = device_code


class DeviceRevokedError(BundleError):
    code = "E_BUNDLE_DEVICE_REVOKED"


class NotEnrolledError(BundleError):
    code = "E_BUNDLE_NOT_ENROLLED"


class WrongKindError(BundleError):
    """A field bundle given to a field device, or one addressed to another device."""

    code = "E_BUNDLE_KIND"


class HashMismatchError(BundleError):
    code = "E_BUNDLE_HASH"


class UnsafeMemberError(BundleError):
    """A member name that could escape a folder or that a bundle never contains."""

    code = "E_BUNDLE_MEMBER_NAME"


class MemberSetError(BundleError):
    """Members added to or missing from what the signed manifest lists."""

    code = "E_BUNDLE_MEMBERS"


class TooLargeError(BundleError):
    """Size, member-count or compression-ratio limits (zip bombs)."""

    code = "E_BUNDLE_TOO_LARGE"


class RowError(BundleError):
    """A data line that is not JSON or does not fit its table's shape."""

    code = "E_BUNDLE_ROW"


class TamperedError(BundleError):
    """An issued document or audit entry that differs from the stored one."""

    code = "E_BUNDLE_TAMPERED"


class BlobMissingError(BundleError):
    code = "E_BUNDLE_BLOB_MISSING"


class ConstraintError(BundleError):
    """Rows that break the database's rules (a unique key held by another row …)."""

    code = "E_BUNDLE_CONSTRAINT"


class EnrollError(InspectorError):
    code = "E_ENROLL"


class ConflictError(InspectorError):
    code = "E_CONFLICT"


class OverstepError(BundleError):
    """A correctly signed bundle whose signer wrote what it may not (inspector.rights).

    `signer` is the device code that signed it; the message names it too."""

    code = "E_BUNDLE_RIGHTS"

    def __init__(self, message: str, *, signer: str = "", code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.signer = signer


class OriginError(OverstepError):
    """A row version claiming to be written by another device than the bundle's signer."""

    code = "E_BUNDLE_ORIGIN"


class OrderStateError(OverstepError):
    """An issued order moved backward, tombstoned, or reverted."""

    code = "E_BUNDLE_ORDER_STATE"


class ValueRuleError(OverstepError):
    """A value that breaks a domain rule (enumeration, sign, code shape, time, rev)."""

    code = "E_BUNDLE_VALUE"


class NumberBlockError(OverstepError):
    """A number block that is not the signer's or overlaps another's; a number outside them."""

    code = "E_BUNDLE_NUMBER_BLOCK"
