"""PostgreSQL only: 1- and 2-character gram indexes for the site search

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

`list_sites(search=…)` matches ILIKE '%q%' over a site's name, address, township
and code and its general contractor's name and credit code. pg_trgm cannot serve
the 1–2 character Chinese queries clerks type most (it extracts no trigram from
them), so each row's lower-cased text is indexed as the set of its 1- and
2-character substrings (GIN over text[]); a query's grams must all be present,
then ILIKE rechecks the exact substring. Figures: docs/postgresql.md.

SQLite gets nothing: no such index type, and the office file is searched by scan.
The indexes are not declared on the models (SQLite would build them as btrees);
env.py leaves `*_grams` indexes out of the models-vs-migrations comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# chr(31) joins fields so that no 2-gram a user can type spans two of them.
FUNCTIONS = [
    """CREATE FUNCTION inspector_grams(t text) RETURNS text[]
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, n)), '{}')
         FROM generate_series(1, length(t)) AS i, (VALUES (1), (2)) AS k(n)
         WHERE i + n - 1 <= length(t)
       $$""",
    """CREATE FUNCTION inspector_site_grams(name text, address text, township text, code text)
       RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT inspector_grams(coalesce(name, '') || chr(31) || coalesce(address, '')
                                || chr(31) || coalesce(township, '') || chr(31)
                                || coalesce(code, ''))
       $$""",
    """CREATE FUNCTION inspector_employer_grams(name text, credit_code text)
       RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT inspector_grams(coalesce(name, '') || chr(31) || coalesce(credit_code, ''))
       $$""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in FUNCTIONS:
        op.execute(sql)
    op.execute("CREATE INDEX ix_site_grams ON site USING gin "
               "(inspector_site_grams(name, address, township, code))")
    op.execute("CREATE INDEX ix_employer_grams ON employer USING gin "
               "(inspector_employer_grams(name, credit_code))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_employer_grams")
    op.execute("DROP INDEX ix_site_grams")
    op.execute("DROP FUNCTION inspector_employer_grams(text, text)")
    op.execute("DROP FUNCTION inspector_site_grams(text, text, text, text)")
    op.execute("DROP FUNCTION inspector_grams(text)")
