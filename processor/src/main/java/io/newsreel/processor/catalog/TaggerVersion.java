package io.newsreel.processor.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.serde.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Names what produced a set of tags: the tagging rules and the catalog, as {@code rules-1+catalog-3fa2b9c01d2e}. The
 * catalog part is a digest of its entries in key order, so the same catalog gives the same version wherever and
 * whenever the tagger is built, and a consumer can tell a re-tag (new version, same article revision) from news.
 */
public final class TaggerVersion {

    private static final int DIGEST_HEX_CHARACTERS = 12;

    private TaggerVersion() {
    }

    public static String of(final String rulesVersion, final List<CatalogEntry> catalog) {
        final MessageDigest digest = sha256();
        for (final CatalogEntry entry : catalog.stream().sorted(Comparator.comparing(CatalogEntry::key)).toList()) {
            digest.update(json(entry));
            digest.update((byte) '\n');
        }
        return rulesVersion + "+catalog-"
                + HexFormat.of().formatHex(digest.digest()).substring(0, DIGEST_HEX_CHARACTERS);
    }

    private static byte[] json(final CatalogEntry entry) {
        try {
            return Json.MAPPER.writeValueAsBytes(entry);
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("A catalog entry that cannot be written as JSON: " + entry.key(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
