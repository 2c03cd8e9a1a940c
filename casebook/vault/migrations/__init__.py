"""Numbered schema migrations: mNNNN_name.py with ``apply(conn)``; never edit a released one."""
