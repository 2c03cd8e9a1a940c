"""AppealDocument -> Markdown, for e-mail and messengers. Also the text kept in the vault."""

from __future__ import annotations

import re

from casebook.domain.appeal import AppealDocument, Block, Defender, NarrativeItem

_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def md(text: str) -> str:
    """Escape Markdown syntax in content so that it shows as typed."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], text)


def render_markdown(doc: AppealDocument) -> str:
    out = [
        f"# {md(doc.title)}",
        "",
        f"**{md(doc.kind)}** · {md(doc.issuer)}  ",
        f"{md(doc.labels['reference'])}: {md(doc.reference)} · "
        f"{md(doc.labels['date'])}: {md(doc.issued)}",
    ]
    for section in doc.sections():
        heading = doc.headings.get(section, "")
        out += ["", f"## {md(heading)}", ""] if heading else [""]
        out += _SECTIONS[section](doc) if section in _SECTIONS else _block(doc.block(section))
    return "\n".join(out).rstrip() + "\n"


def _block(block: Block) -> list[str]:
    parts: list[list[str]] = []
    if block.note:
        parts.append([f"**{md(block.note)}**"])
    if block.paragraphs:
        parts.append(_paras(block.paragraphs))
    for group in block.groups:
        rows = [f"**{md(group.title)}**"] if group.title else []
        rows += [f"{md(f.label)}: {md(f.value)}" if f.label else md(f.value) for f in group.facts]
        parts.append(["  \n".join(rows)])
    if block.items:
        parts.append(_items(block.items))
    if block.numbered:
        parts.append([f"{i}. {md(x)}" for i, x in enumerate(block.numbered, 1)])
    return _join(parts)


def _paras(texts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for t in texts:
        out += [md(t), ""]
    return out[:-1]


def _defender(d: Defender) -> list[str]:
    note = f" ({md(d.note)})" if d.note else ""
    out = [f"**{md(d.label)}**{note}" + ("  " if d.organisation else "")]
    if d.organisation:
        out.append(md(d.organisation))
    if d.profile:
        out += ["", *_paras(d.profile)]
    return out


def _items(items: tuple[NarrativeItem, ...]) -> list[str]:
    out: list[str] = []
    for item in items:
        place = f" · {md(item.place)}" if item.place else ""
        out += [f"**{md(item.when)}** — *{md(item.kind)}*{place}", ""]
        if item.text:
            out += [*_paras(item.text), ""]
        if item.involved:
            out += ["  \n".join(f"*{md(i.role)}:* {md(i.parties)}" for i in item.involved), ""]
    return out[:-1]


def _join(blocks: list[list[str]]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out += [*block, ""]
    return out[:-1]


def _background(doc: AppealDocument) -> list[str]:
    blocks = [_paras(doc.background)] if doc.background else []
    if doc.earlier:
        blocks.append([f"### {md(doc.headings['earlier'])}", "", *_items(doc.earlier)])
    return _join(blocks)


def _demands(doc: AppealDocument) -> list[str]:
    return [f"**{md(doc.urge)}**", ""] + [f"{i}. {md(d)}" for i, d in enumerate(doc.demands, 1)]


def _addressees(doc: AppealDocument) -> list[str]:
    blocks = []
    for a in doc.addressees:
        lines = [f"**{md(a.name)}**"] if a.name else []
        lines += [md(x.strip()) for x in a.postal.splitlines() if x.strip()]
        if a.email:
            lines.append(f"{md(doc.labels['email'])}: {md(a.email)}")
        blocks.append(["  \n".join(lines)])
    return _join(blocks)


_SECTIONS = {
    "situation": lambda d: _paras(d.situation),
    "defenders": lambda d: _join([_defender(x) for x in d.defenders]),
    "narrative": lambda d: _items(d.narrative),
    "background": _background,
    "concern": lambda d: _paras(d.concern),
    "demands": _demands,
    "addressees": _addressees,
    "signoff": lambda d: ["  \n".join(md(x) for x in d.signoff)],
}
