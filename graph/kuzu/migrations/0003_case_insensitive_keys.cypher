// Skill names and e-mail addresses are unique without regard to case; each is also kept
// lower-cased (by toLower, as every check compares them) in a key the checks look up. Kuzu runs
// one write at a time, so the check inside the write transaction is enough here; the keys keep
// the statements the same as on Neo4j, where a uniqueness constraint guards them.
ALTER TABLE Skill ADD nameKey STRING;
ALTER TABLE Person ADD emailKey STRING;
MATCH (s:Skill) SET s.nameKey = toLower(s.name);
MATCH (p:Person) WHERE p.email IS NOT NULL SET p.emailKey = toLower(p.email);
