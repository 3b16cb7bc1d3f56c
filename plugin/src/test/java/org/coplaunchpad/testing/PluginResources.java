package org.coplaunchpad.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The app's built resources as the tests see them (target/classes): the filtered descriptor first of all. */
public final class PluginResources {
    private PluginResources() {
    }

    public static InputStream open(String path) {
        InputStream in = PluginResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("Resource " + path + " is not on the plugin's class path");
        }
        return in;
    }

    public static Document descriptor() {
        try (InputStream in = open("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml is not well-formed XML", e);
        }
    }

    public static List<Element> elements(Document document, String tagName) {
        NodeList nodes = document.getElementsByTagName(tagName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public static List<Element> children(Element parent, String tagName) {
        List<Element> elements = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tagName)) {
                elements.add(element);
            }
        }
        return elements;
    }
}
