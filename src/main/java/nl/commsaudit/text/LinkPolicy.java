package nl.commsaudit.text;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which link targets a seller may use in an Amazon message: {@code https} to Amazon's own sites or to a
 * domain needed to complete the order (by default the carriers' tracking sites), subdomains included.
 * Everything over plain {@code http} is external.
 */
public final class LinkPolicy {

    public static final List<String> DEFAULT_ALLOWED = List.of("postnl.nl", "dhl.com", "dhl.nl", "dpd.com", "dpd.nl",
            "ups.com", "gls-info.nl", "gls-group.eu", "bpost.be");
    private static final Pattern AMAZON = Pattern.compile("(^|.*\\.)amazon\\.(com|[a-z]{2}|com\\.[a-z]{2}|co\\.[a-z]{2})$");

    private final Set<String> allowed;

    public LinkPolicy(List<String> allowedDomains) {
        this.allowed = Set.copyOf(allowedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList());
    }

    /** Why a link target is not allowed, or {@code null} when it is. */
    public String problem(String href) {
        String target = href.strip();
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("#")) {
            return null; // not a web link; e-mail addresses and numbers have rules of their own
        }
        if (lower.startsWith("http:") || lower.startsWith("//")) {
            return "not https";
        }
        String host;
        try {
            host = URI.create(lower.startsWith("https:") ? lower : "https://" + lower).getHost();
        } catch (IllegalArgumentException e) {
            return "not a valid address";
        }
        if (host == null) {
            return "not a valid address";
        }
        if (AMAZON.matcher(host).matches()) {
            return null;
        }
        for (String domain : allowed) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return null;
            }
        }
        return "external domain " + host;
    }
}
