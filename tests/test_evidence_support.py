"""Helpers for the evidence tests: a case with an event, images and PDFs with metadata."""

from __future__ import annotations

import io
from pathlib import Path

from casebook.domain.model import Case, Event, EventDate
from casebook.services.cases import save_case
from casebook.vault.vault import Vault

AUTHOR = "Aigerim Witness-Name"
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf'
    b'-syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
    b'xmp:CreatorTool="SecretScanner"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def make_case(vault: Vault, title: str = "Raid on the office") -> Case:
    case = Case(
        title=title,
        events=[
            Event(date=EventDate.parse("2024-03-08"), type="arrest"),
            Event(date=EventDate.parse("2024-03-09"), type="fine"),
        ],
    )
    save_case(vault, case)
    return case


def gps_exif():  # -> PIL.Image.Exif
    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D"
    exif[0x0131] = "Firmware 1.1"
    exif[0x0132] = "2024:03:08 10:15:00"
    exif[0x013B] = "Photographer Real-Name"  # Artist
    exif[ExifTags.IFD.GPSInfo] = {
        1: "N", 2: (43.0, 14.0, 17.28), 3: "E", 4: (76.0, 56.0, 45.6), 5: b"\x00", 6: 812.5,
    }  # fmt: skip
    return exif


def image_bytes(fmt: str = "JPEG", *, metadata: bool = True, size=(96, 64)) -> bytes:
    from PIL import Image

    img = Image.new("RGB", size, (180, 40, 40))
    for x in range(size[0] // 2):
        img.putpixel((x, x % size[1]), (10, 200, 10))
    options = {}
    if metadata:
        options["exif"] = gps_exif().tobytes()
        if fmt in ("JPEG", "WEBP", "PNG"):
            options["xmp"] = XMP
    buffer = io.BytesIO()
    img.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def pdf_bytes(*, with_photo: bool = True) -> bytes:
    """A one-page PDF with document info, XMP and (optionally) a JPEG carrying EXIF."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": AUTHOR, "/Title": "Statement", "/Creator": "SecretScanner"})
    xmp = DecodedStreamObject()
    xmp.set_data(XMP)
    xmp.update({NameObject("/Type"): NameObject("/Metadata"),
                NameObject("/Subtype"): NameObject("/XML")})  # fmt: skip
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    if with_photo:
        photo = DecodedStreamObject()
        photo._data = image_bytes("JPEG", size=(16, 16))
        fields = {"/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"),
                  "/Width": NumberObject(16), "/Height": NumberObject(16),
                  "/ColorSpace": NameObject("/DeviceRGB"), "/BitsPerComponent": NumberObject(8),
                  "/Filter": NameObject("/DCTDecode")}  # fmt: skip
        photo.update({NameObject(k): v for k, v in fields.items()})
        images = DictionaryObject({NameObject("/Im0"): writer._add_object(photo)})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): images})
        content = DecodedStreamObject()
        content.set_data(b"q 100 0 0 100 50 50 cm /Im0 Do Q")
        page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
