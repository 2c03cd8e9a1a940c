"""`casebook selftest`: does this installation work? Also run inside the frozen build.

It makes a throwaway vault in a temporary directory with the floor KDF parameters
(never weaker), imports a fictional case from JSON, adds evidence, exports a PDF appeal
in Kazakh and verifies the vault, reporting one line per check:

    ok: ...        the check passed
    skipped: ...   this build does not have that part
    failed: ...    the check failed; nothing after it runs

The temporary directory is removed at the end, whatever happened.
"""

from __future__ import annotations

import importlib
import importlib.util
import secrets
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from casebook.i18n import os_error, translate
from casebook.vault import newest
from casebook.vault.vault import Vault

Report = Callable[[str], None]


class Skipped(Exception):
    """A step this build cannot run because it does not have that part."""


@dataclass
class Context:
    """What the steps share: the temporary directory, the vault and what went into it."""

    workdir: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    recovery: str = ""
    vault: Vault | None = None
    case_id: str = ""
    files: list[Path] = field(default_factory=list)

    @property
    def vault_dir(self) -> Path:
        return self.workdir / "vault"

    def open_vault(self) -> Vault:
        if self.vault is None or not self.vault.is_open:
            raise RuntimeError(
                translate("selftest", "no open vault (an earlier step did not finish)")
            )
        return self.vault

    def close(self) -> None:
        if self.vault is not None:
            self.vault.close()


Step = tuple[str, Callable[[Context], str]]


def run_selftest(
    report: Report, parent: Path | None = None, steps: Sequence[Step] | None = None
) -> bool:
    """Run every step in order (by default selftest_steps.STEPS), reporting each; True
    when none failed. The last line counts them: "selftest: 9 passed, 0 failed, 2 skipped".
    """
    from casebook.services import selftest_steps

    workdir = Path(tempfile.mkdtemp(prefix="casebook-selftest-", dir=parent))
    ctx = Context(workdir)
    newest.throwaway(ctx.vault_dir)  # no record of it outside the temporary directory
    counts = {"ok": 0, "skipped": 0, "failed": 0}
    try:
        for title, step in selftest_steps.STEPS if steps is None else steps:
            outcome, line = _run_step(ctx, title, step)
            report(line)
            counts[outcome] += 1
            if outcome == "failed":
                break
    finally:
        counts["ok" if _cleanup(ctx, report) else "failed"] += 1
    report(
        translate("selftest", "selftest: {passed} passed, {failed} failed, {skipped} skipped")
        .format(passed=counts["ok"], failed=counts["failed"], skipped=counts["skipped"])
    )  # fmt: skip
    return counts["failed"] == 0


def _run_step(ctx: Context, title: str, step: Callable[[Context], str]) -> tuple[str, str]:
    try:
        return "ok", translate("selftest", "ok: {what}").format(what=step(ctx))
    except Skipped as exc:
        return "skipped", translate("selftest", "skipped: {reason}").format(reason=exc)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one clear line
        return "failed", _failed(translate("selftest", title), exc)


def _failed(doing: str, exc: Exception) -> str:
    return translate("selftest", "failed: {step}: {kind}: {message}").format(
        step=doing, kind=type(exc).__name__, message=exc
    )


def _cleanup(ctx: Context, report: Report) -> bool:
    try:
        ctx.close()
    except Exception as exc:  # noqa: BLE001
        report(_failed(translate("selftest", "closing the vault"), exc))
    try:
        shutil.rmtree(ctx.workdir)
    except OSError as exc:
        report(
            translate("selftest", "failed: removing the temporary directory {path}: {reason}")
            .format(path=ctx.workdir, reason=os_error(exc))
        )  # fmt: skip
        return False
    report(translate("selftest", "ok: removed the temporary directory and everything in it"))
    return True


def optional_module(name: str, missing: str) -> ModuleType:
    """Import a part that may not be in this build; Skipped(`missing`) when it is not."""
    try:
        found = importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        found = False
    if not found:
        raise Skipped(missing)
    return importlib.import_module(name)
