"""The whole job through the real windows, as a person does it: create a vault, document a
case with a person, an organisation, two events and evidence, search, lock by idle
timeout, unlock and find everything again. A marker string goes into every text field;
afterwards no file outside what the user exported holds it (vault directory, temp
directories, the test HOME with the settings)."""

from __future__ import annotations

import io
import time
import uuid
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from casebook.services import evidence
from casebook.services.cases import get_case
from casebook.ui.forms import FormPage
from tests import ui_support
from tests.conftest import PASSPHRASE, files_containing, recent_files_containing
from tests.ui_support import (
    create_vault,
    open_row,
    open_window,
    type_into,
    unlock,
    use_private_tmpdir,
    visible_texts,
)

gui = ui_support.gui

FREE_TEXT = ("text", "multiline", "tags")
NOT_FREE = {"time"}  # checked by format: filled with a valid value instead


def _choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def _fill_form(qtbot, form: FormPage, marker: str, prefix: str) -> dict[str, str]:
    """Type a distinct text holding the marker into every free-text field of a form."""
    typed = {}
    for spec in form.specs:
        if spec.kind not in FREE_TEXT or spec.name in NOT_FREE:
            continue
        text = f"{prefix}{spec.name}{marker}" if spec.kind == "tags" else f"{prefix} {marker}"
        type_into(qtbot, form.field(spec.name), text)
        typed[spec.name] = text
    return typed


def _add_demand(qtbot, form: FormPage, text: str) -> None:
    demands = form.field("demands")
    demands.add_button.click()
    editor = demands.view.focusWidget()  # the row opened for editing
    assert editor is not None and editor is not demands.view
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demands.value()[-1] == text)


def _photo_with_marker(marker: str) -> bytes:
    image = Image.new("RGB", (48, 32), (200, 60, 60))
    exif = Image.Exif()
    exif[0x010E] = f"Description {marker}"  # ImageDescription
    exif[0x013B] = f"Artist {marker}"  # Artist
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _document_the_case(qtbot, window, marker: str) -> dict[str, dict[str, str]]:
    editor = window.workspace.editor
    window.acts.new.trigger()
    overview = editor.overview.form
    typed = {"case": _fill_form(qtbot, overview, marker, "Case")}
    _choose(overview.field("status"), "monitoring")
    _add_demand(qtbot, overview, f"Demand {marker}")
    window.acts.save.trigger()
    assert window.workspace.current_id is not None, editor.message.text()

    parties = editor.parties
    editor.tabs.setCurrentWidget(parties)
    parties.people.add_button.click()
    typed["person"] = _fill_form(qtbot, parties.person_form, marker, "Person")
    _choose(parties.person_form.field("consent"), "pseudonym")
    _choose(parties.person_form.field("risk"), "high")
    parties.organisations.add_button.click()
    typed["organisation"] = _fill_form(qtbot, parties.organisation_form, marker, "Org")
    _choose(parties.organisation_form.field("kind"), "police")
    person = parties.people.model.item(0)
    org = parties.organisations.model.item(0)

    events = editor.events
    editor.tabs.setCurrentWidget(events)
    for n, (role_of_org, when) in enumerate((("perpetrator", "10:15"), ("intervening", ""))):
        events.timeline.add_button.click()
        typed[f"event{n}"] = _fill_form(qtbot, events.form, marker, f"Event{n}")
        type_into(qtbot, events.form.field("date").start, f"2024-06-2{n}")  # no silent today
        _choose(events.form.field("type"), "arrest" if n == 0 else "threats")
        type_into(qtbot, events.form.field("time"), when)
        inv = events.involvements
        _choose(inv.party, org.id)
        _choose(inv.role, role_of_org)
        inv.add_button.click()
        _choose(inv.party, person.id)
        _choose(inv.role, "victim")
        inv.add_button.click()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty(), editor.message.text()
    return typed


