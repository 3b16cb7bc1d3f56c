package org.coplaunchpad.checklist;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the parameters of macros in a page's storage format (Confluence's XHTML with {@code ac:} elements), so
 * that the server learns a checklist's mode from the page itself, never from the browser.
 */
final class StoredMacros {
    /** Named HTML entities are legal in storage format but unknown to an XML parser; numeric ones are fine. */
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(?!(amp|lt|gt|quot|apos);)[a-zA-Z][a-zA-Z0-9]*;");
    private static final XMLInputFactory XML = xmlInputFactory();

    private StoredMacros() {
    }

    /** The parameters of every {@code <ac:structured-macro ac:name="macroName">}, in document order, nested ones too. */
    static List<Map<String, String>> parameters(String storageFormat, String macroName) {
        List<Map<String, String>> macros = new ArrayList<>();
        if (storageFormat == null || storageFormat.isBlank()) {
            return macros;
        }
        String xml = "<root>" + withoutNamedEntities(storageFormat) + "</root>";
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(xml));
            List<Map<String, String>> open = new ArrayList<>();   // one entry per open structured-macro, null if another macro
            String parameter = null;
            StringBuilder value = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = qualifiedName(reader.getPrefix(), reader.getLocalName());
                    if (element.equals("ac:structured-macro")) {
                        boolean wanted = macroName.equals(attribute(reader, "ac:name"));
                        Map<String, String> parameters = wanted ? new HashMap<>() : null;
                        open.add(parameters);
                        if (wanted) {
                            macros.add(parameters);
                        }
                    } else if (element.equals("ac:parameter") && !open.isEmpty() && open.get(open.size() - 1) != null) {
                        parameter = attribute(reader, "ac:name");
                        value.setLength(0);
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && parameter != null) {
                    value.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = qualifiedName(reader.getPrefix(), reader.getLocalName());
                    if (element.equals("ac:parameter") && parameter != null) {
                        open.get(open.size() - 1).put(parameter, value.toString());
                        parameter = null;
                    } else if (element.equals("ac:structured-macro") && !open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The page's storage format is not well-formed XHTML: " + e.getMessage(), e);
        }
        return macros;
    }

    /** "ac:name" whether or not the parser splits prefixes off (namespace-unaware parsers differ). */
    private static String qualifiedName(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (qualifiedName(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String withoutNamedEntities(String storageFormat) {
        Matcher matcher = NAMED_ENTITY.matcher(storageFormat);
        return matcher.replaceAll(" ");
    }

    /** Namespace-unaware (ac: prefixes are not declared in a page body), no DTDs, no external entities. */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
