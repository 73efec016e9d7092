package vn.coforms.renderer.layout;

/** What a page is stamped with across its face, under the content. */
public enum Watermark {
  /** A sample for training and form authors: SPECIMEN. */
  SPECIMEN,
  /** Data that failed validation: DRAFT – NOT VALID, in English and Vietnamese. */
  DRAFT;

  /** The words of the draft mark, one line each; also written into the PDF metadata. */
  public static final String DRAFT_EN = "DRAFT – NOT VALID";

  public static final String DRAFT_VI = "BẢN NHÁP – KHÔNG CÓ GIÁ TRỊ";
}
