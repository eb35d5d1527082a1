// Learning programmes: run by a collaboration or a municipality, addressing challenges and
// building skills (to a target level); people take part (in a circle), mentor, are guided by a
// mentor within a programme, record their progress per skill, and say what they want to learn.
// Dates a coordinator plans are YYYY-MM-DD strings; moments are TIMESTAMP (UTC). Taking part,
// mentoring and a pair end (`until`) instead of being deleted: the programme's history stays,
// and Kuzu 0.11.3 crashed on closing a database after such relationships had been deleted.
CREATE NODE TABLE LearningProgramme(id STRING PRIMARY KEY, title STRING, goal STRING, theme STRING, status STRING, startDate STRING, endDate STRING, createdAt TIMESTAMP, updatedAt TIMESTAMP);
CREATE REL TABLE RUN_BY(FROM LearningProgramme TO Collaboration, FROM LearningProgramme TO Municipality);
CREATE REL TABLE ADDRESSES(FROM LearningProgramme TO Challenge);
CREATE REL TABLE BUILDS(FROM LearningProgramme TO Skill, targetLevel INT64);
CREATE REL TABLE COORDINATES(FROM Person TO LearningProgramme);
CREATE REL TABLE PARTICIPATES(FROM Person TO LearningProgramme, since TIMESTAMP, until TIMESTAMP, circle INT64);
CREATE REL TABLE MENTORS(FROM Person TO LearningProgramme, since TIMESTAMP, until TIMESTAMP);
CREATE REL TABLE GUIDES(FROM Person TO Person, programmeId STRING, since TIMESTAMP, until TIMESTAMP);
CREATE REL TABLE PROGRESSED(FROM Person TO Skill, id STRING, programmeId STRING, levelBefore INT64, levelAfter INT64, challengeId STRING, outcome STRING, note STRING, recordedAt TIMESTAMP);
CREATE REL TABLE WANTS_TO_LEARN(FROM Person TO Skill, since TIMESTAMP);
