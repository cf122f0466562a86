"""The order commands, run as a user would (tests/clirun.py), including their failures."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.core.helpers import photo_bytes
from tests.orders.conftest import make_visit


def test_full_order_session(db, db_path: Path, tmp_path: Path) -> None:
    visit = make_visit(db)
    run_cli("numbers", "add-block", "--from", "101", "--to", "110", db=db_path, check=True)
    drafted = json.loads(run_cli("order", "draft", "--inspection", visit.inspection_id,
                                 "--json", db=db_path, check=True).stdout)
    (draft,) = drafted["drafts"]
    run_cli("order", "edit", draft["id"], "--item", "3", "--deadline", "2099-01-05",
            db=db_path, check=True)
    issued = json.loads(run_cli("order", "issue", draft["id"], "--json", db=db_path,
                                check=True).stdout)
    number = issued["number"]
    assert number.endswith("101号")
    pdf = tmp_path / "order.pdf"
    run_cli("order", "pdf", number, "--out", pdf, db=db_path, check=True)
    ok = run_cli("order", "verify", "--pdf", pdf, db=db_path)
    assert ok.returncode == 0 and "有效 [OK]" in ok.stdout
    photo = tmp_path / "posted.jpg"
    photo.write_bytes(photo_bytes("posted order"))
    run_cli("order", "serve", number, "--method", "posted", "--place", "项目部大门",
            "--evidence", photo, db=db_path, check=True)
    run_cli("order", "receipt", number, "--out", tmp_path / "r.pdf", db=db_path, check=True)
    assert (tmp_path / "r.pdf").stat().st_size > 1000
    out = json.loads(run_cli("order", "recheck", number, "--item", "1", "--rectified", "yes",
                             "--json", db=db_path, check=True).stdout)
    assert out["status"] == "served"
    rows = json.loads(run_cli("orders", "list", "--status", "served", "--json", db=db_path,
                              check=True).stdout)
    assert [(r["number"], r["rectified"], r["violations"]) for r in rows] == [(number, 1, 3)]
    assert json.loads(run_cli("orders", "list", "--overdue", "--json", db=db_path,
                              check=True).stdout) == []
    shown = json.loads(run_cli("order", "show", number, "--json", db=db_path, check=True).stdout)
    assert shown["services"][0]["method"] == "posted"


def test_verify_failures_exit_1(db, db_path: Path, block, visit) -> None:
    from inspector.orders.drafting import draft_orders
    from inspector.orders.issuing import issue_order

    (oid,) = draft_orders(db, visit.inspection_id)
    payload = issue_order(db, oid).qr_payload
    forged = payload[:-3] + ("AAA" if not payload.endswith("AAA") else "BBB")
    bad = run_cli("order", "verify", "--payload", forged, "--json", db=db_path)
    assert bad.returncode == 1
    doc = json.loads(bad.stdout)
    assert doc["valid"] is False and doc["results"][0]["code"] == "E_QR_SIGNATURE"
    run_cli("order", "revoke", oid, "--reason", "误出具", db=db_path, check=True)
    revoked = run_cli("order", "verify", "--payload", payload, db=db_path)
    assert revoked.returncode == 1 and "E_REVOKED" in revoked.stdout


def test_numbers_commands_and_errors(db, db_path: Path) -> None:
    visit = make_visit(db, {"C04": "无专户"})
    (draft,) = json.loads(run_cli("order", "draft", "--inspection", visit.inspection_id,
                                  "--json", db=db_path, check=True).stdout)["drafts"]
    refused = run_cli("order", "issue", draft["id"], db=db_path)
    assert refused.returncode == 1 and "[E_NO_NUMBERS]" in refused.stderr
    me = json.loads(run_cli("init", "--json", db=db_path, check=True).stdout)["code"]
    blk = json.loads(run_cli("numbers", "allocate", "--device", me, "--count", "5", "--json",
                             db=db_path, check=True).stdout)
    assert (blk["first"], blk["last"]) == (1, 5)
    overlap = run_cli("numbers", "add-block", "--from", "3", "--to", "9", db=db_path)
    assert overlap.returncode == 1 and "[E_BLOCK_OVERLAP]" in overlap.stderr
    run_cli("numbers", "void", "1", "--reason", "印坏", db=db_path, check=True)
    issued = json.loads(run_cli("order", "issue", draft["id"], "--json", db=db_path,
                                check=True).stdout)
    assert issued["number"].endswith("〕2号")
    (row,) = json.loads(run_cli("numbers", "list", "--json", db=db_path, check=True).stdout)
    assert (row["used"], row["voided"], row["remaining"]) == (1, 1, 3)
    usage = run_cli("order", "verify", db=db_path)
    assert usage.returncode == 2


def test_serve_refused_to_sign_from_the_cli(db, db_path: Path, block, visit, tmp_path: Path) -> None:
    """`--refused-to-sign` (GLOSSARY's name; `--refused` still accepted) records 拒签 on the
    service record."""
    from inspector.orders.drafting import draft_orders
    from inspector.orders.issuing import issue_order

    photo = tmp_path / "left.jpg"
    photo.write_bytes(photo_bytes("left at premises"))
    for flag, inspection_id in (("--refused-to-sign", visit.inspection_id),
                                ("--refused", make_visit(db).inspection_id)):
        (oid,) = draft_orders(db, inspection_id)
        number = issue_order(db, oid).number
        run_cli("order", "serve", number, "--method", "left_at_premises", flag,
                "--evidence", photo, db=db_path, check=True)
        shown = json.loads(run_cli("order", "show", number, "--json", db=db_path,
                                   check=True).stdout)
        assert shown["services"][0]["refused_to_sign"] is True
