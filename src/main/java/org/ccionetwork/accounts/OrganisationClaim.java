package org.ccionetwork.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Organisation codes found at a dotted path through a provider's claims, walking lists on the way: with
 * CIS2, {@code nhsid_nrbac_roles.org_code} gives the ODS code of every organisation in the person's roles.
 * Only values shaped like ODS codes are kept, at most {@value #MOST}, each once.
 */
final class OrganisationClaim {

    static final int MOST = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,10}");

    private OrganisationClaim() {
    }

    static List<String> codes(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        var found = new ArrayList<String>();
        walk(claims, path.strip().split("\\."), 0, found);
        return found.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).filter(code -> CODE.matcher(code).matches())
                .distinct().limit(MOST).toList();
    }

    private static void walk(Object node, String[] path, int depth, List<String> found) {
        if (node instanceof Collection<?> list) {
            list.forEach(item -> walk(item, path, depth, found));
        } else if (depth == path.length) {
            if (node instanceof String value) {
                found.add(value);
            }
        } else if (node instanceof Map<?, ?> map) {
            walk(map.get(path[depth]), path, depth + 1, found);
        }
    }
}
