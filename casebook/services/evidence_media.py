"""The media type of a file, from its first bytes (never from its name)."""

from __future__ import annotations

OCTET = "application/octet-stream"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

# (offset, magic, media type), tried in order.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"BM", "image/bmp"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"#!AMR", "audio/amr"),
    (0, b"\x1a\x45\xdf\xa3", "video/x-matroska"),
    (0, b"{\\rtf", "application/rtf"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"Rar!\x1a\x07", "application/vnd.rar"),
    (0, b"\x1f\x8b", "application/gzip"),
)

_RIFF = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}

# ISO base media (ftyp box) brands.
_HEIF = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_GENERIC = {b"mif1", b"msf1"}
_AVIF = {b"avif", b"avis"}
_AUDIO_MP4 = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}


def detect(head: bytes) -> str:
    """The media type of content starting with `head` (give at least the first 64 KiB)."""
    for offset, magic, media_type in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return _refine(media_type, head)
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "video/quicktime"
    if head[:4] == b"PK\x03\x04":
        return _zip_kind(head)
    if _is_mp3_frame(head):
        return "audio/mpeg"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if is_text(head):
        return "text/plain"
    return OCTET


def _refine(media_type: str, head: bytes) -> str:
    if media_type == "audio/ogg":
        if b"\x80theora" in head[:256]:
            return "video/ogg"
        return "audio/ogg"
    if media_type == "video/x-matroska" and b"webm" in head[:64]:
        return "video/webm"
    if media_type == "application/x-ole-storage" and b"W\x00o\x00r\x00d\x00D\x00o\x00c" in head:
        return "application/msword"
    return media_type


def _iso_media(head: bytes) -> str:
    size = int.from_bytes(head[:4], "big")
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(size, 64), 4)}
    major = head[8:12]
    if major in _HEIF or (major in _HEIF_GENERIC and brands & _HEIF):
        return "image/heic"
    if major in _AVIF:
        return "image/avif"
    if major in _HEIF_GENERIC:
        return "image/heif"
    if major in _AUDIO_MP4:
        return "audio/mp4"
    if major == b"qt  ":
        return "video/quicktime"
    if major.startswith(b"3g2"):
        return "video/3gpp2"
    if major.startswith(b"3gp"):
        return "video/3gpp"
    return "video/mp4"


def _zip_kind(head: bytes) -> str:
    if head[30:38] == b"mimetype":
        kind = head[38:120].split(b"PK")[0]
        if kind.startswith(b"application/"):
            return kind.decode("ascii", "replace").strip()
    for marker, media_type in ((b"word/", DOCX), (b"xl/", XLSX), (b"ppt/", PPTX)):
        if marker in head:
            return media_type
    return "application/zip"


def _is_mp3_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, a valid version, layer and bit rate."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def is_text(head: bytes) -> bool:
    """UTF-8 (or UTF-16 with a byte order mark) text without control characters."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # only a character cut at the end is allowed
            return False
        text = head[: exc.start].decode("utf-8")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v\x1b")
    return controls <= len(text) // 100


def extension_for(media_type: str) -> str:
    return {
        "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
        "image/tiff": ".tif", "image/bmp": ".bmp", "image/heic": ".heic",
        "application/pdf": ".pdf", "video/mp4": ".mp4", "video/quicktime": ".mov",
        "audio/mpeg": ".mp3", "audio/ogg": ".ogg", "audio/wav": ".wav", "text/plain": ".txt",
        "application/zip": ".zip", DOCX: ".docx",
    }.get(media_type, "")  # fmt: skip
