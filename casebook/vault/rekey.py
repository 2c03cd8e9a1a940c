"""Replace every key of a vault: a new data key, new slots, a new recovery key.

After a compromise an attacker may hold a copy of the header and the passphrase; a
change of passphrase only rewraps the same data key, which that copy still unwraps.
`rekey` re-encrypts the database under a new random data key (the evidence files keep
their own age identities, which live in the re-encrypted database).

Order of writes, so that a kill at any moment leaves a vault that opens with the old
keys or with the new ones, never neither:

1. `DB.rekey`: a full copy of the database under the new key (sqlcipher_export),
   fsynced. Killed here: the partial copy is removed at the next opening.
2. `header.rekey`: the new slots (new passphrase, new recovery key), written atomically.
   Killed before 4: both files are removed at the next opening; the old keys open.
3. The live database is checkpointed and closed; its empty -wal/-shm are removed.
4. `DB.rekey` is renamed over `DB` (atomic). From here the new keys
   are the ones: if killed now, the next opening finds `header.rekey` without
   `DB.rekey` and renames it over `header`.
5. `header.rekey` is renamed over `header`; pre-migration snapshots (old key) go.

`DB` is the name of the vault's database (`data`, or `casebook.db` in a vault made before
issue 13; see layout.py): the copy takes its place under the same name.

While it runs, a lock on `rekey.lock` keeps other openings of the vault from tidying
its files away. Rekey wants the vault open in one place only (the GUI or one command).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from casebook.i18n import translate
from casebook.vault import db, generation, keys, layout
from casebook.vault.errors import VaultError
from casebook.vault.fsutil import fsync_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

NEW_HEADER = "header.rekey"
NEW_SUFFIX = ".rekey"  # the copy under the new key: the database's name + this
LOCK = "rekey.lock"
Progress = Callable[[int, int], None]


class RekeyBusy(VaultError):
    pass


class Cancelled(VaultError):
    pass


def _lock(path: Path, *, wait: bool) -> int | None:
    """An exclusive lock on `path/rekey.lock`; None when another process holds it and
    `wait` is False."""
    if fcntl is None:
        return -1
    fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(fd)
        return None
    return fd


def _unlock(path: Path, fd: int | None) -> None:
    if fd is None or fd < 0:
        return
    try:
        (path / LOCK).unlink(missing_ok=True)
    finally:
        os.close(fd)


def settle(path: Path) -> None:
    """Finish or undo a rekey that a kill interrupted (run before the header is read).
    Needs no key: which half to keep follows from which files are there."""
    new_header, new_db = path / NEW_HEADER, new_database(path)
    leftovers = [e for e in _parts(path)]
    if not (new_header.exists() or new_db.exists() or leftovers or (path / LOCK).exists()):
        return
    fd = _lock(path, wait=False)
    if fd is None:
        raise RekeyBusy(
            translate(
                "vault", "the keys of this vault are being replaced right now; wait until "
                "that has finished, then open it again",
            )
        )  # fmt: skip
    try:
        if new_header.exists() and not new_db.exists():
            os.replace(new_header, path / "header")  # the database is already the new one
            _remove_snapshots(path)
        else:
            new_header.unlink(missing_ok=True)
            _remove_copy(new_db)
        for entry in _parts(path):
            entry.unlink(missing_ok=True)
        fsync_dir(path)
    finally:
        _unlock(path, fd)


def new_database(path: Path) -> Path:
    """The copy of the database under the new keys, beside it."""
    return path / (layout.database_name(path) + NEW_SUFFIX)


def _remove_copy(new_db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        new_db.with_name(new_db.name + suffix).unlink(missing_ok=True)


def _parts(path: Path) -> list[Path]:
    prefix = f".{NEW_HEADER}."
    return [e for e in path.iterdir() if e.name.startswith(prefix) and e.name.endswith(".part")]


def _remove_snapshots(path: Path) -> None:
    prefix = layout.database_name(path) + db.SNAPSHOT_PREFIX
    for entry in path.iterdir():
        if entry.name.startswith(prefix):
            entry.unlink(missing_ok=True)


def rekey_files(
    path: Path, conn: db.Connection, old_dek: bytes, new_passphrase: str,
    params: keys.KdfParams, *, close: Callable[[], None],
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
) -> tuple[bytes, str]:  # fmt: skip
    """Do steps 1-5 on the vault at `path`, whose open connection is `conn` (closed by
    `close()` before the swap). Returns (new data key, new recovery key text)."""
    fd = _lock(path, wait=False)
    if fd is None:
        raise RekeyBusy(translate("vault", "the keys of this vault are already being replaced"))
    try:
        return _rekey(path, conn, old_dek, new_passphrase, params, close, progress, cancel)
    finally:
        _unlock(path, fd)


def _rekey(
    path: Path, conn: db.Connection, old_dek: bytes, new_passphrase: str,
    params: keys.KdfParams, close: Callable[[], None], progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> tuple[bytes, str]:  # fmt: skip
    live = layout.database_path(path)
    new_db = new_database(path)
    _remove_copy(new_db)
    old_header = keys.read_header(path / "header")
    new_header, new_dek, recovery = _new_keys(old_header, old_dek, new_passphrase, params)
    _carry_settings(old_header, old_dek, new_header, new_dek)
    try:
        _export(conn, new_db, new_dek, progress, cancel)
        number = _bump(new_db, new_dek)
        generation.stamp(new_header, new_dek, number)
        keys.write_header(path / NEW_HEADER, new_header)
        fsync_dir(path)
        if cancel is not None and cancel():
            raise Cancelled(translate("vault", "key replacement cancelled; the old keys stay"))
    except BaseException:
        (path / NEW_HEADER).unlink(missing_ok=True)
        new_db.unlink(missing_ok=True)
        raise
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    close()
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    os.replace(new_db, live)
    fsync_dir(path)
    os.replace(path / NEW_HEADER, path / "header")
    fsync_dir(path)
    _remove_snapshots(path)
    return new_dek, recovery


def _new_keys(
    old: keys.AnyHeader, old_dek: bytes, new_passphrase: str, params: keys.KdfParams
) -> tuple[keys.AnyHeader, bytes, str]:
    """New keys for `new_passphrase`. A duress passphrase set on the old header goes
    with them (replacing the keys must not quietly take that protection away): its two
    slots hold no data key (the salt and stretched passphrase of the empty vault it
    opens), so they are carried as they are, and the new passphrase is stretched under
    the salt and parameters they were made with."""
    from casebook.vault import header2

    if isinstance(old, header2.Header):
        sealed = old.unseal(old_dek)
        kinds = (header2.DURESS, header2.DURESS_NEXT)
        if all(kind in sealed.slots for kind in kinds):
            master = old.kdf.derive(header2.nfc(new_passphrase).encode(), old.kdf_salt)
            new, dek, recovery = header2.header_for_master(master, old.kdf_salt, old.kdf)
            target = new.unseal(dek)
            for kind in kinds:
                header2.set_slot(new, target, kind, old.slots[sealed.slots[kind]])
            new.seal(dek, target)
            return new, dek, recovery
    return keys.new_keys(new_passphrase, params)


def _carry_settings(
    old: keys.AnyHeader, old_dek: bytes, new: keys.AnyHeader, new_dek: bytes
) -> None:
    """The settings the old header held (the wipe policy, the panic wipe and other extra
    fields) go into the new one; the generation is stamped anew (the duress slots went
    in with the keys: `_new_keys`)."""
    from casebook.vault import header2

    if isinstance(new, header2.Header):
        extra: dict[str, object] = {}
        wipe_after = 0
        if isinstance(old, header2.Header):
            sealed = old.unseal(old_dek)
            extra, wipe_after = dict(sealed.extra), sealed.wipe_after
        extra.pop(generation.FIELD, None)
        target = new.unseal(new_dek)
        target.extra.update(extra)
        target.wipe_after = wipe_after
        new.wipe_after = wipe_after
        new.seal(new_dek, target)
    elif isinstance(old, keys.LegacyHeader) and isinstance(new, keys.LegacyHeader):
        new.extras = {k: v for k, v in old.extras.items() if k != generation.FIELD}


def _export(
    conn: db.Connection, target: Path, dek: bytes, progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> None:  # fmt: skip
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0]) or 1
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        if progress is not None:  # about 40 VM steps a page, told as pages
            progress(min(steps[0] * 1000 // 40, pages - 1), pages)
        return 1 if cancel is not None and cancel() else 0

    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{dek.hex()}'\"", (str(target),))
    conn.set_progress_handler(tick, 1000)
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
    except db.DatabaseError as exc:
        if cancel is not None and cancel():
            raise Cancelled(
                translate("vault", "key replacement cancelled; the old keys stay")
            ) from None
        raise VaultError(
            translate("vault", "the database could not be copied under the new key ({error})")
            .format(error=exc)
        ) from None  # fmt: skip
    finally:
        conn.set_progress_handler(None, 0)
        conn.execute("DETACH DATABASE rekeyed")
    if progress is not None:
        progress(pages, pages)


def _bump(target: Path, dek: bytes) -> int:
    """The copy's generation one above the original's, fsynced in WAL mode like the vault."""
    conn = db.connect(target, dek)
    try:
        with db.transaction(conn):
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('rekeyed', ?)",
                (secrets.token_hex(8),),
            )
        number = generation.of_db(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())
    return number
