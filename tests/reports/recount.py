"""The tests' own recount of every summary figure, in plain SQL over the raw tables.

Written once for both backends (SQLite and PostgreSQL): booleans compare with
true/false, empty number cells become NULL before a cast, dates and times are
bound with their types so each dialect compares them its own way. With a
campaign the same queries keep only that campaign's records (docs/figures.md).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, String, bindparam, create_engine, text
from sqlalchemy.engine import Connection

from inspector.domain.cases import SOURCE_LABELS
from inspector.domain.registry import INDUSTRIES, SITE_STATUSES
from inspector.reports.figures import Period

VALUE = """(SELECT NULLIF(r.value, '') FROM item_result r JOIN template_item t
             ON t.id = r.item_id WHERE r.inspection_id = v.id AND r.tombstone = false
             AND t.code IN ({codes}))"""
# The tests' own reading of "the latest recheck of each violation".
LATEST = """
SELECT v.order_id, v.id AS vid, v.deadline,
  (SELECT r.rectified FROM order_recheck r WHERE r.violation_id = v.id AND r.tombstone = false
   ORDER BY r.checked_on DESC, r.id DESC LIMIT 1) AS ok
FROM order_violation v WHERE v.tombstone = false
"""


def _utc(d: date) -> datetime:
    return datetime.combine(d, time.min).astimezone(UTC).replace(tzinfo=None)


class _Q:
    """Runs a query with the period's parameters bound with their types."""

    def __init__(self, con: Connection, p: Period) -> None:
        self.con = con
        self.params = {"a": _utc(p.start), "b": _utc(p.end + timedelta(days=1)),
                       "lo": p.start, "hi": p.end, "as_of": p.as_of(), "camp": p.campaign}
        self.camp = p.campaign
        # Campaign scopes, empty without a campaign.
        self.insp = " AND i.campaign = :camp" if self.camp else ""
        self.case = (" AND c.campaign_id IN (SELECT id FROM campaign WHERE code = :camp"
                     " AND tombstone = false)") if self.camp else ""
        self.order = (" AND o.inspection_id IN (SELECT id FROM inspection WHERE"
                      " campaign = :camp AND tombstone = false)") if self.camp else ""
        self.site = (f" AND s.id IN (SELECT i.site_id FROM inspection i WHERE {self.finalized}"
                     " AND i.target_kind = 'site')") if self.camp else ""

    @property
    def finalized(self) -> str:
        return ("i.tombstone = false AND i.status = 'finalized' AND i.started_at >= :a"
                " AND i.started_at < :b" + self.insp)

    def rows(self, sql: str) -> list[Any]:
        stmt = text(sql)
        names = set(stmt.compile().params)
        types: dict[str, Any] = {"a": DateTime(), "b": DateTime(), "lo": Date(), "hi": Date(),
                                 "as_of": Date(), "camp": String()}
        stmt = stmt.bindparams(*(bindparam(n, type_=types[n]) for n in names))
        return list(self.con.execute(stmt, {n: self.params[n] for n in names}))

    def one(self, sql: str) -> Any:
        return self.rows(sql)[0][0]


def _contracts(q: _Q) -> dict[str, Any]:
    urged = q.one(f"""SELECT sum(CAST({VALUE.format(codes="'C27','E15'")} AS INTEGER))
                      FROM inspection v WHERE v.id IN (SELECT i.id FROM inspection i
                      WHERE {q.finalized})""")
    latest = f"""
        SELECT w.id FROM (SELECT i.id, row_number() OVER (
            PARTITION BY i.target_kind, CASE WHEN i.target_kind = 'site' THEN i.site_id
                                             ELSE i.employer_id END
            ORDER BY i.started_at DESC, i.id DESC) AS k
          FROM inspection i WHERE {q.finalized}) w WHERE w.k = 1"""
    head, signed = q.rows(f"""
        SELECT sum(h), sum(s) FROM (
          SELECT CAST({VALUE.format(codes="'C21','E08'")} AS INTEGER) AS h,
                 CAST({VALUE.format(codes="'C26','E14'")} AS INTEGER) AS s
          FROM inspection v WHERE v.id IN ({latest})) x
        WHERE h > 0 AND s IS NOT NULL""")[0]
    yes, answered = q.rows(f"""
        SELECT sum(CASE WHEN c = '有' THEN 1 ELSE 0 END), count(*) FROM (
          SELECT {VALUE.format(codes="'C28','E16'")} AS c
          FROM inspection v WHERE v.id IN ({latest})) x WHERE c IS NOT NULL""")[0]
    return {"contracts_signed_on_visits": int(urged or 0),
            "contract_rate_percent": round(int(signed) * 100 / int(head), 1) if head else None,
            "collective_contract_rate_percent":
                round(int(yes) * 100 / answered, 1) if answered else None}


