"""Cleaned copies for publication: the content without the metadata that can identify.

Images are decoded and re-encoded from their pixels alone (orientation applied, colour
converted to sRGB), so EXIF, GPS, XMP, IPTC, comments and colour profiles are gone.
PDFs lose their document info, XMP (document, page and object level) and the EXIF/XMP
segments of embedded JPEG images. Every result is checked again before it is returned;
anything else is refused with a plain reason instead of a copy that only looks clean.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from casebook.i18n import translate

IMAGE_FORMATS = {
    "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", "image/gif": "GIF",
    "image/tiff": "TIFF", "image/bmp": "BMP",
}  # fmt: skip
MAX_CLEAN_SIZE = 512 * 1024 * 1024
METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop",
                 "iptc", "dpi")  # fmt: skip
# Tags that describe a TIFF's pixels (size, layout, compression), not the picture taken.
TIFF_STRUCTURE = {256, 257, 258, 259, 262, 273, 277, 278, 279, 282, 283, 284, 296, 317, 320,
                  322, 323, 324, 325, 338, 339}  # fmt: skip
XMP_MARKERS = (b"<x:xmpmeta", b"http://ns.adobe.com/xap/1.0/")


class CannotClean(Exception):
    """This item cannot be cleaned reliably; the message says why in plain words."""


def refusal(media_type: str, size: int) -> str:
    """Why an item of this type and size cannot be cleaned, or '' when it can."""
    if media_type not in IMAGE_FORMATS and media_type != "application/pdf":
        kind = media_type or translate("evidence", "unknown")
        return translate(
            "evidence",
            "Casebook cannot reliably remove the metadata of {kind} files, so it will not make "
            "a 'cleaned' copy that might still reveal who, where or when. Cleaning works for "
            "JPEG, PNG, WebP, GIF, TIFF and BMP images and for PDF documents.",
        ).format(kind=kind)
    if size > MAX_CLEAN_SIZE:
        return translate(
            "evidence", "this file is too large to clean ({size} MiB; the limit is {limit} MiB)"
        ).format(size=size // (1024 * 1024), limit=MAX_CLEAN_SIZE // (1024 * 1024))
    return ""


def clean(media_type: str, data: bytes) -> bytes:
    reason = refusal(media_type, len(data))
    if reason:
        raise CannotClean(reason)
    if media_type == "application/pdf":
        out = _clean_pdf(data)
        _check_pdf(out)
    else:
        out = _clean_image(data, IMAGE_FORMATS[media_type])
        _check_image(out)
    return out


# --- images ----------------------------------------------------------------------------


def _clean_image(data: bytes, fmt: str) -> bytes:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            if getattr(img, "n_frames", 1) > 1:
                raise CannotClean(
                    translate(
                        "evidence",
                        "this image has several frames (an animation or a multi-page file); "
                        "Casebook cleans single images only",
                    )
                )
            upright = ImageOps.exif_transpose(img) or img
            fresh = _pixels_only(upright, img.info.get("icc_profile"))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        reason = translate(
            "evidence", "this image cannot be decoded, so it cannot be cleaned ({error})"
        )
        raise CannotClean(reason.format(error=exc)) from None
    if fmt == "JPEG" and fresh.mode not in ("RGB", "L", "CMYK"):
        fresh = fresh.convert("RGB")
    buffer = io.BytesIO()
    options: dict[str, Any] = {"JPEG": {"quality": 92}, "WEBP": {"quality": 90}}.get(fmt, {})
    fresh.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _pixels_only(img: Any, icc: bytes | None) -> Any:
    """A new image holding only the pixels (and palette) of `img`, in sRGB."""
    from PIL import Image

    img.load()
    if icc and img.mode in ("RGB", "RGBA"):
        img = _to_srgb(img, icc)
    fresh = Image.frombytes(img.mode, img.size, img.tobytes())
    if img.mode in ("P", "PA"):
        fresh.putpalette(img.getpalette() or [])
        if "transparency" in img.info:
            fresh.info["transparency"] = img.info["transparency"]
    return fresh


def _to_srgb(img: Any, icc: bytes) -> Any:
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(img, source, target, outputMode=img.mode) or img
    except Exception:  # noqa: BLE001 - no usable profile: keep the pixels as they are
        return img


def _check_image(data: bytes) -> None:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        left = [k for k in METADATA_KEYS if k != "dpi" and img.info.get(k)]
        left += ["text"] if getattr(img, "text", None) else []
        if set(img.getexif()) - TIFF_STRUCTURE or left:
            raise CannotClean(
                translate("evidence", "metadata remained after cleaning ({kinds})").format(
                    kinds=", ".join(left) or "EXIF"
                )
            )
    if b"Exif\x00\x00" in data or any(m in data for m in XMP_MARKERS):
        raise CannotClean(
            translate("evidence", "metadata remained after cleaning ({kinds})").format(
                kinds="EXIF, XMP"
            )
        )


# --- PDF --------------------------------------------------------------------------------


def _clean_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise CannotClean(
                translate("evidence", "this PDF is encrypted; Casebook cannot clean encrypted PDFs")
            )
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.metadata = None
        for page in writer.pages:
            _scrub(page, set())
        buffer = io.BytesIO()
        writer.write(buffer)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise CannotClean(
            translate("evidence", "this PDF cannot be read well enough to clean it ({error})")
            .format(error=exc)
        ) from None  # fmt: skip
    return buffer.getvalue()


def _scrub(obj: Any, seen: set[int]) -> None:
    """Remove XMP and private data from a page and the objects it uses, recursively."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if isinstance(obj, IndirectObject):
        if id(obj.pdf) * 31 + obj.idnum in seen:
            return
        seen.add(id(obj.pdf) * 31 + obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):
        for key in ("/Metadata", "/PieceInfo"):
            if key in obj:
                del obj[key]
        if obj.get("/Subtype") == "/Image":
            _strip_image_stream(obj)
        for key, value in list(obj.items()):
            if key not in ("/Parent", "/P"):
                _scrub(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _scrub(value, seen)


def _strip_image_stream(stream: Any) -> None:
    """Remove EXIF/XMP segments from an embedded JPEG; refuse JPEGs wrapped in filters."""
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
    if "/DCTDecode" not in names:
        return
    if names != ["/DCTDecode"]:
        raise CannotClean(
            translate(
                "evidence",
                "this PDF holds JPEG images packed in a way Casebook cannot clean ({filters}); "
                "their EXIF data could remain",
            ).format(filters=" ".join(names))
        )
    raw = getattr(stream, "_data", b"")
    stripped = strip_jpeg_metadata(raw)
    if stripped != raw:
        stream._data = stripped


# APP1 (EXIF, XMP), APP12 (Ducky, comments), APP13 (Photoshop/IPTC), COM.
_DROP_SEGMENTS = {0xE1, 0xEC, 0xED, 0xFE}


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The JPEG bytes without metadata segments; the image data stays byte-identical."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker not in _DROP_SEGMENTS:
            out += data[pos : pos + 2 + length]
        pos += 2 + length
    return bytes(out + data[pos:])


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    info = {k: v for k, v in (reader.metadata or {}).items() if k != "/Producer"}
    root = reader.root_object
    has_xmp = "/Metadata" in root or any("/Metadata" in p for p in reader.pages)
    if info or has_xmp or any(m in data for m in XMP_MARKERS) or b"Exif\x00\x00" in data:
        raise CannotClean(translate("evidence", "metadata remained in the PDF after cleaning"))
