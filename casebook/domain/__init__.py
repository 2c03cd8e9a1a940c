"""Pure domain: dataclasses, vocabularies, validation, interchange. No I/O, no Qt, no SQL."""
