// Skill names and e-mail addresses are unique without regard to case. A check before the write
// cannot keep two concurrent writers apart (Neo4j runs writes in parallel), so each is also kept
// lower-cased (by toLower, as every check compares them) in a key with a uniqueness constraint:
// the second writer's commit fails, and the adapter answers it as "name taken" / "e-mail taken".
// Existing nodes get their keys first, in batches; a graph that already holds two spellings of
// one name stops this migration with Neo4j's message naming them, to be resolved by hand.
MATCH (s:Skill) WHERE s.nameKey IS NULL CALL (s) { SET s.nameKey = toLower(s.name) } IN TRANSACTIONS OF 10000 ROWS;
MATCH (p:Person) WHERE p.email IS NOT NULL AND p.emailKey IS NULL CALL (p) { SET p.emailKey = toLower(p.email) } IN TRANSACTIONS OF 10000 ROWS;
CREATE CONSTRAINT skill_name_key IF NOT EXISTS FOR (s:Skill) REQUIRE s.nameKey IS UNIQUE;
CREATE CONSTRAINT person_email_key IF NOT EXISTS FOR (p:Person) REQUIRE p.emailKey IS UNIQUE;
DROP INDEX person_email IF EXISTS;
