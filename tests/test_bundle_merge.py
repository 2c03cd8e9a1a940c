"""Merging received cases: new, updated, unchanged, kept, conflicting; never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.domain.model import Case, Event, EventDate
from casebook.services import bundle
from casebook.services.cases import get_case, save_case
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.bundle_support import case_dict

pair = bundle_support.pair


class Post:
    """Sends bundles between two vaults through files in a directory."""

    def __init__(self, tmp_path: Path) -> None:
        self.dir, self.n = tmp_path, 0

    def send(self, sender: Vault, to: str, *case_ids: str) -> Path:
        self.n += 1
        out = self.dir / f"bundle-{self.n}.age"
        bundle.export_bundle(sender, list(case_ids), [to], out)
        return out

    def deliver(self, receiver: Vault, path: Path) -> dict[str, str]:
        result = bundle.import_bundle(receiver, path)
        return {c.case_id: c.action for c in result.plan.cases}


def edit(vault: Vault, case_id: str, **changes: str) -> None:
    case = get_case(vault, case_id)
    for key, value in changes.items():
        setattr(case, key, value)
    save_case(vault, case)


def started(pair, tmp_path: Path) -> tuple[Vault, Vault, Post, str]:
    """A has a case and sent it to B, who imported it."""
    a, b = pair
    post = Post(tmp_path)
    case = Case(title="Fine for an unregistered group", sensitivity="partners")
    case.events.append(Event(EventDate.parse("2024-05-02"), "fine", description="Court"))
    save_case(a, case)
    assert post.deliver(b, post.send(a, "B", case.id)) == {case.id: bundle.NEW}
    return a, b, post, case.id


def test_new_then_unchanged(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    assert case_dict(b, cid) == case_dict(a, cid)
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.UNCHANGED}
    assert bundle.cases_in_conflict(b) == set()


def test_changed_only_by_the_sender_is_updated(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="The appeal court upheld the fine.")
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.UPDATED}
    assert case_dict(b, cid) == case_dict(a, cid)
    # and back: B edits, A receives an update too (A's version is what B started from)
    edit(b, cid, status="closed")
    assert post.deliver(a, post.send(b, "A", cid)) == {cid: bundle.UPDATED}
    assert get_case(a, cid).status == "closed"


def test_changed_only_locally_is_kept(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    old = post.send(a, "B", cid)  # the same version again, delivered late
    edit(b, cid, summary="B knows more now.")
    mine = case_dict(b, cid)
    assert post.deliver(b, old) == {cid: bundle.KEPT}
    assert case_dict(b, cid) == mine
    assert bundle.cases_in_conflict(b) == set()


def test_older_version_from_the_sender_does_not_overwrite(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    stale = post.send(a, "B", cid)
    edit(a, cid, summary="Second version")
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.UPDATED}
    second = case_dict(b, cid)
    with pytest.raises(bundle.Replayed, match="older bundle"):
        post.deliver(b, stale)
    assert case_dict(b, cid) == second


def test_both_changed_keeps_both_and_marks_conflict(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="A's account")
    edit(b, cid, summary="B's account")
    mine = case_dict(b, cid)
    incoming = post.send(a, "B", cid)
    plan = bundle.inspect_bundle(b, incoming)
    assert [(c.case_id, c.action) for c in plan.cases] == [(cid, bundle.CONFLICT)]
    assert post.deliver(b, incoming) == {cid: bundle.CONFLICT}
    assert case_dict(b, cid) == mine  # nothing overwritten
    assert bundle.cases_in_conflict(b) == {cid}
    [conflict] = bundle.list_conflicts(b, cid)
    assert conflict.theirs.summary == "A's account" and conflict.peer_name == "A"
    fields = {
        f: (ours, theirs)
        for f, ours, theirs in bundle.differences(get_case(b, cid), conflict.theirs)
    }
    assert fields["summary"] == ("B's account", "A's account") and "title" not in fields
    # the same bundle again is refused; the same version in a new bundle does not add a
    # second copy of the conflict
    with pytest.raises(bundle.Replayed, match="already imported"):
        post.deliver(b, incoming)
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.UNCHANGED}
    assert len(bundle.list_conflicts(b)) == 1
    # a version waiting as a conflict is not one B's version was made from: sent back to
    # A, B's version must not silently replace A's
    assert post.deliver(a, post.send(b, "A", cid)) == {cid: bundle.CONFLICT}
    assert get_case(a, cid).summary == "A's account"


def test_sent_but_never_imported_then_edited_elsewhere_conflicts(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="v2 by A")
    post.send(a, "B", cid)  # B never imports this one
    edit(b, cid, summary="B edited the first version")
    assert post.deliver(a, post.send(b, "A", cid)) == {cid: bundle.CONFLICT}
    assert get_case(a, cid).summary == "v2 by A"


def test_resolving_theirs_then_further_updates_flow(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="A's account")
    edit(b, cid, summary="B's account")
    post.deliver(b, post.send(a, "B", cid))
    [conflict] = bundle.list_conflicts(b, cid)
    changes = bundle.resolve_conflict(b, cid, conflict.hash, "theirs")
    assert changes.case_ids == (cid,)
    assert case_dict(b, cid) == case_dict(a, cid)
    assert bundle.cases_in_conflict(b) == set()
    edit(a, cid, title="A goes on")
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.UPDATED}


def test_resolving_mine_keeps_local_and_the_other_version_is_settled(pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="A's account")
    edit(b, cid, summary="B's account, merged by hand")
    incoming = post.send(a, "B", cid)
    post.deliver(b, incoming)
    [conflict] = bundle.list_conflicts(b)
    bundle.resolve_conflict(b, cid, conflict.hash, "mine")
    assert get_case(b, cid).summary == "B's account, merged by hand"
    assert post.deliver(b, post.send(a, "B", cid)) == {cid: bundle.KEPT}
    # A receives B's merged version: it was made after seeing A's, so it is an update
    assert post.deliver(a, post.send(b, "A", cid)) == {cid: bundle.UPDATED}
    assert get_case(a, cid).summary == "B's account, merged by hand"


def test_cli_conflicts_and_resolve(cli, pair, tmp_path: Path) -> None:
    a, b, post, cid = started(pair, tmp_path)
    edit(a, cid, summary="A's account")
    edit(b, cid, summary="B's account")
    incoming = post.send(a, "B", cid)
    b_dir = str(b.path)
    b.close()
    r = cli("--vault", b_dir, "bundle", "import", str(incoming))
    assert r.code == 0 and "CONFLICT" in r.out and "bundle conflicts" in r.out
    r = cli("--vault", b_dir, "bundle", "conflicts")
    assert r.code == 0 and cid in r.out
    version = r.out.split("version ")[1].split()[0]
    r = cli("--vault", b_dir, "bundle", "resolve", cid[:8], "ffff", "--keep", "mine")
    assert r.code == 1
    r = cli("--vault", b_dir, "bundle", "resolve", cid[:8], version, "--keep", "theirs")
    assert r.code == 0
    assert "No conflicts" in cli("--vault", b_dir, "bundle", "conflicts").out
    assert "A's account" in cli("--vault", b_dir, "case", "show", cid).out
