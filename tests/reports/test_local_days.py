"""The ledgers' one-lookup-per-day local dates equal `local_date` for every hour of a year,
in a zone with daylight saving and in one without."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from inspector.documents.dates import local_date
from inspector.reports.ledgers import LocalDays


@pytest.fixture(params=["America/New_York", "Asia/Shanghai", "Australia/Lord_Howe"])
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_every_quarter_hour_of_a_year(zone: str) -> None:
    days = LocalDays()
    at = datetime(2026, 1, 1)
    while at < datetime(2027, 1, 1):
        assert days(at) == local_date(at), (zone, at)
        at += timedelta(minutes=15)
