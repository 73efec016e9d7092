package vn.coforms.renderer.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The XMP packet of a certificate, written from a template: the same bytes xmpbox's {@code
 * XmpSerializer} writes for the same schemas and values (a test compares the two), without building
 * an XML document and a transformer for every render. Values with characters the template does not
 * know how to write as the serializer would (controls, line breaks, surrogates) are not written
 * here: {@link #write} answers empty and the caller uses the serializer.
 */
final class XmpPacket {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private XmpPacket() {}

  /**
   * The packet, or empty when {@code title} or {@code subject} holds a character it cannot write.
   */
  static Optional<byte[]> write(String title, String subject, LocalDate date, String creator) {
    if (!plain(title) || !plain(subject) || !plain(creator)) {
      return Optional.empty();
    }
    String day = DAY.format(date) + "T00:00:00+00:00";
    String packet =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
            + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "    <rdf:Description rdf:about=\"\">\n"
            + "      <pdfaid:part>3</pdfaid:part>\n"
            + "      <pdfaid:conformance>B</pdfaid:conformance>\n"
            + "    </rdf:Description>\n"
            + "    <rdf:Description rdf:about=\"\">\n"
            + "      <dc:title>\n"
            + "        <rdf:Alt>\n"
            + li(title)
            + "        </rdf:Alt>\n"
            + "      </dc:title>\n"
            + "      <dc:description>\n"
            + "        <rdf:Alt>\n"
            + li(subject)
            + "        </rdf:Alt>\n"
            + "      </dc:description>\n"
            + "    </rdf:Description>\n"
            + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
            + "      <xmp:CreateDate>"
            + day
            + "</xmp:CreateDate>\n"
            + "      <xmp:ModifyDate>"
            + day
            + "</xmp:ModifyDate>\n"
            + "      <xmp:CreatorTool>"
            + escape(creator)
            + "</xmp:CreatorTool>\n"
            + "    </rdf:Description>\n"
            + "    <rdf:Description rdf:about=\"\">\n"
            + "      <pdf:Producer>"
            + escape(creator)
            + "</pdf:Producer>\n"
            + "    </rdf:Description>\n"
            + "  </rdf:RDF>\n"
            + "</x:xmpmeta><?xpacket end=\"w\"?>\n";
    return Optional.of(packet.getBytes(StandardCharsets.UTF_8));
  }

  /** Only characters the serializer writes as themselves, or as one of the three entities. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c >= 0xFFFE) {
        return false;
      }
    }
    return true;
  }

  /** One language alternative; the serializer closes an empty one in its start tag. */
  private static String li(String text) {
    return text.isEmpty()
        ? "          <rdf:li xml:lang=\"x-default\"/>\n"
        : "          <rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
