"""Raw bytes to clean text with metadata: HTML (ANTARA and generic), PDF, plain text.

``to_text`` is the one entry point; it never raises on bad input, it returns a ``ParsedText``
whose ``status`` says what happened (``ok``, ``empty``, ``scanned``, ``unreadable``, ``too_large``).
"""

from extractors.text.dispatch import ParsedText, to_text  # noqa: F401
