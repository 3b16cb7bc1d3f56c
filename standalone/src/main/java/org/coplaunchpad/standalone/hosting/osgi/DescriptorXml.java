package org.coplaunchpad.standalone.hosting.osgi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading the app's atlassian-plugin.xml: one safe parser (no DTDs) and child-element lookups, for every reader. */
public final class DescriptorXml {
    private DescriptorXml() {
    }

    public static Document document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PluginLoadException("atlassian-plugin.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} named {@code name}, or all of them when {@code name} is null. */
    public static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                elements.add(e);
            }
        }
        return elements;
    }
}
