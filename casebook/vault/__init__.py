"""Everything that touches the encrypted vault on disk. No Qt."""
