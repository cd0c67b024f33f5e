-- SPDX-License-Identifier: GPL-3.0-or-later
-- Job log fixtures: databases as older and newer workbenches wrote them. Frozen on purpose: the
-- v1 schema below is a copy of migration step 1 in libstaging/joblog/JobLog.cpp as it shipped,
-- so that a later migration is tested against what users really have on disk.
-- Regenerate (only if a fixture is lost, never to follow a code change):
--   cd tests/data/joblog && sqlite3 < make-fixtures.sql
-- Tests open copies of these files, never the files themselves.
.bail on

-- joblog-v1.sqlite: schema version 1, two orders, five events (one an open intent).
.open --new joblog-v1.sqlite
BEGIN;
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE CHECK (order_id <> ''), customer_name TEXT NOT NULL, customer_key TEXT NOT NULL, customer_id TEXT NOT NULL, mode TEXT NOT NULL, station_count INTEGER NOT NULL, document TEXT NOT NULL, technician TEXT NOT NULL, bench TEXT NOT NULL, created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL CHECK (order_id <> ''), step TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, technician TEXT NOT NULL, bench TEXT NOT NULL, started_ms BIGINT NOT NULL, finished_ms BIGINT, result TEXT NOT NULL, detail TEXT NOT NULL);
CREATE INDEX events_order ON events (order_id, id);
CREATE INDEX events_technician ON events (technician, id);
CREATE INDEX events_result ON events (result, id);
CREATE INDEX events_started ON events (started_ms);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
INSERT INTO schema_migrations (version, applied_ms) VALUES (1, 1700000000000);

INSERT INTO orders (order_id, customer_name, customer_key, customer_id, mode, station_count, document, technician, bench, created_ms, updated_ms) VALUES
  ('CMD-2001', 'Boulangerie Lemaître', 'boulangerielemaitre', '73282932000074', 'on-premise', 1,
   '{"customer_id":"73282932000074","customer_name":"Boulangerie Lemaître","mode":"on-premise","order_id":"CMD-2001","range":"8000-8020","stations":[{"dids":["0491230000"],"email":"jean.dupont@example.org","expansion_module":false,"extension":"8001","extension_assigned":false,"extra":{},"hardware":"YEALINK T54W","mac":"80:5e:c0:10:00:01","model":"yealink-t54w","name":"Jean Dupont","new_did":false,"profile":"voice","row":2,"site":"Marseille","voicemail":true}],"version":1}',
   'Camille', 'banc-2', 1700000000000, 1700000300000),
  ('CMD-2002', 'Garage Durand & Fils', 'garagedurandfils', '55210055400013', 'on-cloud', 0,
   '{"customer_id":"55210055400013","customer_name":"Garage Durand & Fils","mode":"on-cloud","order_id":"CMD-2002","range":"200-299","stations":[],"version":1}',
   'Yanis', 'banc-1', 1700001000000, 1700001000000);

INSERT INTO events (order_id, step, action, target, technician, bench, started_ms, finished_ms, result, detail) VALUES
  ('CMD-2001', 'intake', 'plan-imported', 'plan.xlsx', 'Camille', 'banc-2', 1700000000000, 1700000000250, 'ok', '{"rows":1}'),
  ('CMD-2002', 'intake', 'plan-imported', 'durand.csv', 'Yanis', 'banc-1', 1700001000000, 1700001000100, 'failed', '{"problems":3}'),
  ('CMD-2001', 'hardware', 'scan-mac', 'device:80:5e:c0:10:00:01', 'Camille', 'banc-2', 1700000100000, 1700000100050, 'ok', '{}'),
  ('CMD-2001', 'portal', 'create-user', 'user:8001', 'Camille', 'banc-2', 1700000200000, NULL, 'intent', '{"password":"***"}'),
  ('CMD-2001', 'portal', 'create-user', 'user:8001', 'Camille', 'banc-2', 1700000200000, 1700000201500, 'ok', '{"uuid":"3f1c"}');
PRAGMA user_version = 1;
COMMIT;

-- joblog-v99.sqlite: what a far newer workbench could leave behind; this one must refuse it
-- without touching it.
.open --new joblog-v99.sqlite
BEGIN;
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE, customer_name TEXT NOT NULL, document TEXT NOT NULL, created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, payload TEXT NOT NULL, started_ms BIGINT NOT NULL);
CREATE TABLE attachments (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events (id), blob BLOB);
INSERT INTO schema_migrations (version, applied_ms) VALUES (1, 1700000000000), (99, 1900000000000);
INSERT INTO orders (order_id, customer_name, document, created_ms, updated_ms) VALUES
  ('CMD-9901', 'Futur SARL', '{"version":7}', 1900000000000, 1900000000000);
INSERT INTO events (order_id, payload, started_ms) VALUES ('CMD-9901', '{}', 1900000000000);
PRAGMA user_version = 99;
COMMIT;
