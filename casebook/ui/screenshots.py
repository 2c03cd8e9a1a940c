"""Screenshots of the main screens for the README: `python -m casebook.ui.screenshots OUT`.
With `--font-scale 2` the same screens are taken with the font twice as large, in a
1920x1080 window, as `font-200-*.png` (to check that nothing is cut off).

Run it under Xvfb (`make screenshots`). It works in a throwaway directory with a demo
vault made with cheap key-derivation parameters through the API: for pictures only,
never for a vault anyone keeps. Settings go to that directory too.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.vault.vault import Vault

SIZE = (1280, 800)
SMALL_SCREEN = (1366, 768)  # the laptops many groups have (issue 18)
LARGE_SCREEN = (1920, 1080)
PASSPHRASE = "juniper orchard falcon lantern copper"


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(20)


def _save(widget: object, out: Path, name: str, saved: list[Path], prefix: str = "") -> None:
    _settle()
    status = getattr(widget, "statusBar", None)
    if status is not None:
        status().clearMessage()  # the throwaway vault's backup reminder is not the point
    path = out / f"{prefix}{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    saved.append(path)


def _picture() -> bytes:
    """A made-up photo (a few shapes), as PNG bytes in memory."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 420), "#d9dee4")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 260, 640, 420), fill="#8a7f72")
    draw.rectangle((60, 90, 220, 260), fill="#f4f5f7")
    draw.rectangle((380, 120, 580, 180), fill="#2f5d8a")
    draw.text((270, 390), "demo picture", fill="#1f2933")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _add_evidence(vault: Vault) -> None:
    """Two fictional items for the first demo case, imported from memory."""
    import io

    from casebook.services import evidence
    from casebook.vault import cases as repo

    [first] = repo.list_cases(vault.conn, sort="title", descending=False, limit=1)
    statement = (
        b"Statement of a participant (fictional, for the demo).\n"
        b"About twenty men came in at 11:00, shouted and filmed our faces.\n"
    )
    items = (
        ("hall-after-the-disruption.png", _picture(), "The hall after the disruption"),
        ("participant-statement.txt", statement, "Written statement of a participant"),
    )
    events = [e.id for e in repo.get_case(vault.conn, first.id).events[:1]]
    for name, data, description in items:
        evidence.import_stream(vault, first.id, io.BytesIO(data), original_name=name,
                               size=len(data), description=description,
                               source="A participant, by Signal", event_ids=events)  # fmt: skip


EDITOR_TABS = (
    "overview", "people-and-organisations", "events", "evidence", "appeals", "translations",
    "outreach",
)  # fmt: skip


def _add_outreach(vault: Vault, case_id: str, work: Path) -> None:
    """An appeal sent to two addressees, one of whom answered (for the Outreach tab)."""
    import json
    from datetime import date, timedelta

    from casebook.services import appeals, outreach

    today = date.today()
    book = [{"name": "UN Special Rapporteur on human rights defenders", "language": "en"},
            {"name": "Embassy of Sweden in Astana", "language": "en"}]  # fmt: skip
    outreach.import_addressees(vault, json.dumps(book))
    kept = appeals.export_appeal(vault, case_id, "md", work / "appeal.md", confirmed=True)
    sent = (today - timedelta(days=9)).isoformat()
    first, _ = outreach.add_entry(
        vault, kept.reference, to=book[0]["name"], via="form", on=sent,
        follow_up=(today - timedelta(days=1)).isoformat(),
    )  # fmt: skip
    second, _ = outreach.add_entry(vault, kept.reference, to=book[1]["name"], via="email", on=sent)
    outreach.respond(
        vault, second.id, on=(today - timedelta(days=3)).isoformat(),
        summary="The ambassador raised the case with the Ministry of Foreign Affairs.",
    )  # fmt: skip
    del first


def take(out: Path, work: Path, prefix: str = "", size: tuple[int, int] = SIZE) -> list[Path]:
    """Every main screen as `prefix` + name + .png in `out`, the window `size` large."""
    from PySide6.QtCore import Qt

    from casebook.services.demo import create_demo_vault
    from casebook.ui import settings, tasks
    from casebook.ui.app import make_application
    from casebook.ui.main_window import MainWindow
    from casebook.vault.keys import KdfParams

    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # pictures only
    make_application(["casebook-screenshots"])
    tasks.use_synchronous_runner()
    saved: list[Path] = []

    def save(widget: object, name: str) -> None:
        _save(widget, out, name, saved, prefix)

    demo_path = work / "demo"
    vault, passphrase, _recovery = create_demo_vault(demo_path, kdf=cheap)
    _add_evidence(vault)
    vault.close()

    window = MainWindow(None, kdf=cheap, demo_dir=work / "unused-demo")
    window.resize(*size)
    window.show()
    save(window, "welcome")

    window.welcome.create_button.click()
    page = window.create_page
    page.location.setText("~/.local/share/Casebook/vault")
    page.organisation.setText("Steppe Feminist Initiative")
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    save(window, "create-vault")

    page.location.setText(str(work / "new-vault"))
    page.create_button.click()
    save(window, "recovery-key")
    window.recovery_page.stored.setChecked(True)
    window.recovery_page.continue_button.click()
    window.lock()

    window.show_unlock(demo_path)
    window.unlock_page.passphrase.setText("not the passphrase")
    window.unlock_page.unlock()
    # A tidy path in the picture instead of the temporary one.
    window.unlock_page.path = Path("~/.local/share/Casebook/demo")
    window.unlock_page._show_where()
    save(window, "unlock")
    # The first opening by a new version, upgrading a large vault (step 2 of 3).
    unlocking = window.unlock_page
    unlocking._set_busy(True)
    unlocking.error.hide()
    unlocking._upgrading(1, 3, unlocking._attempt)
    save(window, "unlock-upgrading")
    unlocking._set_busy(False)
    window.unlock_page.path = demo_path

    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock()
    panel = window.workspace.panel
    panel.view.selectRow(1)
    save(window, "main-window")

    panel.filters.search.setText("police")
    panel.filters._emit_now()
    panel.view.selectRow(0)
    save(window, "search")
    panel.filters.reset()

    window.workspace.show_patterns()
    patterns = window.workspace.patterns
    save(window, "patterns")
    patterns.dimension.setCurrentIndex(patterns.dimension.findData("month"))
    patterns.show_cases(0)
    save(window, "patterns-timeline")
    window.workspace.show_list()

    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the case with evidence first
    assert window.workspace.vault is not None
    _add_outreach(window.workspace.vault, panel.model.case_id(0) or "", work)
    window.workspace.open_case(panel.model.case_id(0) or "")
    tabs = window.workspace.editor.tabs
    for index, name in enumerate(EDITOR_TABS[: tabs.count()]):
        tabs.setCurrentIndex(index)
        if name == "translations":  # Kazakh, with a text beside its original
            window.workspace.editor.show_translation("kk", "case/summary/")
        save(window, f"editor-{name}")
    tabs.setCurrentIndex(0)

    window.workspace.new_incident()
    incident = window.workspace.incident_dialog
    if incident is not None:
        incident.resize(min(760, size[0] - 40), min(640, size[1] - 60))
        save(incident, "new-incident")
        incident.close()

    dialog = settings.SettingsDialog(window)
    dialog.open()
    save(dialog, "settings")
    dialog.reject()

    window._closing = True
    window.close()
    return saved