def _orders(q: _Q) -> dict[str, Any]:
    issued = f"""FROM rectification_order o WHERE o.tombstone = false
        AND o.issue_date BETWEEN :lo AND :hi
        AND o.status NOT IN ('draft', 'revoked', 'superseded'){q.order}"""
    return {
        "orders_issued": q.one(f"SELECT count(*) {issued}"),
        "orders_rectified": q.one(f"""SELECT count(*) {issued} AND NOT EXISTS (
            SELECT 1 FROM ({LATEST}) l WHERE l.order_id = o.id AND coalesce(l.ok, false) = false)
            AND EXISTS (SELECT 1 FROM order_violation v WHERE v.order_id = o.id
                        AND v.tombstone = false)"""),
        "orders_overdue": q.one(f"""SELECT count(*) {issued}
            AND o.status IN ('issued', 'served') AND EXISTS (
            SELECT 1 FROM ({LATEST}) l WHERE l.order_id = o.id
            AND coalesce(l.ok, false) = false AND l.deadline < :as_of)"""),
    }


def _cases(q: _Q) -> dict[str, Any]:
    live = f"c.tombstone = false{q.case}"
    filed = q.one(f"SELECT count(*) FROM wage_case c WHERE {live} AND c.filed_on BETWEEN :lo AND :hi")
    done = q.one(f"""SELECT count(*) FROM wage_case c WHERE {live}
        AND c.filed_on BETWEEN :lo AND :hi AND c.status = 'closed' AND c.closed_on <= :hi""")
    fen = q.one(f"""SELECT coalesce(sum(p.amount_fen), 0) FROM case_payment p
        JOIN wage_case c ON c.id = p.case_id WHERE p.tombstone = false AND {live}
        AND p.paid_on BETWEEN :lo AND :hi""")
    referred = """SELECT count(*) FROM case_referral f JOIN wage_case c ON c.id = f.case_id
        WHERE f.tombstone = false AND {live} AND f.target = '{target}'
        AND f.referred_on BETWEEN :lo AND :hi"""
    return {
        "complaints_received": q.one(f"""SELECT count(*) FROM wage_case c WHERE {live}
                                         AND c.received_on BETWEEN :lo AND :hi"""),
        "complaints_closed": q.one(f"""SELECT count(DISTINCT s.case_id) FROM case_step s
            JOIN wage_case c ON c.id = s.case_id WHERE s.tombstone = false AND {live}
            AND s.to_status = 'closed' AND s.step_on BETWEEN :lo AND :hi"""),
        "closure_rate_percent": round(done * 100 / filed, 1) if filed else None,
        "workers_involved": q.one(f"""SELECT count(DISTINCT w.worker_id) FROM case_worker w
            JOIN wage_case c ON c.id = w.case_id WHERE w.tombstone = false AND {live}
            AND c.received_on BETWEEN :lo AND :hi"""),
        "wages_recovered_yuan": round(int(fen) / 100, 2),
        "cases_referred_police": q.one(referred.format(live=live, target="police")),
        "cases_referred_court": q.one(referred.format(live=live, target="court")),
    }


