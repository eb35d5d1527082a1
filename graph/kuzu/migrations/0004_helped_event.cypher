// HELPED is projected from completed introductions by the outbox relay, at least once: the
// event that carried it is kept on the relationship so a second delivery finds it (MERGE).
ALTER TABLE HELPED ADD eventId STRING;
ALTER TABLE HELPED ADD introductionId STRING;
ALTER TABLE HELPED ADD challengeId STRING;
