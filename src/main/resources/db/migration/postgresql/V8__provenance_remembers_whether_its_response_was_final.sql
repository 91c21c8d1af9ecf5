-- A recommendation's page says which source gave its response: each provenance row now remembers whether the
-- response that source gave was the state's final position (UPR Info, OHCHR lists, the SDG Explorer) or the
-- position printed in a report before the state answered. Rows imported earlier leave it unknown (NULL).
ALTER TABLE provenance ADD COLUMN response_final BOOLEAN;
