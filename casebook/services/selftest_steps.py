"""The checks of `casebook selftest`, in the order they run (see selftest.py).

Each step takes the shared Context and returns what it checked, in one line; it raises
to fail, or Skipped when this build does not have the part it checks. Services are
called through their modules (cases.import_case_json, ...) so tests can break them.
"""

from __future__ import annotations

import hashlib
import io
import sys
from dataclasses import replace

from casebook.domain import countries
from casebook.resources import resource, resources_dir
from casebook.services import cases, verify
from casebook.services.selftest import Context, Step, optional_module
from casebook.vault import cases as case_repo
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

NO_EVIDENCE = "evidence store not available in this build"
NO_APPEALS = "PDF appeals not available in this build"
SELFTEST_CASE_PARTS = ("selftest", "case-kk.json")  # a fictional case, in Kazakh
SEARCH_WORD = "әйелдер"  # in its title
SECRET_MARKERS = ("Әбдіқадырова", "Өзін-өзі тексеру")  # its text: never readable on disk
APPEAL_WORDS = ("Гүлнұр Әбдіқадырова", "Шымкент")  # named (consent): in the appeal


def native_parts(ctx: Context) -> str:
    import pyrage
    import sqlcipher3
    from cryptography.hazmat.backends.openssl.backend import backend

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise RuntimeError("the SQLite library here is not SQLCipher")
    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"casebook selftest", [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != b"casebook selftest":
        raise RuntimeError("age (pyrage) did not give back what it encrypted")
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    return (
        f"native parts load ({frozen}): SQLCipher {cipher[0]}, "
        f"{backend.openssl_version_text()}, age encryption round trip (pyrage)"
    )


def bundled_data(ctx: Context) -> str:
    resource("schema", "casebook-case-1.schema.json")
    resource(*SELFTEST_CASE_PARTS)
    resource("icons", "casebook.svg")
    names = {lang: countries.country_name("KZ", lang) for lang in ("kk", "ru")}
    if names != {"kk": "Қазақстан", "ru": "Казахстан"}:
        raise RuntimeError(f"country names are not translated (pycountry data): {names}")
    return f"resources in {resources_dir()}; country names in Kazakh and Russian ({names['kk']})"


def create_vault(ctx: Context) -> str:
    params = KdfParams.floor()
    ctx.vault, ctx.recovery = Vault.create(
        ctx.vault_dir, ctx.passphrase, kdf=params, organisation="Casebook selftest"
    )
    mib = params.memory_kib // 1024
    return (
        f"created a vault in a temporary directory (Argon2id {mib} MiB, "
        f"{params.iterations} passes: the floor users get at the least)"
    )


def reopen_vault(ctx: Context) -> str:
    ctx.open_vault().close()
    Vault.unlock(ctx.vault_dir, ctx.passphrase).close()
    ctx.vault = Vault.unlock_with_recovery(ctx.vault_dir, ctx.recovery)
    return "locked it and unlocked it with the passphrase, then with the recovery key"


def import_case(ctx: Context) -> str:
    text = resource(*SELFTEST_CASE_PARTS).read_bytes()
    case = cases.import_case_json(ctx.open_vault(), text)
    ctx.case_id = case.id
    stored = cases.get_case(ctx.open_vault(), case.id)
    if stored.title != case.title or len(stored.events) != 2:
        raise RuntimeError("the stored case differs from the imported one")
    return "imported a case from JSON (casebook-case/1, checked against its JSON Schema)"


def search_case(ctx: Context) -> str:
    hits = case_repo.search(ctx.open_vault().conn, SEARCH_WORD.upper())
    if ctx.case_id not in [h.case_id for h in hits]:
        raise RuntimeError(f"searching for {SEARCH_WORD!r} did not find the case")
    return f"full-text search finds the case by a Kazakh word in capitals ({SEARCH_WORD.upper()})"


def add_evidence(ctx: Context) -> str:
    evidence = optional_module("casebook.services.evidence", NO_EVIDENCE)
    vault = ctx.open_vault()
    source = ctx.workdir / "photo.jpg"
    source.write_bytes(_sample_jpeg())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    item = evidence.import_file(vault, ctx.case_id, source, description="selftest")
    if item.sha256 != digest or item.media_type != "image/jpeg":
        raise RuntimeError(f"stored as {item.media_type}, SHA-256 {item.sha256[:12]}…")
    if evidence.read_bytes(vault, item.id) != source.read_bytes():
        raise RuntimeError("the evidence decrypted from the vault differs from the file")
    actions = [entry.action for entry in evidence.custody_log(vault, item.id)]
    if actions[:1] != ["imported"]:
        raise RuntimeError(f"the custody log starts with {actions[:1]}, not 'imported'")
    return (
        f"added evidence (a JPEG photo, SHA-256 {digest[:12]}…), decrypted it back "
        f"unchanged; custody log: {', '.join(actions)}"
    )


def export_appeal(ctx: Context) -> str:
    appeals = optional_module("casebook.services.appeals", NO_APPEALS)
    vault = ctx.open_vault()
    settings = replace(appeals.load_settings(vault, ctx.case_id), lang="kk")
    target = ctx.workdir / "appeal-kk.pdf"
    result = appeals.export_appeal(vault, ctx.case_id, "pdf", target, settings=settings)
    data = result.path.read_bytes()
    if result.document.lang != "kk":
        raise RuntimeError(f"the appeal came out in {result.document.lang!r}, not Kazakh")
    if not data.startswith(b"%PDF-") or hashlib.sha256(data).hexdigest() != result.sha256:
        raise RuntimeError(f"{result.path.name} is not the PDF the vault recorded")
    text = _pdf_text(data)
    missing = [word for word in APPEAL_WORDS if word not in text]
    if missing:
        raise RuntimeError(f"the PDF's text lacks {', '.join(missing)} (fonts or Kazakh letters)")
    docx = appeals.render(result.document, "docx")
    if APPEAL_WORDS[0] not in _docx_text(docx):
        raise RuntimeError("the DOCX rendering of the appeal lacks the name")
    return (
        f"exported a PDF appeal in Kazakh ({len(data) // 1024} KiB, reference "
        f"{result.reference}); its text has the Kazakh letters and the name; DOCX too"
    )


def verify_vault(ctx: Context) -> str:
    problems = verify.verify_vault(ctx.open_vault())
    if problems:
        raise RuntimeError("; ".join(problems))
    return "casebook verify finds no problem in the vault"


def nothing_readable(ctx: Context) -> str:
    ctx.open_vault().close()
    markers = [m.encode() for m in SECRET_MARKERS]
    for path in sorted(p for p in ctx.vault_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data.startswith(b"SQLite format 3\0"):
            raise RuntimeError(f"{path.name} is an unencrypted SQLite database")
        if any(m in data for m in markers):
            raise RuntimeError(f"{path.relative_to(ctx.vault_dir)} holds case text in the clear")
    return "no file in the vault holds case text in the clear, the database is encrypted"


def _sample_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (47, 93, 98)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _docx_text(data: bytes) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


STEPS: list[Step] = [
    ("loading the native parts", native_parts),
    ("finding the bundled data", bundled_data),
    ("creating a vault", create_vault),
    ("locking and unlocking the vault", reopen_vault),
    ("importing a case from JSON", import_case),
    ("searching", search_case),
    ("adding evidence", add_evidence),
    ("exporting a PDF appeal in Kazakh", export_appeal),
    ("verifying the vault", verify_vault),
    ("checking that nothing in the vault is readable", nothing_readable),
]
