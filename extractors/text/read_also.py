"""The "Baca juga:" lines news sites put between paragraphs: another article's title, not this one's text.

Kept apart from the HTML parser so that the fact assembler can recognise such lines in plain text
without importing BeautifulSoup.
"""

from __future__ import annotations

import re

READ_ALSO = re.compile(r"^\s*(baca juga|baca:|simak juga|lihat juga)", re.IGNORECASE)
