import * as migration_20261125_234630_initial from './20261125_234630_initial';
import * as migration_20261125_235000_seat_counters from './20261125_235000_seat_counters';
import * as migration_20261125_235809_jobs from './20261125_235809_jobs';
import * as migration_20261125_235900_ticketing_guards from './20261125_235900_ticketing_guards';
import * as migration_20261126_001516_payment_jobs from './20261126_001516_payment_jobs';
import * as migration_20261201_060953_site_page_sections from './20261201_060953_site_page_sections';
import * as migration_20261201_065503_booking_emails from './20261201_065503_booking_emails';
import * as migration_20261201_120000_refund_requests from './20261201_120000_refund_requests';
import * as migration_20261201_130000_email_kinds_dispute_lost_mismatch_cancelled from './20261201_130000_email_kinds_dispute_lost_mismatch_cancelled';
import * as migration_20261201_140000_event_cancellations from './20261201_140000_event_cancellations';
import * as migration_20261201_150000_cancel_event_booking_task from './20261201_150000_cancel_event_booking_task';

export const migrations = [
  {
    up: migration_20261125_234630_initial.up,
    down: migration_20261125_234630_initial.down,
    name: '20261125_234630_initial',
  },
  {
    up: migration_20261125_235000_seat_counters.up,
    down: migration_20261125_235000_seat_counters.down,
    name: '20261125_235000_seat_counters',
  },
  {
    up: migration_20261125_235809_jobs.up,
    down: migration_20261125_235809_jobs.down,
    name: '20261125_235809_jobs',
  },
  {
    up: migration_20261125_235900_ticketing_guards.up,
    down: migration_20261125_235900_ticketing_guards.down,
    name: '20261125_235900_ticketing_guards',
  },
  {
    up: migration_20261126_001516_payment_jobs.up,
    down: migration_20261126_001516_payment_jobs.down,
    name: '20261126_001516_payment_jobs',
  },
  {
    up: migration_20261201_060953_site_page_sections.up,
    down: migration_20261201_060953_site_page_sections.down,
    name: '20261201_060953_site_page_sections',
  },
  {
    up: migration_20261201_065503_booking_emails.up,
    down: migration_20261201_065503_booking_emails.down,
    name: '20261201_065503_booking_emails',
  },
  {
    up: migration_20261201_120000_refund_requests.up,
    down: migration_20261201_120000_refund_requests.down,
    name: '20261201_120000_refund_requests',
  },
  {
    up: migration_20261201_130000_email_kinds_dispute_lost_mismatch_cancelled.up,
    down: migration_20261201_130000_email_kinds_dispute_lost_mismatch_cancelled.down,
    name: '20261201_130000_email_kinds_dispute_lost_mismatch_cancelled',
  },
  {
    up: migration_20261201_140000_event_cancellations.up,
    down: migration_20261201_140000_event_cancellations.down,
    name: '20261201_140000_event_cancellations'
  },
  {
    up: migration_20261201_150000_cancel_event_booking_task.up,
    down: migration_20261201_150000_cancel_event_booking_task.down,
    name: '20261201_150000_cancel_event_booking_task',
  },
];
