package org.partnershipatlas.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Theme;

/** Rules about themes: each should have a partnership, and scrutiny should cover each (seeds/004). */
final class CoverageRules {
    private CoverageRules() {
    }

    static void check(AuthorityModel model, Consumer<Finding> out) {
        Set<Long> withPartnership = new HashSet<>();
        Set<Long> withScrutiny = new HashSet<>();
        for (Body body : model.bodies()) {
            for (Long theme : body.themeIds()) {
                if (body.classification() == Classification.PARTNERSHIP) {
                    withPartnership.add(theme);
                }
                if (body.governance().scrutinyCommittee() != null) {
                    withScrutiny.add(theme);
                }
            }
        }
        for (Theme theme : model.themes()) {
            List<Long> inTheme = model.bodies().stream().filter(b -> b.themeIds().contains(theme.id()))
                    .map(Body::id).toList();
            if (!withPartnership.contains(theme.id())) {
                out.accept(Finding.aboutBodies(Rule.THEME_WITHOUT_PARTNERSHIP, Severity.MEDIUM, inTheme,
                        "No partnership works on the theme \"" + theme.name() + "\", so nobody has agreed a joint "
                                + "programme for it.", "Decide whether \"" + theme.name() + "\" needs a partnership, "
                                + "or which partnership covers it."));
            }
            if (!withScrutiny.contains(theme.id())) {
                out.accept(Finding.aboutBodies(Rule.THEME_WITHOUT_SCRUTINY, Severity.MEDIUM, inTheme,
                        "No body in the theme \"" + theme.name() + "\" has a scrutiny arrangement, so councillors "
                                + "do not review the work on it.", "Give a scrutiny committee the theme \""
                                + theme.name() + "\"."));
            }
        }
    }
}
