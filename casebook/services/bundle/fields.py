"""Field-by-field differences between two versions of a case, for proposals.

A field is named by a path over the casebook-case JSON:

    title, summary, sensitivity, tags, ...      a top-level value
    people[<ref>]                               a person added or removed as a whole
    people[<ref>].consent                       one value of a person
    events[<id>], events[<id>].description      the same for events
    organisations[<ref>], organisations[<ref>].name

Taking "theirs" for a set of fields applies just those to "ours" (pure functions).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

# collections of items that carry an id, and the key of it
_ITEMS = {"people": "ref", "organisations": "ref", "events": "id"}
_IGNORED = {"format", "id", "created", "updated"}
_PATH = re.compile(r"^(people|organisations|events)\[([^\]]+)\](?:\.(\w+))?$")

# A partner's version never changes these without a person's consent (issue 14)
PERSON_PROTECTED = {
    "consent", "name", "pseudonym", "aliases", "contact", "contacts",
    "un_consent",  # whether a name may go to a government through the UN (issue 16)
}  # fmt: skip


@dataclass(frozen=True)
class FieldChange:
    path: str
    ours: Any  # None when the item is only theirs
    theirs: Any  # None when the item is only ours (they removed it)
    protected: bool

    @property
    def kind(self) -> str:
        if self.ours is None:
            return "added"
        if self.theirs is None:
            return "removed"
        return "changed"

    def to_json(self) -> dict[str, Any]:
        return {"field": self.path, "kind": self.kind, "protected": self.protected,
                "ours": self.ours, "theirs": self.theirs}  # fmt: skip


def show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


def is_protected(path: str, kind: str) -> bool:
    if path == "sensitivity":
        return True
    found = _PATH.match(path)
    if found is None:
        return False
    collection, _ident, key = found.groups()
    if key is None:  # a whole item
        return kind == "removed" and collection in ("people", "events")
    return collection == "people" and key in PERSON_PROTECTED


def changes(ours: dict[str, Any], theirs: dict[str, Any]) -> list[FieldChange]:
    """Every field in which `theirs` differs from `ours`, in the order of the document."""
    found: list[FieldChange] = []
    for key in list(ours) + [k for k in theirs if k not in ours]:
        if key in _IGNORED:
            continue
        if key in _ITEMS:
            found += _item_changes(key, ours.get(key) or [], theirs.get(key) or [])
        elif ours.get(key) != theirs.get(key):
            found.append(FieldChange(key, ours.get(key), theirs.get(key), is_protected(key, "")))
    return found


def _item_changes(collection: str, ours: list[Any], theirs: list[Any]) -> list[FieldChange]:
    id_key = _ITEMS[collection]
    mine = {str(i.get(id_key)): i for i in ours if isinstance(i, dict)}
    other = {str(i.get(id_key)): i for i in theirs if isinstance(i, dict)}
    found = []
    for ident in list(mine) + [i for i in other if i not in mine]:
        a, b = mine.get(ident), other.get(ident)
        if a is None or b is None:
            path = f"{collection}[{ident}]"
            kind = "added" if a is None else "removed"
            found.append(FieldChange(path, a, b, is_protected(path, kind)))
            continue
        for key in list(a) + [k for k in b if k not in a]:
            if key != id_key and a.get(key) != b.get(key):
                path = f"{collection}[{ident}].{key}"
                found.append(FieldChange(path, a.get(key), b.get(key), is_protected(path, "")))
    return found


def take(ours: dict[str, Any], theirs: dict[str, Any], paths: set[str]) -> dict[str, Any]:
    """`ours` with the values of `theirs` for `paths` (see changes())."""
    result = copy.deepcopy(ours)
    for change in changes(ours, theirs):
        if change.path not in paths:
            continue
        found = _PATH.match(change.path)
        if found is None:
            result[change.path] = copy.deepcopy(change.theirs)
            continue
        collection, ident, key = found.groups()
        id_key = _ITEMS[collection]
        items = result.setdefault(collection, [])
        index = next((n for n, i in enumerate(items) if str(i.get(id_key)) == ident), None)
        if key is not None and index is not None:
            items[index][key] = copy.deepcopy(change.theirs)
        elif change.kind == "added":
            items.append(copy.deepcopy(change.theirs))
        elif change.kind == "removed" and index is not None:
            del items[index]
    return result


def item_names(*docs: dict[str, Any]) -> dict[str, str]:
    """A readable name for each item path ("people[<ref>]" -> the person's name)."""
    names: dict[str, str] = {}
    for doc in docs:
        for collection, id_key in _ITEMS.items():
            for item in doc.get(collection) or []:
                if not isinstance(item, dict):
                    continue
                path = f"{collection}[{item.get(id_key)}]"
                text = item.get("name") or item.get("pseudonym") or item.get("date") or ""
                if collection == "events":
                    text = " ".join(str(x) for x in (item.get("date"), item.get("type")) if x)
                names.setdefault(path, str(text))
    return names


def readable(path: str, names: dict[str, str]) -> str:
    """`path` with the item's name instead of its id: 'people[Айгерим Н.].consent'."""
    found = _PATH.match(path)
    if found is None:
        return path
    collection, ident, key = found.groups()
    name = names.get(f"{collection}[{ident}]") or ident[:8]
    return f"{collection}[{name}]" + (f".{key}" if key else "")
