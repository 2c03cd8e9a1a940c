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
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.resources import resource, resources_dir
from casebook.services import cases, verify
from casebook.services.selftest import Context, Step, optional_module
from casebook.vault import cases as case_repo
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

NO_EVIDENCE = QT_TRANSLATE_NOOP("selftest", "evidence store not available in this build")
NO_APPEALS = QT_TRANSLATE_NOOP("selftest", "PDF appeals not available in this build")
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
        raise RuntimeError(translate("selftest", "the SQLite library here is not SQLCipher"))
    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"casebook selftest", [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != b"casebook selftest":
        raise RuntimeError(
            translate("selftest", "age (pyrage) did not give back what it encrypted")
        )
    if getattr(sys, "frozen", False):
        build = translate("selftest", "frozen build")
    else:
        build = translate("selftest", "from source")
    return translate(
        "selftest",
        "native parts load ({build}): SQLCipher {sqlcipher}, {openssl}, "
        "age encryption round trip (pyrage)",
    ).format(build=build, sqlcipher=cipher[0], openssl=backend.openssl_version_text())


def bundled_data(ctx: Context) -> str:
    resource("schema", "casebook-case-1.schema.json")
    resource(*SELFTEST_CASE_PARTS)
    resource("icons", "casebook.svg")
    names = {lang: countries.country_name("KZ", lang) for lang in ("kk", "ru")}
    if names != {"kk": "Қазақстан", "ru": "Казахстан"}:
        raise RuntimeError(
            translate("selftest", "country names are not translated (pycountry data): {names}")
            .format(names=names)
        )  # fmt: skip
    return translate(
        "selftest", "resources in {path}; country names in Kazakh and Russian ({example})"
    ).format(path=resources_dir(), example=names["kk"])


def create_vault(ctx: Context) -> str:
    params = KdfParams.floor()
    ctx.vault, ctx.recovery = Vault.create(
        ctx.vault_dir, ctx.passphrase, kdf=params, organisation="Casebook selftest"
    )
    mib = params.memory_kib // 1024
    return translate(
        "selftest",
        "created a vault in a temporary directory (Argon2id {mib} MiB, {passes} passes: "
        "the floor users get at the least)",
    ).format(mib=mib, passes=params.iterations)


def reopen_vault(ctx: Context) -> str:
    ctx.open_vault().close()
    Vault.unlock(ctx.vault_dir, ctx.passphrase).close()
    ctx.vault = Vault.unlock_with_recovery(ctx.vault_dir, ctx.recovery)
    return translate(
        "selftest", "locked it and unlocked it with the passphrase, then with the recovery key"
    )


def import_case(ctx: Context) -> str:
    text = resource(*SELFTEST_CASE_PARTS).read_bytes()
    case = cases.import_case_json(ctx.open_vault(), text)
    ctx.case_id = case.id
    stored = cases.get_case(ctx.open_vault(), case.id)
    if stored.title != case.title or len(stored.events) != 2:
        raise RuntimeError(translate("selftest", "the stored case differs from the imported one"))
    return translate(
        "selftest", "imported a case from JSON (casebook-case/1, checked against its JSON Schema)"
    )


def search_case(ctx: Context) -> str:
    hits = case_repo.search(ctx.open_vault().conn, SEARCH_WORD.upper())
    if ctx.case_id not in [h.case_id for h in hits]:
        raise RuntimeError(
            translate("selftest", "searching for {word!r} did not find the case").format(
                word=SEARCH_WORD
            )
        )
    return translate(
        "selftest", "full-text search finds the case by a Kazakh word in capitals ({word})"
    ).format(word=SEARCH_WORD.upper())


def add_evidence(ctx: Context) -> str:
    evidence = optional_module("casebook.services.evidence", translate("selftest", NO_EVIDENCE))
    vault = ctx.open_vault()
    source = ctx.workdir / "photo.jpg"
    source.write_bytes(_sample_jpeg())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    item = evidence.import_file(vault, ctx.case_id, source, description="selftest")
    if item.sha256 != digest or item.media_type != "image/jpeg":
        raise RuntimeError(
            translate("selftest", "stored as {media_type}, SHA-256 {sha}…").format(
                media_type=item.media_type, sha=item.sha256[:12]
            )
        )
    if evidence.read_bytes(vault, item.id) != source.read_bytes():
        raise RuntimeError(
            translate("selftest", "the evidence decrypted from the vault differs from the file")
        )
    actions = [entry.action for entry in evidence.custody_log(vault, item.id)]
    if actions[:1] != ["imported"]:
        raise RuntimeError(
            translate("selftest", "the custody log starts with {first}, not 'imported'").format(
                first=actions[:1]
            )
        )
    return translate(
        "selftest",
        "added evidence (a JPEG photo, SHA-256 {sha}…), decrypted it back unchanged; "
        "custody log: {actions}",
    ).format(sha=digest[:12], actions=", ".join(actions))


def export_appeal(ctx: Context) -> str:
    appeals = optional_module("casebook.services.appeals", translate("selftest", NO_APPEALS))
    vault = ctx.open_vault()
    settings = replace(appeals.load_settings(vault, ctx.case_id), lang="kk")
    target = ctx.workdir / "appeal-kk.pdf"
    result = appeals.export_appeal(vault, ctx.case_id, "pdf", target, settings=settings)
    data = result.path.read_bytes()
    if result.document.lang != "kk":
        raise RuntimeError(
            translate("selftest", "the appeal came out in {lang!r}, not Kazakh").format(
                lang=result.document.lang
            )
        )
    if not data.startswith(b"%PDF-") or hashlib.sha256(data).hexdigest() != result.sha256:
        raise RuntimeError(
            translate("selftest", "{name} is not the PDF the vault recorded").format(
                name=result.path.name
            )
        )
    text = _pdf_text(data)
    missing = [word for word in APPEAL_WORDS if word not in text]
    if missing:
        raise RuntimeError(
            translate("selftest", "the PDF's text lacks {words} (fonts or Kazakh letters)")
            .format(words=", ".join(missing))
        )  # fmt: skip
    docx = appeals.render(result.document, "docx")
    if APPEAL_WORDS[0] not in _docx_text(docx):
        raise RuntimeError(translate("selftest", "the DOCX rendering of the appeal lacks the name"))
    return translate(
        "selftest",
        "exported a PDF appeal in Kazakh ({kib} KiB, reference {reference}); its text has "
        "the Kazakh letters and the name; DOCX too",
    ).format(kib=len(data) // 1024, reference=result.reference)


def verify_vault(ctx: Context) -> str:
    problems = verify.verify_vault(ctx.open_vault())
    if problems:
        raise RuntimeError("; ".join(problems))
    return translate("selftest", "casebook verify finds no problem in the vault")


def nothing_readable(ctx: Context) -> str:
    ctx.open_vault().close()
    markers = [m.encode() for m in SECRET_MARKERS]
    for path in sorted(p for p in ctx.vault_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data.startswith(b"SQLite format 3\0"):
            raise RuntimeError(
                translate("selftest", "{name} is an unencrypted SQLite database").format(
                    name=path.name
                )
            )
        if any(m in data for m in markers):
            raise RuntimeError(
                translate("selftest", "{name} holds case text in the clear").format(
                    name=path.relative_to(ctx.vault_dir)
                )
            )
    return translate(
        "selftest", "no file in the vault holds case text in the clear, the database is encrypted"
    )


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


def name_matching(ctx: Context) -> str:
    """The name matcher with its bundled data: anyascii's tables and pymorphy3's Russian
    dictionary (Павел -> Павла is only in the dictionary)."""
    from casebook.domain.names import Forbidden, Matcher, morphology

    if not morphology.available():
        raise RuntimeError(translate("selftest", "the Russian dictionary (pymorphy3) is missing"))
    matcher = Matcher([Forbidden("p", "X", ("Павел Sekerbayev",))])
    text = "Павла Секербаева задержали; Sekerbaevu позвонили."
    if matcher.redact(text) != "X задержали; X позвонили.":
        raise RuntimeError(
            translate("selftest", "the name matcher missed a name: {text}").format(
                text=matcher.redact(text)
            )
        )
    return translate(
        "selftest", "names found across scripts and word forms (Russian dictionary loaded)"
    )


# The titles are translated when a step fails (selftest.py), not here.
STEPS: list[Step] = [
    (QT_TRANSLATE_NOOP("selftest", "loading the native parts"), native_parts),
    (QT_TRANSLATE_NOOP("selftest", "finding the bundled data"), bundled_data),
    (QT_TRANSLATE_NOOP("selftest", "creating a vault"), create_vault),
    (QT_TRANSLATE_NOOP("selftest", "locking and unlocking the vault"), reopen_vault),
    (QT_TRANSLATE_NOOP("selftest", "importing a case from JSON"), import_case),
    (QT_TRANSLATE_NOOP("selftest", "searching"), search_case),
    (QT_TRANSLATE_NOOP("selftest", "matching names across scripts"), name_matching),
    (QT_TRANSLATE_NOOP("selftest", "adding evidence"), add_evidence),
    (QT_TRANSLATE_NOOP("selftest", "exporting a PDF appeal in Kazakh"), export_appeal),
    (QT_TRANSLATE_NOOP("selftest", "verifying the vault"), verify_vault),
    (
        QT_TRANSLATE_NOOP("selftest", "checking that nothing in the vault is readable"),
        nothing_readable,
    ),
]
