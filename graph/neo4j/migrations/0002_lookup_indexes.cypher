// The orderings and filters the list queries use: names for alphabetical lists, creation time
// for the newest-first challenge list, the enumerations people and challenges are filtered on.
CREATE INDEX municipality_name IF NOT EXISTS FOR (m:Municipality) ON (m.name);
CREATE INDEX municipality_province IF NOT EXISTS FOR (m:Municipality) ON (m.province);
CREATE INDEX collaboration_name IF NOT EXISTS FOR (c:Collaboration) ON (c.name);
CREATE INDEX collaboration_kind IF NOT EXISTS FOR (c:Collaboration) ON (c.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX person_email IF NOT EXISTS FOR (p:Person) ON (p.email);
CREATE INDEX person_availability IF NOT EXISTS FOR (p:Person) ON (p.availability);
CREATE INDEX skill_name IF NOT EXISTS FOR (s:Skill) ON (s.name);
CREATE INDEX challenge_created_at IF NOT EXISTS FOR (c:Challenge) ON (c.createdAt);
CREATE INDEX challenge_theme IF NOT EXISTS FOR (c:Challenge) ON (c.theme);
CREATE INDEX challenge_status IF NOT EXISTS FOR (c:Challenge) ON (c.status);
