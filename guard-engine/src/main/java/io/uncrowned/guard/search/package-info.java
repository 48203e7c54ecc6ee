/**
 * Search: the Lucene index derived from the store, with ranked full-text search, filters and highlighted
 * snippets. It remembers the last store sequence number it holds, so it can catch up after a crash and be
 * rebuilt from the store at any time.
 */
package io.uncrowned.guard.search;
