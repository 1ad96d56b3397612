// The Node routes for a host's hottest public paths (see ticketingNodeRoute), and the socket
// address stamp the client IP is read from (security/socketAddress). This entry imports nothing
// of Payload, so a route or an instrumentation file that mounts it never loads the Payload
// config's module graph.
export { NODE_ROUTE_PATHS, ticketingNodeRoute } from '../endpoints/http/nodeRouteRegistry'
export type { NodeRoutePath } from '../endpoints/http/nodeRouteRegistry'
export { installSocketAddressStamp } from '../security/socketAddress'
