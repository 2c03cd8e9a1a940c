"""Key slots: the data key (DEK) wrapped under a passphrase slot and a recovery slot.

The DEK is random and never derived from the passphrase (as in LUKS), so a change
of passphrase rewraps 32 bytes and re-encrypts nothing. The header is JSON with a
format version, one entry per slot and a checksum that tells corruption apart
from a wrong passphrase. It holds no names, counts or dates of cases.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casebook.i18n import translate
from casebook.vault.errors import NotARecoveryKey, NotAVault, VaultDamaged, WrongPassphrase
from casebook.vault.fsutil import atomic_write

if TYPE_CHECKING:
    from typing import TypeAlias

    from casebook.vault.header2 import Header

    AnyHeader: TypeAlias = "LegacyHeader | Header"

HEADER_FORMAT = "casebook-vault"
HEADER_VERSION = 1
DEK_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits
MAX_HEADER_BYTES = 64 * 1024
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CORE_FIELDS = frozenset({"format", "version", "aead", "slots", "checksum"})


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. `memory_kib` in KiB, `iterations` = passes."""

    memory_kib: int
    iterations: int
    lanes: int = 4

    FLOOR_MEMORY_KIB = 64 * 1024
    FLOOR_ITERATIONS = 3
    CAP_MEMORY_KIB = 2 * 1024 * 1024
    CAP_ITERATIONS = 64
    CAP_LANES = 16

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(cls.FLOOR_MEMORY_KIB, cls.FLOOR_ITERATIONS)

    def meets_floor(self) -> bool:
        return self.memory_kib >= self.FLOOR_MEMORY_KIB and self.iterations >= self.FLOOR_ITERATIONS

    def within_caps(self) -> bool:
        return (
            8 * self.lanes <= self.memory_kib <= self.CAP_MEMORY_KIB
            and 1 <= self.iterations <= self.CAP_ITERATIONS
            and 1 <= self.lanes <= self.CAP_LANES
        )

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


CALIBRATION_RUNS = 5
# The memory that load at creation cannot lower: what an idle machine of this class gets.
MEMORY_FLOOR_KIB = 256 * 1024
MEMORY_FLOOR_SHARE = 16  # ... but never more than 1/16 of the machine's RAM


def calibrate(
    target_seconds: float = 1.0, max_memory_kib: int = 1024 * 1024, runs: int = CALIBRATION_RUNS
) -> KdfParams:
    """Parameters that take about `target_seconds` here, never below the floor.

    Memory grows first (it is what makes guessing on GPUs expensive), then passes. The
    time is the median of `runs` derivations, so one slow run on a busy laptop does not
    weaken the vault; and the memory is never below 256 MiB where the machine has 4 GiB
    of RAM or more (1/16 of it on smaller machines), whatever the load at creation.
    The absolute minimum of 64 MiB and 3 passes holds in every case.
    """
    params = KdfParams.floor()
    salt = os.urandom(16)
    times = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        params.derive(b"calibration", salt)
        times.append(time.perf_counter() - t0)
    elapsed = max(statistics.median(times), 1e-3)
    memory = params.memory_kib
    while memory * 2 <= max_memory_kib and elapsed * 2 <= target_seconds * 1.15:
        memory *= 2
        elapsed *= 2
    floor = min(memory_floor_kib(), max_memory_kib)
    while memory < floor:  # load made the runs slow: the memory stays what idle would give
        memory *= 2
        elapsed *= 2
    iterations = params.iterations
    per_pass = elapsed / iterations
    while elapsed + per_pass <= target_seconds and iterations < 10:
        iterations += 1
        elapsed += per_pass
    return KdfParams(memory, iterations, params.lanes)


def memory_floor_kib() -> int:
    """256 MiB, or 1/16 of the RAM of a smaller machine; never below the 64 MiB floor."""
    share = _physical_memory_kib() // MEMORY_FLOOR_SHARE
    return max(KdfParams.FLOOR_MEMORY_KIB, min(MEMORY_FLOOR_KIB, share))


