package io.newsreel.processor.match;

/** Ids made from names, so the same new person or show gets the same id in every article. */
public final class Slugs {

    private Slugs() {
    }

    /** Kebab case of the normalized name: "Lee Do-hyun" becomes {@code lee-do-hyun}. */
    public static String of(final String name) {
        return TextNormalizer.normalizeText(name).replace(' ', '-');
    }
}
