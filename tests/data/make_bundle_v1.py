"""Writes tests/data/bundle-v1/: a casebook-bundle/1 file made by the release before
bundle format 2, with the vault it is addressed to, kept so later Casebooks must keep
importing it. Never regenerate it:

    python tests/data/make_bundle_v1.py

bundle-v1/receiver/        the vault the bundle is encrypted to (passphrase below)
bundle-v1/sender.card      the sender's contact card
bundle-v1/bundle.age       two demo cases, one with an evidence item
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from casebook.services import bundle, identity, partners
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.services.evidence import import_file
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

PASSPHRASE = "bundle-v1 test passphrase, not secret"
TARGET = Path(__file__).parent / "bundle-v1"
KDF = KdfParams(256, 1, 1)


def main() -> None:
    if TARGET.exists():
        raise SystemExit(f"{TARGET} exists; a released test bundle is never regenerated")
    TARGET.mkdir()
    with tempfile.TemporaryDirectory() as tmp:
        sender, _ = Vault.create(Path(tmp) / "sender", PASSPHRASE, kdf=KDF, organisation="Org A")
        receiver, _ = Vault.create(TARGET / "receiver", PASSPHRASE, kdf=KDF, organisation="Org B")
        partners.add_partner(sender, "B", identity.own_card(receiver), confirmed=True)
        cases = demo_cases()[:2]
        for case in cases:
            save_case(sender, case, touch=False)
        photo = Path(tmp) / "photo.txt"
        photo.write_bytes(b"a stand-in for a photo of the court notice\n" * 100)
        import_file(sender, cases[0].id, photo)
        bundle.export_bundle(sender, [c.id for c in cases], ["B"], TARGET / "bundle.age")
        (TARGET / "sender.card").write_text(identity.own_card(sender).to_text() + "\n")
        sender.close()
        receiver.close()
    shutil.rmtree(TARGET / "receiver" / "evidence", ignore_errors=True)


if __name__ == "__main__":
    main()