def _physical_memory_kib() -> int:
    """The machine's RAM in KiB (4 GiB when the system does not say)."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, ValueError, OSError):
        return 4 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def legacy_aad(kind: str, kdf: dict[str, Any]) -> bytes:
    """The associated data of a format-1 slot (format 2 still opens such slots)."""
    return _aad(kind, kdf)


def _aad(kind: str, kdf: dict[str, Any]) -> bytes:
    blob = json.dumps({"kind": kind, "kdf": kdf, "v": HEADER_VERSION}, sort_keys=True)
    return f"{HEADER_FORMAT}/{HEADER_VERSION}|".encode() + blob.encode()


@dataclass
class Slot:
    kind: str  # "passphrase" or "recovery"
    kdf: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, d: Any) -> Slot:
        if not isinstance(d, dict) or not isinstance(d.get("kdf"), dict):
            raise ValueError("slot is not an object")
        return cls(
            str(d["kind"]), d["kdf"], _unb64(d["salt"]), _unb64(d["nonce"]), _unb64(d["wrapped"])
        )

    def unwrap(self, kek: bytes) -> bytes:
        return ChaCha20Poly1305(kek).decrypt(self.nonce, self.wrapped, _aad(self.kind, self.kdf))

    @classmethod
    def wrap(cls, kind: str, kdf: dict[str, Any], salt: bytes, kek: bytes, dek: bytes) -> Slot:
        nonce = os.urandom(12)
        wrapped = ChaCha20Poly1305(kek).encrypt(nonce, dek, _aad(kind, kdf))
        return cls(kind, kdf, salt, nonce, wrapped)


def passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return params.derive(passphrase.encode("utf-8"), salt)


def recovery_kek(recovery: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"casebook recovery slot")
    return hkdf.derive(recovery)


def format_recovery_key(raw: bytes) -> str:
    """160 bits as 8 groups of 4 base32 letters and digits, easy to copy by hand."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 32 or any(ch not in _B32 for ch in cleaned):
        raise NotARecoveryKey(
            translate(
                "vault",
                "that is not a recovery key: it has 32 letters and digits in groups of four",
            )
        )
    return base64.b32decode(cleaned)