def take_patterns(
    out: Path, vault_dir: Path, passphrase: str, name: str, size: tuple[int, int] = SIZE
) -> list[Path]:
    """The Patterns view of the vault at `vault_dir` (a large generated one: the bench
    makes it): patterns-<name>.png by type, -timeline.png by month with the cases of the
    fullest month listed, -perpetrators.png by kind of perpetrator."""
    from casebook.ui import tasks
    from casebook.ui.app import make_application
    from casebook.ui.main_window import MainWindow
    from casebook.vault.vault import Vault

    make_application(["casebook-screenshots"])
    tasks.use_synchronous_runner()
    saved: list[Path] = []
    window = MainWindow(None)
    window.resize(*size)
    window.show()
    window.vault_opened(Vault.unlock(vault_dir, passphrase))
    window.workspace.show_patterns()
    patterns = window.workspace.patterns
    _save(window, out, f"patterns-{name}", saved)
    patterns.dimension.setCurrentIndex(patterns.dimension.findData("month"))
    rows = patterns.model.table.rows if patterns.model.table else []
    if rows:
        patterns.show_cases(max(range(len(rows)), key=lambda r: rows[r][1]))
    _save(window, out, f"patterns-{name}-timeline", saved)
    patterns.dimension.setCurrentIndex(patterns.dimension.findData("perpetrator"))
    _save(window, out, f"patterns-{name}-perpetrators", saved)
    window.lock()
    window._closing = True
    window.close()
    return saved


def take_scaled(out: Path, work: Path, scale: float) -> list[Path]:
    """The screens of `take` with the application font `scale` times its size, on a
    1920x1080 screen; saved as font-<percent>-<name>.png."""
    from PySide6.QtGui import QFont

    from casebook.ui.app import make_application

    app = make_application(["casebook-screenshots"])
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    shots = work / "scaled"
    shots.mkdir()
    prefix = f"font-{round(scale * 100)}-"
    taken = take(shots, work, size=LARGE_SCREEN)
    return [path.replace(out / (prefix + path.name)) for path in taken]


def _home(home: Path, language: str) -> None:
    """Settings and data of this run under `home`, in `language` (not the computer's)."""
    os.environ["CASEBOOK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["CASEBOOK_LANGUAGE"] = language


LANGUAGE_RUNS = (("en", ""), ("ru", "ru-"), ("kk", "kk-"), ("pseudo", "pseudo-"))


def _small(out: Path) -> int:
    """Every screen at 1366x768, in English and pseudo-localised: small-*.png and
    small-pseudo-*.png."""
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="casebook-screenshots-"))
    try:
        for language, prefix in (("en", "small-"), ("pseudo", "small-pseudo-")):
            run = work / language
            run.mkdir()
            _home(run / "home", language)
            for path in take(out, run, prefix, size=SMALL_SCREEN):
                print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """The screens in English, Russian (ru-*.png), Kazakh (kk-*.png) and pseudo-localised
    (pseudo-*.png: every string ~40% longer, to see that nothing is cut off); with
    --font-scale N, in English with the font N times its size (font-<percent>-*.png);
    with --small, at 1366x768 in English and pseudo-localised (small-*.png)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--small":
        return _small(Path(args[1]).resolve())
    scale = 1.0
    if len(args) == 3 and args[0] == "--font-scale":
        try:
            scale, args = float(args[1]), args[2:]
        except ValueError:
            scale = 0.0  # not a number: the usage line below says what is expected
    if len(args) != 1 or not 0.5 <= scale <= 4:
        print("usage: python -m casebook.ui.screenshots [--font-scale N] OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="casebook-screenshots-"))
    try:
        if scale != 1:
            _home(work / "scaled-home", "en")
            paths = take_scaled(out, work, scale)
        else:
            paths = []
            for language, prefix in LANGUAGE_RUNS:
                run = work / language
                run.mkdir()
                _home(run / "home", language)
                paths += take(out, run, prefix)
        for path in paths:
            print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
