/** The {@code guard} command line: one picocli command per verb, all sharing {@code --data DIR}. */
package io.uncrowned.guard.cli;
