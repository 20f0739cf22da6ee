"""PDF/text/docx → Document: pages and lines with fonts and positions; OCR where needed."""

from indexer.read.inflate import bound_pdfminer

bound_pdfminer()
