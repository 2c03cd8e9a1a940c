"""The desktop application (PySide6). The only layer that imports widgets."""
