package io.uncrowned.guard.understand.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny gazetteer for tests: exact look-ups on folded names and alternate names, most populous first. */
final class InMemoryGazetteer implements Gazetteer {
  private final Map<Long, Place> byId = new HashMap<>();
  private final Map<String, List<Place>> byName = new HashMap<>();

  /** Adds a place known by its name and these alternate names. */
  InMemoryGazetteer add(Place p, String... alternates) {
    byId.put(p.geonameId(), p);
    List<String> names = new ArrayList<>(List.of(p.name()));
    names.addAll(List.of(alternates));
    names.stream().map(PlaceNames::fold).distinct()
        .forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(p));
    return this;
  }

  static Place place(long id, String name, String cc, String admin1, String fcode, double lat, double lon,
      long population) {
    String fclass = fcode.startsWith("PCL") || fcode.startsWith("ADM") ? "A" : "P";
    return new Place(id, name, name, cc, admin1, fclass, fcode, lat, lon, population);
  }

  /** A handful of real places (GeoNames ids and points) that make the usual ambiguities. */
  static InMemoryGazetteer sample() {
    return new InMemoryGazetteer()
        .add(place(6252001, "United States", "US", "00", "PCLI", 39.76, -98.5, 327_167_434), "USA", "US", "America", "In")
        .add(place(4896861, "Illinois", "US", "IL", "ADM1", 40.00032, -89.25037, 0))
        .add(place(4398678, "Missouri", "US", "MO", "ADM1", 38.25031, -92.50046, 0))
        .add(place(4736286, "Texas", "US", "TX", "ADM1", 31.25044, -99.25061, 0))
        .add(place(4331987, "Louisiana", "US", "LA", "ADM1", 31.00047, -92.000389, 0))
        .add(place(4250542, "Springfield", "US", "IL", "PPLA", 39.80172, -89.64371, 116_565))
        .add(place(4409896, "Springfield", "US", "MO", "PPLA2", 37.21533, -93.29824, 166_810))
        .add(place(4951788, "Springfield", "US", "MA", "PPLA2", 42.10148, -72.58981, 155_032))
        .add(place(2988507, "Paris", "FR", "11", "PPLC", 48.85341, 2.3488, 2_138_551))
        .add(place(4717560, "Paris", "US", "TX", "PPLA2", 33.66094, -95.55551, 24_782))
        .add(place(3017382, "France", "FR", "00", "PCLI", 46, 2, 66_987_244))
        .add(place(361058, "Alexandria", "EG", "06", "PPLA", 31.20176, 29.91582, 3_811_516))
        .add(place(4314550, "Alexandria", "US", "LA", "PPLA2", 31.31129, -92.44514, 47_723))
        .add(place(4328010, "Pineville", "US", "LA", "PPL", 31.32241, -92.43430, 14_555))
        .add(place(690791, "Ukraine", "UA", "00", "PCLI", 49, 32, 44_622_516))
        .add(place(2017370, "Russia", "RU", "00", "PCLI", 60, 100, 144_478_050), "Russian Federation")
        // A region named by a plain word, as several are; the id is invented.
        .add(place(900000001, "Western", "KE", "50", "ADM1", 0.5, 34.5, 0))
        .add(place(706483, "Kharkiv", "UA", "07", "PPLA", 49.98081, 36.25272, 1_430_885), "Kharkov")
        .add(place(706482, "Kharkivs'ka Oblast'", "UA", "07", "ADM1", 49.5, 36.5, 0), "Kharkiv", "Kharkiv Oblast");
  }

  @Override
  public List<Place> candidates(String name, int max) {
    List<Place> found = new ArrayList<>(byName.getOrDefault(PlaceNames.fold(name), List.of()));
    found.sort(Comparator.comparingLong(Place::population).reversed());
    return List.copyOf(found.subList(0, Math.min(max, found.size())));
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return Optional.ofNullable(byId.get(geonameId));
  }

  @Override
  public Optional<Place> country(String countryCode) {
    return byId.values().stream().filter(p -> p.isCountry() && p.countryCode().equals(countryCode)).findFirst();
  }

  @Override
  public Optional<Place> region(String countryCode, String admin1Code) {
    return byId.values().stream().filter(p -> p.isFirstLevelRegion() && p.countryCode().equals(countryCode)
        && p.admin1Code().equals(admin1Code)).findFirst();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
