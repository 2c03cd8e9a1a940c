"""The one matcher for forbidden names and contact details.

Built once per document from everyone who may not be identified; it finds their names in
any script and word form, alone, together or with initials, and their phone numbers,
e-mail addresses and handles in any notation. Redaction, the pre-publication check and
search all use it. Finding a word costs one dictionary look-up per distinct word of the
text and a few per length of the word, so a long case is scanned in milliseconds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from casebook.domain.names import morphology
from casebook.domain.names.keys import (
    ENDINGS,
    INVISIBLE,
    MAX_ENDING,
    RU_ENDINGS,
    SHORT_STEM_ENDINGS,
    SUFFIXES,
    clean,
    mixed_script_keys,
    name_key,
    name_keys,
    stem_of,
)

# a word, possibly with invisible characters inside it
WORD = re.compile(r"\w(?:[\w" + INVISIBLE + r"]*\w)?")
_PART = re.compile(r"[^\W_](?:(?:[^\W_]|[" + INVISIBLE + r"])*[^\W_])?")  # a word in a_b
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d \t().\-\u00a0]{5,}\d(?!\w)")
_LOCAL_PHONE = re.compile(r"\d{3}[-\s]\d{2}[-\s]\d{2}")
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = re.compile(r"(?<![\w@.])@(\w[\w.]*\w)")
_INITIALS_BEFORE = re.compile(r"(?:(?<!\w)[^\W\d_]{1,2}\.\s*){1,3}$")
_INITIALS_AFTER = re.compile(r"^\s+[^\W\d_]{1,2}\.(?:\s*[^\W\d_]{1,2}\.){0,2}")
_JOIN = re.compile(r"^[\s\-\u00a0]{1,3}$")
_MIN_BASE = 4
# words that name the kind of street in an address: written one way in the record and
# another (or not at all) in a text, so an address is matched from the word after them
_STREET_WORDS = frozenset(
    """ул улица пр проспект пер переулок мкр микрорайон бул бульвар ш шоссе наб
    набережная пл площадь көш көше көшесі даңғ даңғыл даңғылы шағынаудан st str street
    ave avenue rd road blvd lane""".split()
)

CERTAIN = "certain"
UNSURE = "unsure"


@dataclass(frozen=True)
class Forbidden:
    """One person who may not be identified: `names` (name, aliases) are replaced by
    `label`, `contacts` by `contact_label`."""

    owner: str
    label: str
    names: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    contact_label: str = "[…]"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    owner: str  # the person's id, "" for a phone/e-mail of nobody known
    label: str  # what replaces the span
    certain: bool
    reason: str  # name, form, initials, contact, close, common_word, phone_like, email_like


@dataclass
class _Entry:
    index: int
    common: bool = False


@dataclass
class Matcher:
    """Finds the forbidden names and contacts of `people` in text."""

    people: Sequence[Forbidden]
    allowed: Iterable[str] = ()
    # phones and e-mails that may appear (the issuer's own, contacts ticked for an appeal):
    # found in these texts, they are not reported as phone-like or e-mail-like
    allowed_contacts: Iterable[str] = ()
    public_phones: set[str] = field(default_factory=set, init=False)
    public_emails: set[str] = field(default_factory=set, init=False)
    exact: dict[str, _Entry] = field(default_factory=dict, init=False)
    bases: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict, init=False)
    allowed_keys: set[str] = field(default_factory=set, init=False)
    shared: dict[str, int] = field(default_factory=dict, init=False)  # forbidden and allowed
    phones: dict[str, int] = field(default_factory=dict, init=False)
    emails: dict[str, int] = field(default_factory=dict, init=False)
    handles: dict[str, int] = field(default_factory=dict, init=False)
    phrases: list[tuple[re.Pattern[str], int]] = field(default_factory=list, init=False)
    # first word of each phrase (lower case) -> its positions in `phrases`; None: a phrase
    # to try on every text (its first word changes length in lower case)
    _phrase_words: dict[str | None, list[int]] = field(default_factory=dict, init=False)
    # the one-letter neighbourhoods of `exact` and `bases` (built when large): _close_to
    # looks its candidates up instead of comparing the word with every name
    _near: tuple[dict[str, list[int]], list[str], dict[str, list[int]], list[str]] | None = field(
        default=None, init=False
    )
    _cache: dict[str, tuple[int, str, bool] | None] = field(default_factory=dict, init=False)
    _close_cache: dict[str, int | None] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for name in self.allowed:
            for word in WORD.findall(clean(name)):
                self.allowed_keys.update(name_keys(word))
        for text in self.allowed_contacts:
            phones, emails = contact_tokens(text)
            self.public_phones |= phones
            self.public_emails |= emails
        for i, person in enumerate(self.people):
            for name in person.names:
                for word in WORD.findall(clean(name)):
                    self._add_word(word, i)
            for contact in person.contacts:
                self._add_contact(contact, i)

    # -- building ----------------------------------------------------------------------

    def _add_word(self, word: str, index: int) -> None:
        key = name_key(word)
        if len(key) < 2 or key.isdigit():
            return
        if key in self.allowed_keys:  # only as part of the whole forbidden name
            self.shared.setdefault(key, index)
            return
        common = morphology.is_common_word(word)
        self.exact.setdefault(key, _Entry(index, common))
        for form in morphology.word_forms(word):
            form_key = name_key(form)
            if form_key not in self.allowed_keys:
                self.exact.setdefault(form_key, _Entry(index, common))
        stem = stem_of(key)
        if stem == key:  # ends in a consonant: Russian endings and Kazakh suffixes
            if len(key) >= _MIN_BASE or len(word) >= 4:  # Неер -> "ner"
                self.bases.setdefault(key, (index, ENDINGS))
            return
        if len(key) >= _MIN_BASE:
            self.bases.setdefault(key, (index, SUFFIXES))  # Аяна-ның, Aigerim's
        if len(stem) >= _MIN_BASE:
            self.bases.setdefault(stem, (index, RU_ENDINGS))  # Аян-ой
        elif len(stem) == _MIN_BASE - 1:
            self.bases.setdefault(stem, (index, SHORT_STEM_ENDINGS))  # Дан-ой

    def _add_contact(self, contact: str, index: int) -> None:
        text = clean(contact).strip()
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 7 and len(digits) >= len(re.sub(r"[\s\W]", "", text)) - 1:
            self.phones[_phone_key(digits)] = index
        elif _EMAIL.fullmatch(text):
            self.emails[text.casefold()] = index
        elif re.fullmatch(r"@?\w[\w.]*\w", text) and (text.startswith("@") or len(text) >= 5):
            self.handles[text.lstrip("@").casefold()] = index
        elif len(text) >= 4 and any(ch.isalpha() for ch in text):
            self._add_embedded(text, index)
            words = WORD.findall(text)
            while len(words) > 2 and words[0].casefold() in _STREET_WORDS:
                words = words[1:]  # "улица Абая 10" is "ул. Абая 10" too
            if words:
                pattern = r"(?<!\w)" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?!\w)"
                first = _RUN.match(words[0])
                word = _fold(first.group()) if first and _FOLDS is not None else None
                self._phrase_words.setdefault(word, []).append(len(self.phrases))
                self.phrases.append((re.compile(pattern, re.IGNORECASE), index))

    def _add_embedded(self, text: str, index: int) -> None:
        """The phones, e-mails and @handles inside a free-text contact line ("Тел: +7 701
        123 45 67, e-mail aya@mail.kz", as casebook-case/1 and the old editor kept them)."""
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 7:
                self.phones.setdefault(_phone_key(digits), index)
        for m in _EMAIL.finditer(text):
            self.emails.setdefault(m.group().casefold(), index)
        for m in _HANDLE.finditer(text):
            self.handles.setdefault(m.group(1).casefold(), index)

    # -- finding -----------------------------------------------------------------------

    def _word(self, word: str) -> tuple[int, str, bool] | None:
        """(person index, reason, common) of a word of the text, or None."""
        if word in self._cache:
            return self._cache[word]
        result: tuple[int, str, bool] | None = None
        keys = name_keys(word)
        keys = (*keys, *(k for k in mixed_script_keys(word) if k not in keys))
        if keys and not any(k in self.allowed_keys for k in keys):
            result = self._lookup(keys)
        elif keys and keys[0] in self.shared:
            result = (self.shared[keys[0]], "shared", False)
        self._cache[word] = result
        return result

    def _lookup(self, keys: Sequence[str]) -> tuple[int, str, bool] | None:
        for key in keys:
            entry = self.exact.get(key)
            if entry is not None:
                return entry.index, "name", entry.common
        for key in keys:
            for i in range(max(_MIN_BASE - 1, len(key) - MAX_ENDING), len(key)):
                base = self.bases.get(key[:i])
                if base is None:
                    continue
                index, endings = base
                rest = key[i:]
                doubled = key[i - 1] not in "aeiou" and key[i - 1] + rest in endings  # Маратта
                if rest in endings or doubled:
                    entry = self.exact.get(key[:i]) or self.exact.get(key[:i] + "a")
                    return index, "form", bool(entry and entry.common)
        return None

    def find(self, text: str) -> list[Hit]:
        """Every forbidden or doubtful span of `text`, in order, not overlapping."""
        if not text:
            return []
        hits = self._name_hits(text) + self._contact_hits(text)
        return _without_overlaps(hits)

    def _name_hits(self, text: str) -> list[Hit]:
        runs: list[list[tuple[re.Match[str], int, str, bool]]] = []
        close: list[Hit] = []
        last_end = -1
        for m in self._words(text):
            found = self._word(m.group())
            if found is None:
                hit = self._close(m)
                if hit is not None:
                    close.append(hit)
                continue
            index, reason, common = found
            if runs and runs[-1][-1][1] == index and _JOIN.match(text[last_end : m.start()]):
                runs[-1].append((m, index, reason, common))
            else:
                runs.append([(m, index, reason, common)])
            last_end = m.end()
        runs = [r for r in runs if any(reason != "shared" for _, _, reason, _ in r)]
        return [h for run in runs if (h := self._run_hit(text, run))] + close

    def _words(self, text: str) -> Iterator[re.Match[str]]:
        """The words of `text`; one joined by underscores ("Sekerbayeva_Zhanar", a handle
        nobody recorded) is also looked at part by part when it is not a name itself."""
        for m in WORD.finditer(text):
            if "_" in m.group() and self._word(m.group()) is None:
                yield from _PART.finditer(text, m.start(), m.end())
            else:
                yield m

    def _run_hit(self, text: str, run: list[tuple[re.Match[str], int, str, bool]]) -> Hit | None:
        first, index, reason, common = run[0]
        start, end = first.start(), run[-1][0].end()
        person = self.people[index]
        certain = True
        word = first.group()
        if len(run) == 1 and len(word) <= 3 and not word[:1].isupper():
            return None  # "ли", "кім": a short name only when written as one
        if len(run) == 1 and common:
            if not word[:1].isupper():
                return None  # "вера" as a word: not a name
            certain = False
            reason = "common_word"
        elif len(run) > 1:
            reason = "name"
        before = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        after = _INITIALS_AFTER.match(text[end : end + 12])
        if before and before.group()[:1].isupper():
            start, reason, certain = before.start(), "initials", True
        if after and after.group().strip()[:1].isupper():
            end, reason, certain = end + after.end(), "initials", True
        return Hit(start, end, text[start:end], person.owner, person.label, certain, reason)

    def _close(self, m: re.Match[str]) -> Hit | None:
        word = m.group()
        if not word[:1].isupper() or len(word) < 5:
            return None
        if word not in self._close_cache:
            self._close_cache[word] = self._close_to(name_key(word))
        index = self._close_cache[word]
        if index is None:
            return None
        person = self.people[index]
        return Hit(m.start(), m.end(), word, person.owner, person.label, False, "close")

    def _close_to(self, key: str) -> int | None:
        """The person whose name `key` is one letter away from, if any (the first such
        name in the order they were added)."""
        if len(key) < 5 or key in self.allowed_keys:
            return None
        if len(self.exact) + len(self.bases) > _NEAR_FROM:
            return self._close_indexed(key)
        for other, entry in self.exact.items():
            if len(other) >= 5 and _one_edit(key, other):
                return entry.index
        # a declined form of a close spelling: Абдрахман-овой for Әбдірахманова
        for i in range(max(5, len(key) - MAX_ENDING), len(key)):
            stem, rest = key[:i], key[i:]
            for base, (index, endings) in self.bases.items():
                if len(base) >= 5 and rest in endings and _one_edit(stem, base):
                    return index
        return None

    def _close_indexed(self, key: str) -> int | None:
        """_close_to through the one-letter neighbourhoods: two words one edit apart
        share a word with one letter left out (or one is the other without a letter),
        so only the names that share one are compared: the same answer, without
        reading every name for each word of the text (a matcher of a whole vault)."""
        if self._near is None or len(self._near[1]) != len(self.exact):
            self._near = (*_neighbourhood(self.exact), *_neighbourhood(self.bases))
        near_exact, exact_keys, near_bases, base_keys = self._near
        found = [i for i in _candidates(near_exact, key) if _one_edit(key, exact_keys[i])]
        if found:
            return self.exact[exact_keys[min(found)]].index
        for i in range(max(5, len(key) - MAX_ENDING), len(key)):
            stem, rest = key[:i], key[i:]
            found = [
                j for j in _candidates(near_bases, stem)
                if rest in self.bases[base_keys[j]][1] and _one_edit(stem, base_keys[j])
            ]  # fmt: skip
            if found:
                return self.bases[base_keys[min(found)]][0]
        return None

    def _contact_hits(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        for m in _PHONE.finditer(text):
            raw = m.group()
            digits = re.sub(r"\D", "", raw)
            index = self.phones.get(_phone_key(digits)) if len(digits) >= 7 else None
            if index is not None:
                hits.append(self._contact_hit(m, index))
            elif _phone_like(raw, digits) and _phone_key(digits) not in self.public_phones:
                hits.append(Hit(m.start(), m.end(), raw, "", "[…]", False, "phone_like"))
        for m in _EMAIL.finditer(text):
            index = self.emails.get(m.group().casefold())
            if index is not None:
                hits.append(self._contact_hit(m, index))
            elif m.group().casefold() not in self.public_emails:
                hits.append(Hit(m.start(), m.end(), m.group(), "", "[…]", False, "email_like"))
        for m in _HANDLE.finditer(text):
            index = self.handles.get(m.group(1).casefold())
            if index is not None:
                hits.append(self._contact_hit(m, index))
        if self.handles:
            for m in WORD.finditer(text):
                index = self.handles.get(clean(m.group()).casefold())
                if index is not None:
                    hits.append(self._contact_hit(m, index))
        if self.phrases:
            # only the phrases whose first word is in the text (a match starts with it)
            words = set(_RUN.findall(_fold(text))) if _FOLDS is not None else set()
            chosen = sorted(
                i for word, found in self._phrase_words.items()
                if word is None or word in words for i in found
            )  # fmt: skip
            for i in chosen:
                pattern, index = self.phrases[i]
                hits += [self._contact_hit(m, index) for m in pattern.finditer(text)]
        return hits

    def _contact_hit(self, m: re.Match[str], index: int) -> Hit:
        person = self.people[index]
        return Hit(m.start(), m.end(), m.group(), person.owner, person.contact_label, True,
                   "contact")  # fmt: skip

    # -- replacing ---------------------------------------------------------------------

    def redact(self, text: str, decide: Callable[[Hit], bool] | None = None) -> str:
        """`text` with every certain hit replaced, and every unsure one for which
        `decide` says True (all of them without `decide`)."""
        hits = self.find(text)
        return replace_hits(text, hits, decide)


def replace_hits(text: str, hits: Sequence[Hit], decide: Callable[[Hit], bool] | None) -> str:
    out: list[str] = []
    pos = 0
    for hit in hits:
        if hit.certain or decide is None or decide(hit):
            out.append(text[pos : hit.start])
            out.append(hit.label)
            pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def contact_tokens(text: str) -> tuple[set[str], set[str]]:
    """The phone numbers (as keys) and e-mail addresses written in `text`."""
    phones = {_phone_key(re.sub(r"\D", "", m.group())) for m in _PHONE.finditer(clean(text))}
    emails = {m.group().casefold() for m in _EMAIL.finditer(clean(text))}
    return phones, emails


def _phone_key(digits: str) -> str:
    return digits[-10:]


def _phone_like(raw: str, digits: str) -> bool:
    if _DATE.fullmatch(raw.strip()):
        return False
    if len(digits) >= 10 and len(digits) <= 15:
        return True
    return bool(_LOCAL_PHONE.search(raw)) and len(digits) == 7


_NEAR_FROM = 2000  # names (and bases) from which _close_to looks candidates up
_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits: how a phrase's first word starts
try:  # the letters `re` takes as the same under IGNORECASE beyond lower case (ı, ſ, K...)
    from re._casefix import _EXTRA_CASES as _FOLDS
except ImportError:  # pragma: no cover - then every phrase is tried on every text
    _FOLDS = None
# İ lowers to two letters (i and a dot above); `re` takes it as i. Then each letter that
# `re` takes as the same as others becomes the least of them.
_FOLD_FIRST = {0x130: "i"}
_FOLD_TABLE = (
    {low: chr(min(low, *same)) for low, same in _FOLDS.items()} if _FOLDS is not None else {}
)


def _fold(text: str) -> str:
    """`text` as `re` compares it under IGNORECASE (letter for letter, the same length):
    a phrase matches a text only where the first word of each folds alike."""
    return text.translate(_FOLD_FIRST).lower().translate(_FOLD_TABLE)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _neighbourhood(words: Iterable[str]) -> tuple[dict[str, list[int]], list[str]]:
    """Each word of 5 letters or more and each of it with one letter left out -> the
    positions of the words it comes from; and the words in order."""
    keys = list(words)
    near: dict[str, list[int]] = {}
    for i, word in enumerate(keys):
        if len(word) >= 5:
            for variant in _deletions(word):
                near.setdefault(variant, []).append(i)
    return near, keys


def _candidates(near: dict[str, list[int]], key: str) -> set[int]:
    return {i for variant in _deletions(key) for i in near.get(variant, ())}


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """The hits in order, none overlapping, covering at least what they covered: a hit
    that reaches past the one before it keeps its rest ("Sadykova A. A. Sadykova": the
    initials belong to both names, the second surname must go too)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), not h.certain))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            prev = out[-1]
            if hit.certain and not prev.certain:  # the certain one wins, over both spans
                end = max(prev.end, hit.end)
                text = (
                    prev.text[: hit.start - prev.start]
                    + hit.text
                    + prev.text[hit.end - prev.start :]
                )
                out[-1] = dataclasses.replace(hit, start=prev.start, end=end, text=text)
            elif hit.end > prev.end:
                rest = hit.text[prev.end - hit.start :]
                skip = len(rest) - len(rest.lstrip())
                if rest.strip():
                    start = prev.end + skip
                    out.append(dataclasses.replace(hit, start=start, text=rest[skip:]))
            continue
        out.append(hit)
    return out
