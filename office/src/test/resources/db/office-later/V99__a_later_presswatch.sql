-- A migration of a presswatch newer than the code under test: JdbcRebuttalLibraryTest applies it
-- to see that this code refuses the database rather than misreading it.
ALTER TABLE rebuttal ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;
