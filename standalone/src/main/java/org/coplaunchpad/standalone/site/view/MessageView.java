package org.coplaunchpad.standalone.site.view;

/**
 * One sentence in an AUI message box ({@code message.vm}): a refusal, a missing page, an error.
 *
 * @param kind AUI's message kind: {@code warning}, {@code error}, {@code info}
 */
public record MessageView(String id, String kind, String text) {
}
