"""export incidents (CSV, XLSX) and export uwazi (the kit and its validator)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services import incidents, uwazi
from casebook.services.cases import save_case
from casebook.services.demo import demo_cases
from casebook.services.evidence import import_file
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_evidence_support import image_bytes, write

SECRET = "Zhanar Kassymova"


def secret_case(sensitivity: str = "public") -> Case:
    victim = Person(SECRET, consent="anonymous", organisation="Kassymova's group", role="activist",
                    gender="f")  # fmt: skip
    named = Person("Aigerim Sadykova", consent="named", organisation="Steppe Initiative")
    police = Organisation("District police", kind="police")
    return Case(
        title="Kassymova detained | again", sensitivity=sensitivity, country="KZ",
        summary=f"{SECRET} was detained; Kassymovoi's phone was taken.",
        people=[victim, named], organisations=[police],
        events=[
            Event(EventDate.parse("2024-03-08"), "arrest", place="Almaty",
                  description="Police detained Zhanar Kassymova at the march.",
                  involved=[Involvement(victim.id, "victim"), Involvement(named.id, "witness"),
                            Involvement(police.id, "perpetrator")]),
            Event(EventDate.parse("2024-03"), "fine", involved=[Involvement(victim.id, "victim")]),
            Event(EventDate.parse("2024-03-10/2024-03-20"), "online_harassment",
                  involved=[Involvement(victim.id, "victim")]),
        ],
    )  # fmt: skip


def all_text(kit: Path) -> str:
    """Every text in the kit, inner ZIPs included."""
    out = []
    with zipfile.ZipFile(kit) as z:
        for name in z.namelist():
            data = z.read(name)
            out.append(name)
            if name.endswith(".zip"):
                with zipfile.ZipFile(io.BytesIO(data)) as inner:
                    for member in inner.namelist():
                        out.append(member)
                        if member.endswith((".csv", ".json")):
                            out.append(inner.read(member).decode("utf-8"))
            else:
                out.append(data.decode("utf-8"))
    return "\n".join(out)


def inner_csv(kit: Path, template: str) -> tuple[bytes, list[list[str]]]:
    with zipfile.ZipFile(kit) as z, zipfile.ZipFile(io.BytesIO(z.read(f"{template}.zip"))) as i:
        raw = i.read("import.csv")
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


# --- incidents ------------------------------------------------------------------------


def test_incidents_csv_redacts_and_filters_by_sensitivity(vault, tmp_path: Path) -> None:
    public, internal = secret_case("public"), secret_case("internal")
    for case in (public, internal):
        save_case(vault, case)
    result = incidents.export_incidents(vault, tmp_path / "out.csv")
    assert (result.rows, result.cases, result.left_out) == (3, 1, 1)
    text = (tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {r["case_id"] for r in rows} == {public.id}
    assert "Kassymov" not in text and "Zhanar" not in text
    first = next(r for r in rows if r["type"] == "arrest")
    assert (first["date"], first["type"], first["esf_code"]) == ("2024-03-08", "arrest",
                                                                 "030101000000")  # fmt: skip
    assert first["perpetrators"] == "District police"
    assert first["victims"] and first["victims"] != SECRET
    assert [r["esf_code"] for r in rows if r["type"] == "online_harassment"] == ["local"]
    everything = incidents.export_incidents(vault, tmp_path / "all.csv", sensitivity="internal")
    assert everything.cases == 2 and everything.left_out == 0


def test_incidents_xlsx_has_the_same_rows_as_text(vault, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    case = secret_case()
    case.events[0].description = '=HYPERLINK("http://x")'
    save_case(vault, case)
    incidents.export_incidents(vault, tmp_path / "out.xlsx")
    incidents.export_incidents(vault, tmp_path / "out.csv")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    got = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    text = (tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    assert got == list(csv.reader(io.StringIO(text, newline="")))
    assert sheet.cell(row=2, column=13).data_type == "s"  # a formula typed stays text


def test_incidents_cli_refuses_a_wrong_suffix_and_writes_nothing(cli, tmp_path: Path) -> None:
    r = cli("--vault", str(tmp_path / "v"), "export", "incidents", "-o", str(tmp_path / "x.txt"),
            stdin="")  # fmt: skip
    assert r.code == 2 and "x.txt" in r.err and ".xlsx" in r.err
    assert not (tmp_path / "x.txt").exists()


# --- the Uwazi kit --------------------------------------------------------------------


@pytest.fixture
def demo_kit(vault, tmp_path: Path) -> tuple[Path, list[Case]]:
    cases = [*demo_cases(), secret_case("partners")]
    for case in cases:
        save_case(vault, case, touch=False)
    photo = write(tmp_path / "Zhanar Kassymova at the march.jpg", image_bytes())
    import_file(vault, cases[-1].id, photo, description="Photo of Zhanar Kassymova")
    kit = tmp_path / "kit.zip"
    uwazi.export_kit(vault, kit, sensitivity="internal")
    return kit, cases


def test_the_kit_of_the_demo_vault_validates(vault, demo_kit) -> None:
    kit, _cases = demo_kit
    assert uwazi.check_kit(kit, uwazi.vault_people(vault)) == []


def test_every_csv_parses_back_to_the_same_rows(demo_kit) -> None:
    kit, cases = demo_kit
    with zipfile.ZipFile(kit) as z:
        names = z.namelist()
        assert {"README.md", "templates.json", "Case.zip", "Event.zip", "Person.zip"} <= set(names)
        types = list(csv.reader(io.StringIO(z.read("thesauri/event_types.csv").decode())))
        assert types[0] == ["English", "Russian", "Kazakh", "ESF code"]
        from casebook.domain import vocab

        labels = [vocab.label(vocab.EVENT_TYPE, "arrest", lang) for lang in ("en", "ru", "kk")]
        assert [*labels, "030101000000"] in types
        assert len(types) - 1 == len(vocab.EVENT_TYPE)
        assert {r[0]: r[3] for r in types[1:]}["Online harassment"] == "local"
        roles = list(csv.reader(io.StringIO(z.read("thesauri/roles.csv").decode())))
        assert {r[0]: r[3] for r in roles[1:]} == {
            "Victim": "010100000000", "Perpetrator": "010300000000", "Witness": "010200000000",
            "Source": "local", "Intervening party": "local",
        }  # fmt: skip
        statuses = list(csv.reader(io.StringIO(z.read("thesauri/statuses.csv").decode())))
        assert statuses[0] == ["English", "Russian", "Kazakh"]  # no ESF codes: no column
        spec = json.loads(z.read("templates.json"))
        event_types = next(t for t in spec["thesauri"] if t["name"] == "Event types")
        assert event_types["esf_micro_thesaurus"] == "Types of acts"
        assert event_types["esf_codes"]["Arrest"] == "030101000000"
    for template in ("Case", "Event", "Person"):
        raw, rows = inner_csv(kit, template)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerows(rows)
        assert buf.getvalue().encode("utf-8") == raw  # RFC 4180, CRLF, nothing lost
        assert rows[0][:3] == ["title__en", "title__ru", "title__kk"]
    _raw, events = inner_csv(kit, "Event")
    assert len(events) - 1 == sum(len(c.events) for c in cases)
    by_id = {r[events[0].index("casebook_id")]: dict(zip(events[0], r, strict=True))
             for r in events[1:]}  # fmt: skip
    row = by_id[cases[-1].events[2].id]
    assert row["event_date"] == "2024-03-10:2024-03-20"
    assert row["esf_code__en"] == "local" and row["event_type__ru"] == "Травля в интернете"
    _raw, case_rows = inner_csv(kit, "Case")
    secret = next(
        dict(zip(case_rows[0], r, strict=True)) for r in case_rows if r[-2] == cases[-1].id
    )
    assert secret["title__en"].endswith("detained / again")  # no name, no "|"
    files = secret["attachments"].split("|")
    assert any(f.endswith(".jpg") for f in files) and any(f.startswith("custody-") for f in files)


def test_no_forbidden_name_anywhere_and_people_titled_by_code(demo_kit) -> None:
    kit, _ = demo_kit
    text = all_text(kit)
    assert "Kassymov" not in text and "Zhanar" not in text
    _raw, people = inner_csv(kit, "Person")
    titles = [dict(zip(people[0], r, strict=True))["title__en"] for r in people[1:]]
    assert "Aigerim Sadykova" in titles  # consented to be named
    assert any(t.startswith("P-") for t in titles)
    with zipfile.ZipFile(kit) as z, zipfile.ZipFile(io.BytesIO(z.read("Case.zip"))) as inner:
        photo = next(n for n in inner.namelist() if n.endswith(".jpg"))
        assert b"Canon" not in inner.read(photo)  # the cleaned copy, not the original
        hashes = next(n for n in inner.namelist() if n.startswith("hashes-"))
        assert json.loads(inner.read(hashes))["hashes"][0]["file"] == photo


def _rewrite(kit: Path, out: Path, template: str, change) -> Path:
    """A copy of the kit with `change(rows)` applied to one template's import.csv."""
    with zipfile.ZipFile(kit) as z:
        members = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(io.BytesIO(members[f"{template}.zip"])) as inner:
        files = {n: inner.read(n) for n in inner.namelist()}
    rows = list(csv.reader(io.StringIO(files["import.csv"].decode(), newline="")))
    change(rows, files)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    files["import.csv"] = buf.getvalue().encode()
    inner_buf = io.BytesIO()
    with zipfile.ZipFile(inner_buf, "w") as w:
        for n, d in files.items():
            w.writestr(n, d)
    members[f"{template}.zip"] = inner_buf.getvalue()
    with zipfile.ZipFile(out, "w") as w:
        for n, d in members.items():
            w.writestr(n, d)
    return out


