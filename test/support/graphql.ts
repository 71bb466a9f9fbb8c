import { createRequire } from 'node:module'

import { configToSchema } from '@payloadcms/graphql'
import type * as GraphQL from 'graphql'
import type { ExecutionResult, GraphQLSchema } from 'graphql'
import { createPayloadRequest, type Payload, type SanitizedConfig } from 'payload'

// Payload's GraphQL package gets `graphql` through Node's resolution (its CommonJS build); an
// import here would get Vite's pick, the ES build: a second copy, whose functions reject the
// schema objects of the first. So this file loads the copy Payload uses.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQL

const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()

function schemaOf(config: SanitizedConfig): GraphQLSchema {
  let schema = schemas.get(config)
  if (!schema) {
    schema = configToSchema(config).schema
    schemas.set(config, schema)
  }
  return schema
}

/**
 * Runs a GraphQL operation as Payload's `/api/graphql` route does (`GRAPHQL_POST` of
 * `@payloadcms/next/routes`): the Payload request is built from a web `Request`, so its
 * `Authorization` header authenticates the user, and the operation runs against the schema Payload
 * generates from the config, with its resolvers and access control. The route itself always uses
 * the default Payload instance; tests run several, so this calls the same pieces with the test
 * instance's cache key.
 */
export async function executeGraphql(
  app: { payload: Payload; key: string },
  source: string,
  /** A user's JWT, or a whole `Authorization` header value (e.g. a storefront key's). */
  token?: string | { authorization: string },
): Promise<ExecutionResult> {
  const { config } = app.payload
  const request = new Request(`http://localhost${config.routes.api}${config.routes.graphQL}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(typeof token === 'string' ? { authorization: `JWT ${token}` } : (token ?? {})),
    },
    body: JSON.stringify({ query: source }),
  })
  const req = await createPayloadRequest({
    canSetHeaders: true,
    config,
    request,
    payloadInstanceCacheKey: app.key,
  })
  return graphql({ schema: schemaOf(config), source, contextValue: { req, headers: {} } })
}
