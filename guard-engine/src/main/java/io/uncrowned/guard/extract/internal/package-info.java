/**
 * The machinery behind {@link io.uncrowned.guard.extract.MainTextExtractor}: text statistics, candidate
 * scoring and block writing. Not API: anything here may change without notice.
 */
package io.uncrowned.guard.extract.internal;
