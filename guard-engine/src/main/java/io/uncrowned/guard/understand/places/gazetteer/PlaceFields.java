package io.uncrowned.guard.understand.places.gazetteer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of the gazetteer index, shared by the writer and the reader. One document per place
 * ({@code type=place}) and, when alternateNamesV2 was imported, one per extra name ({@code type=alias},
 * pointing at its place by id).
 */
final class PlaceFields {
  /** Bumped whenever the layout changes; the reader refuses other versions. */
  static final String FORMAT_VERSION = "2";

  static final String TYPE = "type";
  static final String TYPE_PLACE = "place";
  static final String TYPE_ALIAS = "alias";
  static final String ID = "id";
  /** Folded keys of every name of the place: name, ascii name and alternate names. */
  static final String NAMES = "names";
  /** Folded keys of the place's own names (name, ascii name, the admin tables' names), for ranking. */
  static final String OWN = "own";
  /** Folded key of an alias document's name. */
  static final String ALIAS = "alias";
  static final String KIND = "kind";
  static final String KIND_COUNTRY = "country";
  static final String KIND_ADM1 = "adm1";
  static final String KIND_ADM2 = "adm2";
  static final String KIND_OTHER = "other";
  static final String COUNTRY = "cc";
  static final String ADMIN1 = "admin1";
  static final String FEATURE_CLASS = "fclass";
  static final String FEATURE_CODE = "fcode";
  /** Doc value ranking places: population, or for regions without one the sum of their places'. */
  static final String RANK = "rank";
  /** Doc values the look-ups read places from (see {@link PlaceReader}); only the id is also stored. */
  static final String ID_DV = "id_dv";
  static final String NAME_DV = "name_dv";
  static final String ASCII_DV = "ascii_dv";
  static final String LAT_DV = "lat_dv";
  static final String LON_DV = "lon_dv";
  static final String POPULATION_DV = "population_dv";

  /** Commit user data keys. */
  static final String META_FORMAT = "format";
  static final String META_SOURCES = "sources";
  static final String META_PLACES = "places";
  static final String META_CREATED = "created";
  static final String META_ATTRIBUTION = "attribution";
  /** GeoNames' licence asks for this wherever its data is shown. */
  static final String ATTRIBUTION = "GeoNames (https://www.geonames.org), CC BY 4.0";

  private PlaceFields() { }

  /**
   * @param extraOwnNames names ranked as the place's own (a country's name in countryInfo)
   * @param extraNames further alternate names (a region's names in the admin code tables)
   * @param rank the ranking value: population, or the summed population of a region's places
   */
  static Document place(GeonameRow row, Collection<String> extraOwnNames, Collection<String> extraNames,
      long rank) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_PLACE, Field.Store.NO));
    doc.add(new StringField(ID, Long.toString(row.id()), Field.Store.YES));
    Set<String> own = new LinkedHashSet<>();
    addFolded(own, row.name());
    addFolded(own, row.asciiName());
    extraOwnNames.forEach(n -> addFolded(own, n));
    Set<String> names = new LinkedHashSet<>(own);
    row.alternateNames().forEach(n -> addFolded(names, n));
    extraNames.forEach(n -> addFolded(names, n));
    own.forEach(k -> doc.add(new StringField(OWN, k, Field.Store.NO)));
    names.forEach(k -> doc.add(new StringField(NAMES, k, Field.Store.NO)));
    doc.add(new StringField(KIND, kind(row), Field.Store.NO));
    keyword(doc, COUNTRY, row.countryCode());
    keyword(doc, ADMIN1, row.admin1());
    keyword(doc, FEATURE_CLASS, row.featureClass());
    keyword(doc, FEATURE_CODE, row.featureCode());
    doc.add(new BinaryDocValuesField(NAME_DV, new BytesRef(row.name())));
    doc.add(new BinaryDocValuesField(ASCII_DV, new BytesRef(row.asciiName())));
    doc.add(new NumericDocValuesField(POPULATION_DV, row.population()));
    doc.add(new NumericDocValuesField(RANK, rank));
    doc.add(new NumericDocValuesField(ID_DV, row.id()));
    doc.add(new DoubleDocValuesField(LAT_DV, row.latitude()));
    doc.add(new DoubleDocValuesField(LON_DV, row.longitude()));
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  static Document alias(long id, String foldedName) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_ALIAS, Field.Store.NO));
    doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
    doc.add(new NumericDocValuesField(ID_DV, id));
    doc.add(new StringField(ALIAS, foldedName, Field.Store.NO));
    return doc;
  }

  static String kind(GeonameRow row) {
    if (row.isCountry()) {
      return KIND_COUNTRY;
    }
    if (row.isAdmin1()) {
      return KIND_ADM1;
    }
    return row.isAdmin2() ? KIND_ADM2 : KIND_OTHER;
  }

  private static void addFolded(Set<String> keys, String name) {
    String key = NameFolder.fold(name);
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }
}
