// The same full-text fields as the Kuzu store, with Lucene's Dutch analyzer (stemming and
// Dutch stop words). Queried with db.index.fulltext.queryNodes; user input is escaped first.
CREATE FULLTEXT INDEX challenge_text IF NOT EXISTS FOR (c:Challenge) ON EACH [c.title, c.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX person_text IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.title, p.bio] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
