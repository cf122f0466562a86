"""The UI's translation sources are the core's labels: one Chinese name per status."""

from __future__ import annotations

from inspector.domain.inspections import ANSWER_LABELS, INSPECTION_STATUS_LABELS
from inspector.domain.orders import ORDER_STATUS_LABELS, SERVICE_METHOD_NAMES
from inspector.domain.registry import REGULATORS, ROLE_LABELS, SITE_STATUSES
from ui import format as fmt


def test_ui_names_equal_core_labels(qapp) -> None:
    """In Chinese the names are the source texts (the zh_CN catalogue maps them to themselves)."""
    from ui import i18n

    i18n.install(qapp, "zh_CN")
    assert fmt.ORDER_STATUS_NAMES() == ORDER_STATUS_LABELS
    assert fmt.INSPECTION_STATUS_NAMES() == INSPECTION_STATUS_LABELS
    assert fmt.ANSWER_NAMES() == ANSWER_LABELS
    assert fmt.SERVICE_METHOD_NAMES() == SERVICE_METHOD_NAMES
    assert fmt.REGULATOR_NAMES() == REGULATORS
    assert fmt.SITE_STATUS_NAMES() == SITE_STATUSES
    assert fmt.ROLE_NAMES() == ROLE_LABELS
