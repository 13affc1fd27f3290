-- The language of each article (BCP 47 tag, such as 'en' or 'de-DE'), as its source stated it; NULL when
-- unknown. Articles stored before this script have NULL: their source was not asked.

ALTER TABLE articles ADD COLUMN language TEXT;
