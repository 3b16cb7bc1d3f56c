package org.coplaunchpad.standalone.testing;

import java.util.ArrayList;
import java.util.List;

/** Reads the app's CSV downloads as a spreadsheet would (RFC 4180: commas, quoted cells with doubled quotes, CRLF rows). */
public final class Csv {
    private Csv() {
    }

    /** The records of {@code text}, the byte-order mark (if any) left out; the header is the first record. */
    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString().replaceAll("\r$", ""));
                cell.setLength(0);
                records.add(List.copyOf(record));
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(List.copyOf(record));
        }
        return List.copyOf(records);
    }
}
