package vn.coforms.renderer.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-3b: XMP identification, sRGB output intent, the certificate data attached,
 * fixed id and dates.
 */
final class PdfA {
  private static final String CREATOR = "coforms";

  private PdfA() {}

  static void conform(PDDocument doc, PdfMetadata meta) throws IOException {
    Calendar date = GregorianCalendar.from(meta.date().atStartOfDay(ZoneOffset.UTC));
    doc.setDocumentId(meta.documentId());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(meta.title());
    info.setSubject(meta.subject());
    info.setCreator(CREATOR);
    info.setProducer(CREATOR);
    info.setCreationDate(date);
    info.setModificationDate(date);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setMetadata(xmp(doc, meta, date));
    catalog.addOutputIntent(outputIntent(doc));
    attach(doc, catalog, meta, date);
  }

  private static PDMetadata xmp(PDDocument doc, PdfMetadata meta, Calendar date)
      throws IOException {
    Optional<byte[]> written = XmpPacket.write(meta.title(), meta.subject(), meta.date(), CREATOR);
    byte[] packet = written.isPresent() ? written.get() : serialized(meta, date);
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(packet);
    return metadata;
  }

  /**
   * The packet as xmpbox writes it: what {@link XmpPacket} reproduces without the XML machinery.
   */
  static byte[] serialized(PdfMetadata meta, Calendar date) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
      id.setPart(3);
      id.setConformance("B");
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setTitle(meta.title());
      dc.addDescription(null, meta.subject());
      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreateDate(date);
      basic.setModifyDate(date);
      basic.setCreatorTool(CREATOR);
      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer(CREATOR);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      return out.toByteArray();
    } catch (BadFieldValueException | TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
  }

  private static PDOutputIntent outputIntent(PDDocument doc) throws IOException {
    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  private static void attach(
      PDDocument doc, PDDocumentCatalog catalog, PdfMetadata meta, Calendar date)
      throws IOException {
    byte[] data = meta.attachmentJson().getBytes(StandardCharsets.UTF_8);
    PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(data));
    file.setSubtype("application/json");
    file.setSize(data.length);
    file.setCreationDate(date);
    file.setModDate(date);
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(meta.attachmentName());
    spec.setFileUnicode(meta.attachmentName());
    spec.setFileDescription(
        "The certificate data this PDF was rendered from (coforms certificate JSON)");
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Data"));
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(meta.attachmentName(), spec));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray af = new COSArray();
    af.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
  }
}
