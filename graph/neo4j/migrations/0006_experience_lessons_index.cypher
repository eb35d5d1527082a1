// What people wrote about their work (WORKED_ON.lessonsLearned), searchable like the challenge
// texts, with Lucene's Dutch analyzer. Queried with db.index.fulltext.queryRelationships. Kuzu
// 0.11 indexes node tables only; its store searches the lessons in memory (matching-snapshot.ts).
CREATE FULLTEXT INDEX experience_lessons IF NOT EXISTS FOR ()-[w:WORKED_ON]-() ON EACH [w.lessonsLearned] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
