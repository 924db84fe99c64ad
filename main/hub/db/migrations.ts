/**
 * Append-only migrations, named <epoch-ms>_<what>. Never edit one that has shipped:
 * add a new one. They live in code (not .sql files) so the bundled Electron build carries them.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const HUB_MIGRATIONS: readonly Migration[] = [
  {
    name: '1764374400000_initial',
    sql: `
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('national', 'municipality', 'employer')),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  tenant_id TEXT REFERENCES tenants(id),
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'translator', 'viewer', 'operator')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK ((role = 'operator') = (tenant_id IS NULL))
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  category TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_language TEXT NOT NULL,
  published INTEGER NOT NULL,
  valid_from TEXT,
  valid_until TEXT,
  pinned INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  contact TEXT,
  links TEXT NOT NULL,
  images TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX items_tenant ON items(tenant_id);
CREATE INDEX items_valid_from ON items(valid_from) WHERE valid_from IS NOT NULL;
CREATE INDEX items_valid_until ON items(valid_until) WHERE valid_until IS NOT NULL;
CREATE TABLE translations (
  item_id TEXT NOT NULL REFERENCES items(id),
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'current', 'outdated')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (item_id, language)
);
CREATE TABLE item_revisions (
  item_id TEXT NOT NULL REFERENCES items(id),
  revision INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  user_id TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (item_id, revision)
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT,
  actor_id TEXT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT,
  at TEXT NOT NULL
);
CREATE INDEX audit_tenant ON audit_log(tenant_id, id);
CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  phone_app_url TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE location_employers (
  location_id TEXT NOT NULL REFERENCES locations(id),
  employer_tenant_id TEXT NOT NULL REFERENCES tenants(id),
  PRIMARY KEY (location_id, employer_tenant_id)
);
CREATE TABLE hidden_items (
  location_id TEXT NOT NULL REFERENCES locations(id),
  item_id TEXT NOT NULL REFERENCES items(id),
  PRIMARY KEY (location_id, item_id)
);
CREATE TABLE kiosks (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  location_id TEXT NOT NULL REFERENCES locations(id),
  name TEXT NOT NULL,
  token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  paired_at TEXT,
  revoked_at TEXT,
  last_heartbeat_at TEXT,
  app_version TEXT,
  content_seq INTEGER,
  uptime_s INTEGER,
  last_error TEXT
);
CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  location_id TEXT,
  at TEXT NOT NULL
);
CREATE INDEX change_log_tenant ON change_log(tenant_id, seq);
CREATE INDEX change_log_location ON change_log(location_id, seq) WHERE location_id IS NOT NULL;
CREATE TABLE applied_mutations (
  mutation_id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  result TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE media (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    // What a kiosk may read of an item, serialised once at write time, so a kiosk's pull can pass
    // it through without assembling and re-encoding every translation. NULL for deleted items;
    // rows written before this migration are filled in when the hub opens its database.
    name: '1764460800000_published_json',
    sql: `ALTER TABLE items ADD COLUMN published_json TEXT;`,
  },
  {
    // An editor can withdraw a translation (workers then get the fallback). Outdated translations
    // are now shown to workers, with a note: the published form is rebuilt when the hub opens,
    // and items with an outdated translation go into the change log so kiosks pull them again.
    name: '1764504000000_withdrawn_translations',
    sql: `
CREATE TABLE translations_next (
  item_id TEXT NOT NULL REFERENCES items(id),
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'current', 'outdated', 'withdrawn')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (item_id, language)
);
INSERT INTO translations_next SELECT item_id, language, title, summary, body, status, updated_at FROM translations;
DROP TABLE translations;
ALTER TABLE translations_next RENAME TO translations;
UPDATE items SET published_json = NULL WHERE deleted_at IS NULL;
INSERT INTO change_log (tenant_id, item_id, location_id, at)
  SELECT i.tenant_id, i.id, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM items i
  WHERE i.deleted_at IS NULL AND EXISTS (SELECT 1 FROM translations t WHERE t.item_id = i.id AND t.status = 'outdated');
`,
  },
  {
    // The languages a kiosk's language screen offers, from its heartbeat (JSON array; NULL before the first).
    name: '1764507600000_kiosk_languages',
    sql: `ALTER TABLE kiosks ADD COLUMN languages TEXT;`,
  },
  {
    // Failed sign-ins and pairing codes, in the database so a restart does not forget them and
    // several hub instances can share them.
    name: '1764547200000_auth_failures',
    sql: `
CREATE TABLE auth_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX auth_failures_key ON auth_failures(bucket, key, at);
`,
  },
  {
    // The database's identity, in every pull answer and live notice. A restore gives the restored
    // file a new one, so clients whose cursor belongs to another history start over.
    name: '1764550800000_database_id',
    sql: `INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16)))) ON CONFLICT (key) DO NOTHING;`,
  },
  {
    // A kiosk reports its own clock in its heartbeat; the console shows when it is off.
    name: '1764550800001_kiosk_clock_offset',
    sql: `ALTER TABLE kiosks ADD COLUMN clock_offset_ms INTEGER;`,
  },
  {
    // The languages a location's kiosks and phone app offer, in order (JSON array); NULL: every interface language.
    name: '1764590400000_location_languages',
    sql: `ALTER TABLE locations ADD COLUMN languages TEXT;`,
  },
  {
    // The phone app's address is built from the hub's public URL; the free-text field was never read.
    name: '1764590400001_drop_location_phone_app_url',
    sql: `ALTER TABLE locations DROP COLUMN phone_app_url;`,
  },
  {
    // Anonymous usage counts per day, as kiosks and phones send them in batches (see
    // data/usage-store.ts). Key columns hold '' rather than NULL so the key is unique everywhere.
    // A batch's id is kept so a batch sent again (its answer was lost) is not counted twice.
    name: '1764594000000_usage_daily',
    sql: `
CREATE TABLE usage_daily (
  day TEXT NOT NULL,
  location_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone')),
  kiosk_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  language TEXT NOT NULL,
  item_id TEXT NOT NULL,
  category TEXT NOT NULL,
  fallback INTEGER NOT NULL,
  words TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, location_id, source, kiosk_id, kind, language, item_id, category, fallback, words)
);
CREATE INDEX usage_daily_item ON usage_daily (item_id, day);
CREATE TABLE usage_batches (id TEXT PRIMARY KEY, received_at TEXT NOT NULL);
CREATE INDEX usage_batches_received ON usage_batches (received_at);
`,
  },
  {
    // What workers say about an article, for the tenant that owns the item. No worker identifier:
    // source is 'kiosk' or 'phone', and a kiosk's own id only says which screen it came from.
    name: '1764597600000_feedback',
    sql: `
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items(id),
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  location_id TEXT NOT NULL REFERENCES locations(id),
  kiosk_id TEXT REFERENCES kiosks(id),
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone')),
  kind TEXT NOT NULL CHECK (kind IN ('helpful', 'not_helpful', 'problem')),
  reason TEXT,
  language TEXT NOT NULL,
  shown_language TEXT NOT NULL,
  text TEXT,
  status TEXT NOT NULL CHECK (status IN ('new', 'handled')),
  created_at TEXT NOT NULL,
  handled_at TEXT,
  handled_by TEXT
);
CREATE INDEX feedback_tenant_status ON feedback(tenant_id, status, created_at);
CREATE INDEX feedback_item ON feedback(item_id);
`,
  },
  {
    // The fleet view: which way a kiosk's screen is set up, from its heartbeat (NULL before the first).
    name: '1764597600001_kiosk_orientation',
    sql: `ALTER TABLE kiosks ADD COLUMN orientation TEXT;`,
  },
  {
    // Screen hours (JSON {"off":"23:00","on":"06:00"}) per location, a kiosk's own hours over
    // them, and until when a kiosk shows its name large (identify).
    name: '1764597600002_screen_hours',
    sql: `
ALTER TABLE locations ADD COLUMN screen_hours TEXT;
ALTER TABLE kiosks ADD COLUMN screen_hours TEXT;
ALTER TABLE kiosks ADD COLUMN identify_until TEXT;
`,
  },
  {
    // On-demand screenshots of a kiosk: only the latest per kiosk (who asked, when, the kiosk's answer).
    name: '1764601200000_kiosk_screenshots',
    sql: `
CREATE TABLE kiosk_screenshots (
  kiosk_id TEXT PRIMARY KEY REFERENCES kiosks(id),
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('taken', 'unavailable', 'too_large', 'failed')),
  answered_at TEXT,
  content_type TEXT,
  bytes BLOB
);
`,
  },
];

/**
 * The same history on PostgreSQL: one entry per SQLite entry, with the same name, so a pilot
 * copied over from SQLite continues with the same list. Same columns and row shapes (ISO text
 * times, 0/1 flags, JSON as text); sequences are BIGSERIAL, bytes BYTEA, and e-mail addresses are
 * unique without regard to case through an index on lower(email).
 */
