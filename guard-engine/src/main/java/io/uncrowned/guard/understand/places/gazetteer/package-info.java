/**
 * The GeoNames gazetteer: {@link io.uncrowned.guard.understand.places.gazetteer.GeonamesImporter} streams the
 * GeoNames tables into a Lucene index, {@link io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer}
 * answers look-ups from it, and {@link io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller}
 * builds or downloads it into a data folder without ever leaving a half-built index in place.
 *
 * <p>Data: GeoNames (https://www.geonames.org), CC BY 4.0; wherever places are shown, attribute "GeoNames".
 */
package io.uncrowned.guard.understand.places.gazetteer;
