package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * Reads places from the index's doc values rather than its stored fields: stored fields are compressed in
 * blocks that each read must inflate, which made up most of a look-up's time; doc values are read in place.
 * Iterators are made per call, so one reader serves any number of threads.
 */
final class PlaceReader {
  private final IndexReader reader;

  PlaceReader(IndexReader reader) {
    this.reader = reader;
  }

  /** The places of the given documents, in the given order. */
  Place[] read(int[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    // Doc values iterators only move forward, so visit documents in index order.
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    Place[] places = new Place[docs.length];
    Leaf leaf = null;
    for (int i : order) {
      int leafIndex = ReaderUtil.subIndex(docs[i], leaves);
      if (leaf == null || leaf.index != leafIndex) {
        leaf = new Leaf(leafIndex, leaves.get(leafIndex));
      }
      places[i] = leaf.place(docs[i] - leaf.docBase);
    }
    return places;
  }

  /** The geoname id of each document, in the given order. */
  long[] ids(int[] docs) throws IOException {
    Place[] places = read(docs);
    return Arrays.stream(places).mapToLong(Place::geonameId).toArray();
  }

  /** One segment's iterators. */
  private static final class Leaf {
    final int index;
    final int docBase;
    final NumericDocValues id;
    final NumericDocValues lat;
    final NumericDocValues lon;
    final NumericDocValues population;
    final BinaryDocValues name;
    final BinaryDocValues ascii;
    final SortedDocValues country;
    final SortedDocValues admin1;
    final SortedDocValues featureClass;
    final SortedDocValues featureCode;

    Leaf(int index, LeafReaderContext context) throws IOException {
      this.index = index;
      this.docBase = context.docBase;
      LeafReader r = context.reader();
      id = DocValues.getNumeric(r, PlaceFields.ID_DV);
      lat = DocValues.getNumeric(r, PlaceFields.LAT_DV);
      lon = DocValues.getNumeric(r, PlaceFields.LON_DV);
      population = DocValues.getNumeric(r, PlaceFields.POPULATION_DV);
      name = DocValues.getBinary(r, PlaceFields.NAME_DV);
      ascii = DocValues.getBinary(r, PlaceFields.ASCII_DV);
      country = DocValues.getSorted(r, PlaceFields.COUNTRY);
      admin1 = DocValues.getSorted(r, PlaceFields.ADMIN1);
      featureClass = DocValues.getSorted(r, PlaceFields.FEATURE_CLASS);
      featureCode = DocValues.getSorted(r, PlaceFields.FEATURE_CODE);
    }

    Place place(int doc) throws IOException {
      return new Place(
          numeric(id, doc),
          binary(name, doc),
          binary(ascii, doc),
          sorted(country, doc),
          sorted(admin1, doc),
          sorted(featureClass, doc),
          sorted(featureCode, doc),
          Double.longBitsToDouble(numeric(lat, doc)),
          Double.longBitsToDouble(numeric(lon, doc)),
          numeric(population, doc));
    }

    private static long numeric(NumericDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.longValue() : 0;
    }

    private static String binary(BinaryDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }

    private static String sorted(SortedDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
  }
}
