"""Font subsets that repeat across documents, made and compressed once per process.

reportlab embeds a CJK TrueType font as subsets of up to 256 characters,
numbered in the order the characters first appear in the document, and builds
and Flate-compresses each subset for every document: two thirds of an order's
render time. Two measures make most subsets of a document equal to one made
before, so that they can be reused:

- `prefill`: before anything is drawn, the characters of a document kind's
  fixed wording are assigned, in a fixed order, to the first codes of the
  document's subsets. Every order then has the same first subset(s); only
  the characters of its own names, addresses and facts land in the last one.
  Pre-filled characters a document does not print are embedded all the same
  (a few kB): harmless, and what makes the subsets equal.
- `cache_subsets`: the font's subset builder remembers the subset bytes and
  their compressed form by the exact character list, so an equal subset is
  written into the next document as is. The PDF objects are still reportlab's
  own (font, descriptor, widths, ToUnicode map); only their font-file stream
  content comes from the cache. Still one subset per 256 characters, embedded.

The cache is bounded (`CACHE_SIZE` subsets, LRU); its entries depend only on
the font face and the character list, both fixed for the life of the process.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from functools import cache, partial
from typing import Any, Generic, TypeVar

CACHE_SIZE = 24  # a few document kinds × a few subsets each; ~60 kB compressed apiece


K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    """A small thread-safe least-recently-used map (the render caches of this package)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[K, V] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        found = self.get(key)
        if found is None:
            found = make()  # outside the lock: two threads may both make it, either is right
            self.put(key, found)
        return found


@cache
def _formatted_class() -> type:
    """A PDF value formatted once (reportlab imported only when rendering)."""
    from reportlab.pdfbase import pdfdoc

    class Formatted(pdfdoc.PDFObject):
        """Written into any document as these bytes (a value that holds no references)."""

        def __init__(self, data: bytes) -> None:
            self.data = data

        def format(self, _document: Any) -> bytes:
            return self.data

    return Formatted


def unique_chars(*texts: str) -> str:
    """The non-ASCII characters of `texts` in first-appearance order, each once.

    ASCII is left out: reportlab's readable-ASCII layout already gives it fixed codes.
    """
    seen: dict[str, None] = {}
    for text in texts:
        for ch in text:
            if ord(ch) > 127:
                seen.setdefault(ch, None)
    return "".join(seen)


# reportlab's subset layout with readable ASCII (its default): the first subset has
# 159 free codes (1–31 and 128–255; 32–127 are ASCII), every later one 254 (code 0
# is .notdef, 32 the space). tests/orders/test_order_pdf_reuse.py checks it.
FIRST_SUBSET_FREE = 159
LATER_SUBSET_FREE = 254


def whole_subsets(chars: str) -> str:
    """The longest prefix of `chars` that fills whole subsets (all of `chars` if it
    cannot fill the first). Pre-filling exactly that much leaves a document's own
    characters a subset of their own: small, and quick to make."""
    if len(chars) <= FIRST_SUBSET_FREE:
        return chars
    later = (len(chars) - FIRST_SUBSET_FREE) // LATER_SUBSET_FREE
    return chars[:FIRST_SUBSET_FREE + later * LATER_SUBSET_FREE]


def prefill(canvas: Any, font_name: str, chars: str) -> None:
    """Assign `chars` to the first free codes of the font's subsets in the canvas's document.

    Must run before the document draws any text in that font (else earlier text would
    take the first codes and the subsets would differ from one document to the next).
    """
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.getFont(font_name).splitString(chars, canvas._doc)


def cache_subsets(font: Any) -> None:
    """Make `font` (a registered reportlab TTFont) reuse equal subsets across documents."""
    face = getattr(font, "face", None)
    if face is None or getattr(face, "si_subset_cache", None) is not None:
        return
    cache: Lru[tuple[int, ...], tuple[bytes, bytes]] = Lru(CACHE_SIZE)
    make_subset = face.makeSubset
    add_subset_objects = face.addSubsetObjects

    def cached(subset: list[int]) -> tuple[bytes, bytes]:
        """(subset font bytes, their zlib compression) for this exact character list."""
        def make() -> tuple[bytes, bytes]:
            raw = make_subset(subset)
            return raw, zlib.compress(raw)

        return cache.get_or_make(tuple(subset), make)

    def subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        # reportlab's own objects (its addSubsetObjects calls the cached makeSubset below);
        # only the font-file stream's compression is then taken from the cache.
        ref = add_subset_objects(doc, fontname, subset)
        if doc.compression:
            stream = doc.idToObject[f"fontFile:{face.filename}({fontname})"]
            _use_compressed(stream, cached(subset)[1])
        return ref

    face.makeSubset = lambda subset: cached(subset)[0]
    face.addSubsetObjects = subset_objects
    face.si_subset_cache = cache
    _reuse_font_dicts(font)


def _reuse_font_dicts(font: Any) -> None:
    """Reuse each subset's formatted Widths array and compressed ToUnicode map.

    reportlab formats the 256 widths of every subset number by number in pure Python
    and compresses its ToUnicode map, once per document: ~a quarter of what is left of
    an order's render once the subsets themselves are cached. Both depend only on
    the subset's characters, so equal subsets reuse the bytes made the first time.
    """
    from reportlab.pdfbase import pdfdoc

    add_objects = font.addObjects
    widths: Lru[tuple[Any, ...], bytes] = Lru(CACHE_SIZE)
    cmaps: Lru[bytes, bytes] = Lru(CACHE_SIZE)

    def objects(doc: Any) -> None:
        font_dict = doc.idToObject["BasicFonts"].dict
        before = set(font_dict)
        add_objects(doc)
        for name in set(font_dict) - before:
            pdf_font = font_dict[name]
            if isinstance(getattr(pdf_font, "Widths", None), pdfdoc.PDFArray):
                seq = tuple(pdf_font.Widths.sequence)
                pdf_font.Widths = _formatted_class()(widths.get_or_make(
                    seq, partial(_format_array, seq, doc)))
            cmap = doc.idToObject.get(f"toUnicodeCMap:{getattr(pdf_font, 'BaseFont', '')}")
            if doc.compression and isinstance(cmap, pdfdoc.PDFStream):
                raw = cmap.content if isinstance(cmap.content, bytes) else cmap.content.encode()
                _use_compressed(cmap, cmaps.get_or_make(raw, partial(zlib.compress, raw)))

    font.addObjects = objects


def _format_array(values: tuple[Any, ...], doc: Any) -> bytes:
    from reportlab.pdfbase import pdfdoc

    data: bytes = pdfdoc.PDFArray(list(values)).format(doc)
    return data


def _use_compressed(stream: Any, packed: bytes) -> None:
    """Give a stream its already-compressed content.

    reportlab compresses a stream when the PDF is written unless the stream's
    dictionary names its filter already; so naming FlateDecode with the packed
    bytes writes exactly what reportlab would have, without compressing again.
    """
    from reportlab.pdfbase import pdfdoc

    stream.content = packed
    stream.filters = None
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
