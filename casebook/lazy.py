"""Modules imported when first used, so that the command line starts quickly.

    if TYPE_CHECKING:
        from casebook.services import evidence as svc
    else:
        svc = lazy_module("casebook.services.evidence")

`svc` is a real module object; its code runs at the first attribute access
(importlib's LazyLoader), so `casebook --help` does not pay for what a command needs.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module `name`, loaded at the first attribute access (at once if already loaded)."""
    if name in sys.modules:
        return sys.modules[name]
    parent, _, child = name.rpartition(".")
    if parent:  # find the module without running its package's __init__
        # ModuleType's own attribute look-up does not trigger a lazy package's loading
        found = ModuleType.__getattribute__(lazy_module(parent), "__spec__")
        places = found.submodule_search_locations if found else None
        spec = importlib.machinery.PathFinder.find_spec(name, places)
    else:
        spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
