"""The on-site 限期改正（整改）指令书: drafting, numbering, issuing, serving, rechecks.

The immutability guard for issued orders (`inspector.orders.guard`) is one of
the app's write rules (`inspector.appdb.WRITE_RULES`). Services take a `Database` and use `db.uow()`;
they return plain dataclasses or ids, never ORM objects held open.

Modules: `drafting` (draft from findings, edit drafts, supersede), `issuing`
(number, canonical content, hash, signature; revoke), `numbers` (blocks),
`followup` (service, signatures, rechecks, escalation, archive receipt),
`queries` (lists and details), `verify` (QR payload and stored-order checks),
`printing` (PDFs), `demo` (orders in every state for `inspector demo`).
"""

from __future__ import annotations
