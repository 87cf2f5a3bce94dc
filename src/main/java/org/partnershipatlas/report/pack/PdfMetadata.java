package org.partnershipatlas.report.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The PDF's XMP metadata: its title, author and dates as the document information says, and the
 * PDF/UA identifier (part 1), which tells a reader and a checker that the file claims to be accessible.
 * Written as the short XML packet it is, with every value escaped.
 */
final class PdfMetadata {
    private PdfMetadata() {
    }

    static void attach(PDDocument document, String title, String author, Calendar created) throws IOException {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.toInstant().atZone(ZoneId.systemDefault())
                .withNano(0));
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreatorTool>Partnership Atlas</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <pdf:Producer>" + escape(producer(document)) + "</pdf:Producer>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static String producer(PDDocument document) {
        String producer = document.getDocumentInformation().getProducer();
        return producer == null ? "" : producer;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
