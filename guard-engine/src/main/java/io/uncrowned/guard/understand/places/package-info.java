/**
 * Places: the GeoNames gazetteer (importer and Lucene index), and the geoparser that resolves toponyms in
 * an article to gazetteer entries using context.
 */
package io.uncrowned.guard.understand.places;
