package vn.coforms.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The bundled trade vocabulary generated certificates draw their texts from: Vietnamese exporters,
 * foreign consignees per country, ports, vessels, goods with their HS codes, marks, currencies.
 * Invented names that look like real trade data. Immutable; read once per class loader.
 */
record Vocabulary(
    List<Exporter> exporters,
    Map<String, List<Consignee>> consignees,
    List<String> ports,
    List<String> vessels,
    List<Goods> goods,
    List<String> marks,
    List<String> currencies,
    List<String> issuers,
    List<Exhibition> exhibitions,
    List<String> phrases) {

  /** The consignee list for countries the vocabulary has no company for. */
  static final String ANY_COUNTRY = "*";

  Vocabulary {
    exporters = List.copyOf(exporters);
    consignees = Map.copyOf(consignees);
    ports = List.copyOf(ports);
    vessels = List.copyOf(vessels);
    goods = List.copyOf(goods);
    marks = List.copyOf(marks);
    currencies = List.copyOf(currencies);
    issuers = List.copyOf(issuers);
    exhibitions = List.copyOf(exhibitions);
    phrases = List.copyOf(phrases);
  }

  /** A Vietnamese exporter, its name and address with diacritics ({@code vi}) and without. */
  record Exporter(
      String en,
      String vi,
      String streetEn,
      String streetVi,
      String provinceEn,
      String provinceVi,
      String place,
      String phone) {}

  /** A foreign company that receives or invoices goods. */
  record Consignee(String name, String address, String city) {}

  /** Goods as exported: descriptions, the 6-digit HS code, unit, typical quantity and packing. */
  record Goods(String en, String vi, String hs, String unit, int weight, String packages) {}

  /** A trade fair goods are sent to. */
  record Exhibition(String name, String address) {}

  /** The consignees of {@code country}, or the fallback ones. */
  List<Consignee> consigneesIn(String country) {
    List<Consignee> found = consignees.get(country);
    return found != null ? found : consignees.getOrDefault(ANY_COUNTRY, List.of());
  }

  /** The vocabulary bundled with the test kit. */
  static Vocabulary bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Vocabulary INSTANCE = read();

    private static Vocabulary read() {
      try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.json")) {
        if (in == null) {
          throw new IllegalStateException("vocabulary.json is missing from the test kit");
        }
        return JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readValue(in, Vocabulary.class);
      } catch (IOException e) {
        throw new UncheckedIOException("the test kit's vocabulary.json does not read", e);
      }
    }
  }
}
