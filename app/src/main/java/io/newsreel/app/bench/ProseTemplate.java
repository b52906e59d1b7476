package io.newsreel.app.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills the {@code {key}} placeholders of the benchmarks' sentence templates, and remembers which keys it filled. */
public final class ProseTemplate {

    private final Map<String, String> values;
    private final Set<String> used = new LinkedHashSet<>();

    public ProseTemplate(final Map<String, String> values) {
        this.values = values;
    }

    /** The template with every placeholder filled; a key without a value is a bug in the templates. */
    public String fill(final String template) {
        final StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            final int close = template.indexOf('}', open);
            final String key = template.substring(open + 1, close);
            final String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("no value for {" + key + "} in: " + template);
            }
            out.append(template, from, open).append(value);
            used.add(key);
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** The values of {@code byKey} whose keys were filled, without repeats. */
    List<String> used(final Map<String, String> byKey) {
        final Set<String> found = new LinkedHashSet<>();
        used.stream().filter(byKey::containsKey).map(byKey::get).forEach(found::add);
        return List.copyOf(found);
    }
}
