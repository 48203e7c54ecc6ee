/**
 * The system of record: every kept article, every recorded duplicate, in SQLite (WAL mode). The search
 * index is derived from it and can be rebuilt from it at any time.
 */
package io.uncrowned.guard.store;