def test_a_malformed_kit_is_reported_precisely(demo_kit, tmp_path: Path) -> None:
    kit, _ = demo_kit

    def missing_attachment(rows, files):
        del files[next(n for n in files if n.endswith(".jpg"))]

    def bad_date(rows, files):
        rows[2][rows[0].index("event_date")] = "2024-02-30:2024-03-01"

    def mixed(rows, files):
        rows[0][rows[0].index("place__ru")] = "place"

    def leaked(rows, files):
        rows[1][rows[0].index("description__kk")] = "Жанар: Zhanar Kassymova"

    bad = _rewrite(kit, tmp_path / "a.zip", "Case", missing_attachment)
    [problem] = uwazi.check_kit(bad)
    assert problem.startswith("Case.zip/import.csv row ") and ".jpg" in problem
    assert "attachments" in problem
    [problem] = uwazi.check_kit(_rewrite(kit, tmp_path / "b.zip", "Event", bad_date))
    assert problem.startswith("Event.zip/import.csv row 2, column event_date:")
    assert "2024-02-30:2024-03-01" in problem
    [problem] = uwazi.check_kit(_rewrite(kit, tmp_path / "c.zip", "Event", mixed))
    assert problem.startswith("Event.zip/import.csv:") and "mixed language columns" in problem
    people = [Person(SECRET, consent="anonymous")]
    problems = uwazi.check_kit(_rewrite(kit, tmp_path / "d.zip", "Event", leaked), people)
    assert problems == ["Event.zip/import.csv row 1: contains a name that may not appear"]


