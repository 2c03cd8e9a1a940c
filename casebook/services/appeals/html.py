"""AppealDocument -> one standalone, printable HTML file.

The same HTML is shown in the preview and laid out by Qt for the PDF, so it keeps to
what QTextDocument understands (tables for layout, simple CSS, no scripts or links).
Every piece of content is escaped; no attribute carries case content.
"""

from __future__ import annotations

from html import escape

from casebook.domain.appeal import AppealDocument, Block, Defender, NarrativeItem

FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
INK = "#1d2730"
ACCENT = "#9b1c31"
MUTED = "#5b6670"
RULE = "#c9ced3"

CSS = f"""
body {{ font-family: {FONT}; font-size: 10.5pt; color: {INK}; line-height: 20px; }}
p {{ margin-top: 0; margin-bottom: 8px; }}
h1 {{ font-size: 19pt; font-weight: bold; margin-top: 20px; margin-bottom: 4px;
      line-height: 32px; }}
h2 {{ font-size: 12.5pt; font-weight: bold; color: {ACCENT}; margin-top: 22px;
      margin-bottom: 6px; line-height: 22px; }}
.issuer {{ font-size: 12pt; font-weight: bold; margin-bottom: 2px; }}
.kind {{ font-size: 11pt; font-weight: bold; color: {ACCENT}; margin-bottom: 2px; }}
.meta {{ font-size: 9pt; color: {MUTED}; line-height: 16px; margin-bottom: 6px; }}
.rule {{ font-size: 2pt; line-height: 3px; margin-bottom: 0; }}
.who {{ font-weight: bold; margin-top: 10px; margin-bottom: 0; }}
.note {{ font-weight: normal; color: {MUTED}; }}
.member {{ color: {MUTED}; font-size: 9.5pt; margin-bottom: 4px; line-height: 17px; }}
.when {{ font-weight: bold; font-size: 9.5pt; line-height: 18px; margin-bottom: 0; }}
.kindline {{ font-weight: bold; margin-bottom: 2px; }}
.place {{ font-weight: normal; color: {MUTED}; }}
.involved {{ font-size: 9pt; color: {MUTED}; margin-bottom: 0; line-height: 16px; }}
.urge {{ font-weight: bold; margin-bottom: 8px; }}
ol {{ margin-top: 0; margin-bottom: 0; }}
li {{ margin-bottom: 6px; }}
.addr {{ margin-bottom: 10px; }}
.signoff {{ margin-bottom: 0; }}
"""


_CELL = f"border-top: 1px solid {RULE}; padding-top: 7px; padding-bottom: 8px"


def e(text: str) -> str:
    return escape(text, quote=True)


def render_html(doc: AppealDocument) -> str:
    """The whole appeal as an HTML document (a str; encode as UTF-8 to save)."""
    parts = [_letterhead(doc), f"<h1>{e(doc.title)}</h1>"]
    for section in doc.sections():
        if heading := doc.headings.get(section, ""):
            parts.append(f"<h2>{e(heading)}</h2>")
        parts.append(
            _SECTIONS[section](doc) if section in _SECTIONS else _block(doc.block(section))
        )
    body = "\n".join(parts)
    return (
        f'<!DOCTYPE html>\n<html lang="{e(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="Casebook">\n'
        f"<title>{e(doc.kind)} {e(doc.reference)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _letterhead(doc: AppealDocument) -> str:
    ref = f"{e(doc.labels['reference'])}: {e(doc.reference)}"
    date = f"{e(doc.labels['date'])}: {e(doc.issued)}"
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
        f'<td width="60%"><p class="issuer">{e(doc.issuer)}</p></td>'
        f'<td width="40%" align="right">'
        f'<p class="kind" align="right">{e(doc.kind.upper())}</p></td>'
        "</tr><tr>"
        f'<td><p class="meta">{ref}</p></td>'
        f'<td align="right"><p class="meta" align="right">{date}</p></td>'
        "</tr></table>\n"
        f'<table width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="{ACCENT}">'
        '<tr><td><p class="rule">&nbsp;</p></td></tr></table>'
    )


def _paras(texts: tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{e(t)}</p>" for t in texts)


def _defender(d: Defender) -> str:
    note = f' <span class="note">({e(d.note)})</span>' if d.note else ""
    out = [f'<p class="who">{e(d.label)}{note}</p>']
    if d.organisation:
        out.append(f'<p class="member">{e(d.organisation)}</p>')
    out.append(_paras(d.profile))
    return "\n".join(out)


def _items(items: tuple[NarrativeItem, ...]) -> str:
    rows = []
    for item in items:
        place = f' <span class="place">· {e(item.place)}</span>' if item.place else ""
        cell = [f'<p class="kindline">{e(item.kind)}{place}</p>', _paras(item.text)]
        cell += [
            f'<p class="involved"><b>{e(i.role)}:</b> {e(i.parties)}</p>' for i in item.involved
        ]
        rows.append(
            f'<tr><td style="{_CELL}" width="27%" valign="top">'
            f'<p class="when">{e(item.when)}</p></td>'
            f'<td style="{_CELL}" width="73%" valign="top">{"".join(cell)}</td></tr>'
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="0"'
        ' style="border-collapse: collapse">' + "\n".join(rows) + "</table>"
    )


def _background(doc: AppealDocument) -> str:
    out = [_paras(doc.background)]
    if doc.earlier:
        out.append(f'<p class="kindline">{e(doc.headings["earlier"])}</p>')
        out.append(_items(doc.earlier))
    return "\n".join(out)


def _demands(doc: AppealDocument) -> str:
    items = "\n".join(f"<li>{e(d)}</li>" for d in doc.demands)
    return f'<p class="urge">{e(doc.urge)}</p>\n<ol type="1">\n{items}\n</ol>'


def _addressees(doc: AppealDocument) -> str:
    out = []
    for a in doc.addressees:
        lines = [f"<b>{e(a.name)}</b>"] if a.name else []
        lines += [e(x) for x in a.postal.splitlines() if x.strip()]
        if a.email:
            lines.append(f"{e(doc.labels['email'])}: {e(a.email)}")
        out.append(f'<p class="addr">{"<br>".join(lines)}</p>')
    return "\n".join(out)


def _block(block: Block) -> str:
    out = [f'<p class="urge">{e(block.note)}</p>'] if block.note else []
    out.append(_paras(block.paragraphs))
    for group in block.groups:
        if group.title:
            out.append(f'<p class="who">{e(group.title)}</p>')
        rows = [
            f"<b>{e(f.label)}:</b> {e(f.value)}" if f.label else e(f.value) for f in group.facts
        ]
        if rows:
            out.append(f'<p class="addr">{"<br>".join(rows)}</p>')
    if block.items:
        out.append(_items(block.items))
    if block.numbered:
        entries = "\n".join(f"<li>{e(x)}</li>" for x in block.numbered)
        out.append(f'<ol type="1">\n{entries}\n</ol>')
    return "\n".join(x for x in out if x)


_SECTIONS = {
    "situation": lambda d: _paras(d.situation),
    "defenders": lambda d: "\n".join(_defender(x) for x in d.defenders),
    "narrative": lambda d: _items(d.narrative),
    "background": _background,
    "concern": lambda d: _paras(d.concern),
    "demands": _demands,
    "addressees": _addressees,
    "signoff": lambda d: _paras(d.signoff, "signoff"),
}