export const HUB_MIGRATIONS_POSTGRES: readonly Migration[] = [
  {
    name: '1764374400000_initial',
    sql: `
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('national', 'municipality', 'employer')),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  tenant_id TEXT REFERENCES tenants(id),
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'translator', 'viewer', 'operator')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK ((role = 'operator') = (tenant_id IS NULL))
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  category TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_language TEXT NOT NULL,
  published INTEGER NOT NULL,
  valid_from TEXT,
  valid_until TEXT,
  pinned INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  contact TEXT,
  links TEXT NOT NULL,
  images TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX items_tenant ON items(tenant_id);
CREATE INDEX items_valid_from ON items(valid_from) WHERE valid_from IS NOT NULL;
CREATE INDEX items_valid_until ON items(valid_until) WHERE valid_until IS NOT NULL;
CREATE TABLE translations (
  item_id TEXT NOT NULL REFERENCES items(id),
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'current', 'outdated')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (item_id, language)
);
CREATE TABLE item_revisions (
  item_id TEXT NOT NULL REFERENCES items(id),
  revision INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  user_id TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (item_id, revision)
);
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  tenant_id TEXT,
  actor_id TEXT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT,
  at TEXT NOT NULL
);
CREATE INDEX audit_tenant ON audit_log(tenant_id, id);
CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  phone_app_url TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE location_employers (
  location_id TEXT NOT NULL REFERENCES locations(id),
  employer_tenant_id TEXT NOT NULL REFERENCES tenants(id),
  PRIMARY KEY (location_id, employer_tenant_id)
);
CREATE TABLE hidden_items (
  location_id TEXT NOT NULL REFERENCES locations(id),
  item_id TEXT NOT NULL REFERENCES items(id),
  PRIMARY KEY (location_id, item_id)
);
CREATE TABLE kiosks (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  location_id TEXT NOT NULL REFERENCES locations(id),
  name TEXT NOT NULL,
  token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  paired_at TEXT,
  revoked_at TEXT,
  last_heartbeat_at TEXT,
  app_version TEXT,
  content_seq BIGINT,
  uptime_s BIGINT,
  last_error TEXT
);
CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE TABLE change_log (
  seq BIGSERIAL PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  location_id TEXT,
  at TEXT NOT NULL
);
CREATE INDEX change_log_tenant ON change_log(tenant_id, seq);
CREATE INDEX change_log_location ON change_log(location_id, seq) WHERE location_id IS NOT NULL;
CREATE TABLE applied_mutations (
  mutation_id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  result TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE media (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BYTEA NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    name: '1764460800000_published_json',
    sql: `ALTER TABLE items ADD COLUMN published_json TEXT;`,
  },
  {
    name: '1764504000000_withdrawn_translations',
    sql: `
ALTER TABLE translations DROP CONSTRAINT translations_status_check;
ALTER TABLE translations ADD CONSTRAINT translations_status_check CHECK (status IN ('draft', 'current', 'outdated', 'withdrawn'));
UPDATE items SET published_json = NULL WHERE deleted_at IS NULL;
INSERT INTO change_log (tenant_id, item_id, location_id, at)
  SELECT i.tenant_id, i.id, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM items i
  WHERE i.deleted_at IS NULL AND EXISTS (SELECT 1 FROM translations t WHERE t.item_id = i.id AND t.status = 'outdated')
  ORDER BY i.id;
`,
  },
  {
    name: '1764507600000_kiosk_languages',
    sql: `ALTER TABLE kiosks ADD COLUMN languages TEXT;`,
  },
  {
    name: '1764547200000_auth_failures',
    sql: `
CREATE TABLE auth_failures (
  id BIGSERIAL PRIMARY KEY,
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX auth_failures_key ON auth_failures(bucket, key, at);
`,
  },
  {
    name: '1764550800000_database_id',
    sql: `INSERT INTO meta (key, value) VALUES ('database_id', replace(gen_random_uuid()::text, '-', '')) ON CONFLICT (key) DO NOTHING;`,
  },
  {
    name: '1764550800001_kiosk_clock_offset',
    sql: `ALTER TABLE kiosks ADD COLUMN clock_offset_ms BIGINT;`,
  },
  {
    name: '1764590400000_location_languages',
    sql: `ALTER TABLE locations ADD COLUMN languages TEXT;`,
  },
  {
    name: '1764590400001_drop_location_phone_app_url',
    sql: `ALTER TABLE locations DROP COLUMN phone_app_url;`,
  },
  {
    name: '1764594000000_usage_daily',
    sql: `
CREATE TABLE usage_daily (
  day TEXT NOT NULL,
  location_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone')),
  kiosk_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  language TEXT NOT NULL,
  item_id TEXT NOT NULL,
  category TEXT NOT NULL,
  fallback INTEGER NOT NULL,
  words TEXT NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (day, location_id, source, kiosk_id, kind, language, item_id, category, fallback, words)
);
CREATE INDEX usage_daily_item ON usage_daily (item_id, day);
CREATE TABLE usage_batches (id TEXT PRIMARY KEY, received_at TEXT NOT NULL);
CREATE INDEX usage_batches_received ON usage_batches (received_at);
`,
  },
  {
    // What workers say about an article, for the tenant that owns the item. No worker identifier:
    // source is 'kiosk' or 'phone', and a kiosk's own id only says which screen it came from.
    name: '1764597600000_feedback',
    sql: `
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items(id),
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  location_id TEXT NOT NULL REFERENCES locations(id),
  kiosk_id TEXT REFERENCES kiosks(id),
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone')),
  kind TEXT NOT NULL CHECK (kind IN ('helpful', 'not_helpful', 'problem')),
  reason TEXT,
  language TEXT NOT NULL,
  shown_language TEXT NOT NULL,
  text TEXT,
  status TEXT NOT NULL CHECK (status IN ('new', 'handled')),
  created_at TEXT NOT NULL,
  handled_at TEXT,
  handled_by TEXT
);
CREATE INDEX feedback_tenant_status ON feedback(tenant_id, status, created_at);
CREATE INDEX feedback_item ON feedback(item_id);
`,
  },
  {
    // The fleet view: which way a kiosk's screen is set up, from its heartbeat (NULL before the first).
    name: '1764597600001_kiosk_orientation',
    sql: `ALTER TABLE kiosks ADD COLUMN orientation TEXT;`,
  },
  {
    // Screen hours (JSON {"off":"23:00","on":"06:00"}) per location, a kiosk's own hours over
    // them, and until when a kiosk shows its name large (identify).
    name: '1764597600002_screen_hours',
    sql: `
ALTER TABLE locations ADD COLUMN screen_hours TEXT;
ALTER TABLE kiosks ADD COLUMN screen_hours TEXT;
ALTER TABLE kiosks ADD COLUMN identify_until TEXT;
`,
  },
  {
    // On-demand screenshots of a kiosk: only the latest per kiosk (who asked, when, the kiosk's answer).
    name: '1764601200000_kiosk_screenshots',
    sql: `
CREATE TABLE kiosk_screenshots (
  kiosk_id TEXT PRIMARY KEY REFERENCES kiosks(id),
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('taken', 'unavailable', 'too_large', 'failed')),
  answered_at TEXT,
  content_type TEXT,
  bytes BYTEA
);
`,
  },
];

export const HUB_ENGINE_MIGRATIONS = { sqlite: HUB_MIGRATIONS, postgres: HUB_MIGRATIONS_POSTGRES };
