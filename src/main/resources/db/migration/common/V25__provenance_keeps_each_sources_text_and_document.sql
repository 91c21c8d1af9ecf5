-- A recommendation's shown text may be another source's cleaner copy or a repair the record proves ("M.ori" read as "Maori"): each provenance row now keeps the text exactly as its source gave it, and the UN document that source cites (a report symbol such as A/HRC/28/10). Rows imported earlier leave both unknown (NULL).
ALTER TABLE provenance ADD COLUMN source_text TEXT;
ALTER TABLE provenance ADD COLUMN document_symbol TEXT;
