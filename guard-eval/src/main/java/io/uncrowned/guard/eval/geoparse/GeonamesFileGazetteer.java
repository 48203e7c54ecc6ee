package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.GazetteerException;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory gazetteer read straight from the GeoNames files of {@code ../shared/data/geonames} (cities,
 * countries, first-level regions, US counties, continents and seas), with exact look-ups on folded names and
 * alternate names, no fuzzy matching. A stand-in for the Lucene gazetteer while evaluating; loads in a few
 * seconds and about 600 MB of heap. Data: GeoNames (CC BY 4.0).
 */
public final class GeonamesFileGazetteer implements Gazetteer {
  private static final Comparator<Place> BIGGEST_FIRST = Comparator.comparingLong(Place::population).reversed()
      .thenComparing(p -> p.featureClass().equals("A") ? 0 : 1).thenComparingLong(Place::geonameId);
  private final Map<Long, Place> byId = new HashMap<>();
  private final Map<String, List<Place>> byName = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();
  private final Map<String, Place> regions = new HashMap<>();

  private GeonamesFileGazetteer() {}

  /**
   * Reads the files of {@code folder} (the layout of {@code ../shared/data/geonames}); absent ones are
   * skipped.
   */
  public static GeonamesFileGazetteer load(Path folder) {
    GeonamesFileGazetteer g = new GeonamesFileGazetteer();
    Path points = folder.resolve("admin-points");
    g.read(points.resolve("countries_PCL_geonames.tsv"), false);
    g.read(points.resolve("admin1_ADM1_geonames.tsv"), false);
    g.read(points.resolve("no_country_L_H_geonames.tsv"), false);
    g.read(folder.resolve("cities500.txt"), false);
    g.read(folder.resolve("cities15000.txt"), false);
    g.read(points.resolve("adm2_US_counties_APPROX_census2017.tsv"), true);
    g.byName.values().forEach(list -> list.sort(BIGGEST_FIRST));
    return g;
  }

  private void read(Path file, boolean countyLayout) {
    if (!Files.isRegularFile(file)) {
      return; // A folder may hold only some of the tables; the cities are what matters most.
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = countyLayout ? in.readLine() : null;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length >= (countyLayout ? 8 : 15)) {
          add(countyLayout ? county(f) : geoname(f), countyLayout ? "" : f[3]);
        }
      }
    } catch (IOException e) {
      throw new GazetteerException(file, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Place geoname(String[] f) {
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    return new Place(Long.parseLong(f[0]), f[1], f[2], f[8], f[10], f[6], f[7],
        Double.parseDouble(f[4]), Double.parseDouble(f[5]), population);
  }

  private static Place county(String[] f) {
    return new Place(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], "A", "ADM2",
        Double.parseDouble(f[6]), Double.parseDouble(f[7]), 0);
  }

  private void add(Place p, String alternates) {
    if (byId.putIfAbsent(p.geonameId(), p) != null) {
      return;
    }
    if (p.isCountry()) {
      countries.putIfAbsent(p.countryCode(), p);
    } else if (p.isFirstLevelRegion()) {
      regions.putIfAbsent(p.countryCode() + "." + p.admin1Code(), p);
    }
    List<String> names = new ArrayList<>(List.of(p.name(), p.asciiName()));
    if (!alternates.isEmpty()) {
      names.addAll(List.of(alternates.split(",")));
    }
    names.stream().map(PlaceNames::fold).filter(n -> !n.isEmpty()).distinct()
        .forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>(2)).add(p));
  }

  @Override
  public List<Place> candidates(String name, int max) {
    List<Place> found = byName.getOrDefault(PlaceNames.fold(name), List.of());
    return List.copyOf(found.subList(0, Math.min(max, found.size())));
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return Optional.ofNullable(byId.get(geonameId));
  }

  @Override
  public Optional<Place> country(String countryCode) {
    return Optional.ofNullable(countries.get(countryCode));
  }

  @Override
  public Optional<Place> region(String countryCode, String admin1Code) {
    return Optional.ofNullable(regions.get(countryCode + "." + admin1Code));
  }

  @Override
  public void close() {
    // Nothing to release: all in memory.
  }
}
