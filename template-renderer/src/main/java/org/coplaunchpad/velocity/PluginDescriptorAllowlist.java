package org.coplaunchpad.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the {@code <velocity-allowlist>} modules of an atlassian-plugin.xml. */
final class PluginDescriptorAllowlist {

    private PluginDescriptorAllowlist() {
    }

    static List<String> read(InputStream atlassianPluginXml) {
        Document descriptor = parse(atlassianPluginXml);
        List<String> entries = new ArrayList<>();
        NodeList modules = descriptor.getElementsByTagName("velocity-allowlist");
        for (int m = 0; m < modules.getLength(); m++) {
            Element module = (Element) modules.item(m);
            NodeList methods = module.getElementsByTagName("method");
            for (int i = 0; i < methods.getLength(); i++) {
                String entry = methods.item(i).getTextContent().trim();
                try {
                    entries.add(VelocityAllowlist.normalise(entry));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("In <velocity-allowlist key=\"" + module.getAttribute("key")
                            + "\"> of atlassian-plugin.xml: " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    private static Document parse(InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A plugin descriptor never needs a DTD or external entities; refusing them rules out XXE.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(xml);
        } catch (SAXException e) {
            throw new IllegalArgumentException("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read atlassian-plugin.xml", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser does not support secure processing", e);
        }
    }
}
