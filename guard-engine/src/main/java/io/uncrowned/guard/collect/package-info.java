/**
 * Collect: turn inputs (files, folders, http(s) URLs) into {@link io.uncrowned.guard.collect.RawDocument}s.
 * Containers (JSON Lines, RSS/Atom feeds, WARC) are opened here; each document inside becomes one
 * RawDocument. Formats are detected by content, not only by extension.
 */
package io.uncrowned.guard.collect;
