package org.uplift.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small reference-data CSVs beside the catalog classes: UTF-8, a header line, fields
 * optionally in double quotes (a doubled quote inside one is a literal quote). Every field must be
 * non-blank; bad data fails class initialisation rather than surfacing later as a missing name.
 */
final class CatalogCsv {

    private CatalogCsv() {
    }

    static List<List<String>> read(Class<?> owner, String resource, int columns) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource + " beside " + owner.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            reader.readLine(); // header
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != columns || fields.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(
                            resource + " line " + lineNumber + ": expected " + columns + " non-blank fields");
                }
                rows.add(List.copyOf(fields));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("Unterminated quote in: " + line);
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