def _import_photo(qtbot, window, tmp_path: Path, marker: str) -> str:
    """Import a photo whose name and EXIF hold the marker, with a source, look at it and
    start describing it (left unsaved: the idle lock saves it), then drop the original
    (the user keeps theirs elsewhere; the scan is about what Casebook wrote)."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    photo = incoming / f"photo-{marker}.jpg"
    photo.write_bytes(_photo_with_marker(marker))
    tab = window.workspace.editor.evidence
    window.workspace.editor.tabs.setCurrentWidget(tab)
    tab.import_bar.source.setText(f"Source {marker}")
    tab.import_paths([str(photo)])
    assert tab.proxy.rowCount() == 1, tab.message.text()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    assert any(marker in str(v) for _k, v in tab.details.metadata.items())
    tab.preview()
    assert tab.details.has_preview()
    qtbot.keyClicks(tab.details.editor.field("description"), f"Described {marker}")
    assert window.workspace.editor.is_dirty()
    photo.unlink()
    incoming.rmdir()
    return photo.name


def _search(qtbot, window, text: str, rows: int) -> None:
    window.workspace.show_list()
    window.workspace.panel.filters.search.setText(text)
    qtbot.waitUntil(lambda: window.workspace.panel.model.rowCount() == rows)


def test_document_a_case_lock_unlock_and_no_marker_on_disk(
    gui, qtbot, tmp_path, monkeypatch
) -> None:
    started = time.time() - 1
    shared_tmp = use_private_tmpdir(monkeypatch, tmp_path)
    marker = "mrk" + uuid.uuid4().hex[:12]  # lower case: tags are stored in lower case
    vault_dir = tmp_path / "vault"
    window = open_window(qtbot, None, tmp_path)

    create_vault(window, vault_dir, f"Org {marker}")
    typed = _document_the_case(qtbot, window, marker)
    case_id = window.workspace.current_id
    photo_name = _import_photo(qtbot, window, tmp_path, marker)
    _search(qtbot, window, marker, 1)

    # Idle: the vault locks, and no widget keeps anything of the case.
    window.idle.set_timeout(20)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    assert not any(marker in text for text in visible_texts())
    assert marker not in window.windowTitle()

    # Unlock and find everything again, in the list and in the editor.
    unlock(window, PASSPHRASE)
    assert window.vault is not None
    _search(qtbot, window, marker, 1)
    assert open_row(qtbot, window, 0) == case_id
    editor = window.workspace.editor
    assert editor.overview.form.field("title").text() == typed["case"]["title"]
    assert editor.overview.form.field("demands").value() == [f"Demand {marker}"]
    stored = get_case(window.vault, case_id)
    assert stored.status == "monitoring"
    person, org = stored.people[0], stored.organisations[0]
    assert {k: getattr(person, k) for k in typed["person"]} == typed["person"]
    assert (person.consent, person.risk) == ("pseudonym", "high")
    assert {k: getattr(org, k) for k in typed["organisation"]} == typed["organisation"]
    first, second = stored.events_in_order()
    assert {(e.type, e.time, e.place) for e in (first, second)} == {
        ("arrest", "10:15", typed["event0"]["place"]),
        ("threats", "", typed["event1"]["place"]),
    }
    assert [(i.ref, i.role) for i in first.involved + second.involved].count(
        (person.id, "victim")
    ) == 2
    [item] = evidence.list_evidence(window.vault, case_id)
    assert (item.original_name, item.source, item.description) == (
        photo_name, f"Source {marker}", f"Described {marker}",
    )  # fmt: skip
    editor.tabs.setCurrentWidget(editor.evidence)
    assert editor.evidence.proxy.index(0, 0).data() == photo_name
    # A search for a word of a person's private notes finds the case too.
    _search(qtbot, window, typed["person"]["private_notes"], 1)

    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    raw = marker.encode()
    home = Path.home()
    assert vault_dir.is_dir() and (home / "casebook" / "config" / "casebook.ini").is_file()
    for encoded in (raw, marker.encode("utf-16-le"), marker.upper().encode()):
        assert files_containing([tmp_path, home], encoded) == []
    assert recent_files_containing(shared_tmp, raw, started) == []
