// The Node routes for a host's hottest public paths (see ticketingNodeRoute). This entry imports
// nothing at run time, so a route that mounts it never loads the Payload config's module graph.
export { NODE_ROUTE_PATHS, ticketingNodeRoute } from '../endpoints/http/nodeRouteRegistry'
export type { NodeRoutePath } from '../endpoints/http/nodeRouteRegistry'
