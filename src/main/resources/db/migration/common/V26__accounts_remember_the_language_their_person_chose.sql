-- A person may choose the language UPRight speaks to them in (ar, zh, en, fr, ru, es) on their account page or in the language menu while signed in; it follows them to any browser they sign in on. NULL, as for every account made before, means "follow the browser" (its cookie, then Accept-Language).
ALTER TABLE app_user ADD COLUMN language TEXT;
