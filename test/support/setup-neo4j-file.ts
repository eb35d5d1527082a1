import { emptyNeo4j } from './fresh-neo4j';

// Runs before each test file of a Neo4j project: the file starts from an empty database.
beforeAll(() => emptyNeo4j(), 60_000);
