import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentSession, endSession } from './session';

/**
 * The one Apollo Client: `/graphql` on the same origin (the gateway that serves the console), the
 * signed-in caller's token as the bearer. Abstract types are declared so that the cache can match
 * fragments on them; lists are read a page at a time (each page its own query), not merged.
 */
const auth = new SetContextLink((prev) => {
  const session = currentSession();
  return { headers: { ...prev.headers, ...(session ? { authorization: `Bearer ${session.token}` } : {}) } };
});

// Pages show what they were given beside the errors (a list refused inside a page that is not).
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}

/**
 * A token the gateway no longer takes (expired, or signed with another secret) ends the session: the
 * console goes back to its sign-in page, saying why. (The console always sends a token, so an
 * UNAUTHENTICATED answer is about the token, never a field.)
 */
const expiry = new ErrorLink(({ error }) => {
  const unauthenticated =
    (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) || (ServerError.is(error) && error.statusCode === 401);
  if (unauthenticated && currentSession()) endSession('登录已过期或无效，请重新登录');
});

export const client = new ApolloClient({
  link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    possibleTypes: {
      ListItem: ['Need', 'Offer', 'Project'],
      Claimant: ['Organization', 'ResidentUnit', 'Member'],
      Party: ['Organization', 'ResidentUnit'],
      Participant: ['Member', 'ResidentUnit'],
      DecisionOwner: ['Organization', 'ResidentUnit', 'CommitteeSeat'],
    },
  }),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'all' },
    query: { errorPolicy: 'all' },
  },
});
