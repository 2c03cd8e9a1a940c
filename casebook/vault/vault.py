"""The vault: a directory with a header of key slots, the database and evidence files.

myvault/header        key slots (see keys.py, header2.py)
myvault/data          SQLCipher 4, keyed with the raw data key (vaults made before issue
                      13: casebook.db; layout.py names every file)
myvault/evidence/     one age file per evidence item
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casebook.i18n import translate
from casebook.vault import db, generation, keys, layout, newest, page_journal
from casebook.vault.errors import NotAVault, VaultDamaged, VaultError, VaultExists
from casebook.vault.fsutil import fsync_dir, make_private_dir

HEADER = layout.HEADER
EVIDENCE = layout.EVIDENCE


def _put_back_interrupted_backup(path: Path, dek: bytes) -> None:
    """A backup killed while it updated its database in place left a journal of the
    pages it replaced: put them back before anything reads the database."""
    try:
        page_journal.recover(path, dek)
    except (OSError, VaultError) as exc:
        raise VaultDamaged(
            translate(
                "vault", "this backup was interrupted while it was written, and its previous "
                "state could not be put back ({error}); open it where it can be written",
            ).format(error=exc)
        ) from None  # fmt: skip


def is_vault(path: Path) -> bool:
    return (path / HEADER).is_file()


class Vault:
    """An unlocked vault. Holds the data key until `close()`."""

    def __init__(
        self, path: Path, dek: bytes, *, memory_security: bool = True, _worker: bool = False,
        _new: bool = False, read_only: bool = False,
    ):  # fmt: skip
        self.path = path
        self._db_path = layout.database_path(path)
        self._dek = bytearray(dek)
        self._dek_lock = threading.Lock()  # a copy is never taken while close() zeroes it
        self._memory_security = memory_security
        self.read_only = read_only
        if not _worker and page_journal.has_journal(path):
            _put_back_interrupted_backup(path, dek)
        self.conn = db.connect(self.db_path, bytes(self._dek), memory_security=memory_security)
        self.migrated: list[int] = []
        self.quarantined_on_open: list[str] = []
        self._stamper: generation.HeaderStamper | None = None
        # The duress passphrase typed while the vault is open (or the wipe after wrong
        # passphrases) made this handle another vault, or closed it: `replacements`
        # counts it and `on_replaced` (called from the thread that did it) tells the
        # holder, which must forget what it showed of the vault before.
        self.replacements = 0
        self.on_replaced: Callable[[], None] | None = None
        self._newest: newest.Keeper | None = None
        if _worker:
            if read_only:
                self.conn.execute("PRAGMA query_only = ON")
            return
        try:
            if not _new:
                _require_schema(self.conn, self.db_path)
                try:
                    in_db, in_header = generation.check(
                        keys.read_header(self.header_path), self.conn, dek
                    )
                    newest.check(self.path, dek, in_db)
                except generation.RolledBack:
                    if not read_only:
                        raise
                    in_header = None
                self._stamper = generation.HeaderStamper(self.header_path, in_header)
            if read_only:
                self._open_read_only()
                return
            self.migrated = db.migrate(self.conn, self.db_path)
            if self.migrated:  # the snapshot goes once the upgraded database is sound
                db.remove_snapshots(self.conn, self.db_path)
            self._after_open()
            if self._stamper is not None:
                self._stamper.flush(self.conn, dek)
            # what the opening itself wrote (an upgrade) leaves no record: see newest.py
            self._newest = newest.Keeper(self.path, generation.of_db(self.conn))
        except BaseException as exc:
            self.conn.close()
            if db.is_damage(exc):
                raise db.damaged(exc) from None
            raise

    def _open_read_only(self) -> None:
        if db.schema_version(self.conn) < db.latest_version():
            raise VaultError(
                translate(
                    "vault", "this vault must be upgraded before use, which a read-only "
                    "opening cannot do; restore the newest backup instead",
                )
            )  # fmt: skip
        self.conn.execute("PRAGMA query_only = ON")
        self._stamper = None
        from casebook.vault import partials

        partials.tidy(self)  # the files only: the records stay for a writable opening

    # --- locations -------------------------------------------------------------

    @property
    def header_path(self) -> Path:
        return self.path / HEADER

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def evidence_dir(self) -> Path:
        return self.path / EVIDENCE

    def refuse_inside(self, path: Path | str) -> None:
        """Refuse an export to `path` when it lies in the vault directory: it could replace
        the header or the database, and plaintext would sit where nobody looks for it.
        Symbolic links and other names of the same directory count as inside."""
        if _is_within(Path(path), self.path):
            raise VaultError(
                translate(
                    "vault", "refusing to export into the vault directory; choose a place "
                    "outside it",
                )
            )  # fmt: skip

    # --- creating and unlocking -----------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: keys.KdfParams | None = None,
        organisation: str = "",
    ) -> tuple[Vault, str]:  # fmt: skip
        """Create a vault; returns it unlocked with the recovery key text (shown once).

        `kdf` is for tests and benchmarks; the CLI and GUI always calibrate.
        """
        path = Path(path)
        if is_vault(path) or any((path / n).exists() for n in layout.DATABASE_NAMES):
            raise VaultExists(translate("vault", "{path} already holds a vault").format(path=path))
        if path.exists() and any(path.iterdir()):
            raise VaultExists(
                translate("vault", "{path} is not empty; choose an empty or new directory")
                .format(path=path)
            )  # fmt: skip
        params = kdf or keys.calibrate()
        header, dek, recovery = keys.new_keys(passphrase, params)
        make_private_dir(path)
        return cls._create_in(path, header, dek, organisation), recovery

    @classmethod
    def _create_in(
        cls, path: Path, header: keys.AnyHeader, dek: bytes, organisation: str = ""
    ) -> Vault:
        """A new empty vault keyed with `dek` in the directory `path`, whose `header`
        is written last: a directory without one is not a vault yet."""
        make_private_dir(path / EVIDENCE)
        vault = cls(path, dek, _new=True)
        with vault.transaction() as conn:
            _init_identity(conn, organisation)
        # The header is written last: a directory without one is not a vault yet.
        number = generation.of_db(vault.conn)
        generation.stamp(header, dek, number)
        keys.write_header(path / HEADER, header)
        fsync_dir(path)
        vault._stamper = generation.HeaderStamper(path / HEADER, number)
        vault._newest = newest.Keeper(path, number)
        return vault

    @classmethod
    def unlock(cls, path: Path, passphrase: str, *, read_only: bool = False) -> Vault:
        """Open with the passphrase. The duress passphrase opens an empty vault instead
        (see protection.py); failures are counted where the vault asks for it.
        `read_only` opens a vault that `generation` refuses (an older database put back)
        for looking only: nothing is written, nothing tidied away."""
        from casebook.vault import protection

        path = Path(path)
        _settle(path)
        return protection.unlock(path, _read_header(path), passphrase, read_only=read_only)

    @classmethod
    def unlock_with_recovery(
        cls, path: Path, recovery_key: str, *, read_only: bool = False
    ) -> Vault:
        from casebook.vault import protection

        path = Path(path)
        _settle(path)
        header = _read_header(path)
        dek = keys.unlock_recovery(header, recovery_key)
        vault = cls._open_checked(path, dek, read_only=read_only)
        if not read_only:
            protection.after_recovery_unlock(vault, header)
        return vault

    @classmethod
    def _open_checked(cls, path: Path, dek: bytes, *, read_only: bool = False) -> Vault:
        database = layout.database_path(path)
        if not database.is_file():
            raise VaultDamaged(
                translate("vault", "{path} has a header but no database ({name} is missing)")
                .format(path=path, name=database.name)
            )  # fmt: skip
        if database.stat().st_size == 0:  # before SQLite writes a first page into it
            raise _empty_database(database)
        return cls(path, dek, read_only=read_only)

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase. Nothing else is re-encrypted."""
        from casebook.vault import protection

        protection.rewrap_passphrase(self, new_passphrase, kdf)

    def rekey(
        self, new_passphrase: str, kdf: keys.KdfParams | None = None, *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> str:  # fmt: skip
        """Replace every key (see rekey.py); returns the new recovery key (shown once).
        The vault stays open under the new data key."""
        from casebook.vault import rekey as rk

        dek = self.data_key()
        if self.read_only:
            raise VaultError(
                translate("vault", "the vault is open read-only; nothing can be changed")
            )
        params = kdf or keys.calibrate()
        new_dek, recovery = rk.rekey_files(
            self.path, self.conn, dek, new_passphrase, params, close=self.conn.close,
            progress=progress, cancel=cancel,
        )  # fmt: skip
        with self._dek_lock:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek = bytearray(new_dek)
        self.conn = db.connect(self.db_path, new_dek, memory_security=self._memory_security)
        number = generation.of_db(self.conn)
        self._stamper = generation.HeaderStamper(self.header_path, number)
        self._newest = newest.Keeper(self.path, number)
        newest.after_rekey(self.path, dek, new_dek, number)
        return recovery

    def _replace_by(self, other: Vault) -> None:
        """Become `other`, a new vault in the same directory (opened after the duress
        passphrase destroyed the keys of this one, which is closed): the holders of this
        handle go on with the empty vault."""
        with self._dek_lock:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek, other._dek = other._dek, bytearray()
        self.conn, self._db_path, self._stamper = other.conn, other._db_path, other._stamper
        self._newest, other._newest = other._newest, None
        self.migrated, self.quarantined_on_open = other.migrated, other.quarantined_on_open
        self.read_only = False
        self._replaced()

    def _replaced(self) -> None:
        self.replacements += 1
        if self.on_replaced is not None:
            self.on_replaced()

    # --- database ------------------------------------------------------------------

    def connect(self) -> db.Connection:
        """A new connection for a worker thread; cheap (no KDF)."""
        return db.connect(self.db_path, self.data_key(), memory_security=self._memory_security)

    def for_thread(self) -> Vault:
        """A second handle on the same vault with its own connection, for one worker
        thread. Service functions take it like the main handle; close() it when done."""
        return Vault(
            self.path, self.data_key(), memory_security=self._memory_security, _worker=True,
            read_only=self.read_only,
        )  # fmt: skip

    def data_key(self) -> bytes:
        """The raw data key, for keying a second database file under the same key (the
        backup snapshot). Never written out, logged or shown. A worker thread may ask while
        the GUI thread locks: the copy is whole, or the vault is locked (VaultError)."""
        with self._dek_lock:
            self._require_open()
            return bytes(self._dek)

    @contextmanager
    def transaction(self) -> Iterator[db.Connection]:
        self._require_open()
        if self.read_only:
            raise VaultError(
                translate("vault", "the vault is open read-only; nothing can be changed")
            )
        with db.transaction(self.conn) as conn:
            yield conn
        if self._stamper is not None:
            self._stamper.after_commit(self.conn, self.data_key())
        if self._newest is not None:
            self._newest.after_commit(self.conn, self.data_key())

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def is_open(self) -> bool:
        return bool(self._dek)

    def _require_open(self) -> None:
        if not self._dek:
            raise VaultError(translate("vault", "the vault is locked"))

    def close(self) -> None:
        """Close the database and forget the data key (best effort in Python)."""
        if not self._dek:
            return
        try:
            if self._stamper is not None:
                self._stamper.flush(self.conn, bytes(self._dek))
        except (OSError, VaultError, db.DatabaseError):
            pass  # the header catches up at the next opening
        try:
            if self._newest is not None:
                self._newest.flush(self.conn, bytes(self._dek))
        except (OSError, db.DatabaseError):
            pass  # the record catches up at the next write
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except db.DatabaseError:
            pass
        self.conn.close()
        with self._dek_lock:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek = bytearray()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- identity -----------------------------------------------------------------

    def signing_key(self) -> Ed25519PrivateKey:
        raw = bytes.fromhex(self.get_meta("signing_key"))
        return Ed25519PrivateKey.from_private_bytes(raw)

    def age_identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.get_meta("age_identity"))

    # --- hooks ---------------------------------------------------------------------

    def _after_open(self) -> None:
        """Work that needs the open vault: tidy what an interrupted write left behind."""
        from casebook.vault import evidence_files, partials

        make_private_dir(self.evidence_dir)
        tidied = evidence_files.remove_orphans(self)
        # complete files without a row went to quarantine/: the window says so
        self.quarantined_on_open = [n for n in tidied if not n.startswith(".")]
        partials.tidy(self)  # plaintext a killed export left where it could not be unnamed


