"""JSON from outside (case files, bundles, cards) read without surprises.

Python's reader accepts what the rest of Casebook cannot use, or fails in ways that are
not a JSONDecodeError: a lone surrogate (``"\\ud800"``) is read into a str that cannot
be encoded again (UnicodeEncodeError later, far from the input), an integer of more than
4,300 digits raises ValueError, and deep nesting raises RecursionError. `loads` turns
each into a `JsonError` that names the JSON path, before anything is done with it.
"""

from __future__ import annotations

import json
from typing import Any

from casebook.i18n import translate

MAX_DEPTH = 64
MAX_INT_DIGITS = 4300


class JsonError(ValueError):
    """Unusable JSON; `path` says where ($ is the whole document), str() says what."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class _TooLong:
    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))


def _int(text: str) -> int | _TooLong:
    return _TooLong(text) if len(text.lstrip("-")) > MAX_INT_DIGITS else int(text)


def loads(data: str | bytes) -> Any:
    """Parse JSON; raises JsonError (a ValueError) naming the path of what is wrong.
    A JSONDecodeError and UnicodeDecodeError pass through as they are."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    deep = _too_deep(text)
    if deep:
        raise JsonError(
            deep,
            translate(
                "json", "arrays or objects nested too deeply (more than {depth} levels)"
            ).format(depth=MAX_DEPTH),
        )
    try:
        doc = json.loads(text, parse_int=_int)
    except RecursionError:  # pragma: no cover - _too_deep finds it first
        raise JsonError("$", translate("json", "nested too deeply")) from None
    _check(doc)
    return doc


def _check(doc: Any) -> None:
    stack: list[tuple[Any, str]] = [(doc, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            _text(value, path)
        elif isinstance(value, _TooLong):
            raise JsonError(
                path,
                translate("json", "a number of {digits} digits (at most {limit})").format(
                    digits=value.digits, limit=MAX_INT_DIGITS
                ),
            )
        elif isinstance(value, dict):
            for key, item in value.items():
                _text(key, path)
                stack.append((item, f"{path}.{key}"))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(value))


def _text(value: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonError(
            path,
            translate(
                "json", "text with a lone surrogate (\\ud800-\\udfff), which is no character"
            ),
        ) from None


def _too_deep(text: str) -> str:
    """The path where nesting first goes deeper than MAX_DEPTH ('' if it never does)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return ""
    frames: list[list[Any]] = []  # [kind, index or key]
    i, n = 0, len(text)
    key_next = False
    while i < n:
        ch = text[i]
        if ch == '"':
            end = i + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if key_next and frames and frames[-1][0] == "{":
                try:
                    frames[-1][1] = json.loads(text[i : end + 1])
                except ValueError:
                    frames[-1][1] = "?"
                key_next = False
            i = end + 1
            continue
        if ch in "[{":
            frames.append([ch, 0 if ch == "[" else ""])
            key_next = ch == "{"
            if len(frames) > MAX_DEPTH:
                return _path(frames)
        elif ch in "]}":
            if frames:
                frames.pop()
        elif ch == ",":
            if frames and frames[-1][0] == "[":
                frames[-1][1] += 1
            key_next = bool(frames) and frames[-1][0] == "{"
        i += 1
    return ""


def _path(frames: list[list[Any]]) -> str:
    parts = ["$"]
    for kind, where in frames[:-1]:
        parts.append(f"[{where}]" if kind == "[" else f".{where}")
    return "".join(parts)
