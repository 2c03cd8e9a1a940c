"""Where a case came from, and its history of versions."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.i18n import translate
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class Origin:
    received_from: str  # the partner's name, "" for a case of our own
    received: str  # when it was first received
    unverified: bool  # it came from a signer who was not a confirmed partner
    last_synced: str  # the last time a version was sent or received, "" if never

    def describe(self) -> str:
        if not self.received_from:
            text = translate("bundle", "our own case")
        elif self.unverified:
            text = translate(
                "bundle", "received from {name} on {time}, from an unverified source"
            ).format(name=self.received_from, time=self.received)
        else:
            text = translate("bundle", "received from {name} on {time}").format(
                name=self.received_from, time=self.received
            )
        if self.last_synced:
            text += "; " + translate("bundle", "last synced {time}").format(time=self.last_synced)
        return text


@dataclass(frozen=True)
class Version:
    version: str
    base: str
    origin: str  # bundle, proposal, update, rejected
    who: str
    bundle_id: str
    time: str


def origin(vault: Vault, case_id: str) -> Origin:
    row = vault.conn.execute(
        "SELECT peer_name, received, unverified FROM case_origin WHERE case_id = ?", (case_id,)
    ).fetchone()
    synced = vault.conn.execute(
        "SELECT MAX(time) FROM case_sync WHERE case_id = ? AND direction IN ('sent', 'received')",
        (case_id,),
    ).fetchone()[0]
    if row is None:
        return Origin("", "", False, synced or "")
    return Origin(row[0], row[1], bool(row[2]), synced or "")


def history(vault: Vault, case_id: str) -> list[Version]:
    rows = vault.conn.execute(
        "SELECT version, base, origin, who, bundle_id, time FROM case_versions"
        " WHERE case_id = ? ORDER BY seq",
        (case_id,),
    ).fetchall()
    return [Version(*r) for r in rows]


def bundle_sender(vault: Vault, bundle_id: str) -> str:
    """Who sent a bundle we imported (custody entries name only the bundle): the
    partner's name, else the signer's fingerprint; "" when unknown."""
    row = vault.conn.execute(
        "SELECT r.signer, p.name, p.recipient FROM bundles_received r"
        " LEFT JOIN partners p ON p.signing_key = r.signer WHERE r.bundle_id = ?",
        (bundle_id,),
    ).fetchone()
    if row is None:
        return ""
    if row[1]:
        return str(row[1])
    return translate("bundle", "signing key {key}").format(key=row[0][:16])
