package org.presswatch.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately strict reader for the HTML the newsroom generates (jsoup is not on this
 * module's classpath). It accepts only what the templates are meant to produce: every element
 * closed in order (void elements excepted), attribute values in double quotes, every '&' the
 * start of a character reference, and no raw '<' or '>' in text or attribute values. Anything
 * else is reported as a problem, which is how unescaped text shows up.
 */
public final class MiniHtml {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:.-]*");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final String DOCTYPE = "<!DOCTYPE html>";

    /** A start tag, its attributes with their values unescaped. */
    public record Tag(String name, Map<String, String> attributes, int offset) {
        public String attr(String name) {
            return attributes.get(name);
        }
    }

    /** The start tags in document order, and what is wrong with the document (empty when nothing is). */
    public record Parsed(List<Tag> tags, List<String> problems) {
        public List<Tag> tags(String name) {
            return tags.stream().filter(t -> t.name().equals(name)).toList();
        }
    }

    private MiniHtml() {}

    public static Parsed parse(String html) {
        List<Tag> tags = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        if (html.startsWith(DOCTYPE)) {
            i = DOCTYPE.length();
        } else {
            problems.add("does not start with " + DOCTYPE);
        }
        while (i < html.length() && problems.size() < 20) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    if (end < 0) {
                        problems.add("unterminated comment at " + where(html, i));
                        break;
                    }
                    i = end + 3;
                } else if (html.startsWith("</", i)) {
                    Matcher m = NAME.matcher(html).region(i + 2, html.length());
                    if (!m.lookingAt()) {
                        problems.add("bad end tag at " + where(html, i));
                        i += 2;
                        continue;
                    }
                    String name = m.group().toLowerCase(Locale.ROOT);
                    int j = skipSpace(html, m.end());
                    if (j >= html.length() || html.charAt(j) != '>') {
                        problems.add("unterminated end tag </" + name + " at " + where(html, i));
                    }
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        problems.add("</" + name + "> closes " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">") + " at " + where(html, i));
                    } else {
                        open.pop();
                    }
                    i = j + 1;
                } else {
                    int[] end = new int[1];
                    Tag tag = startTag(html, i, end, problems);
                    if (tag == null) {
                        i++;
                        continue;
                    }
                    if (tags.isEmpty() && !tag.name().equals("html")) {
                        problems.add("the first element is <" + tag.name() + ">, not <html>");
                    }
                    tags.add(tag);
                    i = end[0];
                    boolean selfClosing = html.charAt(i - 2) == '/';
                    if (RAW_TEXT.contains(tag.name())) {
                        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag.name(), i);
                        if (close < 0) {
                            problems.add("<" + tag.name() + "> never closed");
                            break;
                        }
                        open.push(tag.name());
                        i = close;
                    } else if (!VOID.contains(tag.name()) && !selfClosing) {
                        open.push(tag.name());
                    }
                }
            } else if (c == '&') {
                Matcher m = REFERENCE.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    problems.add("'&' that starts no character reference at " + where(html, i));
                }
                i++;
            } else if (c == '>') {
                problems.add("raw '>' in text at " + where(html, i));
                i++;
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            problems.add("elements never closed: " + open);
        }
        return new Parsed(tags, problems);
    }

    private static Tag startTag(String html, int start, int[] end, List<String> problems) {
        Matcher m = NAME.matcher(html).region(start + 1, html.length());
        if (!m.lookingAt()) {
            problems.add("raw '<' in text at " + where(html, start));
            return null;
        }
        String name = m.group().toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        int i = m.end();
        while (true) {
            int j = skipSpace(html, i);
            if (j >= html.length()) {
                problems.add("unterminated <" + name + "> at " + where(html, start));
                end[0] = html.length();
                return new Tag(name, attributes, start);
            }
            if (html.charAt(j) == '>') {
                end[0] = j + 1;
                return new Tag(name, attributes, start);
            }
            if (html.startsWith("/>", j)) {
                end[0] = j + 2;
                return new Tag(name, attributes, start);
            }
            if (j == i) {
                problems.add("no space before an attribute of <" + name + "> at " + where(html, j));
            }
            Matcher a = ATTRIBUTE_NAME.matcher(html).region(j, html.length());
            if (!a.lookingAt()) {
                problems.add("bad attribute in <" + name + "> at " + where(html, j));
                end[0] = j + 1;
                return new Tag(name, attributes, start);
            }
            String attribute = a.group().toLowerCase(Locale.ROOT);
            i = a.end();
            String value = "";
            if (i < html.length() && html.charAt(i) == '=') {
                if (i + 1 >= html.length() || html.charAt(i + 1) != '"') {
                    problems.add("unquoted value of " + attribute + " in <" + name + "> at " + where(html, i));
                    end[0] = i + 1;
                    return new Tag(name, attributes, start);
                }
                int close = html.indexOf('"', i + 2);
                if (close < 0) {
                    problems.add("unterminated value of " + attribute + " at " + where(html, i));
                    end[0] = html.length();
                    return new Tag(name, attributes, start);
                }
                String raw = html.substring(i + 2, close);
                if (raw.indexOf('<') >= 0 || raw.indexOf('>') >= 0) {
                    problems.add("raw '<' or '>' in the value of " + attribute + " in <" + name + "> at " + where(html, i));
                }
                for (int k = raw.indexOf('&'); k >= 0; k = raw.indexOf('&', k + 1)) {
                    if (!REFERENCE.matcher(raw).region(k, raw.length()).lookingAt()) {
                        problems.add("'&' that starts no character reference in the value of " + attribute + " at " + where(html, i));
                    }
                }
                value = unescape(raw);
                i = close + 1;
            }
            if (attributes.put(attribute, value) != null) {
                problems.add("attribute " + attribute + " twice in <" + name + "> at " + where(html, start));
            }
        }
    }

    private static int skipSpace(String html, int i) {
        while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String where(String html, int i) {
        int from = Math.max(0, i - 60);
        int to = Math.min(html.length(), i + 60);
        return i + ": ..." + html.substring(from, to).replace('\n', ' ') + "...";
    }

    /** Replaces the character references the strict reader accepts with their characters. */
    public static String unescape(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> new String(Character.toChars(ref.startsWith("#x") || ref.startsWith("#X")
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text of every element with one of these tag names (a regex alternation such as
     * {@code "p|h2"}) and no attributes whose content is plain text (no child elements),
     * unescaped, in document order: how the templates write body paragraphs and subheadings.
     */
    public static List<String> plainTexts(String html, String tags) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<(" + tags + ")>([^<]*)</\\1>").matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(2)));
        }
        return out;
    }

    /**
     * The text of every element with this tag name (any attributes), child tags removed and
     * unescaped, in document order. For elements that do not nest in themselves (h1, title, li).
     */
    public static List<String> texts(String html, String tag) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "(?:\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(1).replaceAll("<[^>]*>", "")));
        }
        return out;
    }
}
