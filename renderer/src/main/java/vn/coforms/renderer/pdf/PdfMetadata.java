package vn.coforms.renderer.pdf;

import java.time.LocalDate;

/**
 * What the PDF says about itself: title, the certificate's date (never the clock), its data as
 * JSON.
 */
public record PdfMetadata(
    String title,
    String subject,
    LocalDate date,
    long documentId,
    String attachmentName,
    String attachmentJson) {}
