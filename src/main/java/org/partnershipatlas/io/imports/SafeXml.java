package org.partnershipatlas.io.imports;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way XML is read here: no document type declarations, no external entities, no entity
 * expansion. A file carrying a DTD (the vehicle of "billion laughs" expansion and of external
 * references that read local files or reach the network) is refused with a message, never followed.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    /** The refusal for a file that declares a DTD, naming what the DTD would have done. */
    public static ImportRefusedException refuseDtd(String fileName, String dtd) {
        String what = dtd.contains("SYSTEM") || dtd.contains("PUBLIC")
                ? "an external reference (to a file or a web address)"
                : dtd.contains("<!ENTITY") ? "entity declarations (which can expand to fill memory)" : "a DTD";
        return new ImportRefusedException(fileName + " is refused: it declares " + what + " in a <!DOCTYPE>. "
                + "Partnership Atlas does not follow DTDs or entities in files it imports, as they can read other "
                + "files or exhaust memory. Export the file again without a DOCTYPE.");
    }
}
