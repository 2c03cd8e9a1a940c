"""What an operation changed, so views refresh only what it touched."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    cases: bool = False
    evidence: bool = False
    appeals: bool = False
    partners: bool = False
    case_ids: tuple[str, ...] = field(default_factory=tuple)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            cases=self.cases or other.cases,
            evidence=self.evidence or other.evidence,
            appeals=self.appeals or other.appeals,
            partners=self.partners or other.partners,
            case_ids=tuple(dict.fromkeys(self.case_ids + other.case_ids)),
        )
