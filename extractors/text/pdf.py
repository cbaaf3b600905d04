"""PDF to text, page by page, with pdfplumber.

A PDF with pages but (almost) no text layer is a scan: it is recorded with status ``scanned``,
never stored as silently empty. A file pdfplumber cannot open (truncated, random bytes) is
``unreadable`` with pdfminer's reason.
"""

from __future__ import annotations

import io
import logging

from extractors.text.model import ParsedText
from extractors.text.plain import normalise_text

MIN_CHARS_PER_PAGE = 25
MAX_PAGES = 500

# pdfminer logs every odd object at WARNING; the outcome is reported through ParsedText instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def parse_pdf(body: bytes) -> ParsedText:
    if not body.lstrip()[:5].startswith(b"%PDF"):
        return ParsedText("", status="unreadable", note="not a PDF (no %PDF header)", parser="pdf")
    try:
        import pdfplumber

        pages = []
        with pdfplumber.open(io.BytesIO(body)) as pdf:
            count = len(pdf.pages)
            images = 0
            for page in pdf.pages[:MAX_PAGES]:
                pages.append(page.extract_text() or "")
                images += len(page.images)
                page.flush_cache()
    except Exception as error:  # pdfminer raises many types for broken files
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return ParsedText("", status="unreadable", note=f"cannot read the PDF: {reason}", parser="pdf")
    text = normalise_text("\n\n".join(pages))
    if count == 0:
        return ParsedText("", status="unreadable", note="the PDF has no pages", parser="pdf")
    if len(text) < MIN_CHARS_PER_PAGE * count:
        why = f"{count} page(s) with {len(text)} characters of text"
        why += f" and {images} image(s): a scan without a text layer" if images else ": no text layer"
        return ParsedText(text, status="scanned", note=why, parser="pdf")
    title = _title(text)
    note = f"only the first {MAX_PAGES} of {count} pages" if count > MAX_PAGES else None
    return ParsedText(text, title=title, parser="pdf", note=note)


def _title(text: str) -> str | None:
    """Regulations open with their letterhead and "PERATURAN ... NOMOR ... TENTANG ..."."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines[:30]):
        if line.upper().startswith(("PERATURAN", "KEPUTUSAN", "UNDANG-UNDANG", "SALINAN PERATURAN")):
            return " ".join(lines[i : i + 6])[:300]
    return lines[0][:300] if lines else None