def test_a_thesaurus_with_a_made_up_esf_code_is_reported(demo_kit, tmp_path: Path) -> None:
    kit, _ = demo_kit
    with zipfile.ZipFile(kit) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["thesauri/event_types.csv"] = members["thesauri/event_types.csv"].replace(
        b"030101000000", b"0301010"
    )
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as w:
        for n, d in members.items():
            w.writestr(n, d)
    [problem] = uwazi.check_kit(bad)
    assert problem.startswith("thesauri/event_types.csv row 1, column ESF code:")
    assert "'0301010'" in problem


def test_uwazi_cli_writes_and_checks(cli, tmp_path: Path) -> None:
    from casebook.vault.vault import Vault

    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    for case in demo_cases():
        save_case(v, case, touch=False)
    v.close()
    kit = tmp_path / "out" / "kit.zip"
    r = cli("--vault", str(tmp_path / "v"), "export", "uwazi", "-o", str(kit), "--langs", "ru,en")
    assert r.code == 0, r.err
    _raw, rows = inner_csv(kit, "Case")
    assert rows[0][:2] == ["title__ru", "title__en"]
    r = cli("--vault", str(tmp_path / "v"), "export", "uwazi", "--check", str(kit))
    assert r.code == 0, r.err
    assert "follows" in r.out
    r = cli("--vault", str(tmp_path / "v"), "export", "uwazi", "-o", str(kit), "--langs", "en,de",
            stdin="")  # fmt: skip
    assert r.code == 2 and "'de'" in r.err
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    r = cli(
        "--vault", str(tmp_path / "v"), "export", "uwazi", "--check", str(tmp_path / "junk.zip")
    )
    assert r.code == 1 and "junk.zip" in r.out
