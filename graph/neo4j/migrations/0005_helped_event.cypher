// HELPED is projected from completed introductions by the outbox relay, at least once: the
// event that carried it is kept on the relationship so a second delivery finds it (MERGE).
CREATE INDEX helped_event IF NOT EXISTS FOR ()-[h:HELPED]-() ON (h.eventId);
