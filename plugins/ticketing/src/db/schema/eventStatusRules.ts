import { declareSqlTrigger } from './declareSqlTrigger'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

const BODY = `
IF OLD.status = 'CANCELLED' AND NEW.status <> 'CANCELLED' THEN
  RAISE EXCEPTION 'city_events %: a cancelled event stays cancelled', OLD.id USING ERRCODE = 'check_violation';
END IF;
IF NEW.status = 'DRAFT' AND OLD.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM bookings WHERE city_event_id = NEW.id) THEN
  RAISE EXCEPTION 'city_events %: an event with bookings cannot go back to draft', OLD.id USING ERRCODE = 'check_violation';
END IF;
RETURN NEW;`

/**
 * The event status rules that must hold whatever writes the row (the plugin's SQL, a hook, a
 * query run by hand): a cancelled event is never reopened, and an event with bookings never
 * goes back to draft. The other rules are checked before (collections/cityEvents/hooks/guardEventStatus).
 */
export const eventStatusRules: SchemaHook = ({ adapter, schema }) => {
  findTable(schema, 'city_events')
  declareSqlTrigger(adapter, { name: 'city_events_status_rules', body: BODY, forEach: 'ROW', table: 'city_events', when: 'BEFORE UPDATE OF status' })
  return schema
}