def _register(q: _Q) -> dict[str, Any]:
    live = f"s.tombstone = false{q.site}"
    by_status = dict(q.rows(f"SELECT s.status, count(*) FROM site s WHERE {live} GROUP BY s.status"))
    return {
        "projects_by_status": {SITE_STATUSES[k]: v for k, v in sorted(
            by_status.items(), key=lambda kv: SITE_STATUSES[kv[0]])},
        "projects_realname_collected": int(q.one(
            f"SELECT coalesce(sum(s.headcount_registered), 0) FROM site s WHERE {live}")),
        "projects_employed": int(q.one(
            f"SELECT coalesce(sum(s.headcount_active), 0) FROM site s WHERE {live}")),
        "projects_contracts_signed": int(q.one(
            f"SELECT coalesce(sum(s.contracts_signed), 0) FROM site s WHERE {live}")),
        "projects_deposit_registered": q.one(
            f"SELECT count(*) FROM site s WHERE {live} AND s.wage_deposit_registered = true"),
        "projects_wage_account_bound": q.one(
            f"SELECT count(*) FROM site s WHERE {live} AND s.wage_account_bound = true"),
    }


def by_source(url: str, p: Period) -> dict[str, dict[str, Any]]:
    """cases_by_source, recounted: per source received, closed, workers, recovered."""
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            q = _Q(con, p)
            live = f"c.tombstone = false{q.case}"
            out: dict[str, dict[str, Any]] = {}

            def put(sql: str, key: str) -> None:
                for src, n in q.rows(sql):
                    row = out.setdefault(SOURCE_LABELS.get(src, src), {
                        "received": 0, "closed": 0, "workers": 0, "wages_recovered_yuan": 0.0})
                    row[key] = round(int(n) / 100, 2) if key == "wages_recovered_yuan" else n

            put(f"""SELECT c.source, count(*) FROM wage_case c WHERE {live}
                    AND c.received_on BETWEEN :lo AND :hi GROUP BY c.source""", "received")
            put(f"""SELECT c.source, count(DISTINCT c.id) FROM wage_case c JOIN case_step s
                    ON s.case_id = c.id WHERE {live} AND s.tombstone = false
                    AND s.to_status = 'closed' AND s.step_on BETWEEN :lo AND :hi
                    GROUP BY c.source""", "closed")
            put(f"""SELECT c.source, count(DISTINCT w.worker_id) FROM wage_case c
                    JOIN case_worker w ON w.case_id = c.id WHERE {live}
                    AND w.tombstone = false AND c.received_on BETWEEN :lo AND :hi
                    GROUP BY c.source""", "workers")
            put(f"""SELECT c.source, sum(p.amount_fen) FROM wage_case c JOIN case_payment p
                    ON p.case_id = c.id WHERE {live} AND p.tombstone = false
                    AND p.paid_on BETWEEN :lo AND :hi GROUP BY c.source""",
                "wages_recovered_yuan")
    finally:
        engine.dispose()
    return dict(sorted(out.items()))


def expected(url: str, p: Period) -> dict[str, Any]:
    """Every figure of `inspector.reports.figures`, recounted from the raw tables."""
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            q = _Q(con, p)
            by_industry = dict(q.rows(f"""SELECT e.industry, count(DISTINCT e.id)
                FROM inspection i JOIN employer e ON e.id = i.employer_id
                WHERE {q.finalized} AND i.target_kind = 'employer' GROUP BY e.industry"""))
            return {
                "construction_sites_inspected": q.one(f"""SELECT count(DISTINCT i.site_id)
                    FROM inspection i WHERE {q.finalized} AND i.target_kind = 'site'"""),
                "employers_inspected": sum(by_industry.values()),
                "employers_by_industry": {INDUSTRIES[k]: v for k, v in sorted(
                    by_industry.items(), key=lambda kv: INDUSTRIES[kv[0]])},
                **_orders(q), **_contracts(q), **_cases(q), **_register(q),
            }
    finally:
        engine.dispose()
