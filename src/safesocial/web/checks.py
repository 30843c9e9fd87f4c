"""System checks for settings that can be wrong. Filled in below; see docs/settings.md."""
