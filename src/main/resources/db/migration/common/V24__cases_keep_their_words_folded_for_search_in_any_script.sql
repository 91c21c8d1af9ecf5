-- Cases keep their words folded (case, accents and marks of every script removed) so that "Ержан", "ержан" and Arabic or Chinese names are found whatever the database's LIKE folds; the application fills it, also for older rows.
ALTER TABLE cases ADD COLUMN search_text TEXT;
