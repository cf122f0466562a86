"""Evidence is judged by content: photos decode, PDFs are 材料, text is refused, twice is once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.domain.inspections import Evidence
from inspector.errors import ValidationError
from inspector.inspections.service import attach_evidence, start_inspection
from inspector.queries.inspections import inspection_form
from inspector.storage import blobs
from tests.core.helpers import make_site, photo_bytes, site_template

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _draft(db) -> tuple[str, str]:
    site_id, ins = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=ins, site_id=site_id)
    return iid, inspection_form(db, iid).items[0].item_id


def _rows(db) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Evidence)) or 0)


def test_a_real_photo_is_a_photo_with_its_mime(db, tmp_path: Path) -> None:
    iid, item = _draft(db)
    path = tmp_path / "现场.png"
    path.write_bytes(photo_bytes("site"))
    ev = attach_evidence(db, iid, path, item_id=item)
    with db.session() as s:
        row = s.get(Evidence, ev)
        assert (row.kind, row.mime, row.filename) == ("photo", "image/png", "现场.png")


@pytest.mark.parametrize(("content", "name", "code"), [
    (b"meeting notes\nnot a picture\n", "notes.txt", "E_EVIDENCE_TYPE"),
    (b"\xff\xd8\xff\xe0 truncated, not really a jpeg", "photo.jpg", "E_EVIDENCE_NOT_IMAGE"),
])
def test_a_file_that_is_not_an_image_is_refused_and_nothing_stored(
    db, tmp_path: Path, content: bytes, name: str, code: str
) -> None:
    iid, item = _draft(db)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        attach_evidence(db, iid, path, item_id=item)
    assert err.value.code == code and name in err.value.message
    assert _rows(db) == 0
    assert not blobs.blob_dir(db.data_dir).exists() or not any(
        p.is_file() for p in blobs.blob_dir(db.data_dir).rglob("*"))


def test_a_pdf_is_attached_as_a_document(db, tmp_path: Path) -> None:
    iid, item = _draft(db)
    path = tmp_path / "工资表.pdf"
    path.write_bytes(PDF)
    ev = attach_evidence(db, iid, path, item_id=item)
    with db.session() as s:
        row = s.get(Evidence, ev)
        assert (row.kind, row.mime) == ("document", "application/pdf")


def test_the_same_file_twice_is_one_evidence(db, tmp_path: Path) -> None:
    iid, item = _draft(db)
    path = tmp_path / "a.png"
    path.write_bytes(photo_bytes("same"))
    first = attach_evidence(db, iid, path, item_id=item)
    assert attach_evidence(db, iid, path, item_id=item) == first
    assert attach_evidence(db, iid, photo_bytes("same"), item_id=item, filename="b.png") == first
    assert _rows(db) == 1
    assert len(inspection_form(db, iid).items[0].evidence) == 1
    other = attach_evidence(db, iid, photo_bytes("other"), item_id=item, filename="c.png")
    assert other != first and _rows(db) == 2
