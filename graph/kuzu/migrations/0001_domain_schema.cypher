// The knowledge graph of the design brief: nodes keyed by stable business ids, relationships
// with their properties. Timestamps are TIMESTAMP (UTC); enumerations are STRING, validated
// by the service before they reach the store.
CREATE NODE TABLE Municipality(code STRING PRIMARY KEY, name STRING, province STRING, population INT64);
CREATE NODE TABLE Collaboration(id STRING PRIMARY KEY, name STRING, kind STRING);
CREATE NODE TABLE Person(id STRING PRIMARY KEY, name STRING, email STRING, title STRING, bio STRING, availability STRING, visibility STRING, createdAt TIMESTAMP, updatedAt TIMESTAMP);
CREATE NODE TABLE Skill(id STRING PRIMARY KEY, name STRING, aliases STRING[], category STRING, escoUri STRING);
CREATE NODE TABLE Challenge(id STRING PRIMARY KEY, title STRING, description STRING, theme STRING, status STRING, createdAt TIMESTAMP, updatedAt TIMESTAMP);
CREATE REL TABLE WORKS_AT(FROM Person TO Municipality, since DATE, department STRING);
CREATE REL TABLE MEMBER_OF(FROM Municipality TO Collaboration);
CREATE REL TABLE HAS_SKILL(FROM Person TO Skill, level INT64);
CREATE REL TABLE FACES(FROM Municipality TO Challenge);
CREATE REL TABLE REQUIRES(FROM Challenge TO Skill, weight DOUBLE);
CREATE REL TABLE WORKED_ON(FROM Person TO Challenge, role STRING, outcome STRING, year INT64, lessonsLearned STRING);
CREATE REL TABLE KNOWS(FROM Person TO Person);
CREATE REL TABLE HELPED(FROM Person TO Person, at TIMESTAMP, rating INT64);
