package io.uncrowned.guard.search;

/** One facet value and how many matching articles carry it. */
public record FacetCount(String value, long count) {}
