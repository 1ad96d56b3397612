import { declareSqlTrigger } from './declareSqlTrigger'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/** The PostgreSQL channel on which an event's status changes are announced (db/events/listenEventStatus). */
export const EVENT_STATUS_CHANNEL = 'ticketing_event_status'

/**
 * Every change of a `city_events.status` is announced on a PostgreSQL channel, whoever makes it:
 * a booking taking the last seat (SOLD_OUT), an ended hold or a refund giving seats back
 * (PUBLISHED again), an editor's edit, an event's cancellation. PostgreSQL delivers the notice
 * when the transaction commits (never for one that rolls back), to every app process that
 * listens, so each can refresh what it shows. The payload is `{"id", "slug", "status", "previous"}`.
 */
export const eventStatusNotify: SchemaHook = ({ adapter, schema }) => {
  findTable(schema, 'city_events')
  declareSqlTrigger(adapter, {
    name: 'city_events_status_notify',
    body: `IF TG_OP = 'DELETE' THEN
  PERFORM pg_notify('${EVENT_STATUS_CHANNEL}', json_build_object('id', OLD.id, 'slug', OLD.slug, 'status', NULL, 'previous', OLD.status)::text);
ELSIF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
  PERFORM pg_notify('${EVENT_STATUS_CHANNEL}', json_build_object('id', NEW.id, 'slug', NEW.slug, 'status', NEW.status, 'previous', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END)::text);
END IF;
RETURN NULL;`,
    forEach: 'ROW',
    table: 'city_events',
    when: 'AFTER INSERT OR UPDATE OF status OR DELETE',
  })
  return schema
}
