import type { Generated } from 'kysely';

/**
 * The hub's tables as the query builder sees them, the same on SQLite and PostgreSQL. Times are
 * ISO text made in JS, flags are 0/1 integers, JSON is text: one row shape on both engines.
 */
export interface HubSchema {
  tenants: { id: string; kind: string; name: string; created_at: string };
  users: {
    id: string;
    tenant_id: string | null;
    email: string;
    name: string;
    role: string;
    password_hash: string;
    active: Generated<number>;
    created_at: string;
  };
  sessions: { token_hash: string; user_id: string; created_at: string; expires_at: string; revoked_at: string | null };
  items: {
    id: string;
    tenant_id: string;
    category: string;
    kind: string;
    source_language: string;
    published: number;
    valid_from: string | null;
    valid_until: string | null;
    pinned: number;
    priority: number;
    contact: string | null;
    links: string;
    images: string;
    revision: number;
    created_at: string;
    updated_at: string;
    deleted_at: string | null;
    published_json: string | null;
  };
  translations: { item_id: string; language: string; title: string; summary: string; body: string; status: string; updated_at: string };
  item_revisions: { item_id: string; revision: number; snapshot: string; user_id: string | null; at: string };
  audit_log: {
    id: Generated<number>;
    tenant_id: string | null;
    actor_id: string | null;
    actor_name: string;
    action: string;
    entity: string;
    entity_id: string | null;
    detail: string | null;
    at: string;
  };
  locations: {
    id: string;
    tenant_id: string;
    name: string;
    kind: string;
    address: Generated<string>;
    /** JSON array of language codes, in order; null: every interface language. */
    languages: string | null;
    created_at: string;
    screen_hours: string | null;
  };
  location_employers: { location_id: string; employer_tenant_id: string };
  hidden_items: { location_id: string; item_id: string };
  kiosks: {
    id: string;
    tenant_id: string;
    location_id: string;
    name: string;
    token_hash: string | null;
    created_at: string;
    paired_at: string | null;
    revoked_at: string | null;
    last_heartbeat_at: string | null;
    app_version: string | null;
    content_seq: number | null;
    uptime_s: number | null;
    last_error: string | null;
    languages: string | null;
    clock_offset_ms: number | null;
    orientation: string | null;
    screen_hours: string | null;
    identify_until: string | null;
  };
  pairing_codes: { code_hash: string; kiosk_id: string; created_at: string; expires_at: string; used_at: string | null };
  change_log: { seq: Generated<number>; tenant_id: string; item_id: string; location_id: string | null; at: string };
  applied_mutations: { mutation_id: string; tenant_id: string; result: string; at: string };
  media: { id: string; tenant_id: string; content_type: string; size: number; bytes: Buffer; created_at: string };
  kiosk_screenshots: {
    kiosk_id: string;
    tenant_id: string;
    requested_at: string;
    requested_by: string;
    outcome: string | null;
    answered_at: string | null;
    content_type: string | null;
    bytes: Buffer | null;
  };
  meta: { key: string; value: string };
  auth_failures: { id: Generated<number>; bucket: string; key: string; at: number };
  usage_daily: {
    day: string;
    location_id: string;
    source: string;
    kiosk_id: string;
    kind: string;
    language: string;
    item_id: string;
    category: string;
    fallback: number;
    words: string;
    count: number;
  };
  usage_batches: { id: string; received_at: string };
  migrations: { name: string; applied_at: string };
  feedback: {
    id: string;
    item_id: string;
    tenant_id: string;
    location_id: string;
    kiosk_id: string | null;
    source: string;
    kind: string;
    reason: string | null;
    language: string;
    shown_language: string;
    text: string | null;
    status: string;
    created_at: string;
    handled_at: string | null;
    handled_by: string | null;
  };
}
