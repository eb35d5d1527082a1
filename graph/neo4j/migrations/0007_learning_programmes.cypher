// Learning programmes (see graph/kuzu/migrations/0005): the programme id is unique, and the
// lists filter and order programmes by status and creation time; a mentor's pairs and a
// programme's progress are found by the programme id kept on GUIDES and PROGRESSED.
CREATE CONSTRAINT learning_programme_id IF NOT EXISTS FOR (p:LearningProgramme) REQUIRE p.id IS UNIQUE;
CREATE INDEX learning_programme_created_at IF NOT EXISTS FOR (p:LearningProgramme) ON (p.createdAt);
CREATE INDEX learning_programme_status IF NOT EXISTS FOR (p:LearningProgramme) ON (p.status);
CREATE INDEX guides_programme IF NOT EXISTS FOR ()-[g:GUIDES]-() ON (g.programmeId);
CREATE INDEX progressed_programme IF NOT EXISTS FOR ()-[g:PROGRESSED]-() ON (g.programmeId);
