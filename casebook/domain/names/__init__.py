"""Names across scripts and word forms: keys, morphology, and the matcher."""

from casebook.domain.names.keys import clean, name_key, name_keys
from casebook.domain.names.matcher import CERTAIN, UNSURE, Forbidden, Hit, Matcher, replace_hits

__all__ = [
    "CERTAIN", "UNSURE", "Forbidden", "Hit", "Matcher", "clean", "name_key", "name_keys",
    "replace_hits",
]  # fmt: skip
