/**
 * Duplicates: exact (same normalised content hash) and near (MinHash over word shingles with LSH banding),
 * so a reprint with a changed headline or a trimmed footer is recorded against its original instead of
 * being indexed twice.
 */
package io.uncrowned.guard.dedupe;
