package org.coplaunchpad.standalone.hosting.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Whether text is storage format Confluence would accept: a well-formed XHTML fragment whose {@code ac:}, {@code ri:}
 * and {@code at:} prefixes are Confluence's namespaces and where HTML's named entities ({@code &nbsp;}) are allowed.
 * Confluence refuses anything else on save ("Error parsing xhtml"), and so does the host.
 */
public final class StorageFormat {
    /** The body of a page created empty (a blank page, a new space's home page), as Confluence's editor stores it. */
    public static final String EMPTY_PAGE = "<p></p>";

    /** The fragment is parsed inside this element, on the same line, so that line numbers stay the user's. */
    private static final String OPEN = "<storage xmlns=\"http://www.w3.org/1999/xhtml\""
            + " xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\""
            + " xmlns:at=\"http://atlassian.com/template\">";
    private static final String CLOSE = "</storage>";
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");

    /** Where and why a text is not well-formed; line and column are the user's (1-based). */
    public record Problem(int line, int column, String message) {
        public String describe() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    private StorageFormat() {
    }

    /** Empty when the text is well-formed storage format. */
    public static Optional<Problem> check(String storage) {
        String text = numericEntities(storage == null ? "" : storage);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.parse(new InputSource(new StringReader(OPEN + text + CLOSE)));
            return Optional.empty();
        } catch (SAXParseException e) {
            int line = Math.max(1, e.getLineNumber());
            int column = line == 1 ? Math.max(1, e.getColumnNumber() - OPEN.length()) : Math.max(1, e.getColumnNumber());
            return Optional.of(new Problem(line, column, e.getMessage()));
        } catch (SAXException e) {
            return Optional.of(new Problem(1, 1, e.getMessage()));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The XML parser is not available: " + e.getMessage(), e);
        }
    }

    /** HTML's named entities (&amp;nbsp;, &amp;eacute;...) as numeric references, which XML knows without a DTD. */
    private static String numericEntities(String text) {
        Matcher m = NAMED_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!java.util.Set.of("amp", "lt", "gt", "quot", "apos").contains(name) && Entities.isNamedEntity(name)) {
                String chars = Entities.getByName(name);
                StringBuilder refs = new StringBuilder();
                chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
                replacement = refs.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
