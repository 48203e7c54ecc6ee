/** Canonical entities: mentions merged under one identity per real-world actor, aliases resolved. */
package io.uncrowned.guard.understand.entities;
