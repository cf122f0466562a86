"""Errors of the orders work, each with a stable code (E_...) and a Chinese message."""

from __future__ import annotations

from inspector.errors import InspectorError, ValidationError


class OrderError(InspectorError):
    """An order operation that the order's state does not allow."""

    code = "E_ORDER"


class OrderValidationError(ValidationError):
    """Input that breaks a rule of orders (two inspectors, deadlines, service evidence …)."""

    code = "E_ORDER_INPUT"


class NumberError(InspectorError):
    """Number blocks: none left, overlapping, unknown or already used numbers."""

    code = "E_NUMBER"


class QrReaderError(InspectorError):
    """Reading a QR code back from a PDF needs tools that are not installed."""

    code = "E_QR_READER"
