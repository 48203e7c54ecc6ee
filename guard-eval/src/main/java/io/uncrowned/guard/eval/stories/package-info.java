/**
 * {@code guard eval stories}: our online story clustering against gold sub-topics (ECB+, or any JSON Lines file
 * with a {@code gold} field), scored by B-cubed and pairwise precision, recall and F1 beside a TF-IDF-only
 * single-pass baseline run in the same run.
 */
package io.uncrowned.guard.eval.stories;
