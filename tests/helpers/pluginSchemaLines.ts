/**
 * Lines of `schemaCatalog` the ticketing plugin's SQL relies on, as PostgreSQL describes
 * them: its seat counters, CHECKs, partial indexes, side tables and triggers.
 */
export const PLUGIN_SCHEMA_LINES = [
  'column | city_events | seats_confirmed | integer | int4 | - | 32 | - | NO | 0',
  'column | city_events | seats_held | integer | int4 | - | 32 | - | NO | 0',
  'column | city_events | seats_offered | integer | int4 | - | 32 | - | NO | 0',
  'column | city_events | seats_waiting | integer | int4 | - | 32 | - | NO | 0',
  'constraint | city_events | city_events_seats_valid | c | CHECK (((seats_confirmed >= 0) AND (seats_held >= 0) AND (seats_offered >= 0) AND (seats_waiting >= 0) AND ((((seats_confirmed + seats_held) + seats_offered))::numeric <= capacity)))',
  'constraint | city_events | city_events_capacity_positive | c | CHECK ((capacity > (0)::numeric))',
  'constraint | bookings | bookings_amounts_valid | c | CHECK',
  "index | bookings | bookings_pending_expiry_idx | CREATE INDEX bookings_pending_expiry_idx ON public.bookings USING btree (city_event_id, expires_at) WHERE ((status = 'PENDING'::enum_bookings_status) AND (payment_status <> ALL (ARRAY['PROCESSING'::enum_bookings_payment_status, 'PAID'::enum_bookings_payment_status])))",
  'column | bookings | hold_client | character varying | varchar | 64 | - | - | YES | -',
  "index | bookings | bookings_hold_client_idx | CREATE INDEX bookings_hold_client_idx ON public.bookings USING btree (hold_client, status)",
  "index | bookings | bookings_hold_email_idx | CREATE INDEX bookings_hold_email_idx ON public.bookings USING btree (lower((buyer_email)::text), status)",
  'column | ticketing_rate_limits | key | character varying | varchar | 255 | - | - | NO | -',
  'column | ticketing_rate_limits | expire | bigint | int8 | - | 64 | - | YES | -',
  'constraint | ticketing_rate_limits | ticketing_rate_limits_pkey | p | PRIMARY KEY (key)',
  'column | ticketing_idempotency_keys | key_hash | character | bpchar | 64 | - | - | NO | -',
  'constraint | ticketing_idempotency_keys | ticketing_idempotency_keys_pkey | p | PRIMARY KEY (key_hash)',
  'index | ticketing_idempotency_keys | ticketing_idempotency_keys_created_idx | CREATE INDEX ticketing_idempotency_keys_created_idx ON public.ticketing_idempotency_keys USING btree (created_at)',
  'constraint | ticketing_captcha_uses | ticketing_captcha_uses_pkey | p | PRIMARY KEY (signature)',
  'index | ticketing_captcha_uses | ticketing_captcha_uses_expires_idx | CREATE INDEX ticketing_captcha_uses_expires_idx ON public.ticketing_captcha_uses USING btree (expires_at)',
  'constraint | ticketing_refund_requests | ticketing_refund_requests_amount_check | c | CHECK ((amount > 0))',
  'constraint | ticketing_refund_requests | ticketing_refund_requests_booking_id_fkey | f | FOREIGN KEY (booking_id) REFERENCES bookings(id) ON DELETE CASCADE',
  'constraint | ticketing_refund_requests | ticketing_refund_requests_key_hash_key | u | UNIQUE (key_hash)',
  "index | ticketing_refund_requests | ticketing_refund_requests_open_idx | CREATE INDEX ticketing_refund_requests_open_idx ON public.ticketing_refund_requests USING btree (booking_id) WHERE ((state)::text = 'requested'::text)",
  'constraint | ticketing_event_cancellations | ticketing_event_cancellations_pkey | p | PRIMARY KEY (booking_id)',
  'constraint | ticketing_event_cancellations | ticketing_event_cancellations_city_event_id_fkey | f | FOREIGN KEY (city_event_id) REFERENCES city_events(id) ON DELETE CASCADE',
  'constraint | ticketing_event_cancellations | ticketing_event_cancellations_state_check | c | CHECK',
  'index | ticketing_event_cancellations | ticketing_event_cancellations_event_idx | CREATE INDEX ticketing_event_cancellations_event_idx ON public.ticketing_event_cancellations USING btree (city_event_id, state)',
  'constraint | ticketing_audit_keys | ticketing_audit_keys_pkey | p | PRIMARY KEY (subject)',
  'trigger | audit_log | audit_log_append_only | CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only_fn()',
  'trigger | audit_log | audit_log_no_truncate | CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate_fn()',
  'trigger | city_events | city_events_status_notify | CREATE TRIGGER city_events_status_notify AFTER INSERT OR DELETE OR UPDATE OF status ON public.city_events FOR EACH ROW EXECUTE FUNCTION city_events_status_notify_fn()',
  'trigger | city_events | city_events_status_rules | CREATE TRIGGER city_events_status_rules BEFORE UPDATE OF status ON public.city_events FOR EACH ROW EXECUTE FUNCTION city_events_status_rules_fn()',
  'index | invoices | invoices_series_number_idx | CREATE UNIQUE INDEX invoices_series_number_idx ON public.invoices USING btree (seller_id, kind, year, sequence)',
  'constraint | invoices | invoices_amounts_check | c | CHECK',
  'constraint | ticketing_document_counters | ticketing_document_counters_key | u | UNIQUE (seller_id, series, year)',
  'constraint | ticketing_document_files | ticketing_document_files_pkey | p | PRIMARY KEY (invoice_id)',
  'trigger | invoices | invoices_frozen | CREATE TRIGGER invoices_frozen BEFORE DELETE OR UPDATE ON public.invoices FOR EACH ROW EXECUTE FUNCTION invoices_frozen_fn()',
  'trigger | invoices | invoices_no_truncate | CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON public.invoices FOR EACH STATEMENT EXECUTE FUNCTION invoices_no_truncate_fn()',
  "index | waitlist_entries | waitlist_entries_live_email_idx | CREATE UNIQUE INDEX waitlist_entries_live_email_idx ON public.waitlist_entries USING btree (city_event_id, email) WHERE (status = ANY (ARRAY['WAITING'::enum_waitlist_entries_status, 'OFFERED'::enum_waitlist_entries_status]))",
  'constraint | waitlist_entries | waitlist_entries_quantities_valid | c | CHECK',
  'column | promo_codes | seats_used | integer | int4 | - | 32 | - | NO | 0',
  'constraint | promo_codes | promo_codes_seats_within_max | c | CHECK (((seats_used >= 0) AND ((max_seats IS NULL) OR ((seats_used)::numeric <= max_seats))))',
  'trigger | bookings | bookings_promo_give_back | CREATE TRIGGER bookings_promo_give_back AFTER UPDATE OF status ON public.bookings FOR EACH ROW EXECUTE FUNCTION bookings_promo_give_back_fn()',
  'trigger | bookings | bookings_hold_limits | CREATE TRIGGER bookings_hold_limits BEFORE INSERT ON public.bookings FOR EACH ROW EXECUTE FUNCTION bookings_hold_limits_fn()',
] as const

/** The expected lines missing from `catalog` (each expected line is a prefix of a catalog line). */
export const missingPluginSchema = (catalog: readonly string[]): string[] =>
  PLUGIN_SCHEMA_LINES.filter((expected) => !catalog.some((line) => line.startsWith(expected)))
