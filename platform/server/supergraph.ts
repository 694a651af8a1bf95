import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../data/ferretdb';

/** `schema/`: the contract — one SDL file per subgraph, the composition config, the supergraph. */
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, 'supergraph.graphql');
const CONFIG_FILE = path.join(SCHEMA_DIR, 'supergraph.yaml');
/** `schema/shared.graphql`: what every subgraph declares alike (UserError, UserErrorCode); not a subgraph. */
export const SHARED_SDL_FILE = path.join(SCHEMA_DIR, 'shared.graphql');

interface CompositionConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

/** A subgraph's SDL: its own file followed by the shared part. */
export function subgraphSdl(name: string): string {
  return withShared(path.join(SCHEMA_DIR, `${name}.graphql`));
}

const withShared = (file: string): string => `${fs.readFileSync(file, 'utf8')}\n${fs.readFileSync(SHARED_SDL_FILE, 'utf8')}`;

/** Composes the subgraph SDL files named in schema/supergraph.yaml; throws with every composition error. */
export function composeSupergraph(): string {
  const config = YAML.parse(fs.readFileSync(CONFIG_FILE, 'utf8')) as CompositionConfig;
  const services = Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    typeDefs: parse(withShared(path.resolve(SCHEMA_DIR, s.schema.file))),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

export function readSupergraph(): string {
  return fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
}
