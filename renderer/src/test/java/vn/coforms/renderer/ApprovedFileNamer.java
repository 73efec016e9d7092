package vn.coforms.renderer;

import java.io.File;
import org.approvaltests.namer.ApprovalNamer;

/** Names approved page models {@code src/test/resources/approved/<form>/<sample>.pagemodel.txt}. */
final class ApprovedFileNamer implements ApprovalNamer {
  private final String form;
  private final String name;
  private String additional = "";

  ApprovedFileNamer(String form, String name) {
    this.form = form;
    this.name = name;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return new File("src/test/resources/approved/" + form + "/" + name + extensionWithDot);
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return new File("target/approval/" + form + "/" + name + ".received" + extensionWithDot);
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
    return name;
  }

  @Override
  public String getSourceFilePath() {
    return "src/test/resources/approved/" + form + "/";
  }
}
