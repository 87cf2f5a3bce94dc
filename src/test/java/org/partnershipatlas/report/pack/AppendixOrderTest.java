package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;

/** The appendices come in the order chosen, numbered so, and their cross-references follow. */
class AppendixOrderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private static PackDocument pack(Integer... chosen) {
        AuthorityModel model = SampleAuthority.build(DAY);
        PackOptions defaults = PackOptions.defaults();
        PackOptions options = new PackOptions(new LinkedHashSet<>(List.of(chosen)), Set.of(), defaults.columns(),
                defaults.formats(), defaults.paper(), false);
        return PackContent.build(model, options, HealthCheck.run(model, DAY), DAY);
    }

    @Test
    void theActionPlanCanBeAppendixOneAndTheRegisterPointsToTheProfilesWhereTheyAre() {
        PackDocument pack = pack(3, 5, 2);
        assertEquals(List.of("Appendix 1: The action plan", "Appendix 2: Profiles of the partnerships needing oversight",
                "Appendix 3: The partnership register"), pack.appendices().stream().map(PackDocument.Appendix::heading)
                .toList());
        String register = text(pack.appendices().get(2));
        assertTrue(register.contains("see Appendix 2 for each"), register);
    }

    @Test
    void withoutTheProfilesTheRegisterPointsNowhere() {
        String register = text(pack(2, 1).appendices().get(0));
        assertFalse(register.contains("see Appendix"), register);
    }

    private static String text(PackDocument.Appendix appendix) {
        StringBuilder text = new StringBuilder();
        appendix.blocks().stream().filter(b -> b instanceof PackDocument.Paragraph)
                .forEach(b -> text.append(((PackDocument.Paragraph) b).text()).append('\n'));
        return text.toString();
    }
}
