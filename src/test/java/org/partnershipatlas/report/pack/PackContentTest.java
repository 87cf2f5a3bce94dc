package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.report.pack.PackDocument.Appendix;
import org.partnershipatlas.report.pack.PackDocument.Block;

class PackContentTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AuthorityModel sample = SampleAuthority.build(TODAY);
    private final List<Finding> findings = HealthCheck.run(sample, TODAY);

    private PackOptions options(Set<Integer> appendices, Set<Long> themes, boolean confidential) {
        PackOptions d = PackOptions.defaults();
        // in the usual order: the pack keeps the order it is given, and Set.of has none
        return new PackOptions(new java.util.TreeSet<>(appendices), themes, d.columns(), d.formats(),
                PackOptions.Paper.A4, confidential);
    }

    private static String text(Appendix appendix) {
        StringBuilder all = new StringBuilder();
        for (Block block : appendix.blocks()) {
            if (block instanceof PackDocument.Paragraph p) {
                all.append(p.text()).append('\n');
            } else if (block instanceof PackDocument.Heading h) {
                all.append(h.text()).append('\n');
            } else if (block instanceof PackDocument.Table t) {
                all.append(String.join(" | ", t.header())).append('\n');
                t.rows().forEach(r -> all.append(String.join(" | ", r)).append('\n'));
            }
        }
        return all.toString();
    }

    @Test
    void leavingAppendicesOutNumbersTheRestInOrder() {
        PackDocument pack = PackContent.build(sample, options(Set.of(2, 4, 6), Set.of(), false), findings, TODAY);
        assertEquals(List.of("Appendix 1: The partnership register", "Appendix 2: Governance findings",
                "Appendix 3: Questions for scrutiny"), pack.appendices().stream().map(Appendix::heading).toList());
    }

    @Test
    void theActionPlanIsGroupedByOwnerCouncilThenLspBoardThenEachBody() {
        Appendix plan = PackContent.build(sample, options(Set.of(3), Set.of(), false), findings, TODAY).appendices().get(0);
        List<String> owners = plan.blocks().stream().filter(b -> b instanceof PackDocument.Heading)
                .map(b -> ((PackDocument.Heading) b).text()).toList();
        assertEquals(List.of("Responsible: The council", "Responsible: LSP board",
                "Responsible: Children and Young People's Partnership", "Responsible: Safer Northmoor Partnership"), owners);
        assertTrue(text(plan).contains("At risk (overdue)"), "an overdue action says so");
    }

    @Test
    void profilesAndQuestionSheetsAreForEachPartnershipNeedingOversight() {
        PackDocument pack = PackContent.build(sample, options(Set.of(5, 6), Set.of(), false), findings, TODAY);
        List<String> overseen = sample.bodies().stream().filter(b -> Oversight.needed(sample, b)).map(Body::name)
                .sorted().toList();
        for (Appendix appendix : pack.appendices()) {
            List<String> named = appendix.blocks().stream().filter(b -> b instanceof PackDocument.Heading h
                    && h.level() == 2).map(b -> ((PackDocument.Heading) b).text()).sorted().toList();
            assertEquals(overseen, named, appendix.heading());
        }
        assertTrue(pack.appendices().get(0).blocks().stream().anyMatch(b -> b instanceof PackDocument.Figure f
                && f.alt().contains("Safer Northmoor Partnership")), "each profile has its small diagram with alt text");
    }

    @Test
    void confidentialFieldsAreLeftOutUnlessTickedIn() {
        String plain = text(PackContent.build(sample, options(Set.of(2, 5), Set.of(), false), findings, TODAY)
                .appendices().get(1)) + text(PackContent.build(sample, options(Set.of(2), Set.of(), false), findings,
                TODAY).appendices().get(0));
        assertFalse(plain.contains("Risk rating"));
        assertFalse(plain.contains("@"), "no e-mail addresses");
        String ticked = text(PackContent.build(sample, options(Set.of(2, 5), Set.of(), true), findings, TODAY)
                .appendices().get(1));
        assertTrue(ticked.contains("Risk rating"));
    }

    @Test
    void aThemedPackHoldsThatThemesBodiesAndTheBoardsTheyAnswerTo() {
        Theme safety = sample.themes().stream().filter(t -> t.name().equals("Community safety")).findFirst().orElseThrow();
        Set<Long> scope = PackContent.scope(sample, Set.of(safety.id()));
        for (Body body : sample.bodies()) {
            if (body.themeIds().contains(safety.id())) {
                assertTrue(scope.contains(body.id()), body.name());
            }
        }
        assertTrue(scope.contains(sample.bodies().stream().filter(b -> b.name().equals("Northmoor Together Executive"))
                .findFirst().orElseThrow().id()), "the board the partnership reports to is shown for context");
        assertFalse(scope.contains(sample.bodies().stream().filter(b -> b.name().equals("Heritage Forum")).findFirst()
                .orElseThrow().id()));
        PackDocument pack = PackContent.build(sample, options(Set.of(1, 2), Set.of(safety.id()), false), findings, TODAY);
        assertFalse(text(pack.appendices().get(1)).contains("Heritage Forum"));
    }

    @Test
    void theStructureInWordsListsEveryBodyOnceUnderItsParent() {
        List<PackDocument.Item> outline = PackContent.outline(sample, new ArrayList<>(sample.bodies()));
        List<String> all = new ArrayList<>();
        collect(outline, all);
        assertEquals(sample.bodies().size(), all.size());
        PackDocument.Item top = outline.stream().filter(i -> i.text().startsWith("Northmoor Together Board")).findFirst()
                .orElseThrow();
        assertTrue(top.children().stream().anyMatch(i -> i.text().startsWith("Northmoor Together Executive")));
    }

    private static void collect(List<PackDocument.Item> items, List<String> into) {
        for (PackDocument.Item item : items) {
            into.add(item.text());
            collect(item.children(), into);
        }
    }

    /**
     * A profile's small diagram is drawn over an area that holds all of it: every box with its star
     * (9 units above the box) and every line, so neither Word nor the PDF clips a name or a line.
     */
    @Test
    void everyProfileDiagramHoldsItsBoxesStarsAndLines() {
        PackDocument pack = PackContent.build(sample, PackOptions.defaults(), findings, TODAY);
        int figures = 0;
        for (Appendix appendix : pack.appendices()) {
            for (Block block : appendix.blocks()) {
                if (!(block instanceof PackDocument.Figure f) || f.sheet()) {
                    continue;
                }
                figures++;
                var area = f.area();
                for (var box : f.diagram().boxes()) {
                    var r = box.rect();
                    assertTrue(r.x() >= area.x() && r.y() - 18 >= area.y() && r.x() + r.width() <= area.x() + area.width()
                            && r.y() + r.height() <= area.y() + area.height(), f.caption() + ": box " + box.label()
                            + " " + r + " outside " + area);
                }
                for (var line : f.diagram().lines()) {
                    for (var point : line.route()) {
                        assertTrue(point.x() >= area.x() && point.x() <= area.x() + area.width()
                                && point.y() >= area.y() && point.y() <= area.y() + area.height(),
                                "a line leaves the picture at " + point);
                    }
                }
            }
        }
        assertTrue(figures >= 9, "a diagram on each profile: " + figures);
    }
}
