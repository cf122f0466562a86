"""What an evidence file really is, judged by its content, not by its name.

A "photo" that does not decode would print as a broken tile and prove nothing;
a PDF (a contract, a payroll scan) is real evidence but a 材料, not a photo; a text
file or anything else is refused with a message. Pillow decodes the image header
(and `verify()` walks the data), which is cheap next to hashing the file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import ValidationError, catalogued

PDF_MAGIC = b"%PDF-"
DOCUMENT_KIND = "document"  # shown as 材料
DOCUMENT_LABEL = "材料"


@dataclass(frozen=True)
class EvidenceType:
    kind: str  # "photo" or "document"
    mime: str


def classify(source: Path | bytes, name: str = "") -> EvidenceType:
    """The evidence type of a file meant as a photo or a document; raises for anything else."""
    where = name or (source.name if isinstance(source, Path) else "（附件）")
    if isinstance(source, Path):
        with source.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    else:
        head = source[: len(PDF_MAGIC)]
    if head == PDF_MAGIC:
        return EvidenceType(DOCUMENT_KIND, "application/pdf")
    image = _image_mime(source)
    if image is not None:
        return EvidenceType("photo", image)
    looks_like_photo = Path(where).suffix.lower() in {
        ".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp", ".gif", ".tif", ".tiff"}
    code = "E_EVIDENCE_NOT_IMAGE" if looks_like_photo else "E_EVIDENCE_TYPE"
    raise catalogued(code, ValidationError, where=where)


def _image_mime(source: Path | bytes) -> str | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source if isinstance(source, Path) else io.BytesIO(source)) as img:
            fmt = img.format or ""
            img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    return Image.MIME.get(fmt, f"image/{fmt.lower()}" if fmt else "image/*")
