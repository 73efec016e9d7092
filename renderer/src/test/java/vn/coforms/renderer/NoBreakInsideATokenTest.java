package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.samples.Sample;

/**
 * No printed line ends inside a token of the certificate data unless that token alone cannot fit.
 *
 * <p>Definitions used here: a <em>token</em> is a maximal run of non-whitespace characters in a
 * certificate value (any string or number, at any depth). A <em>permitted break</em> inside a token
 * is right after {@code -}, {@code /} or {@code ,} (a comma between two digits excepted); the text
 * between two permitted breaks is a <em>piece</em>. A <em>line break</em> is a pair of consecutive
 * text marks of one wrapped block (same rectangle, face and size). It is <em>inside a token</em>
 * when the first line's last word followed directly by the second line's first word occurs within a
 * token (starting it, unless the first line is that one word; ending it, unless the second line is
 * that one word), and the first line does not end at a permitted break. Such a break is allowed
 * only when the piece it splits is wider than the block's inner width at the form's minimum font
 * size.
 */
class NoBreakInsideATokenTest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.samples.Samples#all")
  void noLineEndsInsideATokenThatCouldFitWhole(Sample sample) {
    Certificate certificate = RenderFixture.certificate(sample);
    List<String> tokens = tokens(certificate.fields());
    double minPt = RenderFixture.CATALOGUE.require(certificate.formId()).layout().font().minSize();
    List<String> problems = new ArrayList<>();
    for (Page page :
        RenderFixture.RENDERER
            .layout(RenderFixture.CATALOGUE, certificate, RenderOptions.defaults())
            .pages()) {
      List<Mark.Text> texts =
          page.marks().stream()
              .filter(m -> m instanceof Mark.Text)
              .map(m -> (Mark.Text) m)
              .toList();
      for (int i = 0; i + 1 < texts.size(); i++) {
        Mark.Text a = texts.get(i);
        Mark.Text b = texts.get(i + 1);
        if (sameBlock(a, b)) {
          splitPiece(a.text(), b.text(), tokens)
              .filter(piece -> fitsAtMinimum(piece, a, minPt))
              .ifPresent(
                  piece ->
                      problems.add(
                          "page "
                              + page.number()
                              + ": \""
                              + a.text()
                              + "\" / \""
                              + b.text()
                              + "\" splits \""
                              + piece
                              + "\""));
        }
      }
    }
    assertThat(problems).as(sample.toString()).isEmpty();
  }

  private static boolean sameBlock(Mark.Text a, Mark.Text b) {
    return a.within().equals(b.within())
        && a.face() == b.face()
        && a.sizePt() == b.sizePt()
        && a.angleDeg() == 0
        && b.baseline() > a.baseline();
  }

  /** The piece a break between two lines splits, if the break is inside a token. */
  static Optional<String> splitPiece(String first, String second, List<String> tokens) {
    if (first.isEmpty() || second.isEmpty() || permittedAfter(first, first.length() - 1)) {
      return Optional.empty();
    }
    String tail = first.substring(first.lastIndexOf(' ') + 1);
    int space = second.indexOf(' ');
    String head = space < 0 ? second : second.substring(0, space);
    String joined = tail + head;
    boolean tailStartsAToken = !tail.equals(first);
    boolean headEndsAToken = space >= 0;
    for (String token : tokens) {
      int at = token.indexOf(joined);
      boolean aligned =
          at >= 0
              && (!tailStartsAToken || at == 0)
              && (!headEndsAToken || at + joined.length() == token.length());
      if (aligned) {
        int cut = at + tail.length();
        int start = cut - 1;
        while (start > 0 && !permittedAfter(token, start - 1)) {
          start--;
        }
        int end = cut;
        while (end < token.length() && !permittedAfter(token, end - 1)) {
          end++;
        }
        return Optional.of(token.substring(start, end));
      }
    }
    return Optional.empty();
  }

  private static boolean permittedAfter(String s, int i) {
    char c = s.charAt(i);
    boolean thousands =
        c == ','
            && i > 0
            && i + 1 < s.length()
            && Character.isDigit(s.charAt(i - 1))
            && Character.isDigit(s.charAt(i + 1));
    return (c == '-' || c == '/' || c == ',') && !thousands;
  }

  private static boolean fitsAtMinimum(String piece, Mark.Text line, double minPt) {
    double inner = line.within().width().value() - 2;
    return RenderFixture.FONTS.metrics(line.face()).widthMm(piece, minPt) <= inner;
  }

  private static List<String> tokens(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> out.addAll(tokens(v)));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> out.addAll(tokens(v)));
    } else if (value instanceof String || value instanceof Number) {
      String s = Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFC);
      WHITESPACE.splitAsStream(s).filter(t -> !t.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
