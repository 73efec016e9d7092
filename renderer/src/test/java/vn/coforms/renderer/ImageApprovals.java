package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares a rendered page with its approved PNG, allowing one colour step per channel (PDFBox's
 * TestPDFToImage idea). On a mismatch it writes {@code target/approval/<name>.received.png} and a
 * {@code .diff.png} (differing pixels in red). Approving means copying received over approved in a
 * reviewed commit; nothing is ever approved automatically.
 */
final class ImageApprovals {
  private ImageApprovals() {}

  /** Returns the problem, or the empty string when the image matches. */
  static String compare(Path approved, BufferedImage received, String name) throws IOException {
    try {
      assertMatches(approved, received, name);
      return "";
    } catch (AssertionError e) {
      return String.valueOf(e.getMessage());
    }
  }

  static void assertMatches(Path approved, BufferedImage received, String name) throws IOException {
    Path receivedFile = Path.of("target/approval", name + ".received.png");
    if (!Files.exists(approved)) {
      write(received, receivedFile);
      throw new AssertionError(
          "no approved image "
              + approved
              + "; look at "
              + receivedFile
              + " and copy it there to approve");
    }
    BufferedImage expected = ImageIO.read(approved.toFile());
    assertThat(received.getWidth()).as(name + " width").isEqualTo(expected.getWidth());
    assertThat(received.getHeight()).as(name + " height").isEqualTo(expected.getHeight());
    BufferedImage diff =
        new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_INT_RGB);
    long differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int a = expected.getRGB(x, y);
        int b = received.getRGB(x, y);
        boolean same = close(a >> 16, b >> 16) && close(a >> 8, b >> 8) && close(a, b);
        diff.setRGB(x, y, same ? (a & 0xffffff) | 0x000000 : 0xff0000);
        if (!same) {
          differing++;
        }
      }
    }
    if (differing > 0) {
      write(received, receivedFile);
      write(diff, Path.of("target/approval", name + ".diff.png"));
      throw new AssertionError(
          name
              + ": "
              + differing
              + " pixel(s) differ from "
              + approved
              + " by more than one colour step; see "
              + receivedFile
              + " and the .diff.png beside it");
    }
  }

  private static boolean close(int a, int b) {
    return Math.abs((a & 0xff) - (b & 0xff)) <= 1;
  }

  private static void write(BufferedImage image, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }
}
