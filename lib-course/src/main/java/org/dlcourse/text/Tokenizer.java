package org.dlcourse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into word and punctuation tokens for a word-level language model.
 *
 * <ul>
 *   <li>lower case; {@code _} (the italics marks of Project Gutenberg texts) and other symbols
 *       are dropped; curly apostrophes become {@code '};</li>
 *   <li>a word is letters with inner hyphens or apostrophes ({@code still-born}, {@code don't});
 *       a final {@code 's} is its own token, as in Penn Treebank ({@code anne's} gives
 *       {@code anne}, {@code 's});</li>
 *   <li>numbers are tokens, and so are {@code . , ; : ! ? " ( )} and the dash {@code --}.</li>
 * </ul>
 *
 * <pre>{@code
 * Tokenizer.words("\"Anne's sister,\" said he--")  // [", anne, 's, sister, ,, ", said, he, --]
 * }</pre>
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:[-'][a-z]+)*|[0-9]+|--|[.,;:!?\"()]");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", "'s", ")");

    private Tokenizer() {
    }

    /** The tokens of a text, in order. */
    public static List<String> words(String text) {
        if (text == null) {
            throw new IllegalArgumentException("The text is null: pass a String");
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace("_", "");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && w.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Joins tokens back into readable text: a space between tokens, none before punctuation that
     * closes ({@code . , ; : ! ? ) 's}) and none inside quotes or brackets ({@code "} alternates
     * between opening and closing).
     */
    public static String join(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean inQuote = false;
        boolean glue = true;
        for (String w : tokens) {
            boolean closing = w.equals("\"") && inQuote;
            if (!glue && !NO_SPACE_BEFORE.contains(w) && !closing) {
                b.append(' ');
            }
            b.append(w);
            glue = w.equals("(") || (w.equals("\"") && !inQuote);
            if (w.equals("\"")) {
                inQuote = !inQuote;
            }
        }
        return b.toString();
    }
}
