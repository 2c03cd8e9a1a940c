"""Metadata found inside evidence files: EXIF (camera, time, GPS) and PDF document info.

The result is plain JSON (stored with the item) so the application can show it; it is
read from memory or from the original file, never from a plaintext copy on disk.
"""

from __future__ import annotations

import io
import logging
import math
from pathlib import Path
from typing import Any, BinaryIO

from casebook.i18n import Context, translate

MAX_TEXT = 2000
MAX_BYTES_SHOWN = 64
SKIPPED_TAGS = {0x927C, 0x8769, 0x8825, 0xA005, 0x02BC, 0x83BB, 0x8649, 0x9286}
# MakerNote, the IFD pointers, XMP/IPTC/Photoshop blocks, UserComment (often binary)

Source = bytes | Path
evidence = Context("evidence")


def extract(media_type: str, source: Source) -> dict[str, Any]:
    """Everything useful that the file says about itself; never raises."""
    try:
        if media_type.startswith("image/"):
            return _image(source)
        if media_type == "application/pdf":
            return _pdf(source)
    except Exception as exc:  # noqa: BLE001 - a damaged file is still evidence
        return {"error": f"metadata could not be read ({type(exc).__name__})"}
    return {}


def _open(source: Source) -> BinaryIO:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    return open(source, "rb")  # noqa: SIM115 - closed by the caller's with-block


# --- images ----------------------------------------------------------------------------


def _image(source: Source) -> dict[str, Any]:
    from PIL import Image, UnidentifiedImageError

    with _open(source) as f:
        try:
            img = Image.open(f)
        except (UnidentifiedImageError, Image.DecompressionBombError):
            return _raw_exif(f)
        with img:
            result: dict[str, Any] = {
                "image": {"format": img.format or "", "width": img.width,
                          "height": img.height, "frames": getattr(img, "n_frames", 1)},
            }  # fmt: skip
            result.update(exif_dict(img.getexif()))
            text = {str(k): jsonable(v) for k, v in (getattr(img, "text", None) or {}).items()}
            if text:
                result["text"] = text
            embedded = [k for k in ("xmp", "XML:com.adobe.xmp", "photoshop", "iptc",
                                    "comment", "icc_profile") if img.info.get(k)]  # fmt: skip
            if embedded:
                result["embedded"] = embedded
            return result


def _raw_exif(f: BinaryIO) -> dict[str, Any]:
    """EXIF of images Pillow cannot open (HEIC, AVIF): find the TIFF block in the bytes."""
    from PIL import Image

    f.seek(0)
    data = f.read(16 << 20)
    at = data.find(b"Exif\x00\x00")
    if at < 0:
        return {}
    exif = Image.Exif()
    exif.load(data[at : at + 256 * 1024])
    return exif_dict(exif)


def exif_dict(exif: Any) -> dict[str, Any]:
    from PIL import ExifTags

    if not exif:
        return {}
    tags: dict[str, Any] = {}
    _add_tags(tags, exif.items(), ExifTags.TAGS)
    try:
        _add_tags(tags, exif.get_ifd(ExifTags.IFD.Exif).items(), ExifTags.TAGS)
    except (KeyError, ValueError, TypeError):
        pass
    result: dict[str, Any] = {"exif": tags} if tags else {}
    gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps_ifd:
        raw: dict[str, Any] = {}
        _add_tags(raw, gps_ifd.items(), ExifTags.GPSTAGS)
        result["gps"] = {**gps_position(raw), "tags": raw}
    camera = {
        k: tags[t]
        for k, t in (("make", "Make"), ("model", "Model"), ("lens", "LensModel"),
                     ("serial", "BodySerialNumber"), ("software", "Software"))
        if tags.get(t)
    }  # fmt: skip
    if camera:
        result["camera"] = camera
    taken = tags.get("DateTimeOriginal") or tags.get("DateTime")
    if taken:
        result["taken"] = taken
    return result


def _add_tags(out: dict[str, Any], items: Any, names: dict[int, str]) -> None:
    for tag, value in items:
        if tag in SKIPPED_TAGS:
            continue
        converted = jsonable(value)
        if converted is not None:
            out[names.get(tag, f"0x{tag:04x}")] = converted


def jsonable(value: Any) -> Any:
    """A JSON value for an EXIF value; None for what is not worth keeping."""
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, str):
        return value.replace("\x00", "").strip()[:MAX_TEXT]
    if isinstance(value, bytes):
        if len(value) > MAX_BYTES_SHOWN:
            return None
        text = value.rstrip(b"\x00")
        decoded = text.decode("latin-1")
        return decoded if text.isascii() and decoded.isprintable() else text.hex()
    if isinstance(value, tuple | list):
        items = [jsonable(v) for v in value[:64]]
        return [v for v in items if v is not None]
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return str(value)[:MAX_TEXT]
    return round(number, 8) if math.isfinite(number) else None


def gps_position(tags: dict[str, Any]) -> dict[str, Any]:
    """Decimal latitude, longitude and altitude from GPS tags, as far as present."""
    position: dict[str, Any] = {}
    for key, ref, negative in (("latitude", "GPSLatitude", "S"),
                               ("longitude", "GPSLongitude", "W")):  # fmt: skip
        dms = tags.get(ref)
        if isinstance(dms, list) and len(dms) == 3 and all(isinstance(x, float | int) for x in dms):
            degrees = dms[0] + dms[1] / 60 + dms[2] / 3600
            if str(tags.get(ref + "Ref", "")).upper().startswith(negative):
                degrees = -degrees
            position[key] = round(degrees, 7)
    altitude = tags.get("GPSAltitude")
    if isinstance(altitude, float | int):
        below = tags.get("GPSAltitudeRef") in (1, "01", "\x01")
        position["altitude"] = -altitude if below else altitude
    return position


