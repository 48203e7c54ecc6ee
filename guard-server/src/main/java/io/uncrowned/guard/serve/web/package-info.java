/**
 * The web UI: server-rendered pages over the engine (search with facets, article, story, map, policy
 * tracker), their assets served from the jar, and the small view interfaces through which later stages
 * (briefs, policy events, stories) feed the pages. {@link io.uncrowned.guard.serve.web.WebUi} registers it all
 * with the server. Every string that comes from an article is escaped by the templates or, where the page
 * needs markup inside it (highlighted snippets and mentions), built by {@link
 * io.uncrowned.guard.serve.web.SafeHtml}, which escapes first and adds only its own tags.
 */
package io.uncrowned.guard.serve.web;
