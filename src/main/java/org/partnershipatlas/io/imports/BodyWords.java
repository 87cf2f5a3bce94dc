package org.partnershipatlas.io.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipatlas.model.BodyKind;

/**
 * What sort of body a name or a register's "Type" cell says it is: "Northmoor Leisure Trust" an
 * outside body, "Youth Forum" a forum, "Safeguarding Adults Board" a partnership, "Air Quality Task
 * Group" a task group. The word that ends last wins, since English puts the head noun last ("Leisure
 * Trust Board" is a board). Only a proposal: the import preview shows it and the user can change it.
 */
public final class BodyWords {
    /** A kind and the words that gave it, to say why in the preview. */
    public record Reading(BodyKind kind, String word) {
    }

    private static final Map<Pattern, BodyKind> WORDS = words();

    private BodyWords() {
    }

    /** The kind the words say, or null when none of them does. */
    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Reading best = null;
        int bestAt = -1;
        for (Map.Entry<Pattern, BodyKind> word : WORDS.entrySet()) {
            Matcher matcher = word.getKey().matcher(text);
            while (matcher.find()) {
                if (matcher.end() > bestAt || matcher.end() == bestAt && matcher.group().length()
                        > best.word().length()) {
                    bestAt = matcher.end();
                    best = new Reading(word.getValue(), matcher.group().strip());
                }
            }
        }
        return best;
    }

    private static Map<Pattern, BodyKind> words() {
        Map<Pattern, BodyKind> words = new LinkedHashMap<>();
        add(words, BodyKind.PARTNERSHIP_BOARD, "local strategic partnership", "lsp", "strategic partnership board",
                "partnership of partnerships");
        add(words, BodyKind.NETWORK, "network", "networks");
        add(words, BodyKind.FORUM, "forum", "fora", "reference group", "user group", "assembly", "members' group",
                "liaison group", "consultative group", "community panel");
        add(words, BodyKind.TASK_GROUP, "task group", "task and finish group", "task & finish group",
                "task and finish", "task force", "taskforce", "working group", "working party", "project group");
        add(words, BodyKind.SUB_GROUP, "sub-group", "subgroup", "sub group", "steering group", "delivery group",
                "operational group", "officer group", "group", "sub-committee", "subcommittee");
        add(words, BodyKind.OUTSIDE_BODY, "trust", "trustees", "company", "ltd", "limited", "cic", "plc", "llp",
                "charity", "charitable", "foundation", "association", "society", "federation", "co-operative",
                "cooperative", "community interest company", "fire authority", "college",
                "university", "museum", "theatre", "governing body", "almshouses", "agency", "outside body");
        add(words, BodyKind.THEMED_PARTNERSHIP, "board", "partnership", "committee", "panel", "commission",
                "alliance", "executive", "collaborative", "consortium", "joint committee");
        return words;
    }

    private static void add(Map<Pattern, BodyKind> words, BodyKind kind, String... phrases) {
        for (String phrase : phrases) {
            words.put(Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}])"), kind);
        }
    }
}