# --- PDF ------------------------------------------------------------------------------


def _pdf(source: Source) -> dict[str, Any]:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with _open(source) as f:
        reader = PdfReader(f)
        result: dict[str, Any] = {"pdf": {"encrypted": reader.is_encrypted}}
        if reader.is_encrypted and not reader.decrypt(""):
            return result
        result["pdf"]["pages"] = len(reader.pages)
        info: dict[str, Any] = dict(reader.metadata or {})
        document = {str(k).lstrip("/"): str(v)[:MAX_TEXT] for k, v in info.items()}
        if document:
            result["document"] = document
        if "/Metadata" in reader.root_object:
            result["embedded"] = ["xmp"]
        return result


# --- for people --------------------------------------------------------------------------


# EXIF tags that may name or point to the person who took or owns the picture: listed
# right after the position, so nobody misses them before sharing an original.
IDENTIFYING_TAGS = (
    "Artist", "CameraOwnerName", "Copyright", "XPAuthor", "HostComputer",
    "ImageDescription", "XPComment", "XPSubject", "XPTitle", "XPKeywords",
)  # fmt: skip
CAMERA_TAGS = {"Make", "Model", "LensModel", "BodySerialNumber", "Software"}


def _short(value: Any, limit: int = 200) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_DOCUMENT_PEOPLE = {"author", "creator", "lastmodifiedby", "last_modified_by", "company"}


def identifying(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """The lines of `summary` that can place or name someone: a GPS position, EXIF tags
    naming a person, a document's author. Empty when the file carries none of them."""
    gps = metadata.get("gps") or {}
    exif = metadata.get("exif") or {}
    named = {t for t in IDENTIFYING_TAGS if exif.get(t)}
    people = {
        k for k, v in (metadata.get("document") or {}).items()
        if v and k.replace(" ", "").replace("-", "").casefold() in _DOCUMENT_PEOPLE
    }  # fmt: skip
    keep: list[tuple[str, str]] = []
    if "latitude" in gps and "longitude" in gps:
        position = f"{gps['latitude']:.6f}, {gps['longitude']:.6f}"
        keep.append((translate("evidence", "GPS position"), position))
    elif gps:
        keep.append(("GPS", translate("evidence", "present (no usable position)")))
    identifies = translate("evidence", "Identifies: {tag}")
    keep += [(identifies.format(tag=t), _short(exif[t])) for t in IDENTIFYING_TAGS if t in named]
    document = translate("evidence", "Document {field}")
    keep += [(document.format(field=k), str(metadata["document"][k])) for k in sorted(people)]
    return keep


def summary(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) lines for showing metadata to a person, most telling first; labels
    in the current language (the names of EXIF and PDF fields stay as the file has them)."""
    lines: list[tuple[str, str]] = []
    gps = metadata.get("gps") or {}
    if "latitude" in gps and "longitude" in gps:
        position = f"{gps['latitude']:.6f}, {gps['longitude']:.6f}"
        lines.append((translate("evidence", "GPS position"), position))
    elif gps:
        lines.append(("GPS", translate("evidence", "present (no usable position)")))
    if "altitude" in gps:
        altitude = translate("evidence", "{metres} m").format(metres=f"{gps['altitude']:.1f}")
        lines.append((translate("evidence", "GPS altitude"), altitude))
    exif = metadata.get("exif") or {}
    identifies = translate("evidence", "Identifies: {tag}")
    lines += [(identifies.format(tag=t), _short(exif[t])) for t in IDENTIFYING_TAGS if exif.get(t)]
    camera = translate("evidence", "Camera {field}")
    lines += [(camera.format(field=k), str(v)) for k, v in (metadata.get("camera") or {}).items()]
    if metadata.get("taken"):
        lines.append((translate("evidence", "Taken"), str(metadata["taken"])))
    image = metadata.get("image") or {}
    if image:
        size = f"{image.get('format', '')} {image.get('width')}x{image.get('height')}".strip()
        lines.append((translate("evidence", "Image"), size))
    pdf = metadata.get("pdf") or {}
    if pdf:
        pages = pdf.get("pages", "?")
        text = evidence.tr("%n page(s)", "", pages) if isinstance(pages, int) else str(pages)
        if pdf.get("encrypted"):
            text = translate("evidence", "{pages}, encrypted").format(pages=text)
        lines.append(("PDF", text))
    document = translate("evidence", "Document {field}")
    lines += [(document.format(field=k), v) for k, v in (metadata.get("document") or {}).items()]
    text_field = translate("evidence", "Text {field}")
    lines += [(text_field.format(field=k), str(v)) for k, v in (metadata.get("text") or {}).items()]
    if metadata.get("embedded"):
        lines.append((translate("evidence", "Embedded"), ", ".join(metadata["embedded"])))
    shown = set(IDENTIFYING_TAGS) | CAMERA_TAGS
    lines += [(f"EXIF {t}", _short(v)) for t, v in sorted(exif.items()) if t not in shown]
    if metadata.get("error"):
        lines.append((translate("evidence", "Metadata"), str(metadata["error"])))
    return lines
