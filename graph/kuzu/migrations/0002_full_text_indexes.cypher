// transaction: none
// Kuzu builds full-text indexes only in auto-commit mode, so this migration runs statement by
// statement; the runner skips an index that already exists, which makes a re-run after a
// partial failure safe. BM25 with the Dutch (Snowball) stemmer.
CALL CREATE_FTS_INDEX('Challenge', 'challenge_text', ['title', 'description'], stemmer := 'dutch');
CALL CREATE_FTS_INDEX('Person', 'person_text', ['name', 'title', 'bio'], stemmer := 'dutch');