@dataclass
class LegacyHeader:
    """Header format 1: readable JSON, one named slot per kind. Read, never written
    any more (see header2.py)."""

    slots: list[Slot]
    version: int = HEADER_VERSION
    # Further top-level fields, kept as read (the generation record of generation.py).
    extras: dict[str, Any] = field(default_factory=dict)

    def _body(self) -> dict[str, Any]:
        return {
            **self.extras,
            "format": HEADER_FORMAT,
            "version": self.version,
            "aead": "chacha20poly1305",
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        body = self._body()
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        return (json.dumps({**body, "checksum": digest}, indent=1) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> LegacyHeader:
        if len(data) > MAX_HEADER_BYTES:
            raise VaultDamaged(
                translate("vault", "the vault header is too large to be a Casebook header")
            )
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultDamaged(
                translate(
                    "vault",
                    "the vault header is damaged (truncated or altered); restore it from a backup",
                )
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != HEADER_FORMAT:
            raise NotAVault(
                translate("vault", "this directory is not a Casebook vault (unknown header)")
            )
        if doc.get("version") != HEADER_VERSION:
            raise VaultDamaged(
                translate(
                    "vault", "the vault header has version {found!r}; this Casebook reads version "
                    "{known}",
                ).format(found=doc.get("version"), known=HEADER_VERSION)
            )  # fmt: skip
        checksum = doc.pop("checksum", None)
        if hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest() != checksum:
            raise VaultDamaged(
                translate("vault", "the vault header is damaged (checksum mismatch)")
            )
        try:
            slots = [Slot.from_json(s) for s in doc["slots"]]
        except (KeyError, ValueError, TypeError):
            raise VaultDamaged(
                translate("vault", "the vault header has a malformed key slot")
            ) from None
        extras = {k: v for k, v in doc.items() if k not in _CORE_FIELDS}
        return cls(slots=slots, version=HEADER_VERSION, extras=extras)

    def slot(self, kind: str) -> Slot:
        for s in self.slots:
            if s.kind == kind:
                return s
        raise VaultDamaged(
            translate("vault", "the vault header has no {kind} slot").format(kind=kind)
        )

    def replace_slot(self, new: Slot) -> None:
        self.slots = [new if s.kind == new.kind else s for s in self.slots]


def read_header(path: Path) -> AnyHeader:
    """The header at `path`: format 2, or format 1 (JSON, from earlier versions)."""
    from casebook.vault import header2

    try:
        with open(path, "rb") as f:
            data = f.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise NotAVault(
            translate("vault", "{path} is not a Casebook vault (no header)").format(
                path=path.parent
            )
        ) from None
    if data.lstrip()[:1] == b"{":
        return LegacyHeader.from_bytes(data)
    return header2.Header.from_bytes(data)


def write_header(path: Path, header: AnyHeader) -> None:
    atomic_write(path, header.to_bytes())


def kdf_params_of(slot: Slot) -> KdfParams:
    kdf = slot.kdf
    if kdf.get("name") != "argon2id":
        raise VaultDamaged(
            translate("vault", "unknown key derivation {name!r} in the vault header").format(
                name=kdf.get("name")
            )
        )
    try:
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
    except (KeyError, TypeError, ValueError):
        raise VaultDamaged(
            translate("vault", "the vault header has malformed key derivation parameters")
        ) from None
    if not params.within_caps():
        raise VaultDamaged(
            translate(
                "vault",
                "the vault header asks for key derivation parameters beyond the safe limits",
            )
        )
    return params


def check_header(header: AnyHeader) -> None:
    """Raise VaultDamaged when what can be checked without a key is wrong."""
    if isinstance(header, LegacyHeader):
        kdf_params_of(header.slot("passphrase"))
        header.slot("recovery")


def passphrase_slot(passphrase: str, dek: bytes, params: KdfParams) -> Slot:
    """A format-1 passphrase slot (kept for tests of format-1 headers)."""
    salt = os.urandom(16)
    kdf = {"name": "argon2id", **asdict(params)}
    return Slot.wrap("passphrase", kdf, salt, passphrase_kek(passphrase, salt, params), dek)


def recovery_slot(recovery: bytes, dek: bytes) -> Slot:
    salt = os.urandom(16)
    return Slot.wrap("recovery", {"name": "hkdf-sha256"}, salt, recovery_kek(recovery, salt), dek)


def new_keys(passphrase: str, params: KdfParams) -> tuple[Header, bytes, str]:
    """A fresh DEK wrapped for the passphrase and a new recovery key, in a format-2
    header; returns (header, dek, recovery key text)."""
    from casebook.vault import header2

    return header2.new_header(passphrase, params)


def new_legacy_keys(passphrase: str, params: KdfParams) -> tuple[LegacyHeader, bytes, str]:
    """A format-1 header as earlier versions wrote it (for tests of the upgrade)."""
    dek = secrets.token_bytes(DEK_BYTES)
    recovery = secrets.token_bytes(RECOVERY_BYTES)
    header = LegacyHeader([passphrase_slot(passphrase, dek, params), recovery_slot(recovery, dek)])
    return header, dek, format_recovery_key(recovery)


def wrong_passphrase() -> WrongPassphrase:
    return WrongPassphrase(translate("vault", "wrong passphrase"))


def unlock_passphrase(header: AnyHeader, passphrase: str) -> bytes:
    """The data key `passphrase` opens, without side effects: the duress passphrase is
    a wrong passphrase here. Where a person types a passphrase, protection.py checks it
    instead (unlock, check_current, key_from_held_header), which acts on it."""
    if isinstance(header, LegacyHeader):
        slot = header.slot("passphrase")
        params = kdf_params_of(slot)
        try:
            return slot.unwrap(passphrase_kek(passphrase, slot.salt, params))
        except InvalidTag:
            raise wrong_passphrase() from None
    found = header.try_passphrase(passphrase)
    if found is None or found[0] == "duress":
        raise wrong_passphrase()
    return found[1]


def unlock_recovery(header: AnyHeader, recovery_text: str) -> bytes:
    recovery = parse_recovery_key(recovery_text)
    if isinstance(header, LegacyHeader):
        slot = header.slot("recovery")
        try:
            return slot.unwrap(recovery_kek(recovery, slot.salt))
        except InvalidTag:
            raise WrongPassphrase(translate("vault", "wrong recovery key")) from None
    found = header.try_recovery(recovery)
    if found is None:
        raise WrongPassphrase(translate("vault", "wrong recovery key"))
    return found[1]
