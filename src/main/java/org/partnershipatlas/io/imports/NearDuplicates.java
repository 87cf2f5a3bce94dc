package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names that are probably the same body written two ways: "Community Safety Partnership" and
 * "Community Safety P'ship", "Health & Wellbeing Board" and "Health and Wellbeing Bd", or one typing
 * slip apart. Names whose numbers differ ("Locality 3", "Locality 4") are different bodies. Candidates
 * are compared only within the same first word, so 10,000 names are checked in moments.
 */
public final class NearDuplicates {
    private static final LevenshteinDistance SLIP = new LevenshteinDistance(2);
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("pship", "partnership"),
            Map.entry("ptnrship", "partnership"), Map.entry("partnershp", "partnership"), Map.entry("bd", "board"),
            Map.entry("brd", "board"), Map.entry("grp", "group"), Map.entry("cttee", "committee"),
            Map.entry("ctte", "committee"), Map.entry("cttie", "committee"), Map.entry("cmte", "committee"),
            Map.entry("assoc", "association"), Map.entry("mgmt", "management"), Map.entry("dept", "department"),
            Map.entry("svc", "service"), Map.entry("svcs", "services"), Map.entry("h", "health"),
            Map.entry("wb", "wellbeing"), Map.entry("well", "wellbeing"), Map.entry("sg", "sub group"),
            Map.entry("subgroup", "sub group"), Map.entry("safeguard", "safeguarding"), Map.entry("and", ""),
            Map.entry("the", ""), Map.entry("of", ""));

    /** A pair of names that look like one body. */
    public record Pair(String first, String second) {
    }

    private NearDuplicates() {
    }

    /** The comparable form of a name: lower case, short forms spelled out, punctuation and "and"/"the" gone. */
    static String key(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "")
                .replace("-", " ").replaceAll("[^a-z0-9 ]", " ").strip();
        StringBuilder key = new StringBuilder();
        for (String word : words.split("\\s+")) {
            String full = SHORT_FORMS.getOrDefault(word, word);
            if (!full.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(full);
            }
        }
        return key.toString().replace("well being", "wellbeing");
    }

    /** True when the two differ as written but look like the same body. */
    public static boolean alike(String a, String b) {
        return !a.equalsIgnoreCase(b) && keysAlike(key(a), key(b));
    }

    private static boolean keysAlike(String ka, String kb) {
        if (ka.equals(kb)) {
            return true;
        }
        return ka.length() >= 12 && kb.length() >= 12 && digits(ka).equals(digits(kb)) && SLIP.apply(ka, kb) != -1;
    }

    /**
     * Each pair among {@code names} (or between one of them and one of {@code others}) that look
     * alike; names are compared within the same first word and the same numbers.
     */
    public static List<Pair> among(List<String> names, List<String> others) {
        record Keyed(String name, String key) {
        }
        Map<String, List<Keyed>> buckets = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (String other : others) {
            String key = key(other);
            buckets.computeIfAbsent(bucket(key), k -> new ArrayList<>()).add(new Keyed(other, key));
        }
        for (String name : names) {
            String key = key(name);
            List<Keyed> bucket = buckets.computeIfAbsent(bucket(key), k -> new ArrayList<>());
            for (Keyed candidate : bucket) {
                if (!candidate.name().equalsIgnoreCase(name) && keysAlike(key, candidate.key())) {
                    pairs.add(new Pair(candidate.name(), name));
                    break;
                }
            }
            bucket.add(new Keyed(name, key));
        }
        return pairs;
    }

    private static String bucket(String key) {
        int space = key.indexOf(' ');
        return (space < 0 ? key : key.substring(0, space)) + "|" + digits(key);
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