def _settle(path: Path) -> None:
    """Finish or undo a key replacement that a kill interrupted."""
    if path.is_dir():
        from casebook.vault import rekey

        rekey.settle(path)


def _read_header(path: Path) -> keys.AnyHeader:
    if not path.is_dir():
        raise NotAVault(
            translate("vault", "{path} is not a Casebook vault (no such directory)").format(
                path=path
            )
        )
    return keys.read_header(path / HEADER)


def _is_within(path: Path, directory: Path) -> bool:
    target, directory = path.expanduser().resolve(), directory.resolve()
    for folder in (target, *target.parents):
        if folder == directory:
            return True
        try:  # the same directory under another name (a case-insensitive disk, a bind mount)
            if folder.exists() and os.path.samefile(folder, directory):
                return True
        except OSError:
            continue
    return False


def _require_schema(conn: db.Connection, db_path: Path) -> None:
    """An existing vault's database has its tables. One without (a file emptied by a crash
    or an incomplete copy) must not be filled with a new schema: its evidence files would
    then look like orphans and be deleted."""
    if db.schema_version(conn) == 0:
        raise _empty_database(db_path)


def _empty_database(db_path: Path) -> VaultDamaged:
    return VaultDamaged(
        translate(
            "vault", "{path} is empty: the vault's database was lost (cut short by a "
            "crash or an incomplete copy); nothing was changed. Restore it from a backup",
        ).format(path=db_path)
    )  # fmt: skip


def _init_identity(conn: db.Connection, organisation: str) -> None:
    signing = Ed25519PrivateKey.generate()
    raw = signing.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    identity = pyrage.x25519.Identity.generate()
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [
            ("signing_key", raw.hex()),
            ("age_identity", str(identity)),
            ("organisation", organisation),
            ("vault_id", os.urandom(16).hex()),
        ],
    )
