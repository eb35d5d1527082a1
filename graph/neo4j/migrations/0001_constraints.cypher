// Every business id is unique (and so indexed). Each statement runs on its own; IF NOT EXISTS
// makes a re-run safe.
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (m:Municipality) REQUIRE m.code IS UNIQUE;
CREATE CONSTRAINT collaboration_id IF NOT EXISTS FOR (c:Collaboration) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (s:Skill) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (c:Challenge) REQUIRE c.id IS UNIQUE;
