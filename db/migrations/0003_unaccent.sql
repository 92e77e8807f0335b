-- The elite queue's search matches runner names without regard to accents ("Tomas" finds "Tomás",
-- "Nunez" finds "Núñez"). unaccent ships with PostgreSQL's contrib modules and with PGlite, and is a
-- trusted extension: a role with CREATE on the database may install it.
CREATE EXTENSION IF NOT EXISTS unaccent;
