package vn.coforms.samples;

import java.io.File;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names approved findings {@code src/main/resources/samples/<form>/<name>.expected.txt}, beside the
 * sample, and writes received ones under {@code target/approval/}. Approving means copying the
 * received file over the expected one in a reviewed commit.
 */
final class ExpectedFileNamer implements ApprovalNamer {
  private final Sample sample;
  private String additional = "";

  ExpectedFileNamer(Sample sample) {
    this.sample = sample;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return new File("src/main/resources/samples/" + sample.formId() + "/" + sample.name() + ".expected" + extensionWithDot);
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return new File("target/approval/" + sample.formId() + "/" + sample.name() + ".received" + extensionWithDot);
  }

  @Override
  public ApprovalNamer addAdditionalInformation(String info) {
    additional = info;
    return this;
  }

  @Override
  public String getAdditionalInformation() {
    return additional;
  }

  @Override
  public String getApprovalName() {
    return sample.name();
  }

  @Override
  public String getSourceFilePath() {
    return "src/main/resources/samples/" + sample.formId() + "/";
  }
}
