// The demo's data folder (cookie secret, SQLite databases) is private to the user who runs it.
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes the data folder private to this user: the folder `0700`, every file in it `0600` (also
 * files an earlier version left readable). The database is created `0600` before SQLite opens it,
 * and SQLite gives its journal and WAL files the database's mode.
 */
export function lockDown(dataDir, file) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  closeSync(openSync(file, 'a', 0o600));
  for (const entry of readdirSync(dataDir, { withFileTypes: true }))
    if (entry.isFile()) chmodSync(path.join(dataDir, entry.name), 0o600);
}
