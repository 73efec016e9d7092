package vn.coforms.framework.testkit;

import java.io.File;
import org.approvaltests.namer.ApprovalNamer;

/**
 * An ApprovalTests namer with exactly the files we choose: the approved file in the source tree
 * (e.g. {@code invalid-x.expected.txt} beside a sample) and the received file under {@code
 * target/approval/}. Approving is copying received over approved in a reviewed commit.
 */
public final class FixedFileNamer implements ApprovalNamer {
  private final String approvedBase;
  private final String receivedBase;
  private String additional = "";

  /** Both bases are paths without the extension, relative to the module directory. */
  public FixedFileNamer(String approvedBase, String receivedBase) {
    this.approvedBase = approvedBase;
    this.receivedBase = receivedBase;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return new File(approvedBase + extensionWithDot);
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return new File(receivedBase + extensionWithDot);
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
    return new File(approvedBase).getName();
  }

  @Override
  public String getSourceFilePath() {
    return new File(approvedBase).getParent() + File.separator;
  }
}
