"""Every page of the database file, decrypted with the data key (for `verify --deep`).

SQLCipher 4 with a raw key: AES-256-CBC under the key itself, a random IV and an
HMAC-SHA512 in each page's reserved 80 bytes; the HMAC key is PBKDF2-HMAC-SHA512 of the
key with the file's salt XOR 0x3a, 2 iterations. Reading the pages ourselves lets `verify
--deep` check the HMAC of every page and look into free pages, which SQL never shows.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from casebook.i18n import translate
from casebook.vault.errors import VaultDamaged

PAGE = 4096
SALT = 16
IV = 16
MAC = 64
RESERVE = IV + MAC
HEADER = b"SQLite format 3\x00"


def _hmac_key(dek: bytes, salt: bytes) -> bytes:
    mac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", dek, mac_salt, 2, 32)


def decrypted_pages(path: Path, dek: bytes) -> Iterator[tuple[int, bytes | None]]:
    """(page number from 1, plaintext) for each page; None for a page whose HMAC fails."""
    with open(path, "rb") as f:
        first = f.read(PAGE)
        if len(first) < PAGE:
            return
        salt = first[:SALT]
        mac_key = _hmac_key(dek, salt)
        number, page = 1, first
        while len(page) == PAGE:
            yield number, _decrypt(page, number, dek, mac_key)
            number += 1
            page = f.read(PAGE)


def _decrypt(page: bytes, number: int, dek: bytes, mac_key: bytes) -> bytes | None:
    start = SALT if number == 1 else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - MAC]
    tag = page[PAGE - MAC :]
    expected = hmac.new(mac_key, body + iv + number.to_bytes(4, "little"), hashlib.sha512)
    if not hmac.compare_digest(expected.digest(), tag):
        return None
    decryptor = Cipher(algorithms.AES(dek), modes.CBC(iv)).decryptor()
    plain = decryptor.update(body) + decryptor.finalize()
    return (HEADER if number == 1 else b"") + plain + bytes(RESERVE)


def free_pages(pages: dict[int, bytes | None]) -> set[int]:
    """Numbers of the pages on the free list (trunk pages and their leaves)."""
    first = pages.get(1)
    if first is None:
        raise VaultDamaged(translate("vault", "the first page of the database does not decrypt"))
    trunk = int.from_bytes(first[32:36], "big")
    found: set[int] = set()
    while trunk and trunk not in found:
        found.add(trunk)
        data = pages.get(trunk)
        if data is None:
            break
        count = int.from_bytes(data[4:8], "big")
        for i in range(min(count, (PAGE - 8) // 4)):
            found.add(int.from_bytes(data[8 + 4 * i : 12 + 4 * i], "big"))
        trunk = int.from_bytes(data[:4], "big")
    return found


USABLE = PAGE - RESERVE


# Five letters or more in a row (Latin, or two-byte UTF-8 as in Cyrillic and Kazakh): a
# word. The unused gap of a page may keep stale 2-byte cell pointers, never words.
_WORDS = re.compile(rb"(?:[A-Za-z]|[\xc0-\xdf][\x80-\xbf]){5,}")


def unwiped_areas(number: int, page: bytes) -> list[tuple[int, int]]:
    """Byte ranges of a b-tree page that hold no live data but still hold words (what
    `secure_delete` should have wiped): the unallocated gap and the free blocks."""
    base = 100 if number == 1 else 0
    kind = page[base]
    if kind not in (2, 5, 10, 13):
        return []
    header = 12 if kind in (2, 5) else 8
    cells = int.from_bytes(page[base + 3 : base + 5], "big")
    content = int.from_bytes(page[base + 5 : base + 7], "big") or 65536
    areas = [(base + header + 2 * cells, min(content, USABLE))]
    block, seen = int.from_bytes(page[base + 1 : base + 3], "big"), set()
    while block and block not in seen and block + 4 <= USABLE:
        seen.add(block)
        size = int.from_bytes(page[block + 2 : block + 4], "big")
        areas.append((block + 4, min(block + size, USABLE)))
        block = int.from_bytes(page[block : block + 2], "big")
    return [(a, b) for a, b in areas if a < b and _WORDS.search(page[a:b])]


def unwiped_free_page(number: int, page: bytes, trunks: set[int]) -> bool:
    """Whether a page of the free list still holds data: a leaf must be zero; a trunk
    keeps its list of page numbers (and stale ones after it), never words."""
    if number in trunks:
        return _WORDS.search(page[4:USABLE]) is not None
    return any(page[:USABLE])


def trunk_pages(pages: dict[int, bytes | None]) -> set[int]:
    first = pages.get(1)
    trunk = int.from_bytes(first[32:36], "big") if first else 0
    found: set[int] = set()
    while trunk and trunk not in found and pages.get(trunk) is not None:
        found.add(trunk)
        trunk = int.from_bytes(pages[trunk][:4], "big")  # type: ignore[index]
    return found


def btree_pages(pages: dict[int, bytes | None], root: int) -> set[int]:
    """Numbers of the pages of the b-tree at `root` (its interior pages and leaves)."""
    found: set[int] = set()
    todo = [root]
    while todo:
        number = todo.pop()
        page = pages.get(number)
        if number in found or page is None:
            continue
        found.add(number)
        base = 100 if number == 1 else 0
        if page[base] not in (2, 5):  # a leaf
            continue
        cells = int.from_bytes(page[base + 3 : base + 5], "big")
        todo.append(int.from_bytes(page[base + 8 : base + 12], "big"))  # the right-most
        for i in range(cells):
            offset = int.from_bytes(page[base + 12 + 2 * i : base + 14 + 2 * i], "big")
            if offset + 4 <= USABLE:
                todo.append(int.from_bytes(page[offset : offset + 4], "big"))
    return found


def stale_words(page: bytes, areas: list[tuple[int, int]], known: bytes) -> list[bytes]:
    """The words in `areas` of `page` that are not in `known` (give or take two bytes at
    either end: a record's header bytes next to its text may read as letters)."""

    def seen(word: bytes) -> bool:
        return any(
            word[i : len(word) - j] in known for i in range(3) for j in range(3)
            if len(word) - i - j >= 5
        )  # fmt: skip

    return [w for a, b in areas for w in _WORDS.findall(page[a:b]) if not seen(w)]
