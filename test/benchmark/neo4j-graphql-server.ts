import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { serveUntilStopped } from './serve-until-stopped';

/**
 * What an engineer would otherwise reach for: `@neo4j/graphql` 7 over the same Neo4j data, with
 * type definitions for the part of Kennissen's graph the compared operations read (the labels,
 * properties and relationship types the service's Neo4j adapters write). It generates the Cypher
 * from the query; no authentication, no visibility rules, no limits, which is its advantage here.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String!
    title: String
    availability: String
    skills: [Skill!]! @relationship(type: "HAS_SKILL", direction: OUT, properties: "HasSkill")
    municipality: [Municipality!]! @relationship(type: "WORKS_AT", direction: OUT)
  }

  type HasSkill @relationshipProperties {
    level: Int!
  }

  type Skill @node {
    id: ID!
    name: String!
  }

  type Municipality @node {
    code: ID!
    name: String!
  }
`;

serveUntilStopped(async (job) => {
  // The development server runs without authentication on loopback.
  const driver = neo4j.driver(job.neo4jUri);
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    url,
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
});
