package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Folding;
import org.presswatch.core.util.Validate;

/**
 * One of Vietnam's 34 provincial-level units since 1 July 2025.
 *
 * @param otherNames names in use besides the official ones (an earlier official name, say)
 * @param formerUnits the units of before 2025 merged into this one (itself included when it kept its name)
 */
public record Province(String code, String name, String englishName, List<String> otherNames, Type type,
                       List<FormerProvince> formerUnits) {

    public enum Type { CITY, PROVINCE }

    public Province {
        Validate.matches(code, "\\d{2}", "province code");
        Validate.notBlank(name, "name");
        englishName = englishName == null ? Folding.stripDiacritics(name) : englishName;
        otherNames = Validate.copyOf(otherNames, "otherNames");
        Validate.notNull(type, "type");
        formerUnits = Validate.copyOf(formerUnits, "formerUnits");
        Validate.isTrue(!formerUnits.isEmpty(), "province %s lists no former units", code);
    }

    /** The name without diacritics, as foreign and hurried writers spell it. */
    public String asciiName() {
        return Folding.stripDiacritics(name);
    }
}
